/**
 * Parsing specifics of the prometheus provider: recorded answers of a real Prometheus (pure
 * table), the same queries against a live Prometheus, and what is sent (URL, headers) to a
 * real node:http server standing in for Prometheus.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Metric } from '../../src/config/schema.js'
import { interpret, prometheusProvider, queryUrl, type PrometheusMetricConfig } from '../../src/metrics/prometheus.js'
import type { Measurement, TemplateContext } from '../../src/metrics/types.js'
import { sendJson, sendText, startServer, type TestServer } from '../../__fixtures__/metrics/servers.js'
import { ROOT, stackSkipReason, startStack, type Stack } from '../support/stack.js'

jest.setTimeout(30_000)

const FIXTURES = join(ROOT, '__fixtures__', 'metrics', 'prometheus')
const CONTEXT: TemplateContext = {
  env: {},
  track: 'canary',
  version: 'v1',
  environment: 'production',
  service: 'sample-service',
  sha: 'abc1234',
  weight: 5
}

interface Recorded {
  query: string
  status: number
  contentType: string
  body: unknown
}
const recorded = (name: string): Recorded => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Recorded

function config(more: Record<string, unknown>): PrometheusMetricConfig {
  return Metric.parse({ provider: 'prometheus', address: '{{ env.PROM_URL }}', query: 'vector(1)', ...more }) as PrometheusMetricConfig
}

/** Every recorded answer and what it must become. */
const PARSING: { fixture: string; expect: Measurement | { kind: Measurement['kind']; detail: RegExp } }[] = [
  { fixture: 'vector-one', expect: { kind: 'value', value: 2 } },
  { fixture: 'vector-empty', expect: { kind: 'no-data', detail: /^query returned no series$/ } },
  { fixture: 'vector-many', expect: { kind: 'error', detail: /^query returned 2 series; aggregate it to one, e\.g\. with sum\(\)$/ } },
  { fixture: 'vector-nan', expect: { kind: 'no-data', detail: /NaN/ } },
  { fixture: 'scalar-nan', expect: { kind: 'no-data', detail: /NaN/ } },
  { fixture: 'vector-inf', expect: { kind: 'error', detail: /\+Inf/ } },
  { fixture: 'vector-neg-inf', expect: { kind: 'error', detail: /-Inf/ } },
  { fixture: 'scalar', expect: { kind: 'value', value: 2 } },
  { fixture: 'matrix', expect: { kind: 'error', detail: /returned a matrix; it must return one number/ } },
  { fixture: 'string', expect: { kind: 'error', detail: /returned a string/ } },
  {
    fixture: 'error-bad-data',
    expect: { kind: 'error', detail: /^bad_data: invalid parameter "query": 1:15: parse error: unclosed left parenthesis \(HTTP 400\)$/ }
  },
  {
    fixture: 'error-execution',
    expect: { kind: 'error', detail: /^execution: found duplicate series .*many-to-many matching not allowed.* \(HTTP 422\)$/ }
  },
  { fixture: 'vector-native-histogram', expect: { kind: 'error', detail: /native histogram/ } }
]

describe('interpret (recorded answers of a real Prometheus)', () => {
  test('the table covers every recorded fixture', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
    expect(PARSING.map((p) => p.fixture).sort()).toEqual(files.sort())
  })

  test.each(PARSING)('$fixture', ({ fixture, expect: want }) => {
    const r = recorded(fixture)
    const m = interpret({ status: r.status, statusText: '', contentType: r.contentType, text: JSON.stringify(r.body) })
    if ('detail' in want && want.detail instanceof RegExp) {
      expect(m.kind).toBe(want.kind)
      expect(m.kind !== 'value' && m.detail).toMatch(want.detail)
    } else {
      expect(m).toEqual(want)
    }
  })

  test.each([
    { name: 'a proxy error page', status: 502, text: '<html>Bad Gateway</html>', detail: /^HTTP 502 Bad Gateway$/ },
    { name: 'JSON that is not a query answer', status: 200, text: '{"hello":"world"}', detail: /not a Prometheus query response/ },
    { name: 'not JSON at all', status: 200, text: 'ok', detail: /not a Prometheus query response/ },
    {
      name: 'an unparsable sample',
      status: 200,
      text: JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1, 'twelve'] } }),
      detail: /unparsable sample value "twelve"/
    },
    {
      name: 'a malformed vector',
      status: 200,
      text: JSON.stringify({ status: 'success', data: { resultType: 'vector', result: {} } }),
      detail: /malformed vector/
    }
  ])('$name → error', ({ status, text, detail }) => {
    const m = interpret({ status, statusText: status === 502 ? 'Bad Gateway' : 'OK', contentType: 'text/html', text })
    expect(m.kind).toBe('error')
    expect(m.kind === 'error' && m.detail).toMatch(detail)
  })
})

describe('queryUrl', () => {
  test.each([
    { address: 'http://prom:9090', want: 'http://prom:9090/api/v1/query?query=sum%28up%29' },
    { address: 'http://prom:9090/', want: 'http://prom:9090/api/v1/query?query=sum%28up%29' },
    { address: 'https://ops.example.com/prometheus/', want: 'https://ops.example.com/prometheus/api/v1/query?query=sum%28up%29' },
    {
      address: 'https://ops.example.com/prometheus?tenant=a',
      want: 'https://ops.example.com/prometheus/api/v1/query?tenant=a&query=sum%28up%29'
    }
  ])('$address', ({ address, want }) => {
    expect(queryUrl(address, 'sum(up)')).toBe(want)
  })
})

// ------------------------------------------------------------------ a live Prometheus

const skip = stackSkipReason()
describe('against a live Prometheus scraping the sample service', () => {
  if (skip) {
    // eslint-disable-next-line jest/expect-expect -- a placeholder that makes the skip visible (skip-reporter.cjs counts it)
    test.skip(`skipped: ${skip}`, () => undefined)
    return
  }
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ maxSeconds: 300 })
  }, 90_000)
  afterAll(() => stack?.stop(), 30_000)

  const measure = (query: string, context: Partial<TemplateContext> = {}) =>
    prometheusProvider('m', config({ query })).measure({ context: { ...CONTEXT, env: { PROM_URL: stack.promUrl }, ...context } })

  test.each([
    { query: 'vector(42)', want: { kind: 'value', value: 42 } },
    { query: '1 + 1', want: { kind: 'value', value: 2 } },
    { query: 'scalar(sum(up{job="stagegate-sample"}))', want: { kind: 'value', value: 2 } },
    { query: 'sum(up{job="stagegate-sample"})', want: { kind: 'value', value: 2 } },
    {
      query: 'up{job="stagegate-sample"}',
      want: { kind: 'error', detail: expect.stringMatching(/: query returned 2 series; aggregate it to one/) }
    },
    { query: '0 / 0', want: { kind: 'no-data', detail: expect.stringMatching(/NaN/) } },
    { query: 'vector(1) / 0', want: { kind: 'error', detail: expect.stringMatching(/\+Inf/) } },
    { query: 'vector(-1) / 0', want: { kind: 'error', detail: expect.stringMatching(/-Inf/) } },
    { query: 'up{job="stagegate-sample"}[10s]', want: { kind: 'error', detail: expect.stringMatching(/matrix/) } },
    {
      query: 'up + on() up',
      want: { kind: 'error', detail: expect.stringMatching(/^prometheus at http:\/\/127\.0\.0\.1:\d+: execution: .*many-to-many/) }
    },
    {
      query: 'label_replace(vector(1), "a", "x", "b", "(")',
      want: { kind: 'error', detail: expect.stringMatching(/: execution: invalid regular expression in label_replace\(\)/) }
    }
  ])('$query', async ({ query, want }) => {
    expect(await measure(query)).toEqual(want)
  })

  test('an error ratio with no traffic yet is NaN, which is no data', async () => {
    const rate = 'sum(rate(http_requests_total{track="{{ track }}"}[1m]))'
    await stack.waitForQuery(rate.replace('{{ track }}', 'canary'), (v) => v === 0) // two scrapes, no requests
    const ratio = `sum(rate(http_requests_total{track="{{ track }}",code=~"5.."}[1m])) / ${rate}`
    expect(await measure(ratio)).toEqual({ kind: 'no-data', detail: expect.stringMatching(/NaN/) })
  })

  test('sum() of the sample service counters follows real requests', async () => {
    for (let i = 0; i < 7; i++) expect((await fetch(stack.canaryUrl)).status).toBe(200)
    const counter = 'sum(http_requests_total{track="{{ track }}",code="200"})'
    await stack.waitForQuery(counter.replace('{{ track }}', 'canary'), (v) => v === 7)
    expect(await measure(counter)).toEqual({ kind: 'value', value: 7 })
    expect(await measure(counter, { track: 'stable' })).toEqual({ kind: 'value', value: 0 })
  })
})

// ------------------------------------------------------------------ what is sent

describe('what the provider sends', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url.pathname === '/prom/api/v1/query' && req.headers.authorization === 'Bearer s3cret-token') {
        return sendJson(res, 200, recorded('vector-one').body)
      }
      if (req.url.pathname === '/prom/api/v1/query') return sendText(res, 401, 'text/plain', 'unauthorized: bad token')
      return sendText(res, 404, 'text/html', '<html>not here</html>')
    })
  })
  afterAll(() => server.stop())

  const run = (cfg: Record<string, unknown>, env: Record<string, string> = {}, context: Partial<TemplateContext> = {}) =>
    prometheusProvider('m', config(cfg)).measure({ context: { ...CONTEXT, ...context, env: { PROM_URL: `${server.url}/prom/`, ...env } } })

  test('GET <address>/api/v1/query with the PromQL-escaped query and rendered headers', async () => {
    const m = await run(
      {
        query: 'sum(x{version="{{ version }}",env="{{ environment }}"})',
        headers: { Authorization: 'Bearer {{ env.TOKEN }}', 'X-Track': '{{ track }}' }
      },
      { TOKEN: 's3cret-token' }
    )
    expect(m).toEqual({ kind: 'value', value: 2 })
    const req = server.received.at(-1)!
    expect(req.method).toBe('GET')
    expect(req.url.pathname).toBe('/prom/api/v1/query')
    expect(req.headers['x-track']).toBe('canary')
    expect(req.url.searchParams.get('query')).toBe('sum(x{version="v1",env="production"})')
  })

  test('a version with quotes and backslashes stays inside its PromQL string', async () => {
    const m = await run({ query: 'x{v="{{ version }}"}', headers: { Authorization: 'Bearer s3cret-token' } }, {}, { version: 'a"b\\c\n&d' })
    expect(m.kind).toBe('value')
    const sent = server.received.at(-1)!.url.searchParams.get('query')
    expect(sent).toBe('x{v="a\\"b\\\\c\\n&d"}')
  })

  test('a rejected token: the status and Prometheus text, never the header value', async () => {
    const m = await run({ headers: { Authorization: 'Bearer {{ env.TOKEN }}' } }, { TOKEN: 'wrong-token-value' })
    expect(m).toEqual({
      kind: 'error',
      detail: expect.stringMatching(/^prometheus at http:\/\/127\.0\.0\.1:\d+\/prom: HTTP 401 Unauthorized$/)
    })
    expect(JSON.stringify(m)).not.toContain('wrong-token-value')
  })

  test.each([
    { name: 'a CR/LF in a rendered header value', value: 'x\r\nX-Injected: 1', detail: /header "Authorization" contains a line break/ },
    { name: 'a header value outside Latin-1', value: 'token-☃-value', detail: /header "Authorization" is not a valid HTTP header/ }
  ])('$name is refused before anything is sent, without the value', async ({ value, detail }) => {
    const before = server.received.length
    const m = await run({ headers: { Authorization: '{{ env.TOKEN }}' } }, { TOKEN: value })
    expect(m).toEqual({ kind: 'error', detail: expect.stringMatching(detail) })
    expect(JSON.stringify(m)).not.toContain(value.slice(0, 8))
    expect(server.received.length).toBe(before)
  })

  test('credentials in the address become basic auth; details show neither them nor the query string', async () => {
    const m = await run({ address: `${server.url.replace('//', '//user:pw-secret@')}/elsewhere?token=q-secret` })
    expect(m).toEqual({ kind: 'error', detail: expect.stringMatching(/^prometheus at http:\/\/127\.0\.0\.1:\d+\/elsewhere: HTTP 404/) })
    expect(JSON.stringify(m)).not.toMatch(/secret/)
    const req = server.received.at(-1)!
    expect(req.rawUrl).toBe('/elsewhere/api/v1/query?token=q-secret&query=vector%281%29')
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from('user:pw-secret').toString('base64')}`)
  })

  test.each([
    { address: 'not a url', detail: /^prometheus address: invalid URL "not a url"$/ },
    { address: 'ftp://127.0.0.1/', detail: /not http or https/ }
  ])('address "$address" is an error', async ({ address, detail }) => {
    expect(await run({ address })).toEqual({ kind: 'error', detail: expect.stringMatching(detail) })
  })
})
