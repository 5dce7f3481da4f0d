/**
 * The `http` metric provider: GET or POST a URL, pick a number out of the JSON answer with a
 * JSON path. Never throws (the HTTP client lives in net/http-client.ts).
 */
import type { MetricConfig } from '../config/schema.js'
import { render } from '../config/template.js'
import { parsePath, select } from './jsonpath.js'
import type { Measurement, MetricProvider, TemplateContext } from './types.js'
import { CANCELLED, displayUrl, errorText, exchange, renderHeaders, renderUrl, type Exchange, type Result } from '../net/http-client.js'
import { neverThrows } from './provider-kit.js'
import { toNumber } from '../number.js'

export type HttpMetricConfig = Extract<MetricConfig, { provider: 'http' }>

export function httpProvider(name: string, cfg: HttpMetricConfig): MetricProvider {
  return neverThrows(name, true, 'http metric', ({ context, signal }) => measureHttp(cfg, context, signal))
}

async function measureHttp(cfg: HttpMetricConfig, context: TemplateContext, signal?: AbortSignal): Promise<Measurement> {
  if (signal?.aborted) return { kind: 'error', detail: CANCELLED }
  const url = renderUrl(cfg.url, context)
  if (!url.ok) return { kind: 'error', detail: `http metric: ${url.detail}` }
  const where = `http at ${displayUrl(url.value)}`
  const prepared = prepareRequest(cfg, context)
  if (!prepared.ok) return { kind: 'error', detail: `${where}: ${prepared.detail}` }
  const res = await exchange({ ...prepared.value, url: url.value, timeoutMs: cfg.timeout, signal })
  if (!res.ok) return { kind: 'error', detail: res.detail === CANCELLED ? CANCELLED : `${where}: ${res.detail}` }
  const { status, statusText, text } = res.value
  if (status < 200 || status > 299) return { kind: 'error', detail: `${where}: HTTP ${status}${statusText ? ` ${statusText}` : ''}` }
  const doc = parseJson(text, res.value.contentType)
  if (!doc.ok) return { kind: 'error', detail: `${where}: ${doc.detail}` }
  return pickValue(doc.value, cfg.value, context, where)
}

/** Method, rendered headers and body (content-type defaults to JSON when a body is sent). */
function prepareRequest(cfg: HttpMetricConfig, context: TemplateContext): Result<Omit<Exchange, 'url' | 'timeoutMs' | 'signal'>> {
  const headers = renderHeaders(cfg.headers, context)
  if (!headers.ok) return headers
  if (cfg.body === undefined) return { ok: true, value: { method: cfg.method, headers: headers.value } }
  let body: string
  try {
    body = render(cfg.body, context, 'none')
  } catch (err) {
    return { ok: false, detail: `body: ${errorText(err)}` }
  }
  if (!headers.value.has('content-type')) headers.value.set('content-type', 'application/json')
  return { ok: true, value: { method: cfg.method, headers: headers.value, body } }
}

/** The number at `path` in `doc`: a JSON number or a numeric string; a missing path is no data. */
function pickValue(doc: unknown, pathTemplate: string, context: TemplateContext, where: string): Measurement {
  let path: string
  try {
    path = render(pathTemplate, context, 'none')
  } catch (err) {
    return { kind: 'error', detail: `${where}: value path: ${errorText(err)}` }
  }
  try {
    parsePath(path)
  } catch (err) {
    return { kind: 'error', detail: `${where}: ${errorText(err)}` }
  }
  const hit = select(doc, path)
  if (!hit.found) return { kind: 'no-data', detail: `${where}: ${hit.detail}` }
  const n = toNumber(hit.value)
  if (n === undefined) return { kind: 'error', detail: `${where}: ${path} is ${describeJson(hit.value)}, not a number` }
  return { kind: 'value', value: n }
}

function describeJson(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
  if (typeof v === 'object') return 'an object'
  return `${typeof v} ${JSON.stringify(v)}`
}

function parseJson(text: string, contentType: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, detail: `the response is not JSON (${contentType || 'no content-type'}, ${text.length} bytes)` }
  }
}
