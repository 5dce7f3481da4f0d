/** `http`: one request whose response matches `expect` (status, a JSON value, latency). */
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateContext, GateOutcome } from './types.js'
import { redact, render } from '../config/template.js'
import { credentialForms } from '../config/secrets.js'
import { formatDuration } from '../config/units.js'
import { select } from '../metrics/jsonpath.js'
import { exchange, renderHeaders, renderUrl } from '../net/http-client.js'
import { toNumber } from '../number.js'

type Config = Extract<GateConfig, { type: 'http' }>
type JsonExpect = NonNullable<Config['expect']['json']>

export interface HttpResponseFacts {
  status: number
  body: string
  latencyMs: number
}

export const httpGate: Gate<Config> = {
  type: 'http',
  readOnly: (config) => config.method === 'GET' || config.method === 'HEAD',
  check: async (config, ctx) => {
    // Header values may hold secrets: they are rendered for the request only, and scrubbed from details.
    const secrets = headerSecrets(config, ctx)
    const called = shownUrl(config.url, ctx)
    try {
      const facts = await request(config, ctx)
      const outcome = judgeResponse(renderExpect(config.expect, ctx), facts)
      return { ...outcome, detail: redact(`${config.method} ${called} → ${outcome.detail}`, secrets) }
    } catch (e) {
      throw new Error(redact(`${config.method} ${called}: ${(e as Error).message}`, secrets), { cause: e })
    }
  }
}

/** The rendered header values and the credentials inside them (a header that fails to render adds nothing). */
function headerSecrets(config: Config, ctx: GateContext): string[] {
  const rendered = renderHeaders(config.headers, ctx.template)
  if (!rendered.ok) return []
  // `Bearer x` keeps its scheme word in details (`Bearer ***`): the credential is x
  const scheme = /^(basic|bearer|token)\s/i
  return [...rendered.value.values()]
    .flatMap((v) => credentialForms(v).filter((f) => f !== v || !scheme.test(v)))
    .filter((v) => v.length >= 3)
}

/**
 * The URL as called, for the report: placeholders filled (the template when they cannot be), user
 * and password removed, and the values of query parameters that look like credentials masked.
 */
export function shownUrl(template: string, ctx: Pick<GateContext, 'template'>): string {
  const url = renderUrl(template, ctx.template)
  if (!url.ok) return template
  try {
    const u = new URL(url.value)
    if (u.username || u.password) [u.username, u.password] = ['', '']
    for (const k of [...u.searchParams.keys()]) if (/token|key|secret|pass|auth|sig|credential/i.test(k)) u.searchParams.set(k, '***')
    return u.toString().replace(/%2A%2A%2A/g, '***')
  } catch {
    return template
  }
}

/** The request through the same HTTP plumbing as the http metric (header checks, credentials, timeouts). */
async function request(config: Config, ctx: GateContext): Promise<HttpResponseFacts> {
  const url = renderUrl(config.url, ctx.template)
  if (!url.ok) throw new Error(url.detail)
  const headers = renderHeaders(config.headers, ctx.template)
  if (!headers.ok) throw new Error(headers.detail)
  const body = config.body === undefined ? undefined : render(config.body, ctx.template, 'none')
  const started = ctx.clock.now()
  const res = await exchange({
    method: config.method,
    url: url.value,
    headers: headers.value,
    body,
    timeoutMs: config.timeout,
    signal: ctx.signal
  })
  if (!res.ok) throw new Error(res.detail)
  return { status: res.value.status, body: res.value.text, latencyMs: ctx.clock.now() - started }
}

/** `expect.json.path` may hold placeholders too. */
function renderExpect(expect: Config['expect'], ctx: GateContext): Config['expect'] {
  return expect.json ? { ...expect, json: { ...expect.json, path: render(expect.json.path, ctx.template, 'none') } } : expect
}

/** Pure verdict on a response: status first, then latency, then the JSON expectation. */
export function judgeResponse(expect: Config['expect'], r: HttpResponseFacts): GateOutcome {
  const took = `in ${formatDuration(r.latencyMs)}`
  if (!statusOk(expect.status, r.status)) {
    return { passed: false, detail: `${r.status} ${took}, expected ${statusText(expect.status)}${snippet(r.body)}` }
  }
  const maxLatency = expect['max-latency']
  if (maxLatency !== undefined && r.latencyMs > maxLatency) {
    return { passed: false, detail: `${r.status} ${took}, slower than max-latency ${formatDuration(maxLatency)}` }
  }
  if (!expect.json) return { passed: true, detail: `${r.status} ${took}` }
  const json = judgeJson(expect.json, r.body)
  return { passed: json.passed, detail: `${r.status} ${took}, ${json.detail}` }
}

function statusOk(expected: number | number[] | undefined, status: number): boolean {
  if (expected === undefined) return status >= 200 && status < 300
  return Array.isArray(expected) ? expected.includes(status) : expected === status
}

function statusText(expected: number | number[] | undefined): string {
  if (expected === undefined) return 'a 2xx status'
  return Array.isArray(expected) ? `one of ${expected.join(', ')}` : String(expected)
}

/** Checks the value at `path` against equals / in / min / max (all given ones must hold). */
export function judgeJson(j: JsonExpect, body: string): GateOutcome {
  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch {
    return { passed: false, detail: `response is not JSON${snippet(body)}` }
  }
  const sel = select(doc, j.path)
  if (!sel.found) return { passed: false, detail: `${j.path} not found: ${sel.detail}` }
  const shown = `${j.path} is ${show(sel.value)}`
  if (j.equals !== undefined && sel.value !== j.equals) return { passed: false, detail: `${shown}, expected ${show(j.equals)}` }
  if (j.in !== undefined && !j.in.some((v) => v === sel.value)) {
    return { passed: false, detail: `${shown}, expected one of ${j.in.map(show).join(', ')}` }
  }
  if (j.min !== undefined || j.max !== undefined) {
    const n = toNumber(sel.value) // a JSON number, or a decimal string (many APIs quote numbers)
    if (n === undefined) return { passed: false, detail: `${shown}, not a number` }
    if (j.min !== undefined && n < j.min) return { passed: false, detail: `${shown}, below min ${j.min}` }
    if (j.max !== undefined && n > j.max) return { passed: false, detail: `${shown}, above max ${j.max}` }
  }
  return { passed: true, detail: shown }
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v)
  return s.length > 80 ? `${s.slice(0, 79)}…` : s
}

function snippet(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim()
  if (!line) return ''
  return `: ${line.length > 120 ? `${line.slice(0, 119)}…` : line}`
}
