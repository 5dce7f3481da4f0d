import type { DeployReport } from '../../src/report/types.js'
import { RunRecorder } from '../../src/record/recorder.js'
import { FakeClock } from '../../src/rollout/clock.js'
import { RUN_URL, SHA, T0 } from './build.js'

/** The config did not parse: the run stopped before any side effect (basics come from the environment, the service read leniently from the file), built as main.ts builds it. */
function build(): DeployReport {
  const r = new RunRecorder({ service: 'checkout-api', environment: 'production', version: SHA.slice(0, 7), sha: SHA, mode: 'deploy', strategy: '', runUrl: RUN_URL, actor: 'jdoe' }, T0, new FakeClock(T0))
  r.failed(
    '.github/deploy.yml:14:18: environments.production.steps[1].pause: invalid duration "5 min": use a number and a unit (ms, s, m, h, d), e.g. "30s", "5m", "1h30m"\n' +
    '.github/deploy.yml:22:7: environments.production.analysis.chekcs: unknown key (did you mean "checks"?)')
  r.close(T0 + 118, 0)
  return r.snapshot()
}

export const failedConfigError: DeployReport = build()
