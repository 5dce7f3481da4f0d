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
import type { ActionContext, EngineDeps, EngineEvents, HandOff, ResumeFrom, RolloutInput, RolloutOutcome, RunRollout } from './types.js'
import { addRound, finishStep, roundPairs, startTally, type Round, type Tally, type Trip } from '../analysis/tally.js'
import { nextRoundAt } from '../analysis/rounds.js'
import type { Streak } from '../analysis/evaluate.js'
import type { Measurement } from '../metrics/types.js'
import type { Log } from '../runtime/types.js'

export const runRollout: RunRollout = (input, deps) => new Rollout(input, deps).run()

type Trigger = RollbackRecord['trigger']
/** A rollback as it starts (its commands and verification are told as they happen). */
type Started = Omit<RollbackRecord, 'commands' | 'verified'>

/** Thrown to stop at a pause that outlives the job: the rollout is saved and continues in a later job. */
class HandOffRequest extends Error {
  constructor(
    readonly why: HandOff['why'],
    readonly pauseEndsAt: number | null
  ) {
    super(`handed off (${why})`)
    this.name = 'HandOffRequest'
  }
}

/** Thrown when another job claimed the paused rollout first: this job changes nothing. */
class ClaimLost extends Error {}

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
      const first = this.input.resume ? await this.resume(this.input.resume) : await this.start()
      const plan = this.input.plan
      for (const [i, step] of plan.entries()) if (i >= first) await this.runStep(step, i === plan.length - 1)
      await this.promote()
      return this.finish('succeeded', this.weight)
    } catch (e) {
      if (e instanceof ClaimLost) return { status: 'paused', finalWeight: this.weight, lostClaim: e.message }
      if (e instanceof HandOffRequest && this.current) return this.handOff(e, this.current)
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

  /** A new rollout: baseline, deploy; the steps start with the first. */
  private async start(): Promise<number> {
    await this.takeBaseline()
    this.stopIfCancelled()
    await this.deploy()
    return 0
  }

  /**
   * A handed-off rollout continues: its step holds its weight (set and verified by an earlier job);
   * a rollback asked for happens now; otherwise one round on the live canary, then either hand
   * back (`watch`) or the step's end and the next steps (`continue`). Returns the next step's position.
   */
  private async resume(r: ResumeFrom): Promise<number> {
    const plan = this.input.plan[r.step - 1]
    Object.assign(this.baseline, r.baseline)
    this.weight = r.weight
    this.deployStarted = true
    const step = this.openStep(plan, r.startedAt)
    this.setTally(step, { ...r.tally, baseline: { ...r.baseline } })
    step.pauseStart = step.record.startedAt
    this.events.emit('onStepResume', structuredClone(step.record), this.input.plan.length)
    if (typeof r.then === 'object') {
      await this.claim(r)
      throw new RollbackRequest(r.then.trigger, r.then.rollback)
    }
    const trip = this.input.env.analysis.checks.length ? await this.measureRound(step) : undefined
    if (r.then === 'watch') {
      if (trip && !(trip.inconclusive && this.input.handOff?.onInconclusive === 'pause')) {
        await this.claim(r)
        this.tripOn(trip)
      }
      throw new HandOffRequest('job-budget', null) // only watched: the flow keeps the saved pause as it was
    }
    await this.claim(r)
    this.tripOn(trip, true)
    // not judged: a handed-off pause is watched by single rounds (min-samples and compared checks need one job's rounds)
    this.streaks = step.tally.streaks
    this.endStep('passed')
    return r.step
  }

  private async claim(r: ResumeFrom): Promise<void> {
    const lost = await r.claim()
    if (lost !== undefined) throw new ClaimLost(lost)
  }

  /** A pause this job does not wait for: until-promoted, or one that would end past the job's budget. */
  private async handOffIfDue(plan: PlanStep, step: RunningStep): Promise<void> {
    const policy = this.input.handOff
    if (!policy) return
    const now = this.deps.clock.now()
    const why = plan.untilPromoted ? 'until-promoted' : now + plan.pauseMs > policy.deadline ? 'job-budget' : undefined
    if (!why) return
    // one round right before the canary is left alone: a breach now still rolls back in this job
    if (this.input.env.analysis.checks.length) this.tripOn(await this.measureRound(step))
    throw new HandOffRequest(why, why === 'until-promoted' ? null : now + plan.pauseMs)
  }

  /** Saves the handed-off rollout; a rollout that cannot be saved must not stay split: it rolls back. */
  private async handOff(h: HandOffRequest, step: RunningStep): Promise<RolloutOutcome> {
    const plan = this.input.plan[step.record.index - 1]
    step.record.durationMs = this.deps.clock.now() - step.record.startedAt
    const handOff: HandOff = {
      step: plan.index,
      weight: this.weight,
      pauseEndsAt: h.pauseEndsAt,
      why: h.why,
      tally: structuredClone(step.tally)
    }
    this.events.emit('onPhase', 'step', `handed off at step ${plan.index} (${this.weight}%): ${h.why}`)
    const err = await this.input.handOff?.save(handOff).catch((e: Error) => e.message)
    if (err !== undefined) return this.rollbackNoThrow(new RollbackRequest('error', `could not hand off: ${err}`))
    this.events.emit('onTrafficState', false, this.weight) // paused on purpose: nothing for the post step to undo
    return { status: 'paused', finalWeight: this.weight, handOff }
  }

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
    const step = this.openStep(plan)
    this.events.emit('onPhase', 'step', `step ${plan.index}/${this.input.plan.length}: ${previousWeight}% → ${plan.weight}%`)
    this.events.emit('onStepStart', structuredClone(step.record), this.input.plan.length)
    this.weight = plan.weight
    this.events.emit('onTrafficState', true, plan.weight)
    const ctx: ActionContext = { step: plan.index, weight: plan.weight, previousWeight, track: 'canary' }
    await this.shiftWhileWatching(step, ctx, ` at step ${plan.index} (${plan.weight}%)`)
    await this.handOffIfDue(plan, step)
    await this.pause(plan, step, isLast)
    this.streaks = step.tally.streaks
    this.endStep('passed')
  }

  private openStep(plan: PlanStep, startedAt = this.deps.clock.now()): RunningStep {
    const record: StepRecord = {
      index: plan.index,
      weight: plan.weight,
      pauseMs: plan.pauseMs,
      startedAt,
      durationMs: 0,
      result: 'running',
      checks: []
    }
    const tally = startTally(this.input.env.analysis, this.baseline, plan, this.streaks)
    record.checks = tally.summaries
    const step: RunningStep = { record, tally, abort: new AbortController() }
    this.current = step
    return step
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
      this.tripOn(await this.measureRound(step), true)
    }
    await this.sleepUntil(end)
    if (plan.pauseMs > 0 || !isLast) this.tripOn(await this.measureRound(step), true)
    const judged = finishStep(a, step.tally, plan.pauseMs > 0)
    this.setTally(step, judged.tally)
    this.tripOn(judged.trip, true)
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

  /** A trip rolls back; past inconclusive-limit with `on-inconclusive: pause` (and `pausable`) it hands off to a person. */
  private tripOn(trip: Trip | undefined, pausable = false): void {
    if (!trip) return
    if (pausable && trip.inconclusive && this.input.handOff?.onInconclusive === 'pause') throw new HandOffRequest('inconclusive', null)
    throw new RollbackRequest('analysis', trip.reason, trip)
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
