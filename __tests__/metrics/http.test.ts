/** The http metric provider against a real node:http server on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Metric } from '../../src/config/schema.js'
import { getEventListeners } from 'node:events'
import { httpProvider, type HttpMetricConfig } from '../../src/metrics/http.js'
import { toNumber } from '../../src/number.js'
import { requestDeadline } from '../../src/net/http-client.js'
import type { TemplateContext } from '../../src/metrics/types.js'
import { sendJson, sendText, startServer, type TestServer } from '../../__fixtures__/metrics/servers.js'

const CONTEXT: TemplateContext = {
  env: {},
  track: 'stable',
  version: 'v2',
  environment: 'production',
  service: 'checkout-api',
  sha: 'abc1234',
  weight: 50
}

let server: TestServer
/** What /doc answers, set per test. */
let doc: unknown
beforeAll(async () => {
  server = await startServer((req, res) => {
    switch (req.url.pathname) {
      case '/doc':
        return sendJson(res, 200, doc)
      case '/echo':
        return sendJson(res, 200, {
          method: req.method,
          body: req.body,
          contentType: req.headers['content-type'] ?? null,
          parsed: tryParse(req.body)
        })
      case '/html':
        return sendText(res, 200, 'text/html', '<html>login</html>')
      case '/redirect':
        res.writeHead(302, { location: '/doc' })
        res.end()
        return
      default:
        return sendJson(res, 404, { error: 'not found' })
    }
  })
})
afterAll(() => server.stop())

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

function config(more: Record<string, unknown>): HttpMetricConfig {
  return Metric.parse({ provider: 'http', url: `${server.url}/doc`, value: '$.v', ...more }) as HttpMetricConfig
}
const measure = (more: Record<string, unknown>, context: Partial<TemplateContext> = {}) =>
  httpProvider('queue-depth', config(more)).measure({ context: { ...CONTEXT, ...context } })

describe('the value at the JSON path', () => {
  test.each([
    { name: 'a number', v: 12.5, want: { kind: 'value', value: 12.5 } },
    { name: 'zero', v: 0, want: { kind: 'value', value: 0 } },
    { name: 'a negative number', v: -3, want: { kind: 'value', value: -3 } },
    { name: 'a numeric string', v: '12.5', want: { kind: 'value', value: 12.5 } },
    { name: 'a numeric string with spaces', v: ' 7 ', want: { kind: 'value', value: 7 } },
    { name: 'an exponent string', v: '1e3', want: { kind: 'value', value: 1000 } },
    { name: 'a word', v: 'twelve', want: { kind: 'error', detail: expect.stringMatching(/\$\.v is the string "twelve", not a number$/) } },
    { name: 'an empty string', v: '', want: { kind: 'error', detail: expect.stringMatching(/not a number/) } },
    { name: 'a hex string', v: '0x10', want: { kind: 'error', detail: expect.stringMatching(/not a number/) } },
    { name: 'the string NaN', v: 'NaN', want: { kind: 'error', detail: expect.stringMatching(/not a number/) } },
    { name: 'the string Infinity', v: 'Infinity', want: { kind: 'error', detail: expect.stringMatching(/not a number/) } },
    { name: 'a boolean', v: true, want: { kind: 'error', detail: expect.stringMatching(/is boolean true, not a number/) } },
    { name: 'null', v: null, want: { kind: 'error', detail: expect.stringMatching(/is null, not a number/) } },
    { name: 'an object', v: { depth: 3 }, want: { kind: 'error', detail: expect.stringMatching(/is an object, not a number/) } },
    { name: 'an array', v: [3], want: { kind: 'error', detail: expect.stringMatching(/is an array, not a number/) } }
  ])('$name', async ({ v, want }) => {
    doc = { v }
    expect(await measure({})).toEqual(want)
  })

  test('a missing path is no data', async () => {
    doc = { other: 1 }
    expect(await measure({})).toEqual({
      kind: 'no-data',
      detail: expect.stringMatching(/^http at http:\/\/127\.0\.0\.1:\d+\/doc: \$ has no "v"$/)
    })
  })

  test('a path into an array, with a rendered key', async () => {
    doc = { queues: [{ stable: { depth: 4 }, canary: { depth: 9 } }] }
    expect(await measure({ value: "$.queues[0]['{{ track }}'].depth" })).toEqual({ kind: 'value', value: 4 })
    expect(await measure({ value: "$.queues[-1]['{{ track }}'].depth" }, { track: 'canary' })).toEqual({ kind: 'value', value: 9 })
  })

  test('a malformed path is an error, not missing data', async () => {
    doc = { v: 1 }
    expect(await measure({ value: 'v' })).toEqual({ kind: 'error', detail: expect.stringMatching(/must start with \$/) })
  })
})

describe('the exchange', () => {
  test('POST sends the rendered body, as JSON unless a content-type is given', async () => {
    const m = await httpProvider(
      'm',
      config({ url: `${server.url}/echo`, method: 'POST', body: '{"track":"{{ track }}","weight":{{ weight }}}', value: '$.parsed.weight' })
    ).measure({ context: CONTEXT })
    expect(m).toEqual({ kind: 'value', value: 50 })
    const req = server.received.at(-1)!
    expect(req).toMatchObject({ method: 'POST', body: '{"track":"stable","weight":50}' })
    expect(req.headers['content-type']).toBe('application/json')
    await measure({
      url: `${server.url}/echo`,
      method: 'POST',
      body: 'x={{ version }}',
      headers: { 'Content-Type': 'text/plain' },
      value: '$.body'
    })
    expect(server.received.at(-1)!.headers['content-type']).toBe('text/plain')
  })

  test('GET by default, with rendered headers', async () => {
    doc = { v: 1 }
    await measure(
      { headers: { Authorization: 'Bearer {{ env.OPS_TOKEN }}', 'X-Service': '{{ service }}' } },
      { env: { OPS_TOKEN: 'tok-123' } }
    )
    const req = server.received.at(-1)!
    expect(req.method).toBe('GET')
    expect(req.headers).toMatchObject({ authorization: 'Bearer tok-123', 'x-service': 'checkout-api' })
  })

  test('placeholders in the URL are percent-encoded, a leading one is the base address', async () => {
    doc = { v: 5 }
    const m = await measure(
      { url: '{{ env.OPS_URL }}/doc?service={{ service }}&version={{ version }}' },
      { env: { OPS_URL: server.url }, version: 'a b&c=d/e' }
    )
    expect(m).toEqual({ kind: 'value', value: 5 })
    expect(server.received.at(-1)!.rawUrl).toBe('/doc?service=checkout-api&version=a%20b%26c%3Dd%2Fe')
  })

  test('redirects are followed', async () => {
    doc = { v: 8 }
    expect(await measure({ url: `${server.url}/redirect` })).toEqual({ kind: 'value', value: 8 })
  })

  test.each([
    { name: 'a non-2xx status', path: '/nowhere', detail: /^http at http:\/\/127\.0\.0\.1:\d+\/nowhere: HTTP 404 Not Found$/ },
    { name: 'a response that is not JSON', path: '/html', detail: /: the response is not JSON \(text\/html, 18 bytes\)$/ }
  ])('$name is an error', async ({ path, detail }) => {
    expect(await measure({ url: `${server.url}${path}` })).toEqual({ kind: 'error', detail: expect.stringMatching(detail) })
  })

  test('header values never appear in details, even when refused', async () => {
    const m = await measure({ headers: { 'X-Token': '{{ env.T }}' } }, { env: { T: 'abc\ndef-secret' } })
    expect(m).toEqual({ kind: 'error', detail: expect.stringMatching(/header "X-Token" contains a line break/) })
    expect(JSON.stringify(m)).not.toContain('secret')
  })
})

describe('each request lets go of its deadline when it is over (a 4 h watch makes thousands)', () => {
  test('many measurements under one long-lived signal leave no listener on it', async () => {
    doc = { v: 2 }
    const watch = new AbortController()
    const provider = httpProvider('m', config({ timeout: '30s' }))
    for (let i = 0; i < 20; i++)
      expect(await provider.measure({ context: CONTEXT, signal: watch.signal })).toEqual({ kind: 'value', value: 2 })
    expect(await provider.measure({ context: CONTEXT, signal: watch.signal })).toEqual({ kind: 'value', value: 2 })
    expect(getEventListeners(watch.signal, 'abort')).toHaveLength(0)
  })

  test('the deadline aborts with a TimeoutError when the time is up', async () => {
    const d = requestDeadline(5)
    await new Promise((r) => d.signal.addEventListener('abort', r))
    expect((d.signal.reason as Error).name).toBe('TimeoutError')
    d.release()
  })

  test("the caller's abort reaches the request, with the caller's reason", () => {
    const outer = new AbortController()
    const d = requestDeadline(30_000, outer.signal)
    outer.abort(new Error('stop'))
    expect(d.signal.aborted).toBe(true)
    expect((d.signal.reason as Error).message).toBe('stop')
    d.release()
  })

  test('once released, neither the timer nor the caller aborts it, and the caller keeps no listener', async () => {
    const outer = new AbortController()
    const d = requestDeadline(5, outer.signal)
    d.release()
    expect(getEventListeners(outer.signal, 'abort')).toHaveLength(0)
    await new Promise((r) => setTimeout(r, 30))
    outer.abort()
    expect(d.signal.aborted).toBe(false)
  })
})

describe('toNumber', () => {
  test.each([
    [1, 1],
    ['1', 1],
    ['-0.5', -0.5],
    ['.5', 0.5],
    ['+2E2', 200],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ['1,5', undefined],
    ['1 2', undefined],
    ['', undefined],
    [undefined, undefined],
    [false, undefined]
  ])('%p → %p', (input, want) => {
    expect(toNumber(input)).toBe(want)
  })
})
