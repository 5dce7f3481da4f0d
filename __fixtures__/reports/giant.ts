import type { DeployReport } from '../../src/report/types.js'
import { CANARY_PLAN, T0, buildRun, gates } from './build.js'

/**
 * A pathological report to test the size limits: ~10 000 measurements (a 28-hour canary), 3 000
 * audit entries, 300 gates with long details, 200 long notes and a long error text.
 */
export function giantReport(): DeployReport {
  const rounds = [834, 834, 833, 833]
  const plan = CANARY_PLAN.map((p, i) => ({ ...p, measurements: rounds[i], pauseMs: rounds[i] * 30_000 }))
  const extraGates = Array.from({ length: 300 }, (_, i) => ({
    ...gates()[i % 9],
    name: `extra-gate-${i}`,
    detail: `detail ${i}: ${'lorem ipsum | dolor <sit> amet '.repeat(30)}`
  }))
  const r = buildRun({ status: 'rolled-back', seed: 17, plan, trip: { step: 4, round: 833, checkIndex: 1, value: 301.5 }, gates: [...gates(), ...extraGates] })
  for (let i = 0; i < 3000; i++) {
    r.audit.push({ at: new Date(T0 + 100_000_000 + i * 1000).toISOString(), phase: 'synthetic', action: `event ${i}`, actor: 'jdoe', sha: r.sha, detail: `synthetic audit entry ${i} ${'x'.repeat(120)}` })
  }
  r.notes = Array.from({ length: 200 }, (_, i) => `note ${i}: ${'a long warning about something that happened '.repeat(10)}`)
  r.error = `stack:\n${'    at someFunction (file:///home/runner/work/x.js:1:1)\n'.repeat(2000)}`
  return r
}
