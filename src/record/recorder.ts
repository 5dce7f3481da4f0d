/**
 * The one writer of the run record. Every part of a run says what happened through an
 * intent-named method (or the engine's events); nothing else assigns a record field.
 * Readers get `view` (the live record, read-only) or `snapshot()` (a detached copy).
 */
import type { Clock } from '../rollout/clock.js'
import type { EngineEvents, RolloutOutcome } from '../rollout/types.js'
import {
  REPORT_SCHEMA_VERSION,
  type AnalysisPlan,
  type Approval,
  type AuditEntry,
  type BackupRecord,
  type ChangeReport,
  type CommandRecord,
  type FinalStatus,
  type GateRecord,
  type MeasurementRecord,
  type PlanStep,
  type ReportLink,
  type RollbackRecord,
  type StepRecord
} from '../report/types.js'
import type { RecordView, RunRecord } from './types.js'
import type { Decision, PauseReport } from '../report/types.js'

/** What a run knows about itself before it starts. */
export interface RunBasics {
  service: string
  environment: string
  version: string
  sha: string
  mode: 'deploy' | 'plan' | 'resume' | 'promote' | 'abort'
  strategy: string
  runUrl: string
  actor: string
  links?: ReportLink[]
}

export type AuditFields = Partial<Pick<AuditEntry, 'step' | 'weight' | 'result' | 'detail'>>

/** A fresh record: `running`, nothing done yet. */
export function newRecord(b: RunBasics, startedAt: number): RunRecord {
  const at = new Date(startedAt).toISOString()
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...b,
    status: 'running',
    startedAt: at,
    finishedAt: at,
    durationMs: 0,
    finalWeight: 0,
    deploymentId: '',
    failedGates: [],
    gates: [],
    baseline: {},
    plan: [],
    steps: [],
    measurements: [],
    commands: [],
    approvals: [],
    audit: [],
    apiRequests: 0,
    notes: []
  }
}

export class RunRecorder {
  private readonly r: RunRecord

  constructor(
    basics: RunBasics,
    startedAt: number,
    private readonly clock: Clock
  ) {
    this.r = plain(newRecord(basics, startedAt))
  }

  /** The live record, read-only: what renderers and reporters read while the run goes on. */
  get view(): RecordView {
    return this.r
  }

  /** A detached copy (what gets saved, sent or compared). */
  snapshot(): RunRecord {
    return structuredClone(this.r)
  }

  // ------------------------------------------------------------------ before the rollout

  changeClassified(change: ChangeReport): void {
    this.r.change = plain(change)
  }

  /** The plan, and the run's phases in order when known (the CLI, which runs no phase, has none). */
  planned(plan: readonly PlanStep[], phases?: readonly string[]): void {
    this.r.plan = plain([...plan])
    if (phases) this.r.phases = [...phases]
  }

  analysisPlanned(analysis: AnalysisPlan): void {
    this.r.analysis = plain(analysis)
  }

  deploymentCreated(id: string): void {
    this.r.deploymentId = id
  }

  gatesDone(res: { records: GateRecord[]; failedRequired: string[]; approvals: Approval[] }): void {
    this.r.gates = plain(res.records)
    this.r.failedGates = [...res.failedRequired]
    this.r.approvals = plain(res.approvals)
  }

  gatesOverridden(overrides: { gates: string[]; reason: string; actor: string }): void {
    this.r.overrides = plain(overrides)
  }

  /** A baseline value (the rollout's baseline, or plan mode's probe of a metric). */
  baselineMeasured(metric: string, value: number | null): void {
    this.r.baseline[metric] = value
  }

  backupRan(backup: BackupRecord): void {
    this.r.backup = plain(backup)
  }

  // ------------------------------------------------------------------ the rollout

  stepStarted(step: StepRecord): void {
    this.r.steps.push(plain(step))
  }

  /** One measurement round; `step` carries the step's check summaries as they stand now. */
  roundMeasured(records: MeasurementRecord[], step: StepRecord): void {
    this.r.measurements.push(...plain(records))
    this.replaceStep(step)
  }

  stepEnded(step: StepRecord): void {
    this.replaceStep(step)
  }

  /** A command ran; a command of the rollback path is also listed under the rollback. */
  commandRan(c: CommandRecord, part: 'run' | 'rollback' = 'run'): void {
    this.r.commands.push(plain(c))
    if (part === 'rollback') this.r.rollback?.commands.push(plain(c))
  }

  rollbackStarted(rb: Omit<RollbackRecord, 'commands' | 'verified'>): void {
    this.r.rollback = { ...plain(rb), commands: [], verified: false }
  }

  rollbackVerified(): void {
    if (this.r.rollback) this.r.rollback.verified = true
  }

  /** The engine returned: its status and where traffic stands (a lost claim changed nothing: the flow says what it means). */
  rolloutEnded(o: RolloutOutcome): void {
    if (o.lostClaim) return
    this.r.status = o.status
    this.r.finalWeight = o.finalWeight
    if (o.error !== undefined) this.r.error = o.error
  }

  // ------------------------------------------------------------------ anytime

  note(text: string): void {
    this.r.notes.push(text)
  }

  /** One audit entry: a decision, with time, actor, commit, step and weight. */
  audit(phase: string, action: string, fields: AuditFields = {}): void {
    this.r.audit.push(
      plain({ at: new Date(this.clock.now()).toISOString(), phase, action, actor: this.r.actor, sha: this.r.sha, ...fields })
    )
  }

  // ------------------------------------------------------------------ the outcome

  blocked(error?: string): void {
    this.settle('blocked', error)
  }

  failed(error: string): void {
    this.settle('failed', error)
  }

  rolledBack(): void {
    this.settle('rolled-back')
  }

  /** The rollback path did not complete; `why` is added to the rollback's reason. */
  rollbackFailed(why?: string): void {
    this.settle('rollback-failed')
    if (why && this.r.rollback) this.r.rollback.reason += `; ${why}`
  }

  planDone(): void {
    this.settle('planned')
  }

  // ------------------------------------------------------------------ rollouts that outlive a job (src/durable)

  /** Handed off (`settle`: status `paused`), or, for the job that finishes a handed-off rollout, its part across jobs. */
  paused(p: PauseReport, settle = true): void {
    this.r.pause = plain(p)
    if (settle) this.settle('paused')
  }

  /** A resume/promote/abort with nothing to act on: no side effect. */
  idle(why: string): void {
    this.settle('idle', why)
  }

  decided(d: Decision): void {
    this.audit('decision', d.action, {
      detail: `${d.action} by ${d.actor} (${d.via === 'comment' ? 'pull request comment' : 'workflow input'})${d.reason ? `: ${d.reason}` : ''}`
    })
  }

  /**
   * This job continues a handed-off rollout: the saved record (read back as untrusted data by
   * `parseRecord`, ./parse.ts) becomes this run's record, with this job's run link, actor and
   * mode; the rollout's start stays.
   */
  resumedFrom(prev: RunRecord, pausedId: number): void {
    const mine = { mode: this.r.mode, runUrl: this.r.runUrl, actor: this.r.actor, notes: this.r.notes, audit: this.r.audit }
    Object.assign(this.r, plain({ ...prev, ...mine, status: 'running' as const, audit: [...prev.audit, ...mine.audit], deploymentId: '' }))
    this.note(`continues the rollout saved on paused deployment ${pausedId}`)
  }

  /** The resumed step, as the engine continues it (it replaces the saved one). */
  stepResumed(step: StepRecord): void {
    this.replaceStep(step)
  }

  /** The run is over: times and the API count. A run that never reached an outcome is `failed`, and says so. */
  close(now: number, apiRequests: number): void {
    if (this.r.status === 'running') this.failed(this.r.error ?? 'the run ended without an outcome')
    this.r.finishedAt = new Date(now).toISOString()
    this.r.durationMs = Math.max(0, now - Date.parse(this.r.startedAt))
    this.r.apiRequests = apiRequests
  }

  apiRequestsCounted(n: number): void {
    this.r.apiRequests = n
  }

  // ------------------------------------------------------------------ the engine's events

  /** Engine events that append to this record, then call `also` (logs, audit, notifications). */
  engineEvents(also: EngineEvents = {}): EngineEvents {
    return {
      ...also,
      onBaseline: (metric, value) => {
        this.baselineMeasured(metric, value)
        also.onBaseline?.(metric, value)
      },
      onStepStart: (step, total) => {
        this.stepStarted(step)
        also.onStepStart?.(step, total)
      },
      onStepResume: (step, total) => {
        this.stepResumed(step)
        also.onStepResume?.(step, total)
      },
      onRound: (records, step, elapsedMs, total) => {
        this.roundMeasured(records, step)
        also.onRound?.(records, step, elapsedMs, total)
      },
      onStepEnd: (step, total) => {
        this.stepEnded(step)
        also.onStepEnd?.(step, total)
      },
      onCommand: (c, part) => {
        this.commandRan(c, part)
        also.onCommand?.(c, part)
      },
      onRollbackStart: (rb) => {
        this.rollbackStarted(rb)
        also.onRollbackStart?.(rb)
      },
      onRollbackVerified: () => {
        this.rollbackVerified()
        also.onRollbackVerified?.()
      }
    }
  }

  private settle(status: FinalStatus, error?: string): void {
    this.r.status = status
    if (error !== undefined) this.r.error = error
  }

  private replaceStep(step: StepRecord): void {
    const i = this.r.steps.findLastIndex((s) => s.index === step.index)
    if (i < 0) throw new Error(`step ${step.index} was never started`)
    this.r.steps[i] = plain(step)
  }
}

/**
 * A deep copy without `undefined` properties: what JSON keeps, so the record round-trips through
 * JSON unchanged (numbers are kept as they are).
 */
export function plain<T>(x: T): T {
  if (Array.isArray(x)) return x.map((e: unknown) => plain(e)) as T
  if (x === null || typeof x !== 'object') return x
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(x)) if (v !== undefined) out[k] = plain(v)
  return out as T
}
