/**
 * The `prometheus` metric provider: one instant query (`GET /api/v1/query`) whose answer must
 * be a single number: a vector with one sample, or a scalar. Never throws.
 */
import type { MetricConfig } from '../config/schema.js'
import { render } from '../config/template.js'
import { oneLine } from '../text.js'
import { CANCELLED, displayUrl, errorText, exchange, renderHeaders, renderUrl, type ExchangeResponse } from '../net/http-client.js'
import { neverThrows } from './provider-kit.js'
import { toNumber } from '../number.js'
import type { Measurement, MetricProvider, TemplateContext } from './types.js'

export type PrometheusMetricConfig = Extract<MetricConfig, { provider: 'prometheus' }>

export function prometheusProvider(name: string, cfg: PrometheusMetricConfig): MetricProvider {
  return neverThrows(name, true, 'prometheus', ({ context, signal }) => measurePrometheus(cfg, context, signal))
}

async function measurePrometheus(cfg: PrometheusMetricConfig, context: TemplateContext, signal?: AbortSignal): Promise<Measurement> {
  if (signal?.aborted) return { kind: 'error', detail: CANCELLED }
  const address = renderUrl(cfg.address, context)
  if (!address.ok) return { kind: 'error', detail: `prometheus address: ${address.detail}` }
  const where = `prometheus at ${displayUrl(address.value).replace(/\/+$/, '')}`
  let query: string
  try {
    query = render(cfg.query, context, 'promql')
  } catch (err) {
    return { kind: 'error', detail: `${where}: query: ${errorText(err)}` }
  }
  const headers = renderHeaders(cfg.headers, context)
  if (!headers.ok) return { kind: 'error', detail: `${where}: ${headers.detail}` }
  const url = queryUrl(address.value, query)
  const res = await exchange({ method: 'GET', url, headers: headers.value, timeoutMs: cfg.timeout, signal })
  if (!res.ok) return { kind: 'error', detail: res.detail === CANCELLED ? CANCELLED : `${where}: ${res.detail}` }
  const m = interpret(res.value)
  return m.kind === 'value' ? m : { kind: m.kind, detail: `${where}: ${m.detail}` }
}

/** `<address>/api/v1/query?query=…`, keeping a path prefix and any query string of the address. */
export function queryUrl(address: string, query: string): string {
  const u = new URL(address)
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/api/v1/query`
  u.searchParams.set('query', query)
  return u.toString()
}

interface PromBody {
  status?: unknown
  errorType?: unknown
  error?: unknown
  data?: { resultType?: unknown; result?: unknown }
}

/** The HTTP answer as a measurement (details without the "prometheus at" prefix). */
export function interpret(res: ExchangeResponse): Measurement {
  const ok = res.status >= 200 && res.status <= 299
  let body: PromBody | undefined
  try {
    const parsed = JSON.parse(res.text) as unknown
    if (parsed && typeof parsed === 'object') body = parsed as PromBody
  } catch {
    body = undefined
  }
  if (body?.status === 'error') {
    const type = typeof body.errorType === 'string' && body.errorType ? `${body.errorType}: ` : ''
    return { kind: 'error', detail: `${type}${oneLine(String(body.error ?? 'unknown error'), 300)}${ok ? '' : ` (HTTP ${res.status})`}` }
  }
  if (!ok) return { kind: 'error', detail: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` }
  if (!body || body.status !== 'success' || !body.data || typeof body.data !== 'object') {
    return { kind: 'error', detail: 'the answer is not a Prometheus query response (is the address the Prometheus server?)' }
  }
  return fromData(body.data.resultType, body.data.result)
}

function fromData(resultType: unknown, result: unknown): Measurement {
  switch (resultType) {
    case 'scalar':
      return sampleValue(result)
    case 'vector':
      return fromVector(result)
    case 'matrix':
    case 'string':
      return { kind: 'error', detail: `query returned a ${resultType}; it must return one number (an instant vector or a scalar)` }
    default:
      return { kind: 'error', detail: `unknown result type ${JSON.stringify(resultType)}` }
  }
}

function fromVector(result: unknown): Measurement {
  if (!Array.isArray(result)) return { kind: 'error', detail: 'malformed vector result' }
  if (result.length === 0) return { kind: 'no-data', detail: 'query returned no series' }
  if (result.length > 1) return { kind: 'error', detail: `query returned ${result.length} series; aggregate it to one, e.g. with sum()` }
  const sample = result[0] as { value?: unknown; histogram?: unknown }
  if (sample?.value === undefined && sample?.histogram !== undefined) {
    return {
      kind: 'error',
      detail: 'query returned a native histogram sample; use histogram_quantile() or another function that returns a number'
    }
  }
  return sampleValue(sample?.value)
}

/** `[timestamp, "1.5"]` → 1.5; "NaN" is no data (e.g. 0/0 when there is no traffic); ±Inf is an error. */
function sampleValue(pair: unknown): Measurement {
  const text = Array.isArray(pair) && pair.length === 2 ? pair[1] : undefined
  if (typeof text !== 'string') return { kind: 'error', detail: 'malformed sample' }
  if (text === 'NaN') return { kind: 'no-data', detail: 'query returned NaN (e.g. a ratio of rates with no traffic)' }
  if (/^[+-]?Inf$/.test(text))
    return { kind: 'error', detail: `query returned ${text.startsWith('-') ? '-Inf' : '+Inf'} (a division by zero?)` }
  const n = toNumber(text)
  if (n === undefined) return { kind: 'error', detail: `unparsable sample value ${JSON.stringify(text)}` }
  return { kind: 'value', value: n }
}
