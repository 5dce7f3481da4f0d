/**
 * The config file before it is parsed: reading it, the error type (file:line:column issues) and
 * its annotations, which every run needs, a run that cannot read its config included. Imports
 * neither the YAML parser nor zod: `loadConfig` reads the file first and loads the parser
 * (./load.ts) only when there is text to parse.
 */
import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { constants as fsConstants, type Stats } from 'node:fs'
import type { Log } from '../runtime/types.js'
import type { Config } from './schema.js'

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
    this.issues = issues.length ? capIssues(issues) : [first]
  }

  get line(): number {
    return this.issues[0].line
  }

  get column(): number {
    return this.issues[0].column
  }
}

/** At most this many problems are reported (each an annotation); the rest are counted. */
export const MAX_REPORTED_ISSUES = 20
/** A bigger config file is refused before it is read. */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** YAML aliases may expand to at most this many nodes (an alias bomb is refused). */
export const MAX_ALIAS_COUNT = 100

/** The first MAX_REPORTED_ISSUES issues, then one that counts the rest. */
function capIssues(issues: ConfigIssue[]): ConfigIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues
  const next = issues[MAX_REPORTED_ISSUES]
  const rest = issues.length - MAX_REPORTED_ISSUES
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    {
      ...next,
      message: `… and ${rest} more problem${rest === 1 ? '' : 's'} (the first ${MAX_REPORTED_ISSUES} are reported; fix them first)`
    }
  ]
}

/** One `::error` annotation per issue, on the config file at the issue's line and column. */
export function annotate(err: ConfigError, log: Log): void {
  for (const issue of err.issues) {
    log.error(issue.message, { title: 'Stagegate config', file: err.file, startLine: issue.line, startColumn: issue.column })
  }
}

/**
 * The file's text. Only a regular file of at most MAX_CONFIG_BYTES is read: a FIFO or a device
 * would block the read forever (it is refused on a stat, before any open for reading), and the
 * file is opened non-blocking and checked again, in case it was swapped in between.
 */
export async function readText(absPath: string, displayFile: string): Promise<string> {
  const fail = (why: string): never => {
    throw new ConfigError(displayFile, [
      {
        message: `${why}: ${displayFile}; set the \`config\` input to the deploy config's path relative to the workspace (default .github/deploy.yml)`,
        line: 1,
        column: 1,
        path: []
      }
    ])
  }
  let handle: fs.FileHandle | undefined
  try {
    checkStat(await fs.stat(absPath), fail)
    handle = await fs.open(absPath, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK)
    checkStat(await handle.stat(), fail)
    return await handle.readFile('utf8')
  } catch (e) {
    if (e instanceof ConfigError) throw e
    const code = (e as NodeJS.ErrnoException).code
    return fail(code === 'ENOENT' ? 'config file not found' : `config file could not be read (${code ?? (e as Error).message})`)
  } finally {
    await handle?.close()
  }
}

function checkStat(st: Stats, fail: (why: string) => never): void {
  if (st.isDirectory()) fail('config file could not be read (EISDIR: it is a directory)')
  if (!st.isFile()) fail(`config file could not be read (it is ${fileKind(st)}, not a regular file)`)
  if (st.size > MAX_CONFIG_BYTES) fail(`config file is too big (${st.size} bytes; at most ${MAX_CONFIG_BYTES} bytes, 1 MiB)`)
}

function fileKind(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** `environments.production.gates[2].type` */
export function formatPath(path: (string | number)[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p
  return out
}

/** The config at `absPath`, validated (./load.ts, loaded once the file is read), or a ConfigError. */
export async function loadConfig(absPath: string, displayFile: string): Promise<Config> {
  return (await readConfig(absPath, displayFile)).config
}

/** The config at `absPath`, validated, with the identity of the text it was parsed from (one read). */
export async function readConfig(absPath: string, displayFile: string): Promise<{ config: Config; hash: string }> {
  const text = await readText(absPath, displayFile)
  const { parseConfig } = await import('./load.js')
  return { config: parseConfig(text, displayFile), hash: configHash(text) }
}

/** A config's identity: `sha256:` and the hex digest of its bytes (a handed-off rollout refuses another). */
export function configHash(content: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`
}
