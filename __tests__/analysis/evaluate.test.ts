import { describe, expect, test } from '@jest/globals'
import { NO_STREAK, applyFor, assessStep, enoughSamples, evaluateCheck, fmt, limits, type Streak } from '../../src/analysis/evaluate.js'
import type { CheckVerdict } from '../../src/report/types.js'
import type { CheckConfig } from '../../src/config/schema.js'
import type { Measurement } from '../../src/metrics/types.js'

const check = (c: Partial<CheckConfig>): CheckConfig =>
  ({ metric: 'm', track: 'canary', 'on-no-data': 'inconclusive', ...c }) as CheckConfig
const v = (value: number): Measurement => ({ kind: 'value', value })

describe('evaluateCheck', () => {
  test.each<[string, Partial<CheckConfig>, Measurement, number | null, string, string]>([
    ['under max passes', { max: 0.005 }, v(0.001), null, 'pass', '0.001 ≤ 0.005'],
    ['equal to max passes', { max: 0.005 }, v(0.005), null, 'pass', '0.005 ≤ 0.005'],
    ['over max fails', { max: 0.005 }, v(0.2), null, 'fail', '0.2 > 0.005'],
    ['under min fails', { min: 0.9 }, v(0.5), null, 'fail', '0.5 < 0.9'],
    ['over min passes', { min: 0.9 }, v(0.95), null, 'pass', '0.95 ≥ 0.9'],
    ['max-increase within', { 'max-increase': 10 }, v(210), 200, 'pass', '210 ≤ 220'],
    ['max-increase over', { 'max-increase': 10 }, v(230), 200, 'fail', '230 > 220'],
    ['max-decrease under', { 'max-decrease': 20 }, v(70), 100, 'fail', '70 < 80'],
    ['max-delta within', { 'max-delta': 0.0005 }, v(0.0014), 0.001, 'pass', '0.0014 ≤ 0.0015'],
    ['max-delta over', { 'max-delta': 0.0005 }, v(0.0016), 0.001, 'fail', '0.0016 > 0.0015'],
    ['max-delta from a zero baseline', { 'max-delta': 0.0005 }, v(0.0006), 0, 'fail', '0.0006 > 0.0005'],
    ['max-delta and max-increase: the tighter wins', { 'max-delta': 5, 'max-increase': 10 }, v(208), 200, 'fail', '208 > 205'],
    ['max-delta without baseline is inconclusive', { 'max-delta': 5 }, v(1), null, 'inconclusive', '1, but no baseline to compare with'],
    ['max and max-increase: the tighter wins', { max: 500, 'max-increase': 10 }, v(230), 200, 'fail', '230 > 220'],
    ['max tighter than relative', { max: 210, 'max-increase': 50 }, v(215), 200, 'fail', '215 > 210'],
    [
      'relative bound without baseline is inconclusive',
      { 'max-increase': 10 },
      v(215),
      null,
      'inconclusive',
      '215, but no baseline to compare with'
    ],
    ['absolute bound still applies without baseline', { max: 300, 'max-increase': 10 }, v(250), null, 'pass', '250 ≤ 300'],
    ['baseline 0 allows nothing above 0', { 'max-increase': 10 }, v(0.001), 0, 'fail', '0.001 > 0'],
    [
      'provider error is inconclusive',
      { max: 1 },
      { kind: 'error', detail: 'connection refused' },
      null,
      'inconclusive',
      'measurement failed: connection refused'
    ],
    ['NaN is inconclusive', { max: 1 }, v(NaN), null, 'inconclusive', 'value NaN is not a finite number'],
    ['no data, on-no-data inconclusive', { max: 1 }, { kind: 'no-data', detail: 'empty' }, null, 'inconclusive', 'no data (empty)'],
    [
      'no data, on-no-data fail',
      { max: 1, 'on-no-data': 'fail' },
      { kind: 'no-data', detail: 'empty' },
      null,
      'fail',
      'no data (empty) and on-no-data is fail'
    ],
    [
      'no data, on-no-data ignore',
      { max: 1, 'on-no-data': 'ignore' },
      { kind: 'no-data', detail: 'empty' },
      null,
      'ignored',
      'no data (empty), ignored'
    ]
  ])('%s', (_name, c, m, baseline, verdict, detail) => {
    const e = evaluateCheck(check(c), m, baseline)
    expect(e.verdict).toBe(verdict)
    expect(e.detail).toBe(detail)
  })
})

describe('limits and bound text', () => {
  test.each<[Partial<CheckConfig>, number | null, number | undefined, number | undefined, string]>([
    [{ max: 0.005 }, null, 0.005, undefined, '≤ 0.005'],
    [{ min: 0.9 }, null, undefined, 0.9, '≥ 0.9'],
    [{ min: 1, max: 5 }, null, 5, 1, '≥ 1, ≤ 5'],
    [{ 'max-increase': 10 }, 200, 220.00000000000003, undefined, '≤ 220 (+10% of baseline 200)'],
    [{ max: 500, 'max-increase': 10 }, 200, 220.00000000000003, undefined, '≤ 220 (+10% of baseline 200)'],
    [{ 'max-increase': 10 }, null, undefined, undefined, '≤ +10% of baseline (none)'],
    [{ 'max-decrease': 20 }, 100, undefined, 80, '≥ 80 (−20% of baseline 100)']
  ])('%j with baseline %p', (c, baseline, upper, lower, bound) => {
    const l = limits(c, baseline)
    if (upper === undefined) expect(l.upper).toBeUndefined()
    else expect(l.upper).toBeCloseTo(upper)
    if (lower === undefined) expect(l.lower).toBeUndefined()
    else expect(l.lower).toBeCloseTo(lower)
    expect(l.bound).toBe(bound)
  })
})

describe('assessStep', () => {
  test.each<[number, number, number, number, string]>([
    [0, 0, 0, 2, 'continue'],
    [1, 0, 0, 2, 'rollback-failures'],
    [1, 0, 1, 2, 'continue'],
    [2, 0, 1, 2, 'rollback-failures'],
    [0, 2, 0, 2, 'continue'],
    [0, 3, 0, 2, 'rollback-inconclusive'],
    [3, 3, 0, 2, 'rollback-failures']
  ])(
    'failures %d, inconclusive %d, failure-limit %d, inconclusive-limit %d → %s',
    (failures, inconclusive, failureLimit, inconclusiveLimit, out) => {
      expect(assessStep({ failures, inconclusive }, { failureLimit, inconclusiveLimit })).toBe(out)
    }
  )
  test.each<[number, number, number | undefined, string]>([
    [2, 2, 3, 'continue'],
    [3, 3, 3, 'rollback-consecutive'],
    [3, 3, undefined, 'continue'],
    [11, 1, 3, 'rollback-failures'],
    [5, 4, 1, 'rollback-consecutive']
  ])('failures %d, %d in a row, consecutive-failure-limit %s (failure-limit 10) → %s', (failures, inARow, consecutiveLimit, out) => {
    expect(assessStep({ failures, inconclusive: 0, inARow }, { failureLimit: 10, inconclusiveLimit: 2, consecutiveLimit })).toBe(out)
  })
})

describe('applyFor', () => {
  const e = (verdict: CheckVerdict) => ({ verdict, detail: 'd' })
  test.each<[string, Streak, CheckVerdict, number, number | undefined, CheckVerdict, Streak]>([
    ['a failure without for counts at once', NO_STREAK, 'fail', 100, undefined, 'fail', { outSince: 100, inARow: 1 }],
    ['the first failure under for is pending', NO_STREAK, 'fail', 100, 30_000, 'pending', { outSince: 100, inARow: 0 }],
    ['still pending before for has passed', { outSince: 100, inARow: 0 }, 'fail', 30_099, 30_000, 'pending', { outSince: 100, inARow: 0 }],
    ['counts once it has lasted for', { outSince: 100, inARow: 0 }, 'fail', 30_100, 30_000, 'fail', { outSince: 100, inARow: 1 }],
    ['a pass ends the run', { outSince: 100, inARow: 4 }, 'pass', 50_000, 30_000, 'pass', NO_STREAK],
    [
      'no data neither ends nor extends it',
      { outSince: 100, inARow: 2 },
      'inconclusive',
      50_000,
      undefined,
      'inconclusive',
      { outSince: 100, inARow: 2 }
    ],
    ['ignored neither', { outSince: 100, inARow: 2 }, 'ignored', 50_000, undefined, 'ignored', { outSince: 100, inARow: 2 }],
    ['failures in a row add up', { outSince: 100, inARow: 2 }, 'fail', 50_000, undefined, 'fail', { outSince: 100, inARow: 3 }]
  ])('%s', (_name, streak, verdict, at, forMs, want, next) => {
    const r = applyFor(streak, e(verdict), at, forMs)
    expect(r.verdict).toBe(want)
    expect(r.streak).toEqual(next)
  })
  test('a pending failure says how long it has lasted', () => {
    expect(applyFor({ outSince: 0, inARow: 0 }, { verdict: 'fail', detail: '0.5 > 0.1' }, 10_000, 30_000).detail).toBe(
      '0.5 > 0.1, out of bounds for 10s of for 30s'
    )
  })
})

describe('enoughSamples', () => {
  test.each<[number, number | undefined, boolean]>([
    [0, undefined, true],
    [0, 1, false],
    [4, 5, false],
    [5, 5, true]
  ])('%d samples, min-samples %s → %s', (n, min, want) => {
    expect(enoughSamples(n, min)).toBe(want)
  })
})

test.each<[number, string]>([
  [220.00000000000003, '220'],
  [0.0012345, '0.0012345'],
  [1.0001, '1.0001'],
  [0.00001234, '1.23e-5'],
  [0, '0'],
  [123456, '123456'],
  [1234567, '1234570']
])('fmt(%p) = %s', (n, s) => expect(fmt(n)).toBe(s))
