import type { ActionName, EnvironmentConfig, TrackName } from '../config/schema.js'
import type { CommandResult } from '../actions/types.js'
import type { Measurement } from '../metrics/types.js'
import type { Clock } from './clock.js'
import type { Tally } from '../analysis/tally.js'
import type { Log } from '../runtime/types.js'
import type { CommandRecord, MeasurementRecord, PlanStep, RollbackRecord, StepRecord } from '../report/types.js'

/** Context for one action invocation; becomes STAGEGATE_* variables. */
export interface ActionContext {
  step?: number
  weight: number
  previousWeight: number
  track: TrackName
  reason?: string
}

export interface EngineDeps {
  clock: Clock
  /** Aborts on SIGINT/SIGTERM: the engine then rolls back (with a fresh, un-aborted signal) and returns. */
  signal: AbortSignal
  /** Where the engine logs what it cannot put in the result (a rollback error, a throwing event handler). */
  log: Log
  /** Runs the configured action; resolves `null` when that action is not configured. */
  runAction(name: ActionName, ctx: ActionContext, signal: AbortSignal): Promise<CommandResult | null>
  /** Measures a metric now; never throws. */
  measure(metric: string, track: TrackName, weight: number, signal: AbortSignal): Promise<Measurement>
  /** Progress notifications, for logs, saved state and the live PR comment. Must not throw. */
  events?: EngineEvents
}

/**
 * What the engine tells as it goes. The run record is built from these alone (RunRecorder.engineEvents):
 * every record passed is the engine's own copy at that moment, never shared state.
 */
export interface EngineEvents {
  onPhase?(phase: 'baseline' | 'deploy' | 'step' | 'promote' | 'rollback', detail: string): void
  /** One baseline value (null: no data), measured on the stable track before deploy. */
  onBaseline?(metric: string, value: number | null): void
  onStepStart?(step: StepRecord, total: number): void
  /** One measurement round: every check of the step measured at the same moment; `step` carries its check summaries as they stand. */
  onRound?(records: MeasurementRecord[], step: StepRecord, elapsedMs: number, total: number): void
  onStepEnd?(step: StepRecord, total: number): void
  /** A command ran (or was skipped: not configured); `rollback`: part of the rollback path. */
  onCommand?(c: CommandRecord, part: 'run' | 'rollback'): void
  /** The rollback begins (its commands follow as `onCommand(c, 'rollback')`). */
  onRollbackStart?(rb: Omit<RollbackRecord, 'commands' | 'verified'>): void
  /** verify-rollback succeeded. */
  onRollbackVerified?(): void
  /** Traffic may be split from now on (deploy started) / is no longer split (promoted or rolled back). */
  onTrafficState?(split: boolean, weight: number): void
  /** A handed-off rollout continues in this job: its step, as the saved record has it, goes on. */
  onStepResume?(step: StepRecord, total: number): void
}

/** How the rollout ended; what happened on the way is in the events (and so in the run record). */
export interface RolloutOutcome {
  /** `paused`: handed off at a pause (see `handOff`); traffic stays where it is, on purpose. */
  status: 'succeeded' | 'rolled-back' | 'rollback-failed' | 'failed' | 'paused'
  finalWeight: number
  /** Why the status is `failed` (cancelled or an error before deploy started; nothing was changed). */
  error?: string
  /** Set with status `paused`: where the rollout holds and what to save. */
  handOff?: HandOff
  /** Set with status `paused` when another job had claimed the paused rollout: this job changed nothing. */
  lostClaim?: string
}

/** Where a handed-off rollout holds (SPEC §4): the step's weight is set and verified. */
export interface HandOff {
  step: number
  weight: number
  /** null: held until a person promotes (until-promoted, or inconclusive with on-inconclusive: pause). */
  pauseEndsAt: number | null
  why: 'job-budget' | 'until-promoted' | 'inconclusive'
  /** The step's analysis so far (each check's failures in a row included, carried to the next step). */
  tally: Tally
}

/** Continue a handed-off rollout: no baseline, no deploy; the step `step` holds its weight. */
export interface ResumeFrom {
  step: number
  weight: number
  /** When the step started (in the job that set its weight). */
  startedAt: number
  baseline: Record<string, number | null>
  tally: Tally
  /**
   * `watch`: one analysis round on the live canary, then hand back (a breach rolls back);
   * `continue`: the step's last round and judgement, then the next steps;
   * a rollback: now, before anything else (abort, expired).
   */
  then: 'watch' | 'continue' | { rollback: string; trigger: 'abort' | 'expired' }
  /**
   * Called before this job moves traffic (continue, or any rollback): claims the paused rollout.
   * Returns why another job has it (this job then changes nothing), or undefined once claimed.
   */
  claim(): Promise<string | undefined>
}

/** When a pause is handed off instead of waited for in this job. */
export interface HandOffPolicy {
  /** The job's start plus `job-budget`: a pause that would end later is handed off. */
  deadline: number
  onInconclusive: 'rollback' | 'pause'
  /** Saves the handed-off rollout (or, for a resume that only watched, notes the look); returns why it could not (the rollout then rolls back). */
  save(h: HandOff): Promise<string | undefined>
}

export interface RolloutInput {
  env: EnvironmentConfig
  plan: readonly PlanStep[]
  resume?: ResumeFrom
  /** Without it a rollout never hands off (the CLI, tests): every pause is waited for. */
  handOff?: HandOffPolicy
}

export type RunRollout = (input: RolloutInput, deps: EngineDeps) => Promise<RolloutOutcome>
