/** The report object: every renderer (markdown, JSON, PR comment) is a pure function of it. */
import type { RunStatus } from '../record/types.js'

export const REPORT_SCHEMA_VERSION = 1

/** `paused`: handed off, the rollout waits on its GitHub Deployment; `idle`: a resume/promote/abort found nothing paused (SPEC §4). */
export type FinalStatus = 'succeeded' | 'blocked' | 'rolled-back' | 'rollback-failed' | 'failed' | 'planned' | 'paused' | 'idle'
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

/** `pending`: out of bounds for less than the check's `for`, or a compared check's sample (judged at the step's end). */
export type CheckVerdict = 'pass' | 'fail' | 'inconclusive' | 'ignored' | 'pending'

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
  /** Set for `severity: advisory` checks: reported, never rolls back. */
  severity?: 'advisory'
  /** A compared check (`compare: stable`): its verdict at the step's end. */
  comparison?: ComparisonRecord
  /** Why the check was inconclusive at the step's end (`min-samples` not reached). */
  shortfall?: string
}

/** The statistical check's judgement of one step: Mann-Whitney U and the Hodges–Lehmann shift. */
export interface ComparisonRecord {
  test: 'mann-whitney'
  direction: 'increase' | 'decrease' | 'either'
  verdict: 'pass' | 'high' | 'low' | 'inconclusive'
  /** The verdict fails the check under its direction (inconclusive: not enough data). */
  failed: boolean
  /** Hodges–Lehmann estimate of canary − stable, with its confidence interval (null: unbounded or no data). */
  estimate: number | null
  lower: number | null
  upper: number | null
  confidence: number
  pValue: number | null
  /** ± this much shift passes (tolerance × |median(stable)|). */
  allowed: number | null
  tolerance: number
  stableMedian: number | null
  canaryMedian: number | null
  canarySamples: number
  stableSamples: number
  detail: string
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
  trigger: 'analysis' | 'verify' | 'command' | 'cancelled' | 'error' | 'abort' | 'expired'
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
  /** `pause: until-promoted`: held (handed off) until a person promotes or aborts; pauseMs is 0. */
  untilPromoted?: true
  /** Measurements expected during the pause. */
  measurements: number
}

/** One analysis check as planned: its bound after applying the baseline (or the probe, in plan mode). */
export interface PlannedCheck {
  metric: string
  track: 'stable' | 'canary'
  bound: string
  onNoData: 'inconclusive' | 'fail' | 'ignore'
  /** The check in words (plan mode). */
  explain?: string
}

/** How every pause is analysed. */
export interface AnalysisPlan {
  intervalMs: number
  initialDelayMs: number
  failureLimit: number
  inconclusiveLimit: number
  /** Roll back as soon as one check fails this many measurements in a row. */
  consecutiveFailureLimit?: number
  checks: PlannedCheck[]
}

/** How the change was classified, which risk profile applied and why (src/risk). */
export interface ChangeReport {
  type: string
  risk: string
  /** Why the risk is what it is. */
  why: string
  /** Where the facts came from (the pull request and how it was found, or the event). */
  source: string
  pr?: number
  title: string
  labels: string[]
  /** Changed files counted (absent when they are unknown). */
  files?: number
  lines?: number
  /** Every rule that matched, in order, with its evidence; `input` entries were set by hand. */
  matched: { rule: string; risk?: string; type?: string; why: string; origin: string }[]
  profile: { name?: string; why: string; changes: string[] }
  /** Set when the hotfix profile applies: who, and why (the `reason` input). */
  hotfix?: { reason: string; actor: string }
}

/** Output of `actions.backup`, recorded (the tail, bounded). */
export interface BackupRecord {
  outcome: CommandRecord['outcome']
  output: string
  truncated: boolean
}

export interface DeployReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  service: string
  environment: string
  version: string
  sha: string
  mode: 'deploy' | 'plan' | 'resume' | 'promote' | 'abort'
  strategy: string
  /** `running` while the run goes on, then the final status. */
  status: RunStatus
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
  /** Change classification and risk profile (absent when the run failed before it was known). */
  change?: ChangeReport
  /** The phases of the run in order, as planned (e.g. gates, backup, migrate, baseline, deploy, …). */
  phases?: string[]
  backup?: BackupRecord
  notes: string[]
  /** Set while a rollout is handed off (status `paused`) or was resumed from one (SPEC §4). */
  pause?: PauseReport
  /** Dashboards and runbooks from the config's `links:` (top level, then the environment's), placeholders filled. */
  links?: ReportLink[]
}

export interface ReportLink {
  title: string
  url: string
}

/** A handed-off rollout, as the report shows it (src/durable). */
export interface PauseReport {
  /** `paused at 25 % since …, next check …, promote with …` (also the Deployment status line). */
  line: string
  /** What a person can do now. */
  next: string
  /** The GitHub Deployment that holds the saved rollout. */
  deploymentId?: string
  /** Every job that took part, oldest first, with its link and the runner time it used. */
  jobs: JobPart[]
  /** Who promoted or aborted, when and why. */
  decisions: Decision[]
  /** The longest the canary ran without a measurement between two jobs' rounds (ms). */
  longestUnwatchedMs?: number
  /** Runner time used by every job against the rollout's wall time (ms). */
  runnerMs: number
  wallMs: number
}

export interface JobPart {
  runUrl: string
  mode: 'deploy' | 'resume' | 'promote' | 'abort'
  actor: string
  startedAt: number
  endedAt: number
  /** What the job did: `deployed to 25 %, handed off`, `watched`, `promoted`, … */
  did: string
}

export interface Decision {
  action: 'promote' | 'abort'
  actor: string
  at: number
  reason: string
  /** `input` (a workflow run) or `comment` (a /stagegate command on a pull request). */
  via: 'input' | 'comment'
}
