import type { DeployReport } from '../../src/report/types.js'
import { buildRun } from './build.js'

/** A 4-step canary that passed every step and was promoted. */
export const succeeded: DeployReport = (() => {
  const r = buildRun({ status: 'succeeded', seed: 11, noDataAt: { step: 2, round: 4 } })
  r.approvals.push({ user: 'sam-sre', state: 'approved', at: '2026-03-10T10:11:52Z', comment: '', environments: ['production'] })
  return r
})()
