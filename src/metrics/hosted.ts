/**
 * What the influxdb, graphite, datadog and newrelic providers share: render the request, send it
 * under the provider's timeout and the caller's signal, parse the JSON answer, and turn every
 * failure into one line that names the backend (never a credential or a query string).
 */
import { render } from '../config/template.js'
import { CANCELLED, displayUrl, errorText, exchange, renderHeaders, renderUrl } from '../net/http-client.js'
import type { Measurement, TemplateContext } from './types.js'
import { toNumber } from '../number.js'

export interface HostedRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
}

/** Throws (with a one-line message) when the request cannot be built; the caller makes it an error measurement. */
export type Build = (ctx: TemplateContext) => HostedRequest
export type Interpret = (body: unknown, status: number) => Measurement

export async function measureHosted(
  what: string,
  timeoutMs: number,
  build: Build,
  interpret: Interpret,
  ctx: TemplateContext,
  signal?: AbortSignal
): Promise<Measurement> {
  if (signal?.aborted) return { kind: 'error', detail: CANCELLED }
  let req: HostedRequest
  try {
    req = build(ctx)
  } catch (e) {
    return { kind: 'error', detail: `${what}: ${errorText(e)}` }
  }
  const where = `${what} at ${displayUrl(req.url).replace(/\/+$/, '')}`
  const headers = new Headers(req.headers)
  if (req.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json')
  const res = await exchange({ method: req.method, url: req.url, headers, body: req.body, timeoutMs, signal })
  if (!res.ok) return { kind: 'error', detail: res.detail === CANCELLED ? CANCELLED : `${where}: ${res.detail}` }
  let body: unknown
  try {
    body = JSON.parse(res.value.text)
  } catch {
    const status = res.value.status >= 200 && res.value.status <= 299 ? '' : `HTTP ${res.value.status}: `
    return { kind: 'error', detail: `${where}: ${status}the answer is not JSON (${res.value.contentType || 'no content-type'})` }
  }
  const m = interpret(body, res.value.status)
  return m.kind === 'value' ? m : { kind: m.kind, detail: `${where}: ${m.detail}` }
}

/** A URL template rendered and checked, with `path` appended to its path (query string kept). */
export function endpoint(template: string, ctx: TemplateContext, path: string, params: Record<string, string>): string {
  const base = renderUrl(template, ctx)
  if (!base.ok) throw new Error(base.detail)
  const u = new URL(base.value)
  if (path) u.pathname = `${u.pathname.replace(/\/+$/, '')}${path}`
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v)
  return u.toString()
}

export function headersOf(headers: Record<string, string> | undefined, ctx: TemplateContext): Record<string, string> {
  const h = renderHeaders(headers, ctx)
  if (!h.ok) throw new Error(h.detail)
  return Object.fromEntries(h.value.entries())
}

/** A secret-bearing template rendered verbatim (errors name the field, never the value). */
export function credential(template: string, ctx: TemplateContext, field: string): string {
  try {
    return render(template, ctx, 'none')
  } catch (e) {
    throw new Error(`${field}: ${errorText(e)}`)
  }
}

/**
 * A query template with every placeholder value escaped for a single-quoted string literal
 * (InfluxQL, NRQL): backslash and quote are escaped, so a value cannot end the literal.
 */
export function renderQuoted(template: string, ctx: TemplateContext): string {
  const q = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")
  const env = new Proxy(ctx.env, { get: (t, k: string) => (typeof t[k] === 'string' ? q(t[k] as string) : t[k]) })
  return render(
    template,
    { ...ctx, env, version: q(ctx.version), environment: q(ctx.environment), service: q(ctx.service), sha: q(ctx.sha) },
    'none'
  )
}

/** The last non-null number of `points` (pairs whose number sits at `at`). */
export function lastValue(points: unknown, at: 0 | 1): Measurement {
  if (!Array.isArray(points)) return { kind: 'error', detail: 'malformed series' }
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i] as unknown[]
    const v = Array.isArray(p) ? p[at] : undefined
    if (v === null || v === undefined) continue
    const n = toNumber(v)
    return n === undefined ? { kind: 'error', detail: `the last point is ${JSON.stringify(v)}, not a number` } : { kind: 'value', value: n }
  }
  return { kind: 'no-data', detail: 'the series has no non-null point in the window' }
}
