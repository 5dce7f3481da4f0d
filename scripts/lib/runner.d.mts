export const ROOT: string
export function nodeBin(env?: Record<string, string | undefined>): string
export function inputEnv(inputs: Record<string, string>, token?: string): Record<string, string>
export function parseFileCommands(file: string): Record<string, string>
export function makeRunnerDir(prefix?: string): string
export interface StepOptions {
  dir: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  event?: object
  eventName?: string
  entry?: 'main' | 'post'
  /** Another copy of the bundle's entry to run instead of dist/ (e.g. one with chunks removed). */
  entryPath?: string
  state?: Record<string, string>
  token?: string
  apiUrl?: string
  onOutput?: (chunk: string, child: import('node:child_process').ChildProcess, all: string) => void
}
export interface StepResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  summaryPath: string
  reportPath?: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  report?: any
}
export function runStep(opts: StepOptions): Promise<StepResult>
export function runJob(opts: StepOptions): Promise<{ main: StepResult; post: StepResult }>
