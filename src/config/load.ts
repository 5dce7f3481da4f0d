/**
 * Reads the deploy config, validates it with the schema and maps every problem back to
 * file:line:column, so the user sees each one as an annotation at the offending spot. The YAML
 * parser and zod load with this module; a run imports it only once it has read the file
 * (`loadConfig` in ./file.ts), so a run without a readable config never evaluates them.
 */
import { z } from 'zod'
import { parseDocument, visit, LineCounter, isMap, isSeq, isPair, isScalar, isAlias, type Document, type Node, type Pair } from 'yaml'
import { ConfigSchema, type Config, type EnvironmentConfig } from './schema.js'
import { didYouMean, nearest } from './suggest.js'
import { ConfigError, MAX_ALIAS_COUNT, formatPath, type ConfigIssue } from './file.js'

interface Pos {
  line: number
  column: number
}

/** Where the `environments:` key sits in the file (an unknown environment input points there). */
interface EnvPositions {
  environments: Pos
}

const positions = new WeakMap<Config, EnvPositions>()
/** The parsed YAML behind each loaded config, so a later check can point at a key's line (positionOf). */
const documents = new WeakMap<Config, { doc: Document; lc: LineCounter }>()

/** The config in `text` (the loader without the file): validated, or a ConfigError with positions. */
export function parseConfig(text: string, displayFile: string): Config {
  const lc = new LineCounter()
  // uniqueKeys is checked below in linear time (yaml's own check is quadratic in the keys of a map)
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, merge: true })
  const yamlIssues = [...doc.errors.map((e) => yamlIssue(e, doc, lc)), ...duplicateKeys(doc, lc), ...aliasIssues(doc, lc)]
  if (yamlIssues.length) throw new ConfigError(displayFile, sortIssues(yamlIssues))
  const data = toData(doc, lc, displayFile)
  if (data === null || data === undefined) {
    throw new ConfigError(displayFile, [
      { message: 'the config file is empty; it needs at least version, service and environments', line: 1, column: 1, path: [] }
    ])
  }
  // jitless: zod's compiled fast path (`new Function` per object schema) costs more to generate
  // than it saves on the one parse a run makes (measured: the first parse takes about half as long)
  const result = ConfigSchema.safeParse(data, { error: (iss) => humanMessage(iss as RawIssue), jitless: true })
  if (!result.success) {
    const issues = result.error.issues.flatMap((iss) => zodIssues(iss, doc, lc))
    throw new ConfigError(displayFile, sortIssues(issues))
  }
  positions.set(result.data, envPositions(doc, lc))
  documents.set(result.data, { doc, lc })
  return result.data
}

/** A config error found after loading (e.g. a hotfix without a reason), at the key `path` points to. */
export function configErrorAt(config: Config, file: string, path: (string | number)[], message: string): ConfigError {
  const d = documents.get(config)
  const found = d ? locate(d.doc, path) : undefined
  const range = ((found?.exact ? found.pair?.key : undefined) as Node | undefined)?.range ?? found?.node?.range
  const { line, col } = range && d ? d.lc.linePos(range[0]) : { line: 1, col: 1 }
  return new ConfigError(file, [{ message: `${formatPath(path)}: ${message}`, line, column: col, path }])
}

/** The environment named by the `environment` input; an unknown name points at `environments:`. */
export function resolveEnvironment(config: Config, name: string, file: string): EnvironmentConfig {
  if (Object.hasOwn(config.environments, name)) return config.environments[name]
  const names = Object.keys(config.environments)
  const at = positions.get(config)?.environments ?? { line: 1, column: 1 }
  throw new ConfigError(file, [
    {
      message: `environments: the environment input names "${name}", which is not defined here${didYouMean(name, names)}`,
      line: at.line,
      column: at.column,
      path: ['environments']
    }
  ])
}

/** The config's JSON Schema (input side: what users write), for editors and docs. */
export { configJsonSchema } from './json-schema.js'

// ---------------------------------------------------------------- YAML

/** doc.toJS with the alias cap; an alias bomb becomes an issue at its first alias. */
function toData(doc: Document, lc: LineCounter, displayFile: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    const at = firstAlias(doc)
    const { line, col } = at?.range ? lc.linePos(at.range[0]) : { line: 1, col: 1 }
    const why = /alias count/i.test((e as Error).message)
      ? `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias expansions; an "alias bomb"): write the values out or use fewer nested aliases`
      : `YAML error: ${(e as Error).message}`
    throw new ConfigError(displayFile, [{ message: why, line, column: col, path: [] }])
  }
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined
  visit(doc, {
    Alias(_, node) {
      found = node
      return visit.BREAK
    }
  })
  return found
}

/** An alias with no anchor before it. */
function aliasIssues(doc: Document, lc: LineCounter): ConfigIssue[] {
  const out: ConfigIssue[] = []
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        const { line, col } = lc.linePos(node.range?.[0] ?? 0)
        out.push({
          message: `undefined YAML alias "*${node.source}": no anchor "&${node.source}" is set before it`,
          line,
          column: col,
          path: []
        })
      }
    }
  })
  return out
}

/** Keys that appear twice in one map (merge keys `<<` excepted), in one pass per map. */
function duplicateKeys(doc: Document, lc: LineCounter): ConfigIssue[] {
  const out: ConfigIssue[] = []
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>()
      for (const pair of map.items) {
        const key = pair.key as Node | null
        if (isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<')) continue
        const name = String(isScalar(key) ? key.value : key)
        if (seen.has(name)) {
          const { line, col } = lc.linePos(key?.range?.[0] ?? 0)
          out.push({ message: `duplicate key "${name}": a key may appear only once in a map`, line, column: col, path: [] })
        }
        seen.add(name)
      }
    }
  })
  return out
}

interface YamlErrorLike {
  code: string
  message: string
  pos: [number, number]
}

function yamlIssue(e: YamlErrorLike, doc: Document, lc: LineCounter): ConfigIssue {
  const { line, col } = lc.linePos(e.pos[0])
  const message =
    e.code === 'DUPLICATE_KEY'
      ? `duplicate key${keyAt(doc, e.pos[0])}: a key may appear only once in a map`
      : `YAML syntax error: ${e.message}`
  return { message, line, column: col, path: [] }
}

/** ` "name"` of the map key that starts at `offset`, or '' if none does. */
function keyAt(doc: Document, offset: number): string {
  let name = ''
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null
      if (key?.range?.[0] === offset) {
        name = ` "${String(isScalar(key) ? key.value : key)}"`
        return visit.BREAK
      }
      return undefined
    }
  })
  return name
}

function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return issues
    .map((iss, i) => ({ iss, i }))
    .sort((a, b) => a.iss.line - b.iss.line || a.iss.column - b.iss.column || a.i - b.i)
    .map((x) => x.iss)
}

// ---------------------------------------------------------------- zod issues → positions

/** One issue per zod issue; an unrecognized_keys issue becomes one per key (each at its key, the schema wrote one line per key). */
function zodIssues(iss: z.core.$ZodIssue, doc: Document, lc: LineCounter): ConfigIssue[] {
  if (iss.code !== 'unrecognized_keys' || iss.keys.length <= 1) return [zodIssue(iss, doc, lc)]
  const lines = iss.message.split('\n')
  return iss.keys.map((key, i) => zodIssue({ ...iss, keys: [key], message: lines[i] ?? `unknown key "${key}"` }, doc, lc))
}

function zodIssue(iss: z.core.$ZodIssue, doc: Document, lc: LineCounter): ConfigIssue {
  const path = iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  const target = iss.code === 'unrecognized_keys' && iss.keys.length ? [...path, iss.keys[0]] : path
  const found = locate(doc, target)
  const wantKey = (iss.code === 'unrecognized_keys' || iss.code === 'invalid_key') && found.exact
  const typo = !found.exact && found.depth === path.length - 1 ? typoOf(found.node, path) : undefined
  const range = typo?.range ?? (wantKey ? (found.pair?.key as Node | undefined) : found.node)?.range ?? found.node?.range
  const { line, col } = range ? lc.linePos(range[0]) : { line: 1, col: 1 }
  const missing = iss.code === 'invalid_type' && iss.message === MISSING && !found.exact && path.length > 0
  const where = formatPath(missing ? path.slice(0, -1) : path)
  const base = missing ? `missing required key "${String(path[path.length - 1])}"` : iss.message
  const message =
    typo && isScalar(typo)
      ? `${base}; "${String(typo.value)}" here looks like a typo (did you mean "${String(path[path.length - 1])}"?)`
      : base
  return { message: where ? `${where}: ${message}` : message, line, column: col, path }
}

/**
 * A key missing from a map next to a near-miss of its name (`tpye:` for `type:`): the near-miss
 * key, so the error points at the typo rather than at the start of the map.
 */
function typoOf(parent: Node | undefined, path: (string | number)[]): Node | undefined {
  const want = path[path.length - 1]
  if (!isMap(parent) || typeof want !== 'string') return undefined
  for (const pair of parent.items) {
    const key = pair.key as Node | null
    if (isScalar(key) && typeof key.value === 'string' && key.value !== want && nearest(key.value, [want]) === want) return key
  }
  return undefined
}
interface Located {
  node?: Node
  pair?: Pair
  exact: boolean
  /** How many elements of the path exist. */
  depth: number
}

/** Walks `path` down the YAML tree; stops at the deepest node that exists. */
function locate(doc: Document, path: (string | number)[]): Located {
  let node = deref(doc.contents as Node | null, doc)
  let pair: Pair | undefined
  let depth = 0
  for (const key of path) {
    const next = child(node, key)
    if (!next) return { node: node ?? undefined, pair, exact: false, depth }
    depth++
    pair = next.pair
    node = deref(next.node, doc) ?? (next.pair?.key as Node | undefined) ?? node
  }
  return { node: node ?? undefined, pair, exact: true, depth }
}

/** Per map, its pairs by key name (built once: looking up 100 000 unknown keys stays linear). */
const pairIndex = new WeakMap<object, Map<string, Pair>>()

function child(node: Node | null | undefined, key: string | number): { node: Node | null; pair?: Pair } | undefined {
  if (isMap(node)) {
    let index = pairIndex.get(node)
    if (!index) {
      index = new Map()
      for (const p of node.items) {
        const name = String(isScalar(p.key) ? p.key.value : p.key)
        if (!index.has(name)) index.set(name, p as Pair)
      }
      pairIndex.set(node, index)
    }
    const pair = index.get(String(key))
    return pair ? { node: pair.value as Node | null, pair } : undefined
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key]
    return item === undefined ? undefined : { node: isPair(item) ? null : (item as Node | null) }
  }
  return undefined
}

function deref(node: Node | null | undefined, doc: Document): Node | null {
  if (isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? node
  return node ?? null
}

function envPositions(doc: Document, lc: LineCounter): EnvPositions {
  const root = doc.contents
  const envPair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'environments') : undefined
  const keyPos = (n: unknown): Pos => {
    const r = (n as Node | undefined)?.range
    const { line, col } = r ? lc.linePos(r[0]) : { line: 1, col: 1 }
    return { line, column: col }
  }
  return { environments: keyPos(envPair?.key) }
}

// ---------------------------------------------------------------- human messages for zod's defaults

/** The raw issue an error map sees: zod's issue plus the input that caused it. */
type RawIssue = z.core.$ZodRawIssue & { input?: unknown }

const MISSING = 'required key is missing'

function humanMessage(iss: RawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? MISSING : `expected ${article(String(iss.expected))}, got ${kind(iss.input)}`
    case 'too_small':
      return tooSmall(iss as RawIssue & { origin: string; minimum: number | bigint; inclusive?: boolean })
    case 'too_big':
      return tooBig(iss as RawIssue & { origin: string; maximum: number | bigint; inclusive?: boolean })
    case 'invalid_value': {
      const values = (iss as { values: readonly unknown[] }).values.map((v) => String(v))
      const got = typeof iss.input === 'string' ? didYouMean(iss.input, values) : ` (expected one of: ${values.join(', ')})`
      return `invalid value ${describe(iss.input)}${got}`
    }
    case 'invalid_union':
      return `expected ${unionExpectation(iss)}, got ${kind(iss.input)}`
    case 'invalid_format':
      return `invalid ${String((iss as { format?: string }).format ?? 'format')} ${describe(iss.input)}`
    case 'invalid_key': {
      const inner = ((iss as { issues?: { message: string }[] }).issues ?? []).map((i) => i.message)
      return `invalid key ${describe(iss.input)}${inner.length ? `: ${inner.join('; ')}` : ''}`
    }
    case 'not_multiple_of':
      return `${describe(iss.input)} must be a multiple of ${String((iss as { divisor: number }).divisor)}`
    default:
      return undefined
  }
}

function tooSmall(iss: RawIssue & { origin: string; minimum: number | bigint; inclusive?: boolean }): string {
  const min = Number(iss.minimum)
  switch (iss.origin) {
    case 'string':
      return min <= 1 ? 'must not be empty' : `must be at least ${min} characters long`
    case 'array':
      return `needs at least ${min} item${min === 1 ? '' : 's'}`
    default:
      return `must be ${iss.inclusive === false ? 'greater than' : 'at least'} ${min}, got ${describe(iss.input)}`
  }
}

function tooBig(iss: RawIssue & { origin: string; maximum: number | bigint; inclusive?: boolean }): string {
  const max = Number(iss.maximum)
  switch (iss.origin) {
    case 'string':
      return `must be at most ${max} characters long`
    case 'array':
      return `allows at most ${max} item${max === 1 ? '' : 's'}`
    default:
      return `must be ${iss.inclusive === false ? 'less than' : 'at most'} ${max}, got ${describe(iss.input)}`
  }
}

/** "a string or a map": the types the union's options expected, when they all failed on type. */
function unionExpectation(iss: RawIssue): string {
  const branches = ((iss as { errors?: z.core.$ZodIssue[][] }).errors ?? []).map((errs) =>
    errs.find((e) => e.code === 'invalid_type' && e.path.length === 0)
  )
  const types = [...new Set(branches.map((e) => (e && e.code === 'invalid_type' ? article(String(e.expected)) : undefined)))]
  return types.length && types.every((t) => t !== undefined) ? types.join(' or ') : 'a valid value'
}

function article(expected: string): string {
  switch (expected) {
    case 'object':
    case 'record':
    case 'map':
      return 'a map'
    case 'array':
      return 'a list'
    case 'int':
      return 'an integer'
    case 'boolean':
      return 'true or false'
    default:
      return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
  }
}

function kind(v: unknown): string {
  if (v === null) return 'an empty value'
  if (Array.isArray(v)) return 'a list'
  if (v instanceof Date) return 'a date'
  if (typeof v === 'object') return 'a map'
  return typeof v
}

function describe(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : v === undefined ? 'nothing' : (JSON.stringify(v) ?? String(v))
}
