/**
 * ConfigSchema on plain objects: what each section turns into, and what it refuses (path and
 * message). Positions are load.test.ts's business; this is the schema's own contract.
 */
import { ConfigSchema } from '../../src/config/schema.js'

type Obj = Record<string, unknown>

/** A valid config whose one environment `e` is `env`. */
function cfg(env: Obj = {}, top: Obj = {}): Obj {
  return {
    version: 1,
    service: 'svc',
    metrics: { m: { provider: 'command', run: './m.sh' } },
    environments: { e: env },
    ...top
  }
}

const GOOD: [name: string, input: Obj, pick: (c: any) => unknown, want: unknown][] = [
  [
    'durations in every unit',
    cfg({ analysis: { interval: '1h30m', 'initial-delay': '250ms' } }),
    (c) => [c.environments.e.analysis.interval, c.environments.e.analysis['initial-delay']],
    [5_400_000, 250]
  ],
  ['a bare 0 is a duration', cfg({ steps: [{ weight: 100, pause: 0 }] }), (c) => c.environments.e.steps, [{ weight: 100, pause: 0 }]],
  ['pause defaults to 0', cfg({ steps: [{ weight: '100%' }] }), (c) => c.environments.e.steps, [{ weight: 100, pause: 0 }]],
  [
    'percent strings',
    cfg({ analysis: { checks: [{ metric: 'm', 'max-increase': '12.5%', 'max-decrease': 3 }] } }),
    (c) => c.environments.e.analysis.checks[0],
    { metric: 'm', 'max-increase': 12.5, 'max-decrease': 3, track: 'canary', 'on-no-data': 'inconclusive', severity: 'critical' }
  ],
  [
    'check track and on-no-data',
    cfg({ analysis: { checks: [{ metric: 'm', min: 1, track: 'stable', 'on-no-data': 'fail' }] } }),
    (c) => c.environments.e.analysis.checks[0],
    { metric: 'm', min: 1, track: 'stable', 'on-no-data': 'fail', severity: 'critical' }
  ],
  [
    'for, min-samples, severity, max-delta',
    cfg({ analysis: { checks: [{ metric: 'm', 'max-delta': 0.0005, for: '30s', 'min-samples': 5, severity: 'advisory' }] } }),
    (c) => c.environments.e.analysis.checks[0],
    { metric: 'm', 'max-delta': 0.0005, for: 30_000, 'min-samples': 5, severity: 'advisory', track: 'canary', 'on-no-data': 'inconclusive' }
  ],
  [
    'consecutive-failure-limit',
    cfg({ analysis: { 'consecutive-failure-limit': 3 } }),
    (c) => c.environments.e.analysis['consecutive-failure-limit'],
    3
  ],
  [
    'a compared check gets the test defaults',
    cfg({ analysis: { checks: [{ metric: 'm', compare: 'stable' }] } }),
    (c) => c.environments.e.analysis.checks[0].statistics,
    { test: 'mann-whitney', direction: 'either', confidence: 0.95, tolerance: 10 }
  ],
  [
    'a compared check as SPEC §4 writes it',
    cfg({
      analysis: {
        checks: [
          {
            metric: 'm',
            compare: 'stable',
            test: 'mann-whitney',
            direction: 'increase',
            confidence: 0.99,
            tolerance: '5%',
            'min-samples': 30
          }
        ]
      }
    }),
    (c) => [c.environments.e.analysis.checks[0].statistics, c.environments.e.analysis.checks[0]['min-samples']],
    [{ test: 'mann-whitney', direction: 'increase', confidence: 0.99, tolerance: 5 }, 30]
  ],
  [
    'a threshold check has no statistics',
    cfg({ analysis: { checks: [{ metric: 'm', max: 1 }] } }),
    (c) => c.environments.e.analysis.checks[0].statistics,
    undefined
  ],
  [
    'steps are optional for blue-green',
    cfg({ strategy: 'blue-green' }),
    (c) => [c.environments.e.strategy, c.environments.e.steps],
    ['blue-green', undefined]
  ],
  [
    'the last step need not be 100 outside canary',
    cfg({ strategy: 'blue-green', steps: [{ weight: 0, pause: '1m' }] }),
    (c) => c.environments.e.steps,
    [{ weight: 0, pause: 60_000 }]
  ],
  [
    'blue-green steps may give only pauses',
    cfg({ strategy: 'blue-green', steps: [{ pause: '1m' }, { pause: '2m' }] }),
    (c) => c.environments.e.steps,
    [{ pause: 60_000 }, { pause: 120_000 }]
  ],
  [
    'an action as { run, timeout }',
    cfg({ actions: { deploy: { run: './d.sh', timeout: '20m' }, rollback: './r.sh', timeout: '1m' } }),
    (c) => c.environments.e.actions,
    { deploy: { run: './d.sh', timeout: 1_200_000 }, rollback: './r.sh', timeout: 60_000 }
  ],
  [
    'gate defaults',
    cfg({ gates: [{ name: 'a', type: 'command', run: 'true' }] }),
    (c) => c.environments.e.gates[0],
    { name: 'a', type: 'command', run: 'true', required: true, timeout: 120_000, retries: 0 }
  ],
  [
    'advisory gate with retries and timeout',
    cfg({ gates: [{ name: 'a', type: 'command', run: 'true', required: false, retries: 2, timeout: '10s' }] }),
    (c) => c.environments.e.gates[0],
    { name: 'a', type: 'command', run: 'true', required: false, timeout: 10_000, retries: 2 }
  ],
  [
    'window gate defaults and day normalising',
    cfg({ gates: [{ name: 'w', type: 'window', allow: [{ days: 'Mon - Fri' }] }] }),
    (c) => c.environments.e.gates[0],
    {
      name: 'w',
      type: 'window',
      timezone: 'UTC',
      allow: [{ days: { text: 'mon-fri', weekdays: [1, 2, 3, 4, 5] }, hours: { text: '00:00-24:00', start: 0, end: 1440 } }],
      freeze: [],
      required: true,
      timeout: 120_000,
      retries: 0
    }
  ],
  [
    'http gate defaults',
    cfg({ gates: [{ name: 'h', type: 'http', url: 'https://x/{{ env.T }}' }] }),
    (c) => c.environments.e.gates[0],
    { name: 'h', type: 'http', url: 'https://x/{{ env.T }}', method: 'GET', expect: {}, required: true, timeout: 120_000, retries: 0 }
  ],
  [
    'github-checks, code-scanning, dependabot defaults',
    cfg({
      gates: [
        { name: 'c', type: 'github-checks', wait: '10m' },
        { name: 's', type: 'code-scanning' },
        { name: 'd', type: 'dependabot', 'fail-on': 'high' }
      ]
    }),
    (c) => c.environments.e.gates.map((g: any) => [g.ignore, g.wait, g['fail-on']]),
    [
      [[], 600_000, undefined],
      [undefined, undefined, 'critical'],
      [undefined, undefined, 'high']
    ]
  ],
  [
    'approval defaults',
    cfg({ gates: [{ name: 'r', type: 'approval' }] }),
    (c) => c.environments.e.gates[0],
    { name: 'r', type: 'approval', min: 1, 'distinct-from-actor': false, required: true, timeout: 120_000, retries: 0 }
  ],
  [
    'metric providers and their timeouts',
    cfg(
      {},
      {
        metrics: {
          p: { provider: 'prometheus', address: 'http://p', query: 'up' },
          h: { provider: 'http', url: 'http://h', value: '$.v', timeout: '2s' }
        }
      }
    ),
    (c) => [c.metrics.p.timeout, c.metrics.h.timeout, c.metrics.h.method],
    [10_000, 2_000, 'GET']
  ],
  [
    'report options',
    cfg({}, { report: { summary: false, 'pr-comment': 'on-failure' } }),
    (c) => c.report,
    { summary: false, 'pr-comment': 'on-failure' }
  ]
]

test.each(GOOD)('accepts: %s', (_name, input, pick, want) => {
  const r = ConfigSchema.safeParse(input)
  expect(r.error?.issues ?? []).toEqual([])
  expect(pick(r.data)).toEqual(want)
})

const BAD: [name: string, input: Obj, path: (string | number)[], message: RegExp][] = [
  [
    'a blue-green weight other than the implied one (it would be ignored)',
    cfg({ strategy: 'blue-green', steps: [{ weight: 30, pause: '1m' }, { weight: 70 }] }),
    ['environments', 'e', 'steps', 0, 'weight'],
    /blue-green steps set only pauses .*weight 30 would be ignored/
  ],
  [
    'more than two blue-green steps',
    cfg({ strategy: 'blue-green', steps: [{ pause: '1m' }, { pause: '1m' }, { pause: '1m' }] }),
    ['environments', 'e', 'steps', 2],
    /blue-green takes at most 2 steps/
  ],
  [
    'an all-at-once weight below 100',
    cfg({ strategy: 'all-at-once', steps: [{ weight: 50 }] }),
    ['environments', 'e', 'steps', 0, 'weight'],
    /all-at-once steps set only pauses/
  ],
  [
    'a canary step without a weight',
    cfg({ steps: [{ pause: '1m' }, { weight: 100 }] }),
    ['environments', 'e', 'steps', 0],
    /a canary step needs a weight/
  ],
  ['no environments', cfg({}, { environments: {} }), ['environments'], /at least one environment/],
  ['unknown strategy', cfg({ strategy: 'canery' }), ['environments', 'e', 'strategy'], /./],
  ['empty steps list', cfg({ steps: [] }), ['environments', 'e', 'steps'], /./],
  [
    'bad gate name',
    cfg({ gates: [{ name: 'a b', type: 'approval' }] }),
    ['environments', 'e', 'gates', 0, 'name'],
    /gate names use letters/
  ],
  ['retries above 10', cfg({ gates: [{ name: 'a', type: 'approval', retries: 11 }] }), ['environments', 'e', 'gates', 0, 'retries'], /./],
  [
    'metric gate without bounds',
    cfg({ gates: [{ name: 'g', type: 'metric', metric: 'm' }] }),
    ['environments', 'e', 'gates', 0],
    /metric gate needs min or max/
  ],
  [
    'check without bounds',
    cfg({ analysis: { checks: [{ metric: 'm' }] } }),
    ['environments', 'e', 'analysis', 'checks', 0],
    /a check needs a bound/
  ],
  [
    'negative max-delta',
    cfg({ analysis: { checks: [{ metric: 'm', 'max-delta': -1 }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'max-delta'],
    /./
  ],
  [
    'for of 0',
    cfg({ analysis: { checks: [{ metric: 'm', max: 1, for: '0s' }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'for'],
    /longer than 0s/
  ],
  [
    'min-samples of 0',
    cfg({ analysis: { checks: [{ metric: 'm', max: 1, 'min-samples': 0 }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'min-samples'],
    /./
  ],
  [
    'unknown severity',
    cfg({ analysis: { checks: [{ metric: 'm', max: 1, severity: 'warning' }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'severity'],
    /./
  ],
  [
    'consecutive-failure-limit of 0',
    cfg({ analysis: { 'consecutive-failure-limit': 0 } }),
    ['environments', 'e', 'analysis', 'consecutive-failure-limit'],
    /./
  ],
  [
    'compare against canary',
    cfg({ analysis: { checks: [{ metric: 'm', compare: 'canary' }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'compare'],
    /./
  ],
  [
    'unknown test',
    cfg({ analysis: { checks: [{ metric: 'm', compare: 'stable', test: 't-test' }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'test'],
    /./
  ],
  [
    'confidence of 1',
    cfg({ analysis: { checks: [{ metric: 'm', compare: 'stable', confidence: 1 }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'confidence'],
    /./
  ],
  [
    'a test without compare',
    cfg({ analysis: { checks: [{ metric: 'm', max: 1, direction: 'increase' }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'direction'],
    /add compare: stable/
  ],
  [
    'bounds on a compared check',
    cfg({ analysis: { checks: [{ metric: 'm', compare: 'stable', max: 3 }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'max'],
    /does not apply to a compared check/
  ],
  [
    'for on a compared check',
    cfg({ analysis: { checks: [{ metric: 'm', compare: 'stable', for: '30s' }] } }),
    ['environments', 'e', 'analysis', 'checks', 0, 'for'],
    /does not apply to a compared check/
  ],
  [
    'json expectation without a comparison',
    cfg({ gates: [{ name: 'h', type: 'http', url: 'u', expect: { json: { path: '$.a' } } }] }),
    ['environments', 'e', 'gates', 0, 'expect', 'json'],
    /needs one of equals, in, min, max/
  ],
  [
    'unknown timezone',
    cfg({ gates: [{ name: 'w', type: 'window', timezone: 'Mars/Olympus' }] }),
    ['environments', 'e', 'gates', 0, 'timezone'],
    /unknown IANA timezone/
  ],
  [
    'bad days',
    cfg({ gates: [{ name: 'w', type: 'window', allow: [{ days: 'monday' }] }] }),
    ['environments', 'e', 'gates', 0, 'allow', 0, 'days'],
    /days look like/
  ],
  [
    'bad hours',
    cfg({ gates: [{ name: 'w', type: 'window', allow: [{ hours: '9-5' }] }] }),
    ['environments', 'e', 'gates', 0, 'allow', 0, 'hours'],
    /hours look like/
  ],
  [
    'bad freeze date',
    cfg({ gates: [{ name: 'w', type: 'window', freeze: [{ from: 'xmas', to: '2027-01-01' }] }] }),
    ['environments', 'e', 'gates', 0, 'freeze', 0, 'from'],
    /expected a date/
  ],
  ['empty command', cfg({ actions: { deploy: '' } }), ['environments', 'e', 'actions', 'deploy'], /command is empty/],
  [
    'placeholder in a command metric',
    cfg({}, { metrics: { m: { provider: 'command', run: 'echo {{ track }}' } } }),
    ['metrics', 'm', 'run'],
    /STAGEGATE_TRACK/
  ],
  [
    'unknown placeholder in a header',
    cfg({}, { metrics: { m: { provider: 'http', url: 'u', value: '$.v', headers: { A: '{{ env.1X }}' } } } }),
    ['metrics', 'm', 'headers', 'A'],
    /unknown placeholder "\{\{ env\.1X \}\}"/
  ],
  [
    'missing gate type',
    cfg({ gates: [{ name: 'x' }] }),
    ['environments', 'e', 'gates', 0, 'type'],
    /unknown or missing gate type \(set type: one of command, http/
  ],
  [
    'unknown check metric with no metrics defined',
    cfg({ analysis: { checks: [{ metric: 'x', max: 1 }] } }, { metrics: {} }),
    ['environments', 'e', 'analysis', 'checks', 0, 'metric'],
    /no metrics are defined/
  ],
  ['unknown top-level key', cfg({}, { enviroments: {} }), [], /unknown key "enviroments" \(did you mean "environments"\?\)/]
]

test.each(BAD)('refuses: %s', (_name, input, path, message) => {
  const r = ConfigSchema.safeParse(input)
  expect(r.success).toBe(false)
  const hit = r.error!.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path))
  expect(hit).toBeDefined()
  expect(hit!.message).toMatch(message)
})

test('an http metric with a body but no method: POST is refused at load time', () => {
  const cfg = {
    version: 1,
    service: 's',
    metrics: { q: { provider: 'http', url: 'http://x', value: '$.v', body: '{}' } },
    environments: { production: {} }
  }
  const r = ConfigSchema.safeParse(cfg)
  expect(r.success).toBe(false)
  expect(r.error?.issues[0]).toMatchObject({ path: ['metrics', 'q', 'body'], message: 'a body is sent only with method: POST' })
  const withPost = ConfigSchema.safeParse({ ...cfg, metrics: { q: { ...cfg.metrics.q, method: 'POST' } } })
  expect(withPost.success).toBe(true)
})

describe('bounds the loader refuses before anything runs', () => {
  const env = (production: object) => ({
    version: 1,
    service: 's',
    metrics: { m: { provider: 'command', run: 'echo 1' } },
    environments: { production }
  })
  test.each<[string, object, (string | number)[], RegExp]>([
    [
      'interval 0s',
      { analysis: { interval: '0s' } },
      ['environments', 'production', 'analysis', 'interval'],
      /allowed more than 0s up to 24h/
    ],
    [
      'a step pause of 400d',
      { steps: [{ weight: 100, pause: '400d' }] },
      ['environments', 'production', 'steps', 0, 'pause'],
      /"400d" is out of range: allowed 0s up to 366d; or until-promoted/
    ],
    [
      'a misspelt until-promoted',
      { steps: [{ weight: 100, pause: 'until-promotd' }] },
      ['environments', 'production', 'steps', 0, 'pause'],
      /did you mean "until-promoted"/
    ],
    ['a job-budget of 0s', { 'job-budget': '0s' }, ['environments', 'production', 'job-budget'], /allowed more than 0s up to 366d/],
    ['an expire-after of 2y', { 'expire-after': '2y' }, ['environments', 'production', 'expire-after'], /invalid duration "2y"/],
    [
      'on-inconclusive ask',
      { analysis: { 'on-inconclusive': 'ask' } },
      ['environments', 'production', 'analysis', 'on-inconclusive'],
      /rollback|pause/
    ],
    [
      'an http gate body with GET',
      { gates: [{ name: 'g', type: 'http', url: 'http://x', body: '{}' }] },
      ['environments', 'production', 'gates', 0, 'body'],
      /only with method: POST/
    ],
    [
      'set-weight without rollback',
      { actions: { 'set-weight': './w.sh' } },
      ['environments', 'production', 'actions', 'set-weight'],
      /actions.rollback is required/
    ],
    [
      'max-decrease over 100%',
      { analysis: { checks: [{ metric: 'm', 'max-decrease': '150%' }] } },
      ['environments', 'production', 'analysis', 'checks', 0, 'max-decrease'],
      /outside 0–100/
    ]
  ])('%s', (_name, production, path, message) => {
    const r = ConfigSchema.safeParse(env(production))
    expect(r.success).toBe(false)
    expect(r.error?.issues[0].path).toEqual(path)
    expect(r.error?.issues[0].message).toMatch(message)
  })

  test('rollouts that outlive a job: until-promoted, week-long pauses, job-budget and expire-after (SPEC §4)', () => {
    const r = ConfigSchema.parse(
      env({
        steps: [{ weight: 20, pause: '7d' }, { weight: 50, pause: 'until-promoted' }, { weight: 100 }],
        'job-budget': '2h',
        analysis: { 'on-inconclusive': 'pause' }
      })
    )
    const p = r.environments.production
    expect(p.steps?.map((s) => s.pause)).toEqual([7 * 86_400_000, 'until-promoted', 0])
    expect([p['job-budget'], p['expire-after'], p.analysis['on-inconclusive']]).toEqual([2 * 3_600_000, 30 * 86_400_000, 'pause'])
    const defaults = ConfigSchema.parse(env({})).environments.production
    expect([defaults['job-budget'], defaults.analysis['on-inconclusive']]).toEqual([5 * 3_600_000, 'rollback'])
  })

  test('max-increase may exceed 100% (a latency may double)', () => {
    const r = ConfigSchema.parse(env({ analysis: { checks: [{ metric: 'm', 'max-increase': '150%' }] } }))
    expect(r.environments.production.analysis.checks[0]['max-increase']).toBe(150)
  })
})
