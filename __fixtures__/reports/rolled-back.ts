import type { DeployReport } from '../../src/report/types.js'
import { buildRun, gates } from './build.js'

/**
 * Rolled back at step 3 (50%): p95 latency rose past +10% of its baseline (max-increase), with a
 * gate overridden to get there.
 */
export const rolledBack: DeployReport = (() => {
  const r = buildRun({
    status: 'rolled-back',
    seed: 3,
    trip: { step: 3, round: 4, checkIndex: 1, value: 262.4 },
    noDataAt: { step: 2, round: 6 },
    gates: gates({ override: 'no-critical-vulns' })
  })
  r.overrides = { gates: ['no-critical-vulns'], reason: 'CVE-2026-1234 is not reachable from checkout; fix tracked in SEC-88', actor: 'dev-lead' }
  r.links = [
    { title: 'Checkout dashboard (canary vs stable)', url: 'https://grafana.example.com/d/checkout?var-track=canary&var-version=v2.14.0' },
    { title: 'Runbook: checkout latency', url: 'https://wiki.example.com/runbooks/checkout-latency' }
  ]
  return r
})()
