/**
 * Runs the environment's gates concurrently, each bounded by its timeout (on the injected clock)
 * and retried with a back-off, and turns their outcomes into report records.
 */
import type { GateConfig } from '../config/schema.js'
import type { Approval, GateRecord, GateStatus } from '../report/types.js'
import { formatDuration } from '../config/units.js'
import type { GateContext, GateOutcome } from './types.js'
import { gateFor } from './registry.js'
import { oneLine } from '../text.js'
import type { Log } from '../runtime/types.js'

export interface RunGatesOptions {
  ctx: Omit<GateContext, 'signal'>
  /** The run's cancellation. */
  signal: AbortSignal
  /** Where each gate's line (and an advisory failure's warning) goes. */
  log: Log
  overrides: { names: string[]; reason: string }
  /** Plan mode: gates with side effects are skipped. */
  readOnlyOnly?: boolean
  /** Why this gate is not evaluated at all (recorded as skipped with this detail), or undefined. */
  skip?: (config: GateConfig) => string | undefined
}

export interface GatesResult {
  records: GateRecord[]
  failedRequired: string[]
  approvals: Approval[]
}

/** Back-off before retry n (1-based): n seconds. */
export const RETRY_BACKOFF_MS = 1000
export const CANCELLED = 'cancelled'
export const SKIPPED_DETAIL = 'not evaluated in plan mode: it has side effects'
/** After a timeout or a cancellation, how long the runner waits for the aborted check to wind down. */
export const ABORT_GRACE_MS = 10_000
const TIMED_OUT = 'timed-out' as const

/** One finished gate: its last outcome, how many attempts it took, whether the run was cancelled. */
interface Evaluation {
  outcome: GateOutcome
  attempts: number
  cancelled: boolean
}

export async function runGates(gates: GateConfig[], opts: RunGatesOptions): Promise<GatesResult> {
  const results = await Promise.all(gates.map((g) => runOne(g, opts)))
  const records = results.map((r) => r.record)
  const failedRequired = records.filter((r) => r.status === 'failed').map((r) => r.name)
  const approvals = results.flatMap((r) => r.approvals)
  return { records, failedRequired, approvals }
}

async function runOne(config: GateConfig, opts: RunGatesOptions): Promise<{ record: GateRecord; approvals: Approval[] }> {
  const { clock } = opts.ctx
  const started = clock.now()
  const base = { name: config.name, type: config.type, required: config.required }
  const skipped = opts.skip?.(config) ?? (opts.readOnlyOnly && !gateFor(config).readOnly(config, opts.ctx) ? SKIPPED_DETAIL : undefined)
  if (skipped !== undefined) {
    const record: GateRecord = { ...base, status: 'skipped', detail: skipped, durationMs: 0, attempts: 0 }
    logRecord(record, opts.log)
    return { record, approvals: [] }
  }
  const ev = await evaluate(config, opts)
  const { status, detail } = classify(config, ev, opts.overrides)
  const record: GateRecord = { ...base, status, detail, durationMs: clock.now() - started, attempts: ev.attempts }
  logRecord(record, opts.log)
  return { record, approvals: ev.outcome.approvals ?? [] }
}

/** Attempts the gate up to 1 + retries times, sleeping 1 s × attempt between failures. */
async function evaluate(config: GateConfig, opts: RunGatesOptions): Promise<Evaluation> {
  const cancelled: Evaluation = { outcome: { passed: false, detail: CANCELLED }, attempts: 0, cancelled: true }
  for (let attempt = 1; ; attempt++) {
    if (opts.signal.aborted) return { ...cancelled, attempts: attempt - 1 }
    const outcome = await attemptOnce(config, opts)
    if (outcome === CANCELLED) return { ...cancelled, attempts: attempt }
    if (outcome.passed || attempt > config.retries) return { outcome, attempts: attempt, cancelled: false }
    opts.log.info(`gate ${config.name}: attempt ${attempt} failed (${outcome.detail}); retrying in ${attempt}s`)
    try {
      await opts.ctx.clock.sleep(RETRY_BACKOFF_MS * attempt, opts.signal)
    } catch {
      return { ...cancelled, attempts: attempt }
    }
  }
}

/**
 * One attempt: the check races the gate's timeout (a sleep on the injected clock) and the run's
 * cancellation. On timeout the gate's own signal aborts, so a command is killed and a request
 * dropped; the runner then gives the check ABORT_GRACE_MS to wind down (a killed command's
 * process group is gone before the rollout starts).
 */
async function attemptOnce(config: GateConfig, opts: RunGatesOptions): Promise<GateOutcome | typeof CANCELLED> {
  const { clock } = opts.ctx
  const own = new AbortController()
  const timer = new AbortController()
  const limit = gateFor(config).timeoutMs?.(config) ?? config.timeout
  const timeoutDetail = `timed out after ${formatDuration(limit)}`
  const checked = safeCheck(config, { ...opts.ctx, signal: AbortSignal.any([opts.signal, own.signal]) })
  const timedOut = clock.sleep(limit, AbortSignal.any([timer.signal, opts.signal])).then(
    () => TIMED_OUT,
    () => new Promise<never>(() => {}) // the check finished first, or the run was cancelled
  )
  const cancel = whenAborted(opts.signal)
  let first: GateOutcome | typeof TIMED_OUT | typeof CANCELLED
  try {
    first = await Promise.race([checked, timedOut, cancel.promise])
  } finally {
    timer.abort()
    cancel.dispose()
  }
  if (first !== TIMED_OUT && first !== CANCELLED) return first
  if (first === TIMED_OUT) own.abort(timeoutError(timeoutDetail))
  await settleWithin(checked, opts.ctx, ABORT_GRACE_MS)
  return first === TIMED_OUT ? { passed: false, detail: timeoutDetail } : CANCELLED
}

/** Waits for `p`, but no longer than `ms` on the clock. */
async function settleWithin(p: Promise<unknown>, ctx: RunGatesOptions['ctx'], ms: number): Promise<void> {
  const grace = new AbortController()
  await Promise.race([p, ctx.clock.sleep(ms, grace.signal).catch(() => {})])
  grace.abort()
}

/** The gate's check; a throw becomes a failed outcome with the error's message. */
async function safeCheck(config: GateConfig, ctx: GateContext): Promise<GateOutcome> {
  try {
    return await gateFor(config).check(config, ctx)
  } catch (e) {
    return { passed: false, detail: oneLine(e instanceof Error ? e.message : String(e)) || 'the check threw without a message' }
  }
}

function whenAborted(signal: AbortSignal): { promise: Promise<typeof CANCELLED>; dispose: () => void } {
  let onAbort = () => {}
  const promise = new Promise<typeof CANCELLED>((resolve) => {
    onAbort = () => resolve(CANCELLED)
    if (signal.aborted) resolve(CANCELLED)
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) }
}

function classify(config: GateConfig, ev: Evaluation, overrides: RunGatesOptions['overrides']): { status: GateStatus; detail: string } {
  const detail = ev.outcome.detail
  if (ev.outcome.passed) return { status: 'passed', detail }
  // A cancelled run is never deployed, whatever the overrides say.
  if (ev.cancelled) return { status: config.required ? 'failed' : 'advisory-failed', detail }
  if (overrides.names.includes(config.name)) {
    const why = overrides.reason ? `: ${overrides.reason}` : ''
    return { status: 'overridden', detail: `${detail} (overridden${why})` }
  }
  if (!config.required) return { status: 'advisory-failed', detail }
  return { status: 'failed', detail }
}

function logRecord(r: GateRecord, log: Log): void {
  switch (r.status) {
    case 'passed':
      log.info(`✓ ${r.name} — ${r.detail}`)
      return
    case 'failed':
      log.info(`✗ ${r.name} — ${r.detail}`)
      return
    case 'advisory-failed':
      log.info(`✗ ${r.name} — ${r.detail}`)
      log.warning(`advisory gate ${r.name} failed (not blocking): ${r.detail}`)
      return
    case 'overridden':
      log.info(`✗ ${r.name} — ${r.detail}`)
      log.warning(`gate ${r.name} failed and was overridden: ${r.detail}`)
      return
    case 'skipped':
      log.info(`– ${r.name} — ${r.detail}`)
      return
    default: {
      const never: never = r.status
      throw new Error(`unknown gate status ${String(never)}`)
    }
  }
}

function timeoutError(message: string): Error {
  const e = new Error(message)
  e.name = 'TimeoutError'
  return e
}
