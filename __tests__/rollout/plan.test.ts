import { describe, expect, test } from '@jest/globals'
import { ConfigSchema, DEFAULT_CANARY_STEPS, type EnvironmentConfig } from '../../src/config/schema.js'
import { buildPlan, estimateDurations } from '../../src/rollout/plan.js'
import { measurementOffsets } from '../../src/analysis/rounds.js'

/** Parses an environment through the real schema (defaults included). */
function env(e: Record<string, unknown>): EnvironmentConfig {
  const cfg = ConfigSchema.parse({
    version: 1,
    service: 'svc',
    metrics: { m: { provider: 'command', run: 'echo 1' } },
    environments: { prod: e }
  })
  return cfg.environments.prod
}

const check = { metric: 'm', max: 1 }
const S = 1000
const M = 60 * S

describe('buildPlan', () => {
  test('the default canary steps are typed values equal to what the schema makes of them written out', () => {
    const written = { steps: [5, 25, 50, 100].map((weight) => ({ weight, pause: '5m' })) }
    expect(env(written).steps).toEqual(DEFAULT_CANARY_STEPS)
    expect(buildPlan(env({}))).toEqual(buildPlan(env(written)))
  })

  test.each<[string, Record<string, unknown>, [number, number, number][]]>([
    [
      'canary as written',
      {
        steps: [
          { weight: 10, pause: '1m' },
          { weight: 100, pause: '2m' }
        ],
        analysis: { interval: '30s', checks: [check] }
      },
      [
        [10, 1 * M, 2],
        [100, 2 * M, 4]
      ]
    ],
    [
      'canary defaults',
      { analysis: { interval: '1m', checks: [check] } },
      [
        [5, 5 * M, 5],
        [25, 5 * M, 5],
        [50, 5 * M, 5],
        [100, 5 * M, 5]
      ]
    ],
    [
      'initial-delay shortens the measured window',
      { steps: [{ weight: 100, pause: '10m' }], analysis: { interval: '1m', 'initial-delay': '3m', checks: [check] } },
      [[100, 10 * M, 7]]
    ],
    [
      'a pause shorter than delay + interval still measures once',
      { steps: [{ weight: 100, pause: '20s' }], analysis: { interval: '30s', checks: [check] } },
      [[100, 20 * S, 1]]
    ],
    [
      'a pause of 0 measures once, right before the next weight',
      {
        steps: [
          { weight: 50, pause: 0 },
          { weight: 100, pause: '1m' }
        ],
        analysis: { interval: '30s', checks: [check] }
      },
      [
        [50, 0, 1],
        [100, 1 * M, 2]
      ]
    ],
    [
      'a last step with pause 0 measures nothing',
      {
        steps: [
          { weight: 50, pause: '1m' },
          { weight: 100, pause: 0 }
        ],
        analysis: { interval: '30s', checks: [check] }
      },
      [
        [50, 1 * M, 2],
        [100, 0, 0]
      ]
    ],
    [
      'the tail of a pause that is not a multiple of the interval is measured',
      {
        steps: [
          { weight: 50, pause: '70s' },
          { weight: 100, pause: '10s' }
        ],
        analysis: { interval: '30s', checks: [check] }
      },
      [
        [50, 70 * S, 3],
        [100, 10 * S, 1]
      ]
    ],
    ['no checks, no measurements', { steps: [{ weight: 100, pause: '5m' }] }, [[100, 5 * M, 0]]],
    [
      'blue-green defaults',
      { strategy: 'blue-green', analysis: { interval: '1m', checks: [check] } },
      [
        [0, 5 * M, 5],
        [100, 5 * M, 5]
      ]
    ],
    [
      'blue-green pauses from steps',
      {
        strategy: 'blue-green',
        steps: [
          { weight: 0, pause: '2m' },
          { weight: 100, pause: '3m' }
        ],
        analysis: { interval: '1m', checks: [check] }
      },
      [
        [0, 2 * M, 2],
        [100, 3 * M, 3]
      ]
    ],
    [
      'blue-green steps set only pauses: one step is the preview, the switch keeps the default',
      { strategy: 'blue-green', steps: [{ pause: '4m' }], analysis: { interval: '1m', checks: [check] } },
      [
        [0, 4 * M, 4],
        [100, 5 * M, 5]
      ]
    ],
    ['all-at-once default', { strategy: 'all-at-once', analysis: { checks: [check] } }, [[100, 0, 0]]],
    [
      'all-at-once watches its one step pause',
      { strategy: 'all-at-once', steps: [{ pause: '6m' }], analysis: { interval: '2m', checks: [check] } },
      [[100, 6 * M, 3]]
    ]
  ])('%s', (_name, e, expected) => {
    const plan = buildPlan(env(e))
    expect(plan.map((s) => [s.weight, s.pauseMs, s.measurements])).toEqual(expected)
    expect(plan.map((s) => s.index)).toEqual(expected.map((_, i) => i + 1))
  })
})

describe('measurementOffsets', () => {
  const a = (interval: number, delay: number, checks = 1) => ({ interval, 'initial-delay': delay, checks: Array(checks).fill(check) })
  test.each<[string, number, ReturnType<typeof a>, number[]]>([
    ['every interval, the last at the end', 2 * M, a(30 * S, 0), [30 * S, 60 * S, 90 * S, 120 * S]],
    ['after the initial delay, and the tail', 2 * M, a(30 * S, 45 * S), [75 * S, 105 * S, 120 * S]],
    ['interval not dividing the pause: the tail too', 100 * S, a(30 * S, 0), [30 * S, 60 * S, 90 * S, 100 * S]],
    ['short pause: once at the end', 20 * S, a(30 * S, 0), [20 * S]],
    ['delay longer than the pause: once at the end', 20 * S, a(30 * S, M), [20 * S]],
    ['zero pause: only the boundary round', 0, a(30 * S, 0), [0]],
    ['no checks', 2 * M, a(30 * S, 0, 0), []]
  ])('%s', (_name, pause, analysis, expected) => {
    expect(measurementOffsets(pause, analysis)).toEqual(expected)
  })
})

describe('estimateDurations', () => {
  const plan = (pauses: number[], measurements = 1) =>
    pauses.map((p, i) => ({ index: i + 1, weight: 10 * (i + 1), pauseMs: p, measurements }))
  test.each<
    [
      string,
      ReturnType<typeof plan>,
      { interval: number; 'initial-delay': number; 'failure-limit': number },
      { minimumMs: number; worstCaseRollbackMs: number }
    ]
  >([
    [
      'one interval when no failure is tolerated',
      plan([5 * M, 5 * M]),
      { interval: 30 * S, 'initial-delay': 0, 'failure-limit': 0 },
      { minimumMs: 10 * M, worstCaseRollbackMs: 30 * S }
    ],
    [
      'failure-limit + 1 intervals',
      plan([10 * M]),
      { interval: 30 * S, 'initial-delay': 0, 'failure-limit': 2 },
      { minimumMs: 10 * M, worstCaseRollbackMs: 90 * S }
    ],
    [
      'plus the initial delay',
      plan([10 * M]),
      { interval: 1 * M, 'initial-delay': 2 * M, 'failure-limit': 1 },
      { minimumMs: 10 * M, worstCaseRollbackMs: 4 * M }
    ],
    [
      'nothing analysed',
      plan([10 * M], 0),
      { interval: 1 * M, 'initial-delay': 0, 'failure-limit': 0 },
      { minimumMs: 10 * M, worstCaseRollbackMs: 0 }
    ]
  ])('%s', (_name, p, analysis, expected) => {
    expect(estimateDurations(p, analysis)).toEqual(expected)
  })
})
