/**
 * The runtime port: everything a run says to, or asks of, the job it runs in (the log and its
 * annotations and groups, step outputs, state for the post step, secrets to mask, the job
 * summary, the step's failure, the action's inputs). Two implementations: `./core.ts` (the
 * runner, through the actions toolkit; created by the entries) and `./memory.ts` (a recorder, for
 * tests). Every module that logs takes a `Log` (or the whole `Runtime`) from its caller.
 */

/** Where an annotation points (the runner shows it on that file and line). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The log: what the engine, the gate runner, the command runner and the flows need. */
export interface Log {
  debug(message: string): void
  info(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  /** A collapsible group of the lines that follow, until `endGroup`. Groups do not nest. */
  startGroup(name: string): void
  endGroup(): void
}

export interface Runtime extends Log {
  /** An action input (`with:`), trimmed; '' when not set. */
  getInput(name: string): string
  /** A step output (GITHUB_OUTPUT). */
  setOutput(name: string, value: string): void
  /** State the post step reads back with `getState` (GITHUB_STATE → STATE_<name>). */
  saveState(name: string, value: string): void
  /** What the main step saved under `name`; '' when nothing was. */
  getState(name: string): string
  /** Masks `secret` in everything logged from now on. */
  setSecret(secret: string): void
  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>
  /** Replaces the job summary written so far by this step with `markdown`. */
  writeSummary(markdown: string): Promise<void>
  /** Marks the step failed with `message` (an error line too). Called only by src/main.ts. */
  setFailed(message: string): void
}

/** The environment variable the runner passes an input in (as the actions toolkit names it). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}
