/** Result of one user command (an action, a command gate, a command metric). */
export interface CommandResult {
  exitCode: number | null
  /** `timeout`: killed after its time limit; `aborted`: killed by a signal/cancellation. */
  outcome: 'ok' | 'failed' | 'timeout' | 'aborted'
  durationMs: number
  /** Everything printed, or (over 72 KiB) its first 8 KiB and last 64 KiB around a truncation marker. */
  stdout: string
  stderr: string
  /** Set when output was dropped from the middle (memory stays bounded whatever a command prints). */
  stdoutTruncated?: boolean
  stderrTruncated?: boolean
}

export interface CommandRequest {
  /** Shown in logs and reports, e.g. `set-weight`, `gate migrations-ready`. */
  label: string
  run: string
  timeoutMs: number
  /** STAGEGATE_* variables (merged over process.env). */
  env: Record<string, string>
  cwd: string
  signal?: AbortSignal
  /** Stream output lines into the log (default true). */
  stream?: boolean
}

export type CommandRunner = (request: CommandRequest) => Promise<CommandResult>
