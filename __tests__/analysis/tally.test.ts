/**
 * The pure tally of one step: rounds of measurements in, records and a verdict out. Every case
 * runs twice, once passing the tally from call to call and once through JSON between calls (a
 * paused rollout resumes its analysis from a saved record): both must end exactly alike.
 */
import { describe, expect, test } from '@jest/globals'
import type { AnalysisConfig, CheckConfig, TrackName } from '../../src/config/schema.js'
import type { Measurement } from '../../src/metrics/types.js'
import type { Streak } from '../../src/analysis/evaluate.js'
import { addRound, finishStep, roundPairs, startTally, type Round, type Tally, type Trip } from '../../src/analysis/tally.js'

const STEP = { index: 2, weight: 25 }
const WHERE = 'at step 2 (25%)'
const BASELINE = { err: 0.001, p95: 200, lat: null }

type Check = Partial<CheckConfig> & { metric: string }
const check = (c: Check): CheckConfig => ({ track: 'canary', 'on-no-data': 'inconclusive', severity: 'critical', ...c }) as CheckConfig
const compared = (c: Check & { direction?: 'increase' | 'decrease' | 'either' }): CheckConfig => {
  const { direction, ...rest } = c
  return check({
    ...rest,
    compare: 'stable',
    statistics: { test: 'mann-whitney', direction: direction ?? 'increase', confidence: 0.95, tolerance: 10 }
  })
}
const analysis = (checks: CheckConfig[], limits: Partial<AnalysisConfig> = {}): AnalysisConfig =>
  ({ interval: 30_000, 'initial-delay': 0, 'failure-limit': 0, 'inconclusive-limit': 2, checks, ...limits }) as AnalysisConfig

const v = (value: number): Measurement => ({ kind: 'value', value })
const noData: Measurement = { kind: 'no-data', detail: 'empty result' }
const refused: Measurement = { kind: 'error', detail: 'connection refused' }

/** A round at `at`: `"metric/track"` → measurement. */
type RoundSpec = [at: number, measured: Record<string, Measurement>]
const round = ([at, measured]: RoundSpec): Round => ({
  at,
  measured: Object.entries(measured).map(([key, measurement]) => {
    const [metric, track] = key.split('/') as [string, TrackName]
    return { metric, track, measurement }
  })
})

const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

/** Folds the rounds into the tally; `restore` is applied to the tally between calls. */
function play(a: AnalysisConfig, rounds: RoundSpec[], restore: (t: Tally) => Tally, carried?: Streak[]) {
  let tally = restore(startTally(a, BASELINE, STEP, carried))
  const trips: Array<string | undefined> = []
  const verdicts: string[][] = []
  const details: string[][] = []
  for (const spec of rounds) {
    const out = addRound(a, tally, round(spec))
    tally = restore(out.tally)
    trips.push(out.trip?.reason)
    verdicts.push(out.records.map((r) => r.verdict))
    details.push(out.records.map((r) => r.detail))
  }
  return { tally, trips, verdicts, details }
}

const RESTORES: Array<[string, (t: Tally) => Tally]> = [
  ['in memory', (t) => t],
  ['restored from JSON between rounds', viaJson]
]

describe('addRound: one round into the tally → verdict', () => {
  const u = undefined
  test.each<[string, AnalysisConfig, RoundSpec[], Array<string | undefined>, string[][], Partial<Tally>, Streak[]?]>([
    [
      'a pass continues',
      analysis([check({ metric: 'err', max: 0.005 })]),
      [[0, { 'err/canary': v(0.001) }]],
      [u],
      [['pass']],
      { failures: 0, inconclusive: 0 }
    ],
    [
      'one failure over failure-limit 0 rolls back',
      analysis([check({ metric: 'err', max: 0.005 })]),
      [[0, { 'err/canary': v(0.2) }]],
      [`err 0.2 > 0.005 ${WHERE}`],
      [['fail']],
      { failures: 1 }
    ],
    [
      'failure-limit 1: the second failure rolls back and says the count',
      analysis([check({ metric: 'err', max: 0.005 })], { 'failure-limit': 1 }),
      [
        [0, { 'err/canary': v(0.2) }],
        [30_000, { 'err/canary': v(0.3) }]
      ],
      [u, `err 0.3 > 0.005 ${WHERE} (2 failed measurements > failure-limit 1)`],
      [['fail'], ['fail']],
      { failures: 2 }
    ],
    [
      'advisory failures are counted on the check, never towards the rollback',
      analysis([check({ metric: 'err', max: 0.005, severity: 'advisory' })]),
      [
        [0, { 'err/canary': v(0.2) }],
        [30_000, { 'err/canary': v(0.2) }]
      ],
      [u, u],
      [['fail'], ['fail']],
      { failures: 0 }
    ],
    [
      'for: a breach is pending until it has lasted, then fails',
      analysis([check({ metric: 'err', max: 0.005, for: 60_000 })]),
      [
        [0, { 'err/canary': v(0.2) }],
        [30_000, { 'err/canary': v(0.2) }],
        [60_000, { 'err/canary': v(0.2) }]
      ],
      [u, u, `err 0.2 > 0.005 ${WHERE}`],
      [['pending'], ['pending'], ['fail']],
      { failures: 1, streaks: [{ outSince: 0, inARow: 1 }] }
    ],
    [
      'for: a pass in between starts the clock again',
      analysis([check({ metric: 'err', max: 0.005, for: 60_000 })]),
      [
        [0, { 'err/canary': v(0.2) }],
        [30_000, { 'err/canary': v(0.001) }],
        [60_000, { 'err/canary': v(0.2) }]
      ],
      [u, u, u],
      [['pending'], ['pass'], ['pending']],
      { failures: 0, streaks: [{ outSince: 60_000, inARow: 0 }] }
    ],
    [
      'inconclusives over inconclusive-limit roll back',
      analysis([check({ metric: 'err', max: 0.005 })], { 'inconclusive-limit': 1 }),
      [
        [0, { 'err/canary': refused }],
        [30_000, { 'err/canary': noData }]
      ],
      [u, `2 inconclusive measurements > inconclusive-limit 1 ${WHERE}; last: err no data (empty result)`],
      [['inconclusive'], ['inconclusive']],
      { inconclusive: 2 }
    ],
    [
      'no data with on-no-data ignore counts nothing',
      analysis([check({ metric: 'err', max: 0.005, 'on-no-data': 'ignore' })], { 'inconclusive-limit': 0 }),
      [[0, { 'err/canary': noData }]],
      [u],
      [['ignored']],
      { inconclusive: 0, failures: 0 }
    ],
    [
      'consecutive-failure-limit: failures in a row roll back below failure-limit',
      analysis([check({ metric: 'err', max: 0.005 })], { 'failure-limit': 10, 'consecutive-failure-limit': 2 }),
      [
        [0, { 'err/canary': v(0.2) }],
        [30_000, { 'err/canary': v(0.001) }],
        [60_000, { 'err/canary': v(0.2) }],
        [90_000, { 'err/canary': v(0.4) }]
      ],
      [u, u, u, `err 0.4 > 0.005 ${WHERE} (2 failed measurements in a row = consecutive-failure-limit 2)`],
      [['fail'], ['pass'], ['fail'], ['fail']],
      { failures: 3 }
    ],
    [
      'a run of failures carried from the previous step counts towards consecutive-failure-limit',
      analysis([check({ metric: 'err', max: 0.005 })], { 'failure-limit': 10, 'consecutive-failure-limit': 2 }),
      [[0, { 'err/canary': v(0.2) }]],
      [`err 0.2 > 0.005 ${WHERE} (2 failed measurements in a row = consecutive-failure-limit 2)`],
      [['fail']],
      { failures: 1 },
      [{ outSince: -30_000, inARow: 1 }]
    ],
    [
      'a relative bound is resolved against the baseline',
      analysis([check({ metric: 'p95', 'max-increase': 10 })]),
      [[0, { 'p95/canary': v(230) }]],
      [`p95 230 > 220 ${WHERE}`],
      [['fail']],
      { failures: 1 }
    ],
    [
      'the rollback names the failing critical check, not the advisory one measured before it',
      analysis([check({ metric: 'p95', max: 100, severity: 'advisory' }), check({ metric: 'err', max: 0.005 })]),
      [[0, { 'p95/canary': v(300), 'err/canary': v(0.2) }]],
      [`err 0.2 > 0.005 ${WHERE}`],
      [['fail', 'fail']],
      { failures: 1 }
    ],
    [
      'a stable-track check reads the stable measurement',
      analysis([check({ metric: 'err', max: 0.005, track: 'stable' })]),
      [[0, { 'err/stable': v(0.2) }]],
      [`err 0.2 > 0.005 ${WHERE}`],
      [['fail']],
      { failures: 1 }
    ],
    [
      "a compared check's samples wait for the step's end; no data counts as for any check",
      analysis([compared({ metric: 'lat' })], { 'inconclusive-limit': 0 }),
      [
        [0, { 'lat/canary': v(12), 'lat/stable': v(11) }],
        [30_000, { 'lat/canary': noData, 'lat/stable': v(10) }]
      ],
      [u, `1 inconclusive measurements > inconclusive-limit 0 ${WHERE}; last: lat no data (empty result)`],
      [
        ['pending', 'pending'],
        ['inconclusive', 'pending']
      ],
      { inconclusive: 1 }
    ]
  ])('%s', (...[, a, rounds, trips, verdicts, tally, carried]) => {
    // (a rest parameter: a 7th named one would make jest wait for a `done` callback on 6-column rows)
    const runs = RESTORES.map(([, restore]) => play(a, rounds, restore, carried))
    for (const r of runs) {
      expect(r.trips).toEqual(trips)
      expect(r.verdicts).toEqual(verdicts)
      expect(r.tally).toMatchObject(tally)
    }
    expect(viaJson(runs[1])).toEqual(viaJson(runs[0]))
  })

  test('the summary keeps samples, extremes and the bound of the check', () => {
    const a = analysis([check({ metric: 'p95', 'max-increase': 10 })], { 'failure-limit': 5 })
    const { tally } = play(
      a,
      [
        [0, { 'p95/canary': v(210) }],
        [30_000, { 'p95/canary': v(230) }],
        [60_000, { 'p95/canary': noData }]
      ],
      viaJson
    )
    expect(tally.summaries).toEqual([
      {
        checkIndex: 0,
        metric: 'p95',
        track: 'canary',
        bound: '≤ 220 (+10% of baseline 200)',
        upper: 220.00000000000003,
        min: 210,
        max: 230,
        samples: 2,
        failures: 1,
        inconclusive: 1
      }
    ])
  })

  test('the input tally is left as it was (a frozen tally can be added to)', () => {
    const a = analysis([check({ metric: 'err', max: 0.005, for: 60_000 }), compared({ metric: 'lat' })], { 'failure-limit': 5 })
    const start = play(a, [[0, { 'err/canary': v(0.2), 'lat/canary': v(5), 'lat/stable': v(4) }]], (t) => t).tally
    const before = viaJson(start)
    const frozen = deepFreeze(start)
    const out = addRound(a, frozen, round([30_000, { 'err/canary': v(0.3), 'lat/canary': v(6), 'lat/stable': v(5) }]))
    expect(viaJson(frozen)).toEqual(before)
    expect(out.tally.series[1]).toMatchObject({ canary: [5, 6], stable: [4, 5] })
    const end = finishStep(a, frozen)
    expect(viaJson(frozen)).toEqual(before)
    expect(end.tally.summaries[1].comparison).toBeDefined()
  })

  test('a round without a measurement the checks need is a programming error', () => {
    const a = analysis([compared({ metric: 'lat' })])
    expect(() => addRound(a, startTally(a, BASELINE, STEP), round([0, { 'lat/canary': v(1) }]))).toThrow(
      'the round has no measurement of lat on the stable track'
    )
  })
})

describe('roundPairs: what one round measures', () => {
  test.each<[string, CheckConfig[], string[]]>([
    ['nothing to measure', [], []],
    [
      'each metric/track pair once, in check order',
      [check({ metric: 'p95', max: 1 }), check({ metric: 'err', max: 1 }), check({ metric: 'p95', min: 0 })],
      ['p95/canary', 'err/canary']
    ],
    [
      'a compared check measures both tracks',
      [compared({ metric: 'lat' }), check({ metric: 'lat', max: 1, track: 'stable' })],
      ['lat/canary', 'lat/stable']
    ],
    ['a stable-track check measures stable only', [check({ metric: 'err', max: 1, track: 'stable' })], ['err/stable']]
  ])('%s', (_name, checks, pairs) => {
    expect(roundPairs(analysis(checks)).map((p) => `${p.metric}/${p.track}`)).toEqual(pairs)
  })
})

/** Canary clearly above stable: Mann-Whitney says `high` at 95%. */
const HIGH: RoundSpec[] = [100, 101, 102, 103, 104, 105, 106, 107].map((s, i) => [
  i * 30_000,
  { 'lat/canary': v(2 * s), 'lat/stable': v(s) }
])
/** The same values on both tracks. */
const SAME: RoundSpec[] = [100, 104, 98, 101, 103, 99, 102, 100].map((s, i) => [i * 30_000, { 'lat/canary': v(s), 'lat/stable': v(s) }])

describe("finishStep: the step's end judgement, on a tally restored from data", () => {
  const u = undefined
  test.each<[string, AnalysisConfig, RoundSpec[], boolean, RegExp | undefined, Record<string, unknown>]>([
    [
      'min-samples not reached is inconclusive and rolls back',
      analysis([check({ metric: 'err', max: 0.005, 'min-samples': 3 })]),
      [
        [0, { 'err/canary': v(0.001) }],
        [30_000, { 'err/canary': v(0.002) }]
      ],
      true,
      /^err inconclusive: 2 of min-samples 3 measurements with data at step 2 \(25%\)$/,
      { shortfall: '2 of min-samples 3 measurements with data' }
    ],
    [
      'min-samples reached passes',
      analysis([check({ metric: 'err', max: 0.005, 'min-samples': 1 })]),
      [[0, { 'err/canary': v(0.001) }]],
      true,
      u,
      { samples: 1 }
    ],
    [
      'a step without a pause is not judged',
      analysis([check({ metric: 'err', max: 0.005, 'min-samples': 3 })]),
      [[0, { 'err/canary': v(0.001) }]],
      false,
      u,
      { samples: 1 }
    ],
    [
      'a compared check without samples is inconclusive and rolls back',
      analysis([compared({ metric: 'lat', 'on-no-data': 'ignore' })]),
      [[0, { 'lat/canary': noData, 'lat/stable': noData }]],
      true,
      /^lat canary vs stable inconclusive: 0 canary and 0 stable measurements with data, min-samples 1 at step 2 \(25%\)$/,
      { comparison: expect.objectContaining({ verdict: 'inconclusive', failed: false, canarySamples: 0 }) }
    ],
    [
      'a canary clearly above stable fails the compared check',
      analysis([compared({ metric: 'lat' })]),
      HIGH,
      true,
      /^lat canary vs stable high \(fails\): .* at step 2 \(25%\)$/,
      { failures: 1, comparison: expect.objectContaining({ verdict: 'high', failed: true, canarySamples: 8, stableSamples: 8 }) }
    ],
    [
      'the same values on both tracks pass',
      analysis([compared({ metric: 'lat' })]),
      SAME,
      true,
      u,
      { failures: 0, comparison: expect.objectContaining({ verdict: 'pass', failed: false }) }
    ],
    [
      'a canary above stable passes a check that only watches for a decrease',
      analysis([compared({ metric: 'lat', direction: 'decrease' })]),
      HIGH,
      true,
      u,
      { failures: 0, comparison: expect.objectContaining({ verdict: 'high', failed: false }) }
    ],
    [
      'an advisory compared check that fails is reported, never rolls back',
      analysis([compared({ metric: 'lat', severity: 'advisory' })]),
      HIGH,
      true,
      u,
      { failures: 1, severity: 'advisory', comparison: expect.objectContaining({ failed: true }) }
    ]
  ])('%s', (_name, a, rounds, judged, reason, summary) => {
    const ends = RESTORES.map(([, restore]) => {
      const { tally } = play(a, rounds, restore)
      const end = finishStep(a, restore(tally), judged)
      return { end, restored: restore(end.tally) }
    })
    for (const { end, restored } of ends) {
      if (reason === undefined) expect(end.trip).toBeUndefined()
      else expect(end.trip?.reason).toMatch(reason)
      expect(restored.summaries[0]).toMatchObject(summary)
    }
    expect(viaJson(ends[1].end)).toEqual(viaJson(ends[0].end))
  })

  test("a compared check's trip carries the step's last canary record", () => {
    const a = analysis([compared({ metric: 'lat' })])
    const { tally } = play(a, HIGH, viaJson)
    const trip: Trip | undefined = finishStep(a, tally).trip
    expect(trip?.measurement).toEqual({
      at: 210_000,
      step: 2,
      weight: 25,
      metric: 'lat',
      checkIndex: 0,
      track: 'canary',
      value: 214,
      verdict: 'pending',
      detail: "214, compared at the step's end"
    })
    expect(trip?.bound).toBe("canary vs stable (Mann-Whitney, 95%): no rise beyond 10% of stable's median")
  })
})

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const value of Object.values(x)) deepFreeze(value)
    Object.freeze(x)
  }
  return x
}
