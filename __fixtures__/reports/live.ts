import type { DeployReport } from '../../src/report/types.js'
import { CANARY_PLAN, T0, buildRun } from './build.js'

/**
 * The report while the rollout runs (what the PR comment shows between steps): status `running`,
 * step 2 is running, 4 of its rounds measured.
 */
export const live: DeployReport = (() => {
  const plan = [CANARY_PLAN[0], { ...CANARY_PLAN[1], measurements: 4 }]
  const r = buildRun({ status: 'running', seed: 11, plan })
  r.plan = CANARY_PLAN
  r.commands = r.commands.filter((c) => c.action !== 'promote')
  r.audit = r.audit.filter((e) => e.phase !== 'promote' && !(e.phase === 'step' && e.step === 2 && e.action === 'step ended') && e.action !== 'promote')
  const running = r.steps[1]
  running.result = 'running'
  running.durationMs = 0
  r.finalWeight = 0
  r.finishedAt = new Date(T0).toISOString()
  r.durationMs = 0
  return r
})()
