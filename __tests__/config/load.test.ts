/**
 * loadConfig on real files: defaults of a valid config, and every class of error with its
 * message and the line and column it points at. resolveEnvironment and annotate too.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadConfig, annotate, formatPath, ConfigError } from '../../src/config/file.js'
import { resolveEnvironment, configJsonSchema } from '../../src/config/load.js'
import { coreRuntime } from '../../src/runtime/core.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const FULL = path.join(ROOT, '__fixtures__', 'config', 'full.yml')

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-config-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

let seq = 0
function write(text: string): string {
  const file = path.join(dir, `deploy-${++seq}.yml`)
  fs.writeFileSync(file, text)
  return file
}

/** A small valid config; the error cases below each change one thing in it. */
const BASE = `version: 1
service: checkout-api
metrics:
  error-rate:
    provider: prometheus
    address: "{{ env.PROM_URL }}"
    query: sum(rate(x{track="{{ track }}"}[1m]))
environments:
  production:
    gates:
      - { name: tests, type: command, run: ./test.sh }
      - name: healthy
        type: metric
        metric: error-rate
        max: 0.01
    steps:
      - { weight: 10, pause: 1m }
      - { weight: 100, pause: 1m }
    analysis:
      interval: 30s
      checks:
        - { metric: error-rate, max: 0.05 }
    actions:
      deploy: ./deploy.sh
      rollback: ./rollback.sh
`

/** BASE with `from` replaced by `to`; fails loudly if `from` is not there (no silent no-op cases). */
function edit(from: string, to: string): string {
  expect(BASE.split(from)).toHaveLength(2)
  return BASE.replace(from, to)
}

/** 1-based line of the one line containing `lineToken`, and column of `colToken` in it. */
function pos(text: string, lineToken: string, colToken = lineToken): { line: number; column: number } {
  const lines = text.split('\n')
  const hits = lines.flatMap((l, i) => (l.includes(lineToken) ? [i] : []))
  expect(hits).toHaveLength(1)
  const column = lines[hits[0]].indexOf(colToken) + 1
  expect(column).toBeGreaterThan(0)
  return { line: hits[0] + 1, column }
}

async function loadError(text: string): Promise<ConfigError> {
  const err = await loadConfig(write(text), '.github/deploy.yml').then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(ConfigError)
  return err as ConfigError
}

test('the SPEC example loads with every default applied', async () => {
  const c = await loadConfig(FULL, 'full.yml')
  expect(c.version).toBe(1)
  expect(c.metrics['error-rate']).toMatchObject({ provider: 'prometheus', timeout: 10_000 })
  expect(c.metrics['queue-depth']).toMatchObject({
    provider: 'http',
    method: 'GET',
    value: '$.depth',
    headers: { Authorization: 'Bearer {{ env.OPS_TOKEN }}' }
  })
  expect(c.metrics['cache-hit-rate']).toEqual({ provider: 'command', run: './scripts/cache-hit-rate.sh', timeout: 30_000 })
  const env = resolveEnvironment(c, 'production', 'full.yml')
  expect(env.gates.map((g) => g.name)).toEqual([
    'ci-green',
    'staging-validated',
    'no-critical-vulns',
    'deploy-window',
    'change-ticket',
    'coverage',
    'migrations-ready',
    'healthy-before',
    'reviewed'
  ])
  for (const g of env.gates) expect(g).toMatchObject({ required: true, timeout: 120_000, retries: 0 })
  expect(env.gates[3]).toMatchObject({
    timezone: 'Europe/Berlin',
    allow: [{ days: { text: 'mon-thu', weekdays: [1, 2, 3, 4] }, hours: { text: '10:00-16:00', start: 600, end: 960 } }],
    freeze: [
      {
        from: { text: '2026-12-20', key: '2026-12-20T00:00:00', dateOnly: true },
        to: { text: '2027-01-02', key: '2027-01-02T00:00:00', dateOnly: true },
        reason: 'holiday freeze'
      }
    ]
  })
  expect(env.gates[4]).toMatchObject({ method: 'GET', expect: { status: 200, json: { path: '$.status', equals: 'approved' } } })
  expect(env.gates[5]).toMatchObject({ min: 80, format: 'auto' })
  expect(env.gates[7]).toMatchObject({ metric: 'error-rate', max: 0.001, track: 'stable' })
  expect(env.steps).toEqual([
    { weight: 5, pause: 600_000 },
    { weight: 25, pause: 300_000 },
    { weight: 50, pause: 300_000 },
    { weight: 100, pause: 600_000 }
  ])
  expect(env.analysis).toEqual({
    interval: 30_000,
    'initial-delay': 0,
    'failure-limit': 0,
    'inconclusive-limit': 2,
    'on-inconclusive': 'rollback',
    checks: [
      { metric: 'error-rate', max: 0.005, track: 'canary', 'on-no-data': 'inconclusive', severity: 'critical' },
      { metric: 'p95-latency-ms', 'max-increase': 10, track: 'canary', 'on-no-data': 'inconclusive', severity: 'critical' },
      { metric: 'p95-latency-ms', max: 500, track: 'canary', 'on-no-data': 'inconclusive', severity: 'critical' }
    ]
  })
  expect(env.actions).toMatchObject({ deploy: './scripts/deploy.sh', 'verify-rollback': './scripts/verify-rollback.sh', timeout: 600_000 })
  expect(c.report).toEqual({ summary: true, 'pr-comment': 'always' })
})

test('a minimal config gets the analysis, actions and report defaults', async () => {
  const c = await loadConfig(write('version: 1\nservice: s\nenvironments:\n  prod:\n    strategy: all-at-once\n'), 'd.yml')
  expect(c.metrics).toEqual({})
  expect(c.environments.prod).toEqual({
    gates: [],
    strategy: 'all-at-once',
    analysis: {
      interval: 30_000,
      'initial-delay': 0,
      'failure-limit': 0,
      'inconclusive-limit': 2,
      'on-inconclusive': 'rollback',
      checks: []
    },
    actions: { timeout: 600_000 },
    'job-budget': 5 * 3_600_000,
    'expire-after': 30 * 86_400_000
  })
  expect(c.report).toEqual({ summary: true, 'pr-comment': 'always' })
})

test('the base config of the error cases is itself valid', async () => {
  const c = await loadConfig(write(BASE), 'd.yml')
  expect(c.environments.production.analysis.checks).toEqual([
    { metric: 'error-rate', max: 0.05, track: 'canary', 'on-no-data': 'inconclusive', severity: 'critical' }
  ])
})

test('anchors, aliases and merge keys work, and errors inside them still point at the file', async () => {
  const text = `version: 1
service: s
environments:
  staging: &base
    steps: [{ weight: 100, pause: 1m }]
    analysis: { interval: 10s }
  production:
    <<: *base
    analysis: { interval: 1m }
`
  const c = await loadConfig(write(text), 'd.yml')
  expect(c.environments.production.steps).toEqual([{ weight: 100, pause: 60_000 }])
  expect(c.environments.production.analysis.interval).toBe(60_000)
  expect(c.environments.staging.analysis.interval).toBe(10_000)
  const bad = await loadError(text.replace('interval: 10s', 'interval: ten'))
  expect(bad.issues.map((i) => [i.message, i.line, i.column])).toEqual([
    [
      'environments.staging.analysis.interval: invalid duration "ten": use a number and a unit (ms, s, m, h, d), e.g. "30s", "5m", "1h30m"',
      6,
      27
    ]
  ])
})

interface ErrorCase {
  name: string
  text: string
  message: string | RegExp
  /** where the error must point: the line holding `line`, at the column of `col` in it */
  at: [line: string, col?: string]
}

const CASES: ErrorCase[] = [
  {
    name: 'unknown key, pointing at the key, with a did-you-mean',
    text: edit('interval: 30s', 'intervall: 30s'),
    message: 'environments.production.analysis: unknown key "intervall" (did you mean "interval"?)',
    at: ['intervall']
  },
  {
    name: 'unknown key in a flow map',
    text: edit('{ weight: 10, pause: 1m }', '{ weight: 10, paus: 1m }'),
    message: 'environments.production.steps[0]: unknown key "paus" (did you mean "pause"?)',
    at: ['paus:']
  },
  {
    name: 'unknown gate type',
    text: edit('type: metric', 'type: metrik'),
    message: 'environments.production.gates[1].type: unknown or missing gate type "metrik" (did you mean "metric"?)',
    at: ['metrik']
  },
  {
    name: 'unknown metric provider',
    text: edit('provider: prometheus', 'provider: promethus'),
    message: 'metrics.error-rate.provider: unknown or missing metric provider "promethus" (did you mean "prometheus"?)',
    at: ['promethus']
  },
  {
    name: 'bad duration',
    text: edit('interval: 30s', 'interval: 5 minutes'),
    message: /^environments\.production\.analysis\.interval: invalid duration "5 minutes"/,
    at: ['5 minutes']
  },
  {
    name: 'bad percent',
    text: edit('weight: 10,', 'weight: 150%,'),
    message: 'environments.production.steps[0].weight: percentage 150% is outside 0–100',
    at: ['150%']
  },
  {
    name: 'decreasing step weights',
    text: edit('      - { weight: 10, pause: 1m }\n', '      - { weight: 50, pause: 1m }\n      - { weight: 25, pause: 1m }\n'),
    message: 'environments.production.steps[1].weight: step weights must not decrease (50 → 25)',
    at: ['weight: 25', '25']
  },
  {
    name: 'last canary step below 100',
    text: edit('weight: 100', 'weight: 90'),
    message: 'environments.production.steps[1].weight: the last canary step must reach weight 100',
    at: ['weight: 90', '90']
  },
  {
    name: 'unknown metric in a check',
    text: edit('{ metric: error-rate, max: 0.05 }', '{ metric: error_rate, max: 0.05 }'),
    message: 'environments.production.analysis.checks[0].metric: unknown metric "error_rate" (did you mean "error-rate"?)',
    at: ['error_rate']
  },
  {
    name: 'unknown metric in a metric gate',
    text: edit('metric: error-rate\n', 'metric: latency\n'),
    message: 'environments.production.gates[1].metric: unknown metric "latency" (expected one of: error-rate)',
    at: ['latency']
  },
  {
    name: 'duplicate gate name',
    text: edit('- name: healthy', '- name: tests'),
    message: 'environments.production.gates[1].name: duplicate gate name "tests"',
    at: ['- name: tests', 'tests']
  },
  {
    name: 'placeholder in an actions command',
    text: edit('deploy: ./deploy.sh', 'deploy: ./deploy.sh {{ version }}'),
    message: /^environments\.production\.actions\.deploy: placeholder "\{\{ version \}\}" is not allowed in a command.*STAGEGATE_VERSION/,
    at: ['{{ version }}', './deploy.sh']
  },
  {
    name: 'placeholder in a gate run',
    text: edit('run: ./test.sh', 'run: "./test.sh --sha {{ sha }}"'),
    message: /^environments\.production\.gates\[0\]\.run: placeholder "\{\{ sha \}\}" is not allowed in a command.*STAGEGATE_SHA/,
    at: ['{{ sha }}', '"./test.sh']
  },
  {
    name: 'unknown placeholder in a query',
    text: edit('{{ track }}', '{{ trak }}'),
    message: /^metrics\.error-rate\.query: unknown placeholder "\{\{ trak \}\}"; allowed: env\.NAME, track/,
    at: ['query:', 'sum(']
  },
  {
    name: 'YAML syntax error',
    text: edit('      - { weight: 10, pause: 1m }', '      - { weight: 10, pause: 1m'),
    message: /^YAML syntax error: /,
    at: ['- { weight: 100', '-']
  },
  {
    name: 'duplicate YAML key',
    text: edit('service: checkout-api\n', 'service: checkout-api\nservice: billing\n'),
    message: 'duplicate key "service": a key may appear only once in a map',
    at: ['service: billing', 'service']
  },
  {
    name: 'wrong type',
    text: edit('max: 0.01', 'max: low'),
    message: 'environments.production.gates[1].max: expected a number, got string',
    at: ['max: low', 'low']
  },
  {
    name: 'wrong type: a list where a map belongs',
    text: edit('    analysis:\n', '    analysis: []\n    x-analysis:\n'),
    message: 'environments.production.analysis: expected a map, got a list',
    at: ['analysis: []', '[]']
  },
  {
    name: 'missing required key, pointing at its parent map',
    text: edit('service: checkout-api\n', ''),
    message: 'missing required key "service"',
    at: ['version: 1', 'version']
  },
  {
    name: 'missing required gate field',
    text: edit('{ name: tests, type: command, run: ./test.sh }', '{ name: tests, type: command }'),
    message: 'environments.production.gates[0]: missing required key "run"',
    at: ['name: tests', '{']
  },
  {
    name: 'bad metric name, pointing at the key',
    text: edit('  error-rate:\n', '  error rate:\n'),
    message: 'metrics.error rate: invalid key "error rate": metric names use letters, digits, ".", "_" and "-"',
    at: ['error rate:', 'error']
  },
  {
    name: 'version 2',
    text: edit('version: 1', 'version: 2'),
    message: 'version: only config version 1 is supported',
    at: ['version: 2', '2']
  },
  {
    name: 'a timeout past 24h (Node timers overflow at 24.8 days and fire after 1 ms)',
    text: edit('      rollback: ./rollback.sh\n', '      rollback: ./rollback.sh\n      timeout: 30d\n'),
    message: 'environments.production.actions.timeout: duration "30d" is out of range: allowed more than 0s up to 24h',
    at: ['timeout: 30d', '30d']
  },
  {
    name: 'a pause past 366 days (a handed-off pause may last weeks)',
    text: edit('{ weight: 10, pause: 1m }', '{ weight: 10, pause: 400d }'),
    message: 'environments.production.steps[0].pause: duration "400d" is out of range: allowed 0s up to 366d; or until-promoted',
    at: ['400d']
  },
  {
    name: 'a gate timeout of 0 (would fire at once)',
    text: edit('{ name: tests, type: command, run: ./test.sh }', '{ name: tests, type: command, run: ./test.sh, timeout: 0 }'),
    message: 'environments.production.gates[0].timeout: duration 0 is out of range: allowed more than 0s up to 24h',
    at: ['timeout: 0', '0 }']
  },
  {
    name: 'a metric timeout past 24h',
    text: edit('    query: sum', '    timeout: 9999999999d\n    query: sum'),
    message: 'metrics.error-rate.timeout: duration "9999999999d" is out of range: allowed more than 0s up to 24h',
    at: ['9999999999d']
  },
  {
    name: "a placeholder that names the runner's token",
    text: edit('"{{ env.PROM_URL }}"', '"{{ env.PROM_URL }}?t={{ env.ACTIONS_RUNTIME_TOKEN }}"'),
    message:
      /^metrics\.error-rate\.address: placeholder "\{\{ env\.ACTIONS_RUNTIME_TOKEN \}\}" is refused: placeholders never read INPUT_\*/,
    at: ['ACTIONS_RUNTIME_TOKEN', '"']
  },
  {
    name: 'a typo in a gate type key points at the typo, with a did-you-mean',
    text: edit('        type: metric\n', '        tpye: metric\n'),
    message:
      /^environments\.production\.gates\[1\]\.type: unknown or missing gate type.*"tpye" here looks like a typo \(did you mean "type"\?\)/,
    at: ['tpye']
  },
  {
    name: 'an undefined YAML alias',
    text: edit('service: checkout-api', 'service: *svc'),
    message: 'undefined YAML alias "*svc": no anchor "&svc" is set before it',
    at: ['*svc']
  },
  // the window gate's values are parsed once by the schema; a bad one is still reported at its value
  {
    name: 'window days that are not days',
    text: edit(
      '- { name: tests, type: command, run: ./test.sh }',
      '- { name: tests, type: command, run: ./test.sh }\n      - name: w\n        type: window\n        allow:\n          - { days: mon-frI-sat, hours: "10:00-16:00" }'
    ),
    message: 'environments.production.gates[1].allow[0].days: days look like "mon-fri" or "mon,wed,fri"',
    at: ['mon-frI-sat']
  },
  {
    name: 'window hours that are an empty range',
    text: edit(
      '- { name: tests, type: command, run: ./test.sh }',
      '- { name: tests, type: command, run: ./test.sh }\n      - name: w\n        type: window\n        allow:\n          - days: mon-fri\n            hours: "24:00-02:00"'
    ),
    message:
      'environments.production.gates[1].allow[0].hours: hours must be a non-empty range of times from 00:00 to 24:00, e.g. "10:00-16:00" or "22:00-02:00"',
    at: ['24:00-02:00', '"24:00']
  },
  {
    name: 'window freeze bound that is not a date',
    text: edit(
      '- { name: tests, type: command, run: ./test.sh }',
      '- { name: tests, type: command, run: ./test.sh }\n      - name: w\n        type: window\n        freeze:\n          - from: 2026-12-20\n            to: 2027-01-02 18:00'
    ),
    message: 'environments.production.gates[1].freeze[0].to: expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM',
    at: ['2027-01-02 18:00']
  },
  {
    name: 'a YAML alias bomb',
    text: edit(
      'version: 1\n',
      `version: 1\nx-a: &a [x, x, x, x, x, x, x, x, x]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nx-e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`
    ),
    message: /^YAML aliases expand too far \(more than 100 alias expansions/,
    at: ['x-b:', '*a']
  },
  {
    name: 'empty file',
    text: '# nothing yet\n',
    message: /^the config file is empty/,
    at: ['# nothing', '#']
  }
]

test.each(CASES)('$name', async ({ text, message, at }) => {
  const err = await loadError(text)
  const first = err.issues[0]
  if (typeof message === 'string') expect(first.message).toBe(message)
  else expect(first.message).toMatch(message)
  const want = pos(text, at[0], at[1] ?? at[0])
  expect({ line: err.line, column: err.column }).toEqual(want)
  expect({ line: first.line, column: first.column }).toEqual(want)
  expect(err.file).toBe('.github/deploy.yml')
  expect(err.message.startsWith(`.github/deploy.yml:${want.line}:${want.column}: ${first.message}`)).toBe(true)
})

test('all issues are collected, ordered by position, and counted in the message', async () => {
  const text = edit('interval: 30s', 'interval: soon').replace('type: metric', 'type: metrik').replace('version: 1', 'version: 3')
  const err = await loadError(text)
  expect(err.issues.map((i) => [i.line, i.column, i.path.join('/')])).toEqual([
    [pos(text, 'version: 3', '3').line, pos(text, 'version: 3', '3').column, 'version'],
    [pos(text, 'metrik').line, pos(text, 'metrik').column, 'environments/production/gates/1/type'],
    [pos(text, 'soon').line, pos(text, 'soon').column, 'environments/production/analysis/interval']
  ])
  expect(err.message).toBe(`.github/deploy.yml:1:10: version: only config version 1 is supported (and 2 more)`)
})

test('a missing file is an error at 1:1 that names the config input', async () => {
  const err = await loadConfig(path.join(dir, 'nope', 'deploy.yml'), '.github/nope.yml').then(
    () => undefined,
    (e: unknown) => e as ConfigError
  )
  expect(err).toBeInstanceOf(ConfigError)
  expect([err!.line, err!.column]).toEqual([1, 1])
  expect(err!.message).toMatch(/^\.github\/nope\.yml:1:1: config file not found: \.github\/nope\.yml; set the `config` input/)
})

test('a directory instead of a file is an unreadable config', async () => {
  const err = await loadConfig(dir, 'dir.yml').then(
    () => undefined,
    (e: unknown) => e as ConfigError
  )
  expect(err?.message).toMatch(/^dir\.yml:1:1: config file could not be read \(EISDIR: it is a directory\).*`config` input/)
})

test('an unknown environment points at environments: with a did-you-mean', async () => {
  const text = `# deploy config\nversion: 1\nservice: s\n\n  \nenvironments:\n  staging: {}\n  production: {}\n`
  const c = await loadConfig(write(text), '.github/deploy.yml')
  expect(resolveEnvironment(c, 'staging', '.github/deploy.yml').strategy).toBe('canary')
  let err: unknown
  try {
    resolveEnvironment(c, 'prodution', '.github/deploy.yml')
  } catch (e) {
    err = e
  }
  expect(err).toBeInstanceOf(ConfigError)
  const ce = err as ConfigError
  expect([ce.line, ce.column]).toEqual([6, 1])
  expect(ce.issues[0].message).toMatch(/"prodution".*\(did you mean "production"\?\)$/)
  expect(ce.message).toMatch(/^\.github\/deploy\.yml:6:1: /)
  expect(() => resolveEnvironment(c, 'toString', 'd.yml')).toThrow(ConfigError)
})

test('annotate writes one ::error line per issue at its file, line and column', async () => {
  const text = edit('interval: 30s', 'intervall: 30s').replace('type: metric', 'type: metrik')
  const err = await loadError(text)
  const out: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out.push(String(chunk))
    return true
  }) as typeof process.stdout.write
  try {
    annotate(err, coreRuntime())
  } finally {
    process.stdout.write = write
  }
  const lines = out.join('').split(/\r?\n/).filter(Boolean)
  const key = pos(text, 'intervall')
  const type = pos(text, 'metrik')
  expect(lines).toHaveLength(2)
  expect(lines[0]).toBe(
    `::error title=Stagegate config,file=.github/deploy.yml,line=${type.line},col=${type.column}::${err.issues[0].message}`
  )
  expect(lines[1].startsWith(`::error title=Stagegate config,file=.github/deploy.yml,line=${key.line},col=7::`)).toBe(true)
  expect(lines[1]).toContain('did you mean "interval"')
})

test.each([
  [[], ''],
  [['service'], 'service'],
  [['environments', 'production', 'gates', 2, 'type'], 'environments.production.gates[2].type'],
  [['environments', 'a', 'steps', 0], 'environments.a.steps[0]']
] as [(string | number)[], string][])('formatPath %j', (p, want) => {
  expect(formatPath(p)).toBe(want)
})

test('configJsonSchema describes the config as users write it', () => {
  const schema = configJsonSchema() as { type?: string; properties?: Record<string, unknown>; required?: string[] }
  expect(typeof schema).toBe('object')
  expect(schema.properties).toHaveProperty('environments')
  expect(schema.properties).toHaveProperty('metrics')
  expect(schema.required).toEqual(expect.arrayContaining(['version', 'service', 'environments']))
})
