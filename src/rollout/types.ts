import type { ActionName, EnvironmentConfig, TrackName } from '../config/schema.js'
import type { CommandResult } from '../actions/types.js'
import type { Measurement } from '../metrics/types.js'
import type { Clock } from './clock.js'
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
}

/** How the rollout ended; what happened on the way is in the events (and so in the run record). */
export interface RolloutOutcome {
  status: 'succeeded' | 'rolled-back' | 'rollback-failed' | 'failed'
  finalWeight: number
  /** Why the status is `failed` (cancelled or an error before deploy started; nothing was changed). */
  error?: string
}

export interface RolloutInput {
  env: EnvironmentConfig
  plan: readonly PlanStep[]
}

export type RunRollout = (input: RolloutInput, deps: EngineDeps) => Promise<RolloutOutcome>
