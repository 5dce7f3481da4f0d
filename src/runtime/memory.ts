/**
 * The in-memory runtime: records every log line, annotation, group, output, state, mask, summary
 * and failure in order, so tests assert on what a run told the job. Inputs and saved state are
 * read from the env object it is given (INPUT_<NAME>, STATE_<name>), as the runner passes them.
 * Like the runner, it masks every secret set with `setSecret` in what it records.
 */
import { inputVariable, type AnnotationProperties, type Runtime } from './types.js'

export type EntryKind = 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group' | 'endgroup'

export interface Entry {
  kind: EntryKind
  message: string
  properties?: AnnotationProperties
}

export class MemoryRuntime implements Runtime {
  readonly entries: Entry[] = []
  readonly outputs: Record<string, string> = {}
  readonly state: Record<string, string> = {}
  readonly secrets: string[] = []
  /** Every setFailed message, in order (a run calls it at most once). */
  readonly failures: string[] = []
  summary = ''

  constructor(private readonly env: Record<string, string | undefined> = {}) {}

  getInput(name: string): string {
    return (this.env[inputVariable(name)] ?? '').trim()
  }

  getState(name: string): string {
    return this.state[name] ?? this.env[`STATE_${name}`] ?? ''
  }

  debug(message: string): void {
    this.add('debug', message)
  }
  info(message: string): void {
    this.add('info', message)
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.add('notice', message, properties)
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.add('warning', message, properties)
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.add('error', message, properties)
  }
  startGroup(name: string): void {
    this.add('group', name)
  }
  endGroup(): void {
    this.add('endgroup', '')
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = this.mask(value)
  }
  saveState(name: string, value: string): void {
    this.state[name] = value
  }
  setSecret(secret: string): void {
    if (secret) this.secrets.push(secret)
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += this.mask(markdown)
  }
  async writeSummary(markdown: string): Promise<void> {
    this.summary = this.mask(markdown)
  }
  setFailed(message: string): void {
    this.failures.push(this.mask(message))
    this.add('error', message)
  }

  /** The messages of one kind, in order. */
  messages(kind: EntryKind): string[] {
    return this.entries.filter((e) => e.kind === kind).map((e) => e.message)
  }

  /** Everything logged, one line per entry, as a reader of the job's log would see it (groups as `::group::`). */
  get log(): string {
    return this.entries.map((e) => (e.kind === 'info' ? e.message : `::${e.kind}::${e.message}`)).join('\n')
  }

  private add(kind: EntryKind, message: string, properties?: AnnotationProperties): void {
    this.entries.push(properties ? { kind, message: this.mask(message), properties } : { kind, message: this.mask(message) })
  }

  private mask(text: string): string {
    let out = text
    for (const s of this.secrets) out = out.split(s).join('***')
    return out
  }
}
