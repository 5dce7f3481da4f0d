import { expect, test } from '@jest/globals'
import { decide, formatDays, longestGap, pausedLine, timeUsed, type Next, type Situation } from '../../src/durable/decide.js'
import type { SavedRollout } from '../../src/durable/payload.js'
import { saved, T0, HOUR, DAY } from './fixtures.js'

const HASH = saved().configHash
const at = (mode: Situation['mode'], now: number, more: Partial<Situation> = {}): Situation => ({
  mode,
  now,
  configHash: HASH,
  expireAfterMs: 30 * DAY,
  actor: 'bob',
  reason: '',
  ...more
})
const PAUSED_AT = saved().pausedAt
const ENDS = saved().pauseEndsAt as number

const textOf = (n: Next): string => (n.kind === 'refuse' ? n.why : n.kind === 'rollback' ? n.reason : n.kind === 'watch' ? n.until : n.why)

test.each<[string, Partial<SavedRollout>, Situation, Next['kind'], RegExp]>([
  ['resume before the pause ends: watch only', {}, at('resume', ENDS - 1), 'watch', /until 2026-06-01 14:10 UTC/],
  ['resume once the pause ended: continue', {}, at('resume', ENDS), 'continue', /the pause of step 2 ended/],
  [
    'resume of an until-promoted pause, a week later: watch',
    { pauseEndsAt: null, why: 'until-promoted' },
    at('resume', PAUSED_AT + 7 * DAY),
    'watch',
    /until promoted/
  ],
  [
    'resume past expire-after: roll back, reason expired',
    { pauseEndsAt: null },
    at('resume', PAUSED_AT + 31 * DAY),
    'rollback',
    /^expired: paused for 31d, longer than expire-after 30d$/
  ],
  ['resume just inside expire-after: watch', { pauseEndsAt: null }, at('resume', PAUSED_AT + 30 * DAY), 'watch', /until promoted/],
  [
    'promote: continue, with who and why',
    { pauseEndsAt: null },
    at('promote', PAUSED_AT + HOUR, { reason: 'week 1 clean' }),
    'continue',
    /^promoted by bob: week 1 clean$/
  ],
  [
    'promote of an expired rollout: a person decided, continue',
    { pauseEndsAt: null },
    at('promote', PAUSED_AT + 40 * DAY),
    'continue',
    /^promoted by bob$/
  ],
  ['abort: roll back with the reason', {}, at('abort', PAUSED_AT + HOUR, { reason: 'INC-7' }), 'rollback', /^aborted by bob: INC-7$/],
  [
    'resume with another config: refused',
    {},
    at('resume', ENDS, { configHash: 'sha256:' + 'f'.repeat(64) }),
    'refuse',
    /differs from the one this rollout started with/
  ],
  [
    'promote with another config: refused',
    {},
    at('promote', ENDS, { configHash: 'sha256:' + 'f'.repeat(64) }),
    'refuse',
    /or abort the rollout/
  ],
  [
    "abort with another config: still rolls back (the current config's rollback)",
    {},
    at('abort', ENDS, { configHash: 'sha256:' + 'f'.repeat(64) }),
    'rollback',
    /aborted by bob/
  ]
])('%s', (_name, over, situation, kind, detail) => {
  const next = decide(saved(over), situation)
  expect(next.kind).toBe(kind)
  expect(textOf(next)).toMatch(detail)
})

test.each<[Partial<SavedRollout>, number | undefined, string]>([
  [{}, undefined, 'paused at 25% since 2026-06-01 12:10 UTC, pause ends 2026-06-01 14:10 UTC; promote: /stagegate promote production'],
  [
    { pauseEndsAt: null, why: 'until-promoted' },
    T0 + 3 * HOUR,
    'paused at 25% since 2026-06-01 12:10 UTC, checked 15:00 UTC, until promoted; promote: /stagegate promote production'
  ],
  [
    { pauseEndsAt: null, why: 'inconclusive', environment: 'production-eu-west-with-a-long-name' },
    undefined,
    'paused at 25% since 2026-06-01 12:10 UTC, analysis inconclusive, a person decides; promote: /stagegate promote production-eu-west-with-a-lo…'
  ]
])('the status line %#', (over, checked, line) => {
  const l = pausedLine(saved(over), checked)
  expect(l).toBe(line)
  expect(l.length).toBeLessThanOrEqual(140)
})

test('runner time against wall time: three jobs over a week', () => {
  const jobs = [
    { startedAt: 0, endedAt: 10 * 60_000 },
    { startedAt: 3 * DAY, endedAt: 3 * DAY + 60_000 },
    { startedAt: 7 * DAY, endedAt: 7 * DAY + 20 * 60_000 }
  ]
  expect(timeUsed(jobs)).toEqual({ runnerMs: 31 * 60_000, wallMs: 7 * DAY + 20 * 60_000 })
  expect(timeUsed([])).toEqual({ runnerMs: 0, wallMs: 0 })
})

test.each<[number[], number]>([
  [[], 0],
  [[5], 0],
  [[0, HOUR, 4 * HOUR, 5 * HOUR], 3 * HOUR],
  [[4 * HOUR, 0, HOUR], 3 * HOUR]
])('longestGap(%j) = %d', (t, gap) => expect(longestGap(t)).toBe(gap))

test.each<[number, string]>([
  [90_000, '1m30s'],
  [DAY, '1d'],
  [31 * DAY + 5 * HOUR, '31d 5h']
])('formatDays(%d) = %s', (ms, s) => expect(formatDays(ms)).toBe(s))
