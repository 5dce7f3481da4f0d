import type { DeployReport } from '../../src/report/types.js'
import { REPORT_SCHEMA_VERSION } from '../../src/report/types.js'
import { RUN_URL, SHA, T0 } from './build.js'

/** The config did not parse: the run stopped before any side effect (basics come from the environment). */
export const failedConfigError: DeployReport = {
  schemaVersion: REPORT_SCHEMA_VERSION,
  service: '',
  environment: 'production',
  version: SHA.slice(0, 7),
  sha: SHA,
  mode: 'deploy',
  strategy: '',
  status: 'failed',
  startedAt: new Date(T0).toISOString(),
  finishedAt: new Date(T0 + 118).toISOString(),
  durationMs: 118,
  finalWeight: 0,
  deploymentId: '',
  runUrl: RUN_URL,
  actor: 'jdoe',
  failedGates: [],
  gates: [],
  baseline: {},
  plan: [],
  steps: [],
  measurements: [],
  commands: [],
  approvals: [],
  audit: [],
  error:
    '.github/deploy.yml:14:18: environments.production.steps[1].pause: invalid duration "5 min": use a number and a unit (ms, s, m, h, d), e.g. "30s", "5m", "1h30m"\n' +
    '.github/deploy.yml:22:7: environments.production.analysis.chekcs: unknown key (did you mean "checks"?)',
  apiRequests: 0,
  notes: []
}
