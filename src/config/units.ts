/** Strict parsers for the config's scalar units: durations and percentages. */

const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g
const DURATION_WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Parses `30s`, `5m`, `1h30m`, `250ms`, `0` into milliseconds; returns an error message otherwise. */
export function parseDuration(input: unknown): { ok: true; ms: number } | { ok: false; error: string } {
  if (input === 0 || input === '0') return { ok: true, ms: 0 }
  if (typeof input !== 'string') {
    return { ok: false, error: `expected a duration string such as "30s", "5m" or "1h30m", got ${describe(input)}` }
  }
  const s = input.trim()
  if (!DURATION_WHOLE.test(s)) {
    return { ok: false, error: `invalid duration "${input}": use a number and a unit (ms, s, m, h, d), e.g. "30s", "5m", "1h30m"` }
  }
  let ms = 0
  for (const m of s.matchAll(DURATION_PART)) ms += Number(m[1]) * UNIT_MS[m[2]]
  return { ok: true, ms: Math.round(ms) }
}

/** Parses `5`, `"5%"`, `"12.5%"` into a number in [0, max] (100 for traffic; relative bounds may go higher). */
export function parsePercent(input: unknown, max = 100): { ok: true; value: number } | { ok: false; error: string } {
  let n: number
  if (typeof input === 'number') n = input
  else if (typeof input === 'string' && /^\s*\d+(?:\.\d+)?\s*%?\s*$/.test(input)) n = Number(input.replace('%', '').trim())
  else return { ok: false, error: `expected a percentage such as 5 or "5%", got ${describe(input)}` }
  if (!Number.isFinite(n) || n < 0 || n > max) return { ok: false, error: `percentage ${String(input)} is outside 0–${max}` }
  return { ok: true, value: n }
}

/** Renders milliseconds back as a compact duration (`1h30m`, `45s`, `250ms`). */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  let rest = Math.round(ms / 1000)
  const h = Math.floor(rest / 3600)
  rest -= h * 3600
  const m = Math.floor(rest / 60)
  const s = rest - m * 60
  return [h ? `${h}h` : '', m ? `${m}m` : '', s || (!h && !m) ? `${s}s` : ''].join('')
}

function describe(v: unknown): string {
  return v === null ? 'null' : typeof v === 'string' ? `"${v}"` : `${typeof v} ${JSON.stringify(v)}`
}
