/**
 * The rollout state machine (SPEC §2 "The run, in order", steps 4–7):
 * baseline → deploy → for each step: set-weight, verify, analysed pause → promote,
 * and from anywhere after deploy started: rollback → verify-rollback.
 *
 * Control flow: anything that must end in a rollback throws a `RollbackRequest`; `run` catches
 * it (or any unexpected error, or a cancellation) and rolls back. Time comes from deps.clock.
 */
import type { ActionName, AnalysisConfig, TrackName } from '../config/schema.js'
import type { CommandResult } from '../actions/types.js'
import type { CommandRecord, MeasurementRecord, PlanStep, RollbackRecord, StepRecord } from '../report/types.js'
import type { ActionContext, EngineDeps, EngineEvents, RolloutInput, RolloutOutcome, RunRollout } from './types.js'
import { addRound, finishStep, roundPairs, startTally, type Round, type Tally, type Trip } from '../analysis/tally.js'
import { nextRoundAt } from '../analysis/rounds.js'
import type { Streak } from '../analysis/evaluate.js'
import type { Measurement } from '../metrics/types.js'
import type { Log } from '../runtime/types.js'

export const runRollout: RunRollout = (input, deps) => new Rollout(input, deps).run()

type Trigger = RollbackRecord['trigger']
/** A rollback as it starts (its commands and verification are told as they happen). */
type Started = Omit<RollbackRecord, 'commands' | 'verified'>

/** Thrown to unwind into the rollback. */
class RollbackRequest extends Error {
  constructor(
    readonly trigger: Trigger,
    reason: string,
    readonly trip?: Trip
  ) {
    super(reason)
    this.name = 'RollbackRequest'
  }
}

interface RunningStep {
  record: StepRecord
  /** The step's analysis so far (pure, serializable); `record.checks` shows its summaries. */
  tally: Tally
  /** Aborted when analysis trips while set-weight/verify run. */
  abort: AbortController
  pauseStart?: number
  lastRoundAt?: number
}

class Rollout {
  /** The stable track's values before deploy (what relative checks compare against). */
  private readonly baseline: Record<string, number | null> = {}
  private rollbackStarted = false
  private readonly events: SafeEvents
  /** Traffic percent on the new version as far as we may have moved it. */
  private weight = 0
  private deployStarted = false
  private current?: RunningStep
  /** Set by the analysis that runs alongside set-weight/verify when it trips. */
  private trip?: Trip
  /** Each check's run of failures, carried from step to step (`for`, consecutive-failure-limit). */
  private streaks?: Streak[]

  constructor(
    private readonly input: RolloutInput,
    private readonly deps: EngineDeps
  ) {
    this.events = new SafeEvents(deps.events, deps.log)
  }

  async run(): Promise<RolloutOutcome> {
    try {
      this.stopIfCancelled()
      await this.takeBaseline()
      this.stopIfCancelled()
      await this.deploy()
      const plan = this.input.plan
      for (const [i, step] of plan.entries()) await this.runStep(step, i === plan.length - 1)
      await this.promote()
      return this.finish('succeeded', this.weight)
    } catch (e) {
      const request = this.toRollbackRequest(e)
      if (!this.deployStarted) return this.failBeforeDeploy(request.message)
      return this.rollbackNoThrow(request)
    }
  }

  private async rollbackNoThrow(request: RollbackRequest): Promise<RolloutOutcome> {
    try {
      return await this.rollback(request)
    } catch (e) {
      this.deps.log.error(`rollback error: ${errorMessage(e)}`)
      if (!this.rollbackStarted)
        this.startRollback({ reason: request.message, trigger: request.trigger, weight: this.weight, startedAt: this.deps.clock.now() })
      return this.finish('rollback-failed', this.weight)
    }
  }

  // ------------------------------------------------------------------ phases

  private async takeBaseline(): Promise<void> {
    const metrics = [...new Set(this.input.env.analysis.checks.map((c) => c.metric))]
    this.events.emit('onPhase', 'baseline', metrics.length ? `measuring ${metrics.join(', ')} on the stable track` : 'no analysis metrics')
    const values = await Promise.all(
      metrics.map(async (name) => {
        const m = await this.deps.measure(name, 'stable', 0, this.deps.signal)
        return [name, m.kind === 'value' ? m.value : null] as const
      })
    )
    for (const [name, value] of values) {
      this.baseline[name] = value
      this.events.emit('onBaseline', name, value)
    }
  }

  private async deploy(): Promise<void> {
    this.events.emit('onPhase', 'deploy', 'bringing up the new version at 0% traffic')
    this.deployStarted = true
    this.events.emit('onTrafficState', true, 0)
    await this.mustSucceed('deploy', { weight: 0, previousWeight: 0, track: 'canary' }, 'command', '')
  }

  private async runStep(plan: PlanStep, isLast: boolean): Promise<void> {
    const previousWeight = this.weight
    const record: StepRecord = {
      index: plan.index,
      weight: plan.weight,
      pauseMs: plan.pauseMs,
      startedAt: this.deps.clock.now(),
      durationMs: 0,
      result: 'running',
      checks: []
    }
    const tally = startTally(this.input.env.analysis, this.baseline, plan, this.streaks)
    record.checks = tally.summaries
    const step: RunningStep = { record, tally, abort: new AbortController() }
    this.current = step
    this.events.emit('onPhase', 'step', `step ${plan.index}/${this.input.plan.length}: ${previousWeight}% → ${plan.weight}%`)
    this.events.emit('onStepStart', structuredClone(record), this.input.plan.length)
    this.weight = plan.weight
    this.events.emit('onTrafficState', true, plan.weight)
    const ctx: ActionContext = { step: plan.index, weight: plan.weight, previousWeight, track: 'canary' }
    await this.shiftWhileWatching(step, ctx, ` at step ${plan.index} (${plan.weight}%)`)
    await this.pause(plan, step, isLast)
    this.streaks = step.tally.streaks
    this.endStep('passed')
  }

  /**
   * set-weight and verify, with analysis running alongside at the interval: a breach found meanwhile
   * aborts the running action and rolls back (the canary never gets to keep the weight).
   */
  private async shiftWhileWatching(step: RunningStep, ctx: ActionContext, where: string): Promise<void> {
    const stopWatch = new AbortController()
    const watching = this.watch(step, stopWatch.signal)
    const signal = AbortSignal.any([this.deps.signal, step.abort.signal])
    try {
      await this.mustSucceed('set-weight', ctx, 'command', where, signal)
      await this.mustSucceed('verify', ctx, 'verify', where, signal)
    } finally {
      stopWatch.abort()
      await watching
    }
    this.throwIfTripped()
  }

  /** Measures at the step's interval until `stop` aborts (the round in flight finishes first). */
  private async watch(step: RunningStep, stop: AbortSignal): Promise<void> {
    if (this.input.env.analysis.checks.length === 0) return
    for (;;) {
      const next = nextRoundAt(step.record.startedAt, step.lastRoundAt, this.input.env.analysis)
      try {
        await this.deps.clock.sleep(next - this.deps.clock.now(), AbortSignal.any([stop, this.deps.signal]))
      } catch {
        return
      }
      if (stop.aborted || this.deps.signal.aborted) return
      const trip = await this.measureRound(step)
      if (trip) {
        this.trip = trip
        step.abort.abort(new Error(trip.reason))
        return
      }
    }
  }

  /**
   * The pause: rounds at the step's interval, then the boundary round at the pause's end (the tail
   * of a pause that is not a multiple of the interval, and right before the next weight), then the
   * step's end judgement (min-samples, compared checks).
   */
  private async pause(plan: PlanStep, step: RunningStep, isLast: boolean): Promise<void> {
    const a = this.input.env.analysis
    step.pauseStart = this.deps.clock.now()
    const end = step.pauseStart + plan.pauseMs
    if (a.checks.length === 0) return this.sleepUntil(end)
    for (;;) {
      const next = nextRoundAt(step.record.startedAt, step.lastRoundAt, a)
      if (next >= end) break
      await this.sleepUntil(next)
      this.tripOn(await this.measureRound(step))
    }
    await this.sleepUntil(end)
    if (plan.pauseMs > 0 || !isLast) this.tripOn(await this.measureRound(step))
    const judged = finishStep(a, step.tally, plan.pauseMs > 0)
    this.setTally(step, judged.tally)
    this.tripOn(judged.trip)
  }

  /** One measurement round of the current step, counted and reported; returns the trip, if any. */
  private async measureRound(step: RunningStep): Promise<Trip | undefined> {
    const at = this.deps.clock.now()
    step.lastRoundAt = at
    const round = await measureRound(
      this.input.env.analysis,
      (metric, track) => this.deps.measure(metric, track, this.weight, this.deps.signal),
      at
    )
    this.stopIfCancelled()
    const { tally, records, trip } = addRound(this.input.env.analysis, step.tally, round)
    this.setTally(step, tally)
    this.recordRound(records, step.record, step.pauseStart === undefined ? 0 : at - step.pauseStart)
    return trip
  }

  private setTally(step: RunningStep, tally: Tally): void {
    step.tally = tally
    step.record.checks = tally.summaries
  }

  private tripOn(trip: Trip | undefined): void {
    if (trip) throw new RollbackRequest('analysis', trip.reason, trip)
  }

  private throwIfTripped(): void {
    this.tripOn(this.trip)
  }

  private async promote(): Promise<void> {
    this.events.emit('onPhase', 'promote', `all steps passed at ${this.weight}%`)
    const last = this.input.plan[this.input.plan.length - 1]
    await this.mustSucceed(
      'promote',
      { step: last?.index, weight: this.weight, previousWeight: this.weight, track: 'canary' },
      'command',
      ''
    )
  }

  // ------------------------------------------------------------------ rollback

  private async rollback(request: RollbackRequest): Promise<RolloutOutcome> {
    this.endStep(request.trigger === 'cancelled' ? 'aborted' : 'failed', request.message)
    this.events.emit('onPhase', 'rollback', request.message)
    const rb: Started = {
      reason: request.message,
      trigger: request.trigger,
      step: this.current?.record.index,
      weight: this.weight,
      measurement: request.trip?.measurement,
      bound: request.trip?.bound,
      startedAt: this.deps.clock.now()
    }
    this.startRollback(rb)
    const ok = await this.runRollbackActions(rb)
    if (!ok) return this.finish('rollback-failed', this.weight)
    this.weight = 0
    return this.finish('rolled-back', 0)
  }

  /** rollback, then verify-rollback, with a fresh signal: a cancelled run still rolls back. */
  private async runRollbackActions(rb: Started): Promise<boolean> {
    const fresh = new AbortController().signal
    const ctx: ActionContext = { step: rb.step, weight: 0, previousWeight: this.weight, track: 'stable', reason: rb.reason }
    for (const name of ['rollback', 'verify-rollback'] as const) {
      const record = await this.runRecorded(name, ctx, fresh, 'rollback')
      if (record.outcome !== 'ok' && record.outcome !== 'skipped') return false
      if (name === 'verify-rollback' && record.outcome === 'ok') this.events.emit('onRollbackVerified')
    }
    return true
  }

  // ------------------------------------------------------------------ helpers

  /** Runs an action; anything but success (or "not configured") requests a rollback. */
  private async mustSucceed(
    name: ActionName,
    ctx: ActionContext,
    trigger: Trigger,
    where: string,
    signal = this.deps.signal
  ): Promise<void> {
    this.stopIfCancelled()
    this.throwIfTripped()
    const record = await this.runRecorded(name, ctx, signal)
    this.stopIfCancelled()
    this.throwIfTripped()
    if (record.outcome === 'ok' || record.outcome === 'skipped') return
    const exit = record.exitCode === null ? '' : ` (exit ${record.exitCode})`
    throw new RollbackRequest(trigger, `${name} ${record.outcome}${exit}${where}`)
  }

  /** Runs an action and records it; an exception from the runner counts as a failed command. */
  private async runRecorded(
    name: ActionName,
    ctx: ActionContext,
    signal: AbortSignal,
    part: 'run' | 'rollback' = 'run'
  ): Promise<CommandRecord> {
    const startedAt = this.deps.clock.now()
    let res: CommandResult | null
    try {
      res = await this.deps.runAction(name, ctx, signal)
    } catch (e) {
      this.deps.log.warning(`${name}: ${errorMessage(e)}`)
      res = { exitCode: null, outcome: 'failed', durationMs: this.deps.clock.now() - startedAt, stdout: '', stderr: errorMessage(e) }
    }
    const record: CommandRecord = {
      action: name,
      outcome: res ? res.outcome : 'skipped',
      exitCode: res ? res.exitCode : null,
      durationMs: res ? res.durationMs : 0,
      startedAt,
      step: ctx.step,
      weight: ctx.weight
    }
    this.events.emit('onCommand', { ...record }, part)
    return record
  }

  private recordRound(records: MeasurementRecord[], step: StepRecord, elapsedMs: number): void {
    this.events.emit('onRound', structuredClone(records), structuredClone(step), elapsedMs, this.input.plan.length)
  }

  private async sleepUntil(t: number): Promise<void> {
    const ms = t - this.deps.clock.now()
    if (ms > 0) await this.deps.clock.sleep(ms, this.deps.signal)
    this.stopIfCancelled()
  }

  private endStep(result: StepRecord['result'], reason?: string): void {
    const step = this.current
    if (!step || step.record.result !== 'running') return
    step.record.result = result
    if (reason !== undefined) step.record.reason = reason
    step.record.durationMs = this.deps.clock.now() - step.record.startedAt
    this.events.emit('onStepEnd', structuredClone(step.record), this.input.plan.length)
  }

  private stopIfCancelled(): void {
    if (this.deps.signal.aborted) throw new RollbackRequest('cancelled', cancelReason(this.deps.signal))
  }

  private toRollbackRequest(e: unknown): RollbackRequest {
    if (e instanceof RollbackRequest) return e
    if (this.deps.signal.aborted) return new RollbackRequest('cancelled', cancelReason(this.deps.signal))
    this.deps.log.warning(`rollout error: ${e instanceof Error && e.stack ? e.stack : errorMessage(e)}`)
    return new RollbackRequest('error', `error: ${errorMessage(e)}`)
  }

  private failBeforeDeploy(reason: string): RolloutOutcome {
    this.endStep('aborted', reason)
    return { ...this.finish('failed', 0), error: `${reason} (before deploy: nothing was changed)` }
  }

  private finish(status: RolloutOutcome['status'], finalWeight: number): RolloutOutcome {
    if (status === 'succeeded') this.endStep('passed')
    if (status === 'succeeded' || status === 'rolled-back') this.events.emit('onTrafficState', false, finalWeight)
    return { status, finalWeight }
  }

  private startRollback(rb: Started): void {
    this.rollbackStarted = true
    this.events.emit('onRollbackStart', structuredClone(rb))
  }
}

/** One round's I/O: every metric/track pair the checks need, measured once, all at the same time. */
async function measureRound(
  analysis: Pick<AnalysisConfig, 'checks'>,
  measure: (metric: string, track: TrackName) => Promise<Measurement>,
  at: number
): Promise<Round> {
  const measured = await Promise.all(
    roundPairs(analysis).map(async ({ metric, track }) => ({ metric, track, measurement: await measure(metric, track) }))
  )
  return { at, measured }
}

function cancelReason(signal: AbortSignal): string {
  const r: unknown = signal.reason
  if (typeof r === 'string' && r) return r
  if (r instanceof Error && r.name !== 'AbortError' && r.message) return r.message
  return 'cancelled'
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** Calls event handlers; a throwing handler is logged, never allowed to derail the rollout. */
class SafeEvents {
  constructor(
    private readonly events: EngineEvents | undefined,
    private readonly log: Log
  ) {}
  emit<K extends keyof EngineEvents>(name: K, ...args: Parameters<NonNullable<EngineEvents[K]>>): void {
    const fn = this.events?.[name] as ((...a: unknown[]) => void) | undefined
    if (!fn) return
    try {
      fn.apply(this.events, args)
    } catch (e) {
      this.log.warning(`event handler ${name} threw: ${errorMessage(e)}`)
    }
  }
}
