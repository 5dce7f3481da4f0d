import type { DeployReport } from '../../src/report/types.js'
import { buildRun } from './build.js'

/** error-rate breached at step 2 (25%) and the rollback command itself failed: traffic is still split. */
export const rollbackFailed: DeployReport = (() => {
  const r = buildRun({ status: 'rollback-failed', seed: 5, trip: { step: 2, round: 7, checkIndex: 0, value: 0.0123 }, rollbackExit: 1 })
  r.notes.push('could not update the pull request comment: HTTP 502 from api.github.com (retried 3 times)')
  return r
})()
