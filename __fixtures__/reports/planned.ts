import type { DeployReport } from '../../src/report/types.js'
import { CANARY_PLAN, T0, base, gates } from './build.js'

/** mode: plan — the plan, read-only gates, one probe per metric; nothing changed. */
export const planned: DeployReport = (() => {
  const g = gates().map((x) =>
    x.type === 'command' || x.type === 'http' || x.type === 'approval'
      ? { ...x, status: 'skipped' as const, detail: 'not evaluated in plan mode (not read-only)', durationMs: 0 }
      : x
  )
  const r = base('planned', CANARY_PLAN, g)
  r.mode = 'plan'
  r.deploymentId = ''
  r.approvals = []
  r.finishedAt = new Date(T0 + 3_100).toISOString()
  r.durationMs = 3_100
  r.apiRequests = 6
  r.baseline = { 'error-rate': 0.0009, 'p95-latency-ms': 212, 'queue-depth': null }
  r.analysis = {
    intervalMs: 30_000,
    initialDelayMs: 0,
    failureLimit: 0,
    inconclusiveLimit: 2,
    checks: [
      { metric: 'error-rate', track: 'canary', bound: '≤ 0.005', onNoData: 'inconclusive' },
      { metric: 'p95-latency-ms', track: 'canary', bound: '≤ 233.2 (+10% of baseline 212)', onNoData: 'inconclusive' },
      { metric: 'p95-latency-ms', track: 'canary', bound: '≤ 500', onNoData: 'inconclusive' }
    ]
  }
  r.notes = [
    'estimated minimum duration 30m; worst-case time from a breach to rollback 30s',
    'metric queue-depth: error — HTTP 503 from https://ops.example.com/api/queue'
  ]
  return r
})()
