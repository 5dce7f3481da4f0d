/**
 * schema/deploy-config.schema.json is the zod schema as JSON Schema, tightened (src/config/json-schema.ts)
 * and committed for editors (`# yaml-language-server: $schema=…`). Regenerate with UPDATE_SCHEMA=1.
 * One corpus of typical mistakes goes through the loader and through ajv: they agree, except on
 * what SCHEMA_CANNOT_EXPRESS names (and there the schema really does accept, so the list stays true).
 */
import { describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse, stringify } from 'yaml'
import { configJsonSchema, SCHEMA_CANNOT_EXPRESS } from '../../src/config/json-schema.js'
import { loadConfig, ConfigError } from '../../src/config/file.js'

const FILE = path.join(process.cwd(), 'schema', 'deploy-config.schema.json')
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`
if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(FILE, generated)
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(generated))

test('the committed JSON Schema is the one the zod schema gives', () => {
  expect(fs.readFileSync(FILE, 'utf8')).toBe(generated)
})

const EXAMPLES = ['__fixtures__/config/full.yml', 'examples/deploy.yml', 'examples/demo/deploy.yml']

test.each(EXAMPLES)('%s validates against it', (file) => {
  const ok = validate(parse(fs.readFileSync(file, 'utf8')))
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
})

test.each(EXAMPLES.slice(1))('%s names the schema for editors (yaml-language-server)', (file) => {
  expect(fs.readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S*schema\/deploy-config\.schema\.json$/m)
})

type Cfg = Record<string, any>

function base(): Cfg {
  return {
    version: 1,
    service: 'shop',
    metrics: { 'error-rate': { provider: 'prometheus', address: '{{ env.PROM_URL }}', query: 'sum(rate(x{track="{{ track }}"}[1m]))' } },
    links: [{ title: 'Dashboard', url: 'https://grafana.example.com/d/shop?var-version={{ version }}' }],
    environments: {
      production: {
        gates: [
          { name: 'ci', type: 'github-checks' },
          { name: 'window', type: 'window', allow: [{ days: 'Mon-Thu', hours: '10:00-16:00' }] }
        ],
        steps: [
          { weight: 5, pause: '1m' },
          { weight: '50%', pause: '1m' },
          { weight: 100, pause: '1m' }
        ],
        analysis: { interval: '30s', checks: [{ metric: 'error-rate', max: 0.01, 'max-increase': '10%' }] },
        actions: { 'set-weight': './w.sh', rollback: { run: './r.sh', timeout: '2m' } }
      }
    }
  }
}

const prod = (c: Cfg) => c.environments.production
type Case = [mistake: string, mutate: (c: Cfg) => void, cannot?: keyof typeof SCHEMA_CANNOT_EXPRESS]

const CORPUS: Case[] = [
  ['pause: 5 minutes', (c) => (prod(c).steps[0].pause = '5 minutes')],
  ['weight: 150', (c) => (prod(c).steps[1].weight = 150)],
  ['weight: "150%"', (c) => (prod(c).steps[1].weight = '150%')],
  ['set-weight without rollback', (c) => delete prod(c).actions.rollback],
  ['deploy without rollback', (c) => (prod(c).actions = { deploy: './d.sh' })],
  ['a placeholder in a command', (c) => (prod(c).actions['set-weight'] = './w.sh {{ weight }}')],
  ['a placeholder in a command gate', (c) => prod(c).gates.push({ name: 'cmd', type: 'command', run: 'test {{ version }}' })],
  ['a placeholder in an action { run }', (c) => (prod(c).actions.rollback = { run: './r.sh {{ sha }}' })],
  ['an unknown metric name', (c) => (prod(c).analysis.checks[0].metric = 'eror-rate'), 'unknown-metric'],
  ['interval: 30 (no unit)', (c) => (prod(c).analysis.interval = 30)],
  ['interval: 0s', (c) => (prod(c).analysis.interval = '0s')],
  ['days: monday-thursday', (c) => (prod(c).gates[1].allow[0].days = 'monday-thursday')],
  ['hours: 9-17', (c) => (prod(c).gates[1].allow[0].hours = '9-17')],
  ['a mistyped gate type', (c) => (prod(c).gates[0].type = 'github-check')],
  ['a mistyped metric provider', (c) => (c.metrics['error-rate'].provider = 'prom')],
  ['strategy: bluegreen', (c) => (prod(c).strategy = 'bluegreen')],
  [
    'blue-green steps with weights 30/70',
    (c) =>
      Object.assign(prod(c), {
        strategy: 'blue-green',
        steps: [
          { weight: 30, pause: '1m' },
          { weight: 70, pause: '1m' }
        ]
      })
  ],
  [
    'three blue-green steps',
    (c) => Object.assign(prod(c), { strategy: 'blue-green', steps: [{ pause: '1m' }, { pause: '1m' }, { pause: '1m' }] })
  ],
  ['a canary step without weight', (c) => (prod(c).steps[0] = { pause: '1m' })],
  ['on-no-data: skip', (c) => (prod(c).analysis.checks[0]['on-no-data'] = 'skip')],
  ['max-increase: "10 percent"', (c) => (prod(c).analysis.checks[0]['max-increase'] = '10 percent')],
  ['a check without a bound', (c) => (prod(c).analysis.checks[0] = { metric: 'error-rate' })],
  ['a metric gate without min or max', (c) => prod(c).gates.push({ name: 'm', type: 'metric', metric: 'error-rate' })],
  ['an http gate with a body but GET', (c) => prod(c).gates.push({ name: 'h', type: 'http', url: 'https://x', body: '{}' })],
  [
    'an http expectation without equals/in/min/max',
    (c) => prod(c).gates.push({ name: 'h', type: 'http', url: 'https://x', expect: { json: { path: '$.a' } } })
  ],
  ['an unknown placeholder in a query', (c) => (c.metrics['error-rate'].query = 'up{track="{{ trak }}"}')],
  ['an unknown key (stpes)', (c) => (prod(c).stpes = prod(c).steps)],
  ['retries: 20', (c) => (prod(c).gates[0].retries = 20)],
  ['version: 2', (c) => (c.version = 2)],
  ['coverage min: 120', (c) => prod(c).gates.push({ name: 'cov', type: 'coverage', file: 'c.json', min: 120 })],
  ['a freeze date "xmas"', (c) => (prod(c).gates[1].freeze = [{ from: 'xmas', to: '2027-01-02' }])],
  ['a link without a scheme', (c) => (c.links[0].url = 'grafana.example.com')],
  ['no environments', (c) => (c.environments = {})],
  ['two gates named ci', (c) => prod(c).gates.push({ name: 'ci', type: 'github-checks' }), 'duplicate-gate-name'],
  ['weights 50 then 5', (c) => (prod(c).steps = [{ weight: 50 }, { weight: 5 }, { weight: 100 }]), 'decreasing-weights'],
  ['a canary ending at 50', (c) => (prod(c).steps = [{ weight: 5 }, { weight: 50 }]), 'last-step-not-100'],
  ['timezone: Europe/Berln', (c) => (prod(c).gates[1].timezone = 'Europe/Berln'), 'unknown-timezone'],
  ['hours: 10:00-10:00', (c) => (prod(c).gates[1].allow[0].hours = '10:00-10:00'), 'empty-hours-range'],
  ['interval: 0.1ms', (c) => (prod(c).analysis.interval = '0.1ms'), 'zero-interval-rounding']
]

async function loaderRefuses(c: Cfg): Promise<ConfigError | undefined> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-corpus-')), 'deploy.yml')
  fs.writeFileSync(file, stringify(c))
  try {
    await loadConfig(file, 'deploy.yml')
    return undefined
  } catch (e) {
    if (e instanceof ConfigError) return e
    throw e
  }
}

describe('the loader and the JSON Schema agree on the corpus of typical mistakes', () => {
  test('the base config passes both', async () => {
    expect(await loaderRefuses(base())).toBeUndefined()
    expect(validate(base()) ? [] : validate.errors).toEqual([])
  })

  // objects, not rows: a row shorter than the callback's parameters would make jest pass `done`
  test.each(CORPUS.map(([mistake, mutate, cannot]) => ({ mistake, mutate, cannot })))('$mistake', async ({ mutate, cannot }) => {
    const c = base()
    mutate(c)
    const err = await loaderRefuses(c)
    expect(err?.message).toBeDefined()
    expect(validate(c)).toBe(cannot !== undefined)
  })

  test('every entry of SCHEMA_CANNOT_EXPRESS has a case in the corpus', () => {
    expect(Object.keys(SCHEMA_CANNOT_EXPRESS).sort()).toEqual(CORPUS.flatMap(([, , k]) => (k ? [k] : [])).sort())
  })
})

test('a mistyped gate type is one error naming the allowed types, not one per gate shape', () => {
  const c = base()
  prod(c).gates[0].type = 'github-check'
  expect(validate(c)).toBe(false)
  expect(validate.errors).toHaveLength(1)
  expect(validate.errors![0]).toMatchObject({ instancePath: '/environments/production/gates/0/type', keyword: 'enum' })
  expect(validate.errors![0].params).toMatchObject({ allowedValues: expect.arrayContaining(['github-checks', 'command']) })
})
