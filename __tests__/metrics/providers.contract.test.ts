/**
 * The contract every metric provider keeps, as ONE table of cases run over every provider
 * against a real backend: a real Prometheus (scraping the sample service), a real `node:http`
 * server, real bash. Whatever happens, `measure` resolves (never rejects) to a value, no-data
 * or an error with a one-line detail.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Metric, type MetricConfig } from '../../src/config/schema.js'
import { createCommandRunner } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import { createProviders } from '../../src/metrics/registry.js'
import type { Measurement, MetricProvider, TemplateContext } from '../../src/metrics/types.js'
import { closedPort, sendJson, startServer, startSlowProxy, type TestServer } from '../../__fixtures__/metrics/servers.js'
import { PROM_JOB, stackSkipReason, startStack, type Stack } from '../support/stack.js'
import { influxdbSkipReason, startInfluxdb, type Influxdb } from '../support/influxdb.js'
import { startVendorServer, type VendorServer } from '../support/vendor-servers.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

jest.setTimeout(30_000)

/** A version (and the sample service's `app` label) that breaks naive URL, PromQL and shell splicing. */
const WEIRD = 'we"ird/a&b=c\\d?#e $HOME'
const TIMEOUT = '300ms'
const UNSET = 'STAGEGATE_CONTRACT_TEST_UNSET'

const CONTEXT: TemplateContext = {
  env: {},
  track: 'canary',
  version: 'v1.2.3',
  environment: 'production',
  service: 'sample-service',
  sha: '0123456789abcdef',
  weight: 25
}

type CaseName =
  | 'a value'
  | 'no data'
  | 'an error from the backend'
  | 'an unreachable backend'
  | 'a backend slower than the timeout'
  | 'a signal aborted before the call'
  | 'a signal aborted while waiting'
  | 'a broken setup (unset env, bad working dir)'
  | 'values escaped for where they land'

/** The table: what every provider must return in each case. */
const CASES: { name: CaseName; kind: Measurement['kind']; detail?: RegExp }[] = [
  { name: 'a value', kind: 'value' },
  { name: 'no data', kind: 'no-data' },
  { name: 'an error from the backend', kind: 'error' },
  { name: 'an unreachable backend', kind: 'error' },
  { name: 'a backend slower than the timeout', kind: 'error', detail: /timed out after 300ms/ },
  { name: 'a signal aborted before the call', kind: 'error', detail: /^cancelled$/ },
  { name: 'a signal aborted while waiting', kind: 'error', detail: /^cancelled$/ },
  { name: 'a broken setup (unset env, bad working dir)', kind: 'error' },
  { name: 'values escaped for where they land', kind: 'value' }
]

/** How one provider column sets up a case: the config, the request, and what the result must match. */
interface Scenario {
  config: Record<string, unknown>
  context?: Partial<TemplateContext>
  /** Returns the signal for the call; may start aborting it when the backend has the request. */
  signal?: () => AbortSignal
  /** Provider-specific expectations on top of the table's. */
  value?: number
  detail?: RegExp
  cwd?: string
  baseEnv?: Record<string, string>
  after?: () => void
}

interface Column {
  name: 'prometheus' | 'http' | 'command' | 'influxdb' | 'datadog' | 'newrelic' | 'graphite' | 'cloudwatch'
  skipReason?: () => string | undefined
  start(): Promise<void>
  stop(): Promise<void>
  scenario(c: CaseName): Scenario
}

function aborted(): AbortSignal {
  const c = new AbortController()
  c.abort()
  return c.signal
}

/** A signal aborted once `arrived` resolves (the backend has the request). */
function abortWhen(arrived: Promise<unknown>): AbortSignal {
  const c = new AbortController()
  void arrived.then(() => c.abort())
  return c.signal
}

// ------------------------------------------------------------------ prometheus: a real one

function prometheusColumn(): Column {
  let stack: Stack | undefined
  let slow: TestServer
  let refused: number
  const prom = (query: string, more: Record<string, unknown> = {}) => ({
    provider: 'prometheus',
    address: '{{ env.PROM_URL }}',
    query,
    timeout: TIMEOUT,
    ...more
  })
  return {
    name: 'prometheus',
    skipReason: () => stackSkipReason(),
    async start() {
      // The `app` label holds the weird value, so escaping is checked against real series.
      stack = await startStack({ app: WEIRD, maxSeconds: 300 })
      slow = await startSlowProxy(stack.promUrl, 10_000)
      refused = await closedPort()
    },
    async stop() {
      await slow?.stop()
      await stack?.stop()
    },
    scenario(c): Scenario {
      const env = { PROM_URL: stack!.promUrl }
      switch (c) {
        case 'a value':
          return { config: prom(`sum(up{job="${PROM_JOB}"})`), context: { env }, value: 2 }
        case 'no data':
          return { config: prom('sum(stagegate_metric_that_does_not_exist{track="{{ track }}"})'), context: { env }, detail: /no series/ }
        case 'an error from the backend':
          return {
            config: prom('sum(rate(http_requests_total[1m]'),
            context: { env },
            detail: /^prometheus at http:\/\/127\.0\.0\.1:\d+: bad_data: .*parse error/
          }
        case 'an unreachable backend':
          return {
            config: prom('vector(1)'),
            context: { env: { PROM_URL: `http://127.0.0.1:${refused}` } },
            detail: new RegExp(`^prometheus at http://127\\.0\\.0\\.1:${refused}: connection refused$`)
          }
        case 'a backend slower than the timeout':
          return { config: prom('vector(1)'), context: { env: { PROM_URL: slow.url } } }
        case 'a signal aborted before the call':
          return { config: prom('vector(1)'), context: { env }, signal: aborted }
        case 'a signal aborted while waiting':
          return {
            config: prom('vector(1)', { timeout: '20s' }),
            context: { env: { PROM_URL: slow.url } },
            signal: () => abortWhen(slow.nextRequest('/api/v1/query'))
          }
        case 'a broken setup (unset env, bad working dir)':
          return { config: prom('vector(1)', { address: `{{ env.${UNSET} }}` }), context: { env }, detail: new RegExp(`${UNSET}.*not set`) }
        case 'values escaped for where they land':
          return {
            config: prom('count(count by (app) (http_requests_total{app="{{ version }}", track="{{ track }}"}))'),
            context: { env, version: WEIRD },
            value: 1
          }
      }
    }
  }
}

// ------------------------------------------------------------------ http: a real node:http server

function httpColumn(): Column {
  let server: TestServer
  let refused: number
  const cfg = (path: string, more: Record<string, unknown> = {}) => ({
    provider: 'http',
    url: `${server.url}${path}`,
    value: '$.data.depth',
    timeout: TIMEOUT,
    ...more
  })
  return {
    name: 'http',
    async start() {
      server = await startServer((req, res) => {
        switch (req.url.pathname) {
          case '/value':
            return sendJson(res, 200, { data: { depth: 42 } })
          case '/empty':
            return sendJson(res, 200, { data: {} })
          case '/fail':
            return sendJson(res, 503, { error: 'queue backend down' })
          case '/slow':
            return // never answers; stop() closes the connection
          case '/echo': {
            const ok = req.url.searchParams.get('v') === WEIRD && req.url.searchParams.get('track') === 'canary'
            return sendJson(res, 200, { data: { depth: ok ? 1 : 0 } })
          }
          default:
            return sendJson(res, 404, { error: 'no such path' })
        }
      })
      refused = await closedPort()
    },
    async stop() {
      await server?.stop()
    },
    scenario(c): Scenario {
      switch (c) {
        case 'a value':
          return { config: cfg('/value'), value: 42 }
        case 'no data':
          return { config: cfg('/empty'), detail: /has no "depth"/ }
        case 'an error from the backend':
          return { config: cfg('/fail'), detail: /^http at http:\/\/127\.0\.0\.1:\d+\/fail: HTTP 503/ }
        case 'an unreachable backend':
          return {
            config: { ...cfg('/value'), url: `http://127.0.0.1:${refused}/value` },
            detail: new RegExp(`^http at http://127\\.0\\.0\\.1:${refused}/value: connection refused$`)
          }
        case 'a backend slower than the timeout':
          return { config: cfg('/slow') }
        case 'a signal aborted before the call':
          return { config: cfg('/value'), signal: aborted }
        case 'a signal aborted while waiting':
          return { config: cfg('/slow', { timeout: '20s' }), signal: () => abortWhen(server.nextRequest('/slow')) }
        case 'a broken setup (unset env, bad working dir)':
          return { config: cfg('/value', { url: `{{ env.${UNSET} }}/value` }), detail: new RegExp(`${UNSET}.*not set`) }
        case 'values escaped for where they land':
          return {
            config: cfg('/echo?track={{ track }}&v={{ version }}'),
            context: { version: WEIRD },
            value: 1,
            after: () => {
              const raw = server.received.filter((r) => r.url.pathname === '/echo').at(-1)!.rawUrl
              expect(raw).toBe(`/echo?track=canary&v=${encodeURIComponent(WEIRD)}`)
            }
          }
      }
    }
  }
}

// ------------------------------------------------------------------ command: real bash

/** Resolves when `file` exists (polled; bounded by the test's timeout). */
async function fileAppears(file: string): Promise<void> {
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 20))
}

function commandColumn(): Column {
  let dir: string
  const cfg = (run: string, more: Record<string, unknown> = {}) => ({ provider: 'command', run, timeout: TIMEOUT, ...more })
  return {
    name: 'command',
    async start() {
      dir = mkdtempSync(join(tmpdir(), 'stagegate-metric-contract-'))
    },
    async stop() {
      rmSync(dir, { recursive: true, force: true })
    },
    scenario(c): Scenario {
      switch (c) {
        case 'a value':
          return { config: cfg('echo 42'), value: 42 }
        case 'no data':
          return { config: cfg('printf "\\n  \\n"'), detail: /printed nothing/ }
        case 'an error from the backend':
          return { config: cfg('echo "queue backend down" >&2; exit 3'), detail: /^command exited with code 3: queue backend down$/ }
        case 'an unreachable backend':
          return {
            config: cfg('./no-such-metric-script.sh'),
            detail: /^command exited with code 127: .*no-such-metric-script\.sh: No such file or directory$/
          }
        case 'a backend slower than the timeout':
          return { config: cfg('sleep 20; echo 1') }
        case 'a signal aborted before the call':
          return { config: cfg('echo 42'), signal: aborted }
        case 'a signal aborted while waiting': {
          // bash reports that it is running by creating a file; the signal aborts once it exists.
          const marker = join(dir, `running-${Date.now()}`)
          return {
            config: cfg('touch "$MARKER"; sleep 20; echo 1', { timeout: '20s' }),
            baseEnv: { MARKER: marker },
            signal: () => abortWhen(fileAppears(marker))
          }
        }
        case 'a broken setup (unset env, bad working dir)':
          return { config: cfg('echo 42'), cwd: '/nonexistent/stagegate-contract', detail: /^command could not run/ }
        case 'values escaped for where they land':
          return {
            // The expected values are literals in the command; the context only travels in the environment.
            config: cfg(
              `[ "$STAGEGATE_VERSION" = '${WEIRD}' ] && [ "$STAGEGATE_TRACK" = canary ] && [ "$STAGEGATE_WEIGHT" = 25 ] && echo 1 || echo 0`
            ),
            baseEnv: { STAGEGATE_VERSION: WEIRD, STAGEGATE_TRACK: 'stable', STAGEGATE_WEIGHT: '0' },
            value: 1
          }
      }
    }
  }
}

// ------------------------------------------------------------------ influxdb: a real influxd (Debian's influxdb 1.x)

function influxdbColumn(): Column {
  let influx: Influxdb | undefined
  let slow: TestServer
  let refused: number
  const cfg = (query: string, more: Record<string, unknown> = {}) => ({
    provider: 'influxdb',
    address: '{{ env.INFLUX_URL }}',
    database: 'stagegate',
    query,
    timeout: TIMEOUT,
    ...more
  })
  return {
    name: 'influxdb',
    skipReason: () => influxdbSkipReason(),
    async start() {
      influx = await startInfluxdb()
      // error ratio per track, and one point tagged with the weird version
      await influx.write('stagegate', [
        'http,track=canary,version=v1 errors=0.25',
        `http,track=canary,version=${influx.escapeTag(WEIRD)} errors=0.5`
      ])
      slow = await startSlowProxy(influx.url, 10_000)
      refused = await closedPort()
    },
    async stop() {
      await slow?.stop()
      await influx?.stop()
    },
    scenario(c): Scenario {
      const env = { INFLUX_URL: influx!.url }
      switch (c) {
        case 'a value':
          return {
            config: cfg(`SELECT last("errors") FROM "http" WHERE "track" = '{{ track }}' AND "version" = 'v1'`),
            context: { env },
            value: 0.25
          }
        case 'no data':
          return { config: cfg('SELECT last("errors") FROM "no_such_measurement"'), context: { env }, detail: /no series/ }
        case 'an error from the backend':
          return {
            config: cfg('SELEC nonsense'),
            context: { env },
            detail: /^influxdb at http:\/\/127\.0\.0\.1:\d+\/query: error parsing query/
          }
        case 'an unreachable backend':
          return {
            config: cfg('SELECT 1'),
            context: { env: { INFLUX_URL: `http://127.0.0.1:${refused}` } },
            detail: new RegExp(`^influxdb at http://127\\.0\\.0\\.1:${refused}/query: connection refused$`)
          }
        case 'a backend slower than the timeout':
          return { config: cfg('SELECT last("errors") FROM "http"'), context: { env: { INFLUX_URL: slow.url } } }
        case 'a signal aborted before the call':
          return { config: cfg('SELECT 1'), context: { env }, signal: aborted }
        case 'a signal aborted while waiting':
          return {
            config: cfg('SELECT last("errors") FROM "http"', { timeout: '20s' }),
            context: { env: { INFLUX_URL: slow.url } },
            signal: () => abortWhen(slow.nextRequest('/query'))
          }
        case 'a broken setup (unset env, bad working dir)':
          return { config: cfg('SELECT 1', { address: `{{ env.${UNSET} }}` }), context: { env }, detail: new RegExp(`${UNSET}.*not set`) }
        case 'values escaped for where they land':
          return {
            config: cfg(`SELECT last("errors") FROM "http" WHERE "version" = '{{ version }}' AND "track" = '{{ track }}'`),
            context: { env, version: WEIRD },
            value: 0.5
          }
      }
    }
  }
}

// ------------------------------------------------------------------ hosted APIs: local servers checking each request's documented shape

/**
 * One column per hosted provider against its local stand-in (__tests__/support/vendor-servers.ts):
 * the stand-in refuses a request that breaks the vendor's documented shape (path, method, auth
 * headers, parameters) and otherwise answers by the query: VALUE, EMPTY, ERROR, SLOW, or ECHO
 * (the query must arrive exactly as `expectEcho`, proving how placeholders were escaped).
 */
function hostedColumn(
  name: 'datadog' | 'newrelic' | 'graphite' | 'cloudwatch',
  base: (url: string) => Record<string, unknown>,
  queryKey: string,
  path: string,
  expectEcho: string,
  echoTemplate: string
): Column {
  const shown = path === '/' ? '' : path
  let server: VendorServer
  let refused: number
  const cfg = (query: string, url: string = server.url, more: Record<string, unknown> = {}) => ({
    ...base(url),
    [queryKey]: query,
    timeout: TIMEOUT,
    ...more
  })
  return {
    name,
    async start() {
      server = await startVendorServer(name, expectEcho)
      refused = await closedPort()
    },
    async stop() {
      await server?.stop()
    },
    scenario(c): Scenario {
      switch (c) {
        case 'a value':
          return { config: cfg('VALUE'), value: 0.042, after: () => expect(server.problems).toEqual([]) }
        case 'no data':
          return { config: cfg('EMPTY') }
        case 'an error from the backend':
          return { config: cfg('ERROR'), detail: new RegExp(`^${name} at http://127\\.0\\.0\\.1:\\d+${shown}: .*(bad query|HTTP 400)`) }
        case 'an unreachable backend':
          return {
            config: cfg('VALUE', `http://127.0.0.1:${refused}`),
            detail: new RegExp(`^${name} at http://127\\.0\\.0\\.1:${refused}${shown}: connection refused$`)
          }
        case 'a backend slower than the timeout':
          return { config: cfg('SLOW') }
        case 'a signal aborted before the call':
          return { config: cfg('VALUE'), signal: aborted }
        case 'a signal aborted while waiting':
          return { config: cfg('SLOW', server.url, { timeout: '20s' }), signal: () => abortWhen(server.nextRequest(path)) }
        case 'a broken setup (unset env, bad working dir)':
          return { config: cfg('VALUE', `{{ env.${UNSET} }}`), detail: new RegExp(`${UNSET}.*not set`) }
        case 'values escaped for where they land':
          return { config: cfg(echoTemplate), context: { version: WEIRD }, value: 1, after: () => expect(server.problems).toEqual([]) }
      }
    }
  }
}

const datadogColumn = () =>
  hostedColumn(
    'datadog',
    (url) => ({ provider: 'datadog', site: url, 'api-key': 'dd-api-key-123', 'app-key': 'dd-app-key-456', window: '5m' }),
    'query',
    '/api/v1/query',
    `ECHO sum:http.errors{track:canary,version:${WEIRD}}`,
    'ECHO sum:http.errors{track:{{ track }},version:{{ version }}}'
  )
const newrelicColumn = () =>
  hostedColumn(
    'newrelic',
    (url) => ({ provider: 'newrelic', endpoint: `${url}/graphql`, 'account-id': 1234567, 'api-key': 'NRAK-TESTKEY' }),
    'query',
    '/graphql',
    `ECHO SELECT percentage(count(*), WHERE error IS true) FROM Transaction WHERE appVersion = '${WEIRD.replace(/\\/g, '\\\\')}' AND track = 'canary'`,
    "ECHO SELECT percentage(count(*), WHERE error IS true) FROM Transaction WHERE appVersion = '{{ version }}' AND track = '{{ track }}'"
  )
// graphite also runs against a real Graphite (carbon-cache + graphite-web) in __tests__/e2e/graphite.test.ts.
const graphiteColumn = () =>
  hostedColumn(
    'graphite',
    (url) => ({ provider: 'graphite', address: url, from: '-5min' }),
    'target',
    '/render',
    `ECHO sumSeries(http.canary.${WEIRD}.errors)`,
    'ECHO sumSeries(http.{{ track }}.{{ version }}.errors)'
  )

const cloudwatchColumn = () =>
  hostedColumn(
    'cloudwatch',
    (url) => ({
      provider: 'cloudwatch',
      region: 'eu-west-1',
      endpoint: url,
      period: 60,
      window: '5m',
      'access-key-id': 'AKIDEXAMPLE',
      'secret-access-key': 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
    }),
    'expression',
    '/',
    `ECHO SELECT AVG(TargetResponseTime) FROM "AWS/ApplicationELB" WHERE TargetGroup = 'canary' AND Version = '${WEIRD}'`,
    `ECHO SELECT AVG(TargetResponseTime) FROM "AWS/ApplicationELB" WHERE TargetGroup = '{{ track }}' AND Version = '{{ version }}'`
  )

// ------------------------------------------------------------------ the contract

const COLUMNS: Column[] = [
  prometheusColumn(),
  httpColumn(),
  commandColumn(),
  influxdbColumn(),
  datadogColumn(),
  newrelicColumn(),
  graphiteColumn(),
  cloudwatchColumn()
]

async function measure(column: Column, s: Scenario): Promise<{ provider: MetricProvider; result: Measurement }> {
  const config = Metric.parse(s.config) as MetricConfig
  const providers = createProviders({ 'the-metric': config }, { runCommand, cwd: s.cwd ?? process.cwd(), baseEnv: s.baseEnv ?? {} })
  const provider = providers.get('the-metric')!
  expect(provider.name).toBe('the-metric')
  const request = { context: { ...CONTEXT, ...s.context }, signal: s.signal?.() }
  const pending = provider.measure(request)
  await expect(pending).resolves.toBeDefined() // never rejects
  return { provider, result: await pending }
}

describe.each(COLUMNS)('the $name provider', (column) => {
  const skip = column.skipReason?.()
  if (skip) {
    // eslint-disable-next-line jest/expect-expect -- a placeholder that makes the skip visible (skip-reporter.cjs counts it)
    test.skip(`${column.name} column skipped: ${skip}`, () => undefined)
    return
  }

  beforeAll(() => column.start(), 90_000)
  afterAll(() => column.stop(), 30_000)

  test.each(CASES)('$name → $kind', async (c) => {
    const s = column.scenario(c.name)
    const { result } = await measure(column, s)
    expect(result.kind).toBe(c.kind)
    if (result.kind === 'value') {
      expect(result.value).toBe(s.value)
    } else {
      expect(result.detail).not.toMatch(/\n/)
      expect(result.detail.length).toBeGreaterThan(0)
      if (c.detail) expect(result.detail).toMatch(c.detail)
      if (s.detail) expect(result.detail).toMatch(s.detail)
    }
    s.after?.()
  })
})
