import { expect, test } from '@jest/globals'
import { actionRequest, rollbackActions } from '../../src/actions/action-request.js'
import type { ActionsConfig } from '../../src/config/schema.js'

const actions = {
  'set-weight': './w.sh',
  rollback: { run: './r.sh', timeout: 5000 },
  'verify-rollback': './vr.sh',
  timeout: 60_000
} as ActionsConfig
const base = { service: 'checkout', environment: 'production', version: 'v2', sha: 'abc' }

test('a string action takes the default timeout; { run, timeout } its own; STAGEGATE_* carry the context', () => {
  const w = actionRequest(actions, 'set-weight', base, { step: 2, weight: 25, previousWeight: 5, track: 'canary' }, '/ws')
  expect(w).toMatchObject({ label: 'set-weight', run: './w.sh', timeoutMs: 60_000, cwd: '/ws' })
  expect(w?.env).toMatchObject({
    STAGEGATE_STEP: '2',
    STAGEGATE_WEIGHT: '25',
    STAGEGATE_PREVIOUS_WEIGHT: '5',
    STAGEGATE_TRACK: 'canary',
    STAGEGATE_SERVICE: 'checkout'
  })
  const r = actionRequest(actions, 'rollback', base, { weight: 0, previousWeight: 25, track: 'stable', reason: 'p95 too high' }, '/ws')
  expect(r).toMatchObject({ run: './r.sh', timeoutMs: 5000 })
  expect(r?.env.STAGEGATE_REASON).toBe('p95 too high')
})

test('an unconfigured action has no request', () => {
  expect(actionRequest(actions, 'promote', base, { weight: 100, previousWeight: 100, track: 'canary' }, '/ws')).toBeUndefined()
})

test('the post step keeps only what rolling back needs', () => {
  expect(rollbackActions(actions)).toEqual({ rollback: { run: './r.sh', timeout: 5000 }, 'verify-rollback': './vr.sh', timeout: 60_000 })
})
