/**
 * Runs a CLI (kubectl, gcloud, aws, nginx) with an argv array: no shell, so no value is ever
 * spliced into a command line. The child sees the job's environment minus the action's own inputs.
 */
import { execFile } from 'node:child_process'
import { inheritedEnv } from '../actions/run-command.js'
import { oneLine } from '../text.js'
import { TrafficError } from './types.js'

const MAX_OUTPUT = 4 * 1024 * 1024

export function run(argv: readonly string[], signal: AbortSignal): Promise<string> {
  const [file, ...args] = argv
  return new Promise((resolve, reject) => {
    execFile(file, args, { env: inheritedEnv(process.env), signal, maxBuffer: MAX_OUTPUT, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout)
      reject(new TrafficError(failure(argv, err, stderr)))
    })
  })
}

function failure(argv: readonly string[], err: Error & { code?: unknown; killed?: boolean }, stderr: string): string {
  const what = argv.slice(0, 3).join(' ')
  if (err.name === 'AbortError') return `${what}: cancelled or timed out`
  if (err.code === 'ENOENT') return `${argv[0]}: command not found (install it on the runner or set its path in traffic:)`
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
  if (!Number.isInteger(weight) || weight < 0 || weight > 100) throw new TrafficError(`${adapter} takes whole percents 0..100, not ${weight}`)
  return [100 - weight, weight]
}
