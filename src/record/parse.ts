/**
 * Reading a run record back from outside (a file, a GitHub Deployment payload): untrusted data,
 * validated field by field against the record's shape. Unknown keys are refused, never ignored.
 */
import { z } from 'zod'
import { REPORT_SCHEMA_VERSION } from '../report/types.js'
import type { RunRecord } from './types.js'
import { consistencyIssues } from './consistency.js'

const num = z.number()
const nullableNum = num.nullable()
const str = z.string()
const track = z.enum(['stable', 'canary'])
const o = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape)

const Gate = o({
  name: str,
  type: str,
  required: z.boolean(),
  status: z.enum(['passed', 'failed', 'overridden', 'advisory-failed', 'skipped']),
  detail: str,
  durationMs: num,
  attempts: num
})

const Measurement = o({
  at: num,
  step: num,
  weight: num,
  metric: str,
  checkIndex: num,
  track,
  value: nullableNum,
  verdict: z.enum(['pass', 'fail', 'inconclusive', 'ignored', 'pending']),
  detail: str
})

const Comparison = o({
  test: z.literal('mann-whitney'),
  direction: z.enum(['increase', 'decrease', 'either']),
  verdict: z.enum(['pass', 'high', 'low', 'inconclusive']),
  failed: z.boolean(),
  estimate: nullableNum,
  lower: nullableNum,
  upper: nullableNum,
  confidence: num,
  pValue: nullableNum,
  allowed: nullableNum,
  tolerance: num,
  stableMedian: nullableNum,
  canaryMedian: nullableNum,
  canarySamples: num,
  stableSamples: num,
  detail: str
})

const Check = o({
  checkIndex: num,
  metric: str,
  track,
  bound: str,
  upper: num.optional(),
  lower: num.optional(),
  min: nullableNum,
  max: nullableNum,
  samples: num,
  failures: num,
  inconclusive: num,
  severity: z.literal('advisory').optional(),
  comparison: Comparison.optional(),
  shortfall: str.optional()
})

const Step = o({
  index: num,
  weight: num,
  pauseMs: num,
  startedAt: num,
  durationMs: num,
  result: z.enum(['passed', 'failed', 'aborted', 'running']),
  checks: z.array(Check),
  reason: str.optional()
})

const Command = o({
  action: str,
  outcome: z.enum(['ok', 'failed', 'timeout', 'aborted', 'skipped']),
  exitCode: nullableNum,
  durationMs: num,
  startedAt: num,
  step: num.optional(),
  weight: num.optional()
})

const Rollback = o({
  reason: str,
  trigger: z.enum(['analysis', 'verify', 'command', 'cancelled', 'error', 'abort', 'expired']),
  step: num.optional(),
  weight: num,
  measurement: Measurement.optional(),
  bound: str.optional(),
  commands: z.array(Command),
  verified: z.boolean(),
  startedAt: num
})

const Approval = o({ user: str, state: z.enum(['approved', 'rejected']), at: str, comment: str, environments: z.array(str) })

const Audit = o({
  at: str,
  action: str,
  phase: str,
  actor: str,
  sha: str,
  step: num.optional(),
  weight: num.optional(),
  result: str.optional(),
  detail: str.optional()
})

const PlanStep = o({ index: num, weight: num, pauseMs: num, untilPromoted: z.literal(true).optional(), measurements: num })

const Analysis = o({
  intervalMs: num,
  initialDelayMs: num,
  failureLimit: num,
  inconclusiveLimit: num,
  consecutiveFailureLimit: num.optional(),
  checks: z.array(o({ metric: str, track, bound: str, onNoData: z.enum(['inconclusive', 'fail', 'ignore']), explain: str.optional() }))
})

const Change = o({
  type: str,
  risk: str,
  why: str,
  source: str,
  pr: num.optional(),
  title: str,
  labels: z.array(str),
  files: num.optional(),
  lines: num.optional(),
  matched: z.array(o({ rule: str, risk: str.optional(), type: str.optional(), why: str, origin: str })),
  profile: o({ name: str.optional(), why: str, changes: z.array(str) }),
  hotfix: o({ reason: str, actor: str }).optional()
})

/** The lifecycle (RunStatus): `running`, then a final status. */
const Status = z.enum(['running', 'succeeded', 'blocked', 'rolled-back', 'rollback-failed', 'failed', 'planned', 'paused', 'idle'])

const Mode = z.enum(['deploy', 'plan', 'resume', 'promote', 'abort'])

/** A rollout that outlived a job (src/durable): where it holds, every job's part, the decisions. */
const Pause = o({
  line: str,
  next: str,
  deploymentId: str.optional(),
  jobs: z.array(
    o({ runUrl: str, mode: z.enum(['deploy', 'resume', 'promote', 'abort']), actor: str, startedAt: num, endedAt: num, did: str })
  ),
  decisions: z.array(o({ action: z.enum(['promote', 'abort']), actor: str, at: num, reason: str, via: z.enum(['input', 'comment']) })),
  longestUnwatchedMs: num.optional(),
  runnerMs: num,
  wallMs: num
})

export const RunRecordSchema = o({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  service: str,
  environment: str,
  version: str,
  sha: str,
  mode: Mode,
  strategy: str,
  status: Status,
  startedAt: str,
  finishedAt: str,
  durationMs: num,
  finalWeight: num,
  deploymentId: str,
  runUrl: str,
  actor: str,
  failedGates: z.array(str),
  gates: z.array(Gate),
  baseline: z.record(str, nullableNum),
  plan: z.array(PlanStep),
  analysis: Analysis.optional(),
  steps: z.array(Step),
  measurements: z.array(Measurement),
  commands: z.array(Command),
  rollback: Rollback.optional(),
  overrides: o({ gates: z.array(str), reason: str, actor: str }).optional(),
  approvals: z.array(Approval),
  audit: z.array(Audit),
  error: str.optional(),
  apiRequests: num,
  change: Change.optional(),
  phases: z.array(str).optional(),
  backup: o({ outcome: Command.shape.outcome, output: str, truncated: z.boolean() }).optional(),
  notes: z.array(str),
  links: z.array(o({ title: str, url: str })).optional(),
  pause: Pause.optional()
}) satisfies z.ZodType<RunRecord>

export class RecordError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RecordError'
  }
}

/**
 * A run record from JSON text or an already-parsed value: its shape, then its consistency
 * (consistency.ts). Throws `RecordError` naming every bad field.
 */
export function parseRecord(json: string | unknown): RunRecord {
  let data: unknown = json
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json)
    } catch (e) {
      throw new RecordError(`run record: not JSON (${(e as Error).message})`)
    }
  }
  const res = RunRecordSchema.safeParse(data)
  if (!res.success) {
    const issues = res.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new RecordError(`run record: ${issues.join('; ')}`)
  }
  const inconsistent = consistencyIssues(res.data)
  if (inconsistent.length) throw new RecordError(`run record: ${inconsistent.join('; ')}`)
  return res.data
}
