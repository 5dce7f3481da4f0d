import type { DeployReport } from '../../src/report/types.js'
import { CANARY_PLAN, T0, base, gates } from './build.js'

/** Two required gates failed (and one advisory one): nothing was deployed. */
export const blocked: DeployReport = (() => {
  const g = gates({
    fail: {
      'ci-green': '2 check runs did not succeed: build (failure), e2e-tests (timed_out)\nsee https://github.com/acme/checkout/pull/412/checks',
      'deploy-window': 'Fri 17:42 Europe/Berlin is outside the allowed window mon-thu 10:00-16:00'
    },
    advisory: { coverage: 'line coverage 78.4% < 80% (coverage/coverage-summary.json)' }
  })
  const r = base('blocked', CANARY_PLAN, g)
  r.startedAt = new Date(T0).toISOString()
  r.finishedAt = new Date(T0 + 4_200).toISOString()
  r.durationMs = 4_200
  r.approvals = []
  r.apiRequests = 9
  r.audit = [
    { at: new Date(T0 + 300).toISOString(), phase: 'deployment', action: 'created', actor: 'jdoe', sha: r.sha, detail: r.deploymentId },
    ...g.map((x) => ({ at: new Date(T0 + 2_400).toISOString(), phase: 'gates', action: `gate ${x.name}`, actor: 'jdoe', sha: r.sha, result: x.status, detail: x.detail }))
  ]
  return r
})()
