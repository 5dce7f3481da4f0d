/**
 * The `command` metric provider: runs the user's command (bash -e, in the workspace) and reads
 * one number from its stdout. The context reaches the command through STAGEGATE_* variables,
 * never through the command text. Never throws.
 */
import type { MetricConfig } from '../config/schema.js'
import { formatDuration } from '../config/units.js'
import type { CommandResult, CommandRunner } from '../actions/types.js'
import { CANCELLED, neverThrows } from './provider-kit.js'
import { toNumber } from '../number.js'
import type { Measurement, MetricProvider, MeasureRequest } from './types.js'
import { lastLine } from '../text.js'

export type CommandMetricConfig = Extract<MetricConfig, { provider: 'command' }>

export interface CommandProviderDeps {
  runCommand: CommandRunner
  cwd: string
  /** STAGEGATE_* variables of the run; track and weight are set per measurement. */
  baseEnv: Record<string, string>
}

export function commandProvider(name: string, cfg: CommandMetricConfig, deps: CommandProviderDeps): MetricProvider {
  return neverThrows(name, false, 'command', (request) => measureCommand(name, cfg, deps, request))
}

async function measureCommand(
  name: string,
  cfg: CommandMetricConfig,
  deps: CommandProviderDeps,
  { context, signal }: MeasureRequest
): Promise<Measurement> {
  if (signal?.aborted) return { kind: 'error', detail: CANCELLED }
  const result = await deps.runCommand({
    label: `metric ${name}`,
    run: cfg.run,
    timeoutMs: cfg.timeout,
    env: { ...deps.baseEnv, STAGEGATE_TRACK: context.track, STAGEGATE_WEIGHT: String(context.weight) },
    cwd: deps.cwd,
    signal,
    stream: false
  })
  return fromResult(result, cfg.timeout)
}

/** A finished command as a measurement. */
export function fromResult(r: CommandResult, timeoutMs: number): Measurement {
  switch (r.outcome) {
    case 'aborted':
      return { kind: 'error', detail: CANCELLED }
    case 'timeout':
      return { kind: 'error', detail: withStderr(`command timed out after ${formatDuration(timeoutMs)}`, r.stderr) }
    case 'failed':
      return {
        kind: 'error',
        detail: withStderr(r.exitCode === null ? 'command could not run' : `command exited with code ${r.exitCode}`, r.stderr)
      }
    case 'ok':
      if (r.stdoutTruncated)
        return { kind: 'error', detail: 'command printed more than 72 KiB on stdout (output truncated); it must print exactly one number' }
      return parseStdout(r.stdout)
    default: {
      const never: never = r.outcome
      return { kind: 'error', detail: `unknown command outcome ${String(never)}` }
    }
  }
}

/** Trimmed empty → no data; exactly one finite decimal number → value; anything else → error. */
export function parseStdout(stdout: string): Measurement {
  const text = stdout.trim()
  if (text === '') return { kind: 'no-data', detail: 'command printed nothing' }
  const tokens = text.split(/\s+/)
  if (tokens.length > 1) {
    const numbers = tokens.filter((t) => toNumber(t) !== undefined).length
    const what = numbers === tokens.length ? `${numbers} numbers` : `${tokens.length} words`
    return { kind: 'error', detail: `command printed ${what} (${quote(text)}); it must print exactly one number` }
  }
  const n = toNumber(text)
  if (n === undefined) return { kind: 'error', detail: `command printed ${quote(text)}, not a number` }
  return { kind: 'value', value: n }
}

function withStderr(what: string, stderr: string): string {
  const last = lastLine(stderr, 201)
  return last ? `${what}: ${last}` : what
}

function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line)
}
