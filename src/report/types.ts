/** The report object: every renderer (markdown, JSON, PR comment) is a pure function of it. */
export const REPORT_SCHEMA_VERSION = 1

export type FinalStatus = 'succeeded' | 'blocked' | 'rolled-back' | 'rollback-failed' | 'failed' | 'planned'
export type GateStatus = 'passed' | 'failed' | 'overridden' | 'advisory-failed' | 'skipped'

export interface GateRecord {
  name: string
  type: string
  required: boolean
  status: GateStatus
  detail: string
  durationMs: number
  attempts: number
}

export type CheckVerdict = 'pass' | 'fail' | 'inconclusive' | 'ignored'

export interface MeasurementRecord {
  at: number
  step: number
  weight: number
  metric: string
  checkIndex: number
  track: 'stable' | 'canary'
  value: number | null
  verdict: CheckVerdict
  detail: string
}

export interface CheckSummary {
  checkIndex: number
  metric: string
  track: 'stable' | 'canary'
  /** Human-readable bound, e.g. `≤ 0.005`, `≤ +10% of 212 (233.2)`. */
  bound: string
  /** Absolute upper/lower limits this check enforced (after applying the baseline). */
  upper?: number
  lower?: number
  min: number | null
  max: number | null
  samples: number
  failures: number
  inconclusive: number
}

export interface StepRecord {
  index: number // 1-based
  weight: number
  pauseMs: number
  startedAt: number
  durationMs: number
  result: 'passed' | 'failed' | 'aborted' | 'running'
  checks: CheckSummary[]
  /** Why the step failed, if it did. */
  reason?: string
}

export interface CommandRecord {
  action: string
  outcome: 'ok' | 'failed' | 'timeout' | 'aborted' | 'skipped'
  exitCode: number | null
  durationMs: number
  startedAt: number
  step?: number
  weight?: number
}

export interface RollbackRecord {
  reason: string
  trigger: 'analysis' | 'verify' | 'command' | 'cancelled' | 'error'
  step?: number
  weight: number
  /** The measurement that tripped it, if analysis did. */
  measurement?: MeasurementRecord
  bound?: string
  commands: CommandRecord[]
  verified: boolean
  startedAt: number
}

export interface Approval {
  user: string
  state: 'approved' | 'rejected'
  at: string
  comment: string
  environments: string[]
}

export interface AuditEntry {
  at: string
  action: string
  phase: string
  actor: string
  sha: string
  step?: number
  weight?: number
  result?: string
  detail?: string
}

export interface PlanStep {
  index: number
  weight: number
  pauseMs: number
  /** Measurements expected during the pause. */
  measurements: number
}

/** One analysis check as planned: its bound after applying the baseline (or the probe, in plan mode). */
export interface PlannedCheck {
  metric: string
  track: 'stable' | 'canary'
  bound: string
  onNoData: 'inconclusive' | 'fail' | 'ignore'
}

/** How every pause is analysed. */
export interface AnalysisPlan {
  intervalMs: number
  initialDelayMs: number
  failureLimit: number
  inconclusiveLimit: number
  checks: PlannedCheck[]
}

export interface DeployReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  service: string
  environment: string
  version: string
  sha: string
  mode: 'deploy' | 'plan'
  strategy: string
  status: FinalStatus
  startedAt: string
  finishedAt: string
  durationMs: number
  finalWeight: number
  deploymentId: string
  runUrl: string
  actor: string
  failedGates: string[]
  gates: GateRecord[]
  baseline: Record<string, number | null>
  plan: PlanStep[]
  /** The analysis every pause runs (absent when the run stopped before it was known). */
  analysis?: AnalysisPlan
  steps: StepRecord[]
  measurements: MeasurementRecord[]
  commands: CommandRecord[]
  rollback?: RollbackRecord
  overrides?: { gates: string[]; reason: string; actor: string }
  approvals: Approval[]
  audit: AuditEntry[]
  /** Set when the status is `failed` or a config error stopped the run. */
  error?: string
  /** GitHub API requests made by this run. */
  apiRequests: number
  notes: string[]
  /** Dashboards and runbooks from the config's `links:` (top level, then the environment's), placeholders filled. */
  links?: ReportLink[]
}

export interface ReportLink {
  title: string
  url: string
}
