/**
 * The CLI's plan is a run record written through the record's one writer (RunRecorder), like the
 * action's plan flow: a well-formed, consistent `planned` record that parseRecord reads back.
 */
import { expect, test } from '@jest/globals'
import { ConfigSchema } from '../../src/config/schema.js'
import { planRecord } from '../../src/cli/main.js'
import { buildPlan } from '../../src/rollout/plan.js'
import { parseRecord } from '../../src/record/parse.js'

const CONFIG = ConfigSchema.parse({
  version: 1,
  service: 'shop',
  metrics: { 'error-rate': { provider: 'command', run: 'echo 0' } },
  environments: {
    production: {
      steps: [
        { weight: 10, pause: '5m' },
        { weight: 100, pause: '10m' }
      ],
      gates: [{ name: 'window', type: 'window', allow: [] }],
      analysis: { interval: '1m', checks: [{ metric: 'error-rate', max: 0.01 }] }
    }
  }
})
const ENV = CONFIG.environments.production

test('a planned record: the plan, every gate skipped, the estimate noted; parseRecord reads it back', () => {
  const record = planRecord(CONFIG, ENV, { environment: 'production', version: 'v9' })
  const r = record.snapshot()
  expect(r).toMatchObject({ mode: 'plan', status: 'planned', service: 'shop', environment: 'production', version: 'v9' })
  expect(r.plan).toEqual(buildPlan(ENV))
  expect(r.gates).toEqual([expect.objectContaining({ name: 'window', status: 'skipped', attempts: 0 })])
  expect(r.failedGates).toEqual([])
  expect(r.notes).toEqual([expect.stringMatching(/^estimated minimum duration 15m/)])
  expect(r.phases).toBeUndefined()
  expect(parseRecord(JSON.stringify(r))).toStrictEqual(r)
})
