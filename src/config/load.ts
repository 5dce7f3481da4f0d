/**
 * Reads the deploy config, validates it with the schema and maps every problem back to
 * file:line:column, so the user sees each one as an annotation at the offending spot.
 */
import * as fs from 'node:fs/promises'
import * as core from '@actions/core'
import { z } from 'zod'
import { parseDocument, visit, LineCounter, isMap, isSeq, isPair, isScalar, isAlias, type Document, type Node, type Pair } from 'yaml'
import { ConfigSchema, type Config, type EnvironmentConfig } from './schema.js'
import { didYouMean } from './suggest.js'

export interface ConfigIssue {
  message: string
  line: number
  column: number
  path: (string | number)[]
}

export class ConfigError extends Error {
  readonly file: string
  readonly issues: ConfigIssue[]

  constructor(file: string, issues: ConfigIssue[]) {
    const first = issues[0] ?? { message: 'invalid config', line: 1, column: 1, path: [] }
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
    super(`${file}:${first.line}:${first.column}: ${first.message}${more}`)
    this.name = 'ConfigError'
    this.file = file
    this.issues = issues.length ? issues : [first]
  }

  get line(): number {
    return this.issues[0].line
  }

  get column(): number {
    return this.issues[0].column
  }
}

interface Pos {
  line: number
  column: number
}

/** Where the `environments:` key sits in the file (an unknown environment input points there). */
interface EnvPositions {
  environments: Pos
}

const positions = new WeakMap<Config, EnvPositions>()

export async function loadConfig(absPath: string, displayFile: string): Promise<Config> {
  const text = await readText(absPath, displayFile)
  const lc = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, merge: true })
  if (doc.errors.length) throw new ConfigError(displayFile, sortIssues(doc.errors.map((e) => yamlIssue(e, doc, lc))))
  const data: unknown = doc.toJS()
  if (data === null || data === undefined) {
    throw new ConfigError(displayFile, [{ message: 'the config file is empty; it needs at least version, service and environments', line: 1, column: 1, path: [] }])
  }
  const result = ConfigSchema.safeParse(data, { error: (iss) => humanMessage(iss as RawIssue) })
  if (!result.success) {
    const issues = result.error.issues.map((iss) => zodIssue(iss, doc, lc))
    throw new ConfigError(displayFile, sortIssues(issues))
  }
  positions.set(result.data, envPositions(doc, lc))
  return result.data
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

/** One `::error` annotation per issue, on the config file at the issue's line and column. */
export function annotate(err: ConfigError): void {
  for (const issue of err.issues) {
    core.error(issue.message, { title: 'Stagegate config', file: err.file, startLine: issue.line, startColumn: issue.column })
  }
}

/** The config's JSON Schema (input side: what users write), for editors and docs. */
export { configJsonSchema } from './json-schema.js'

// ---------------------------------------------------------------- reading and YAML

async function readText(absPath: string, displayFile: string): Promise<string> {
  try {
    return await fs.readFile(absPath, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'config file not found' : `config file could not be read (${code ?? (e as Error).message})`
    throw new ConfigError(displayFile, [
      {
        message: `${why}: ${displayFile}; set the \`config\` input to the deploy config's path relative to the workspace (default .github/deploy.yml)`,
        line: 1,
        column: 1,
        path: []
      }
    ])
  }
}

interface YamlErrorLike {
  code: string
  message: string
  pos: [number, number]
}

function yamlIssue(e: YamlErrorLike, doc: Document, lc: LineCounter): ConfigIssue {
  const { line, col } = lc.linePos(e.pos[0])
  const message = e.code === 'DUPLICATE_KEY' ? `duplicate key${keyAt(doc, e.pos[0])}: a key may appear only once in a map` : `YAML syntax error: ${e.message}`
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
  return issues.map((iss, i) => ({ iss, i })).sort((a, b) => a.iss.line - b.iss.line || a.iss.column - b.iss.column || a.i - b.i).map((x) => x.iss)
}

// ---------------------------------------------------------------- zod issues → positions

function zodIssue(iss: z.core.$ZodIssue, doc: Document, lc: LineCounter): ConfigIssue {
  const path = iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
  const target = iss.code === 'unrecognized_keys' && iss.keys.length ? [...path, iss.keys[0]] : path
  const found = locate(doc, target)
  const wantKey = (iss.code === 'unrecognized_keys' || iss.code === 'invalid_key') && found.exact
  const range = (wantKey ? (found.pair?.key as Node | undefined) : found.node)?.range ?? found.node?.range
  const { line, col } = range ? lc.linePos(range[0]) : { line: 1, col: 1 }
  const missing = iss.code === 'invalid_type' && iss.message === MISSING && !found.exact && path.length > 0
  const where = formatPath(missing ? path.slice(0, -1) : path)
  const message = missing ? `missing required key "${String(path[path.length - 1])}"` : iss.message
  return { message: where ? `${where}: ${message}` : message, line, column: col, path }
}

interface Located {
  node?: Node
  pair?: Pair
  exact: boolean
}

/** Walks `path` down the YAML tree; stops at the deepest node that exists. */
function locate(doc: Document, path: (string | number)[]): Located {
  let node = deref(doc.contents as Node | null, doc)
  let pair: Pair | undefined
  for (const key of path) {
    const next = child(node, key)
    if (!next) return { node: node ?? undefined, pair, exact: false }
    pair = next.pair
    node = deref(next.node, doc) ?? ((next.pair?.key as Node | undefined) ?? node)
  }
  return { node: node ?? undefined, pair, exact: true }
}

function child(node: Node | null | undefined, key: string | number): { node: Node | null; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key))
    return pair ? { node: pair.value as Node | null, pair: pair as Pair } : undefined
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

/** `environments.production.gates[2].type` */
export function formatPath(path: (string | number)[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p
  return out
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
  const branches = ((iss as { errors?: z.core.$ZodIssue[][] }).errors ?? []).map((errs) => errs.find((e) => e.code === 'invalid_type' && e.path.length === 0))
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
  return typeof v === 'string' ? `"${v}"` : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v)
}
