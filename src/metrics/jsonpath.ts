/**
 * A small JSON path subset for picking one value out of a response:
 * `$`, `.name`, `['name']` / `["name"]`, `[0]` (negative counts from the end).
 */
export type Selection = { found: true; value: unknown } | { found: false; detail: string }

type Segment = string | number

export class JsonPathError extends Error {}

/** Parses a path such as `$.items[0]['queue depth']`; throws JsonPathError when it is malformed. */
export function parsePath(path: string): Segment[] {
  const p = path.trim()
  if (!p.startsWith('$')) throw new JsonPathError(`JSON path "${path}" must start with $`)
  const out: Segment[] = []
  let i = 1
  while (i < p.length) {
    if (p[i] === '.') {
      const m = /^[A-Za-z_$][\w$-]*/.exec(p.slice(i + 1))
      if (!m) throw new JsonPathError(`JSON path "${path}": expected a name after "." at ${i + 1}`)
      out.push(m[0])
      i += 1 + m[0].length
    } else if (p[i] === '[') {
      const m = /^\[\s*(?:(-?\d+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\]/.exec(p.slice(i))
      if (!m) throw new JsonPathError(`JSON path "${path}": malformed [...] at ${i + 1}`)
      out.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3]).replace(/\\(.)/g, '$1'))
      i += m[0].length
    } else {
      throw new JsonPathError(`JSON path "${path}": unexpected "${p[i]}" at ${i + 1}`)
    }
  }
  return out
}

/** Selects the value at `path` in `doc`; a missing key is `found: false`, a bad path too (with why). */
export function select(doc: unknown, path: string): Selection {
  let segments: Segment[]
  try {
    segments = parsePath(path)
  } catch (e) {
    return { found: false, detail: (e as Error).message }
  }
  let cur: unknown = doc
  let at = '$'
  for (const seg of segments) {
    const next = step(cur, seg)
    if (next === undefined) return { found: false, detail: `${at} has no ${typeof seg === 'number' ? `[${seg}]` : `"${seg}"`}` }
    cur = next
    at += typeof seg === 'number' ? `[${seg}]` : `.${seg}`
  }
  return { found: true, value: cur }
}

function step(cur: unknown, seg: Segment): unknown {
  if (typeof seg === 'number') {
    if (!Array.isArray(cur)) return undefined
    return cur[seg < 0 ? cur.length + seg : seg]
  }
  if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined
  return Object.prototype.hasOwnProperty.call(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined
}
