import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Gate as GateSchema, type GateConfig } from '../../src/config/schema.js'
import { httpGate, judgeJson, judgeResponse } from '../../src/gates/http.js'
import type { GateContext } from '../../src/gates/types.js'
import { FakeClock, systemClock, type Clock } from '../../src/rollout/clock.js'

type HttpConfig = Extract<GateConfig, { type: 'http' }>
const cfg = (raw: Record<string, unknown>) => GateSchema.parse({ name: 'change-ticket', type: 'http', ...raw }) as HttpConfig

const TOKEN = 's3cr3t-token-value'
let server: Server
let base: string
const seen: { method: string; url: string; authorization?: string; body: string }[] = []

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let b = ''
    req.on('data', (c: Buffer) => (b += c.toString()))
    req.on('end', () => resolve(b))
  })
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const text = await body(req)
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: text })
    const json = (status: number, doc: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(doc))
    }
    const path = (req.url ?? '').split('?')[0]
    const status = /^\/status\/(\d{3})$/.exec(path)
    if (status) return json(Number(status[1]), { status: Number(status[1]) })
    if (path === '/ticket')
      return json(200, {
        status: 'approved',
        risk: 'low',
        depth: 12,
        lag: '3.5',
        hex: '0x10',
        nested: { items: [{ n: 5 }] },
        ok: true,
        none: null
      })
    if (path.startsWith('/echo-denied/')) return json(401, { error: `bad credentials ${req.headers.authorization}` })
    if (path === '/text') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      return res.end('all good')
    }
    if (path === '/slow') return void setTimeout(() => json(200, { ok: true }), 300)
    json(200, { path })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

/** The detail names the URL as called: the test server's address where the table says {{ env.BASE }}. */
const called = (detail: string) => detail.replace('{{ env.BASE }}', base)

function context(clock: Clock = new FakeClock(), signal = new AbortController().signal): GateContext {
  return {
    clock,
    signal,
    template: {
      env: { BASE: base, TOKEN, TICKET: 'CHG 42/7' },
      track: 'stable',
      version: 'v1.2.3',
      environment: 'production',
      service: 'checkout-api',
      sha: 'abc1234',
      weight: 0
    },
    runCommand: () => Promise.reject(new Error('the http gate runs no commands')),
    commandEnv: {},
    workspace: process.cwd(),
    metrics: new Map(),
    environment: 'production'
  }
}

const check = (raw: Record<string, unknown>, ctx = context()) => httpGate.check(cfg(raw), ctx)

describe('http gate against a real server', () => {
  test.each([
    ['default: any 2xx passes', '/status/204', {}, true, 'GET {{ env.BASE }}/status/204 → 204 in 0ms'],
    ['default: 503 fails', '/status/503', {}, false, 'GET {{ env.BASE }}/status/503 → 503 in 0ms, expected a 2xx status: {"status":503}'],
    ['a number', '/status/404', { status: 404 }, true, 'GET {{ env.BASE }}/status/404 → 404 in 0ms'],
    [
      'a number, not matched',
      '/status/200',
      { status: 201 },
      false,
      'GET {{ env.BASE }}/status/200 → 200 in 0ms, expected 201: {"status":200}'
    ],
    ['a list', '/status/202', { status: [200, 202] }, true, 'GET {{ env.BASE }}/status/202 → 202 in 0ms'],
    [
      'a list, not matched',
      '/status/500',
      { status: [200, 202] },
      false,
      'GET {{ env.BASE }}/status/500 → 500 in 0ms, expected one of 200, 202: {"status":500}'
    ]
  ])('status — %s', async (_name, path, expect_, passed, detail) => {
    expect(await check({ url: `{{ env.BASE }}${path}`, expect: expect_ })).toEqual({ passed, detail: called(detail) })
  })

  test.each([
    ['equals', { path: '$.status', equals: 'approved' }, true, '$.status is "approved"'],
    ['equals, not', { path: '$.status', equals: 'rejected' }, false, '$.status is "approved", expected "rejected"'],
    ['equals a boolean', { path: '$.ok', equals: true }, true, '$.ok is true'],
    ['equals null', { path: '$.none', equals: null }, true, '$.none is null'],
    ['equals compares types', { path: '$.depth', equals: '12' }, false, '$.depth is 12, expected "12"'],
    ['in', { path: '$.risk', in: ['low', 'medium'] }, true, '$.risk is "low"'],
    ['in, not', { path: '$.risk', in: ['none'] }, false, '$.risk is "low", expected one of "none"'],
    ['min', { path: '$.depth', min: 10 }, true, '$.depth is 12'],
    ['min, below', { path: '$.depth', min: 20 }, false, '$.depth is 12, below min 20'],
    ['max, above', { path: '$.nested.items[0].n', max: 4 }, false, '$.nested.items[0].n is 5, above max 4'],
    ['min and max', { path: '$.nested.items[0].n', min: 1, max: 5 }, true, '$.nested.items[0].n is 5'],
    ['a quoted number counts as a number', { path: '$.lag', max: 5 }, true, '$.lag is "3.5"'],
    ['a string is not a number', { path: '$.status', max: 5 }, false, '$.status is "approved", not a number'],
    ['a hex string is not a number (the one notion of src/number.ts)', { path: '$.hex', max: 100 }, false, '$.hex is "0x10", not a number'],
    ['a missing path', { path: '$.approver', equals: 'bob' }, false, '$.approver not found: $ has no "approver"']
  ])('json — %s', async (_name, json, passed, detail) => {
    expect(await check({ url: '{{ env.BASE }}/ticket', expect: { json } })).toEqual({
      passed,
      detail: `GET ${base}/ticket → 200 in 0ms, ${detail}`
    })
  })

  test('a body that is not JSON fails the json expectation', async () => {
    expect(await check({ url: '{{ env.BASE }}/text', expect: { json: { path: '$.ok', equals: true } } })).toEqual({
      passed: false,
      detail: `GET ${base}/text → 200 in 0ms, response is not JSON: all good`
    })
  })

  test('max-latency is measured on the clock: a 300 ms response fails a 100ms limit on the real clock', async () => {
    const out = await check({ url: '{{ env.BASE }}/slow', expect: { 'max-latency': '100ms' } }, context(systemClock))
    expect(out.passed).toBe(false)
    expect(out.detail).toMatch(new RegExp(`^GET ${base}/slow → 200 in \\d+ms, slower than max-latency 100ms$`))
  })

  test('…and passes on a clock that does not move', async () => {
    expect(await check({ url: '{{ env.BASE }}/slow', expect: { 'max-latency': '100ms' } })).toEqual({
      passed: true,
      detail: `GET ${base}/slow → 200 in 0ms`
    })
  })

  test('renders the URL (values percent-encoded), headers and body; header values never reach the detail', async () => {
    seen.length = 0
    const out = await check({
      url: '{{ env.BASE }}/echo-denied/{{ env.TICKET }}?v={{ version }}',
      method: 'POST',
      headers: { Authorization: 'Bearer {{ env.TOKEN }}' },
      body: '{"service":"{{ service }}","sha":"{{ sha }}"}'
    })
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/echo-denied/CHG%2042%2F7?v=v1.2.3',
        authorization: `Bearer ${TOKEN}`,
        body: '{"service":"checkout-api","sha":"abc1234"}'
      }
    ])
    expect(out.passed).toBe(false)
    expect(out.detail).not.toContain(TOKEN)
    expect(out.detail).toBe(
      `POST ${base}/echo-denied/CHG%2042%2F7?v=v1.2.3 → 401 in 0ms, expected a 2xx status: {"error":"bad credentials Bearer ***"}`
    )
  })

  test('the detail shows the URL called, without user, password or credential-like query values', async () => {
    const withUser = base.replace('http://', 'http://ops:hunter2@')
    const out = await check({ url: `${withUser}/status/204?token={{ env.TOKEN }}&page=2` })
    expect(out).toEqual({ passed: true, detail: `GET ${base}/status/204?token=***&page=2 → 204 in 0ms` })
  })

  test('an unset env placeholder throws (the runner records it as a failure)', async () => {
    const err = await check({ url: '{{ env.NOT_SET_ANYWHERE }}/x' }).catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).message).toBe(
      'GET {{ env.NOT_SET_ANYWHERE }}/x: environment variable NOT_SET_ANYWHERE (used as {{ env.NOT_SET_ANYWHERE }}) is not set'
    )
  })

  test('a refused connection throws with the URL as configured', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((r) => closed.close(() => r()))
    await expect(check({ url: `http://127.0.0.1:${port}/health` })).rejects.toThrow(
      `GET http://127.0.0.1:${port}/health: connection refused`
    )
  })

  test('the gate signal aborts the request', async () => {
    const ac = new AbortController()
    const pending = check({ url: '{{ env.BASE }}/slow' }, context(systemClock, ac.signal))
    ac.abort(new Error('timed out after 2m'))
    await expect(pending).rejects.toThrow(`GET ${base}/slow: cancelled`)
  })

  test.each([
    ['GET', true],
    ['HEAD', true],
    ['POST', false]
  ])('%s is read-only: %s', (method, readOnly) => {
    expect(httpGate.readOnly(cfg({ url: 'https://x', method }), { metrics: new Map() })).toBe(readOnly)
  })
})

describe('judgeResponse (pure)', () => {
  test('status is judged before latency, latency before json', () => {
    const expect_ = cfg({ url: 'u', expect: { status: 200, 'max-latency': '1s', json: { path: '$.a', equals: 1 } } }).expect
    expect(judgeResponse(expect_, { status: 500, body: '', latencyMs: 5000 })).toEqual({ passed: false, detail: '500 in 5s, expected 200' })
    expect(judgeResponse(expect_, { status: 200, body: '{"a":2}', latencyMs: 5000 })).toEqual({
      passed: false,
      detail: '200 in 5s, slower than max-latency 1s'
    })
    expect(judgeResponse(expect_, { status: 200, body: '{"a":2}', latencyMs: 1000 })).toEqual({
      passed: false,
      detail: '200 in 1s, $.a is 2, expected 1'
    })
    expect(judgeResponse(expect_, { status: 200, body: '{"a":1}', latencyMs: 999 })).toEqual({
      passed: true,
      detail: '200 in 999ms, $.a is 1'
    })
  })

  test('a long value is shortened in the detail', () => {
    const out = judgeJson({ path: '$.a', equals: 'x' }, JSON.stringify({ a: 'y'.repeat(200) }))
    expect(out.passed).toBe(false)
    expect(out.detail.length).toBeLessThan(120)
  })
})

describe('http gate: placeholders in expect.json.path are rendered', () => {
  test('$.services[{{ environment }}]-style paths select with the rendered value', async () => {
    const server = createServer((_req, res) => res.end(JSON.stringify({ status: { production: 'approved', staging: 'open' } })))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
      const out = await check({ url, expect: { json: { path: "$.status['{{ environment }}']", equals: 'approved' } } })
      expect(out).toMatchObject({ passed: true })
      expect(out.detail).toContain(`$.status['production'] is "approved"`)
    } finally {
      server.close()
    }
  })
})
