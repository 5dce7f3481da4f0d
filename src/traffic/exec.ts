/**
 * Runs a CLI (kubectl, gcloud, aws, nginx) with an argv array: no shell, so no value is ever
 * spliced into a command line (the main step's ledger gate, a fixed /bin/sh script, gets the argv
 * as its arguments and `exec`s it). The child sees the job's environment minus the action's own inputs.
 */
import { inheritedEnv } from '../actions/run-command.js'
import { endGroups, gateNotFound, spawnGroup, type GroupRecording } from '../actions/groups.js'
import { oneLine } from '../text.js'
import { TrafficError } from './types.js'

const MAX_OUTPUT = 4 * 1024 * 1024

/** Runs one CLI invocation (argv, no shell); resolves with its stdout, throws TrafficError. */
export type Cli = (argv: readonly string[], signal: AbortSignal) => Promise<string>

/**
 * A Cli that writes each CLI's process group to the main step's ledger as it starts (and
 * forgets it once nothing of it is left), like the user's own commands: a main step killed
 * mid-call leaves the post step a record of the CLI, which it ends before it rolls back.
 */
export function cli(recording?: GroupRecording): Cli {
  return (argv, signal) => run(argv, signal, recording)
}

/**
 * The CLI runs in its own process group. A cancellation or timeout ends the whole group
 * (SIGTERM, SIGKILL after the grace) and this resolves only once nothing of it is left: a
 * `set-weight` that was stopped (a wrapper script's kubectl included) can never write its weight
 * after the rollback that follows.
 */
export function run(argv: readonly string[], signal: AbortSignal, recording?: GroupRecording): Promise<string> {
  const [file, ...args] = argv
  return new Promise((resolve, reject) => {
    // recorded: in the ledger (under the action's name) before the CLI runs anything
    const child = spawnGroup(file, args, { env: inheritedEnv(process.env) }, recording)
    const out = { stdout: '', stderr: '' }
    let ended: Promise<unknown> = Promise.resolve()
    const onAbort = () => {
      if (child.pid !== undefined) ended = endGroups([{ pgid: child.pid, label: file, start: '' }])
    }
    signal.addEventListener('abort', onAbort, { once: true })
    if (signal.aborted) onAbort()
    child.stdout?.on('data', (b: Buffer) => (out.stdout = bounded(out.stdout, b)))
    child.stderr?.on('data', (b: Buffer) => (out.stderr = bounded(out.stderr, b)))
    let settled = false
    const settle = (err: (Error & { code?: unknown }) | undefined) => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', onAbort)
      void ended.then(() => {
        if (child.pid !== undefined) recording?.ledger.ended(child.pid)
        if (signal.aborted) return reject(new TrafficError(failure(argv, Object.assign(new Error('aborted'), { name: 'AbortError' }), '')))
        if (!err) return resolve(out.stdout)
        reject(new TrafficError(failure(argv, err, out.stderr)))
      })
    }
    child.once('error', (e) => settle(e))
    child.once('close', (code, sig) =>
      settle(code === 0 ? undefined : Object.assign(new Error(`killed by ${sig}`), { code: code ?? undefined }))
    )
  })
}

/** Output kept to MAX_OUTPUT (the end, where a CLI says why it failed). */
function bounded(kept: string, chunk: Buffer): string {
  const next = kept + chunk.toString('utf8')
  return next.length > MAX_OUTPUT ? next.slice(-MAX_OUTPUT) : next
}

function failure(argv: readonly string[], err: Error & { code?: unknown }, stderr: string): string {
  const what = argv.slice(0, 3).join(' ')
  if (err.name === 'AbortError') return `${what}: cancelled or timed out`
  const notFound = err.code === 'ENOENT' || (typeof err.code === 'number' && gateNotFound(argv[0], err.code, stderr))
  if (notFound) return `${argv[0]}: command not found (install it on the runner or set its path in traffic:)`
  const why = oneLine(stderr.trim() || err.message, 400)
  return `${what} failed${typeof err.code === 'number' ? ` (exit ${err.code})` : ''}: ${why}`
}

/** Parses a CLI's JSON output; a non-JSON answer is a TrafficError naming the command. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new TrafficError(`${what} did not print JSON (${oneLine(text, 120) || 'empty output'})`)
  }
}

/** A percent as both sides' integer shares: 25 → [75, 25]. Non-integer percents are refused (routers take integers). */
export function integerSplit(weight: number, adapter: string): [stable: number, canary: number] {
  if (!Number.isInteger(weight) || weight < 0 || weight > 100)
    throw new TrafficError(`${adapter} takes whole percents 0..100, not ${weight}`)
  return [100 - weight, weight]
}
