/**
 * `datadog`: the metrics query API v1 (GET /api/v1/query?from=&to=&query=, DD-API-KEY and
 * DD-APPLICATION-KEY headers) over the last `window`; the last non-null point of its one series.
 */
import type { MetricConfig } from '../config/schema.js'
import { oneLine } from '../text.js'
import { neverThrows } from './provider-kit.js'
import { render } from '../config/template.js'
import { credential, endpoint, lastValue, measureHosted, type HostedRequest } from './hosted.js'
import type { Measurement, MetricProvider, TemplateContext } from './types.js'

export type DatadogMetricConfig = Extract<MetricConfig, { provider: 'datadog' }>

export function datadogProvider(name: string, cfg: DatadogMetricConfig, now: () => number = Date.now): MetricProvider {
  return neverThrows(name, true, 'datadog', ({ context, signal }) =>
    measureHosted('datadog', cfg.timeout, (ctx) => datadogRequest(cfg, ctx, now()), interpretDatadog, context, signal)
  )
}

export function datadogRequest(cfg: DatadogMetricConfig, ctx: TemplateContext, nowMs: number): HostedRequest {
  const to = Math.floor(nowMs / 1000)
  const from = to - Math.max(1, Math.round(cfg.window / 1000))
  const query = render(cfg.query, ctx, 'none')
  return {
    method: 'GET',
    url: endpoint(cfg.site, ctx, '/api/v1/query', { from: String(from), to: String(to), query }),
    headers: {
      'DD-API-KEY': credential(cfg['api-key'], ctx, 'api-key'),
      'DD-APPLICATION-KEY': credential(cfg['app-key'], ctx, 'app-key'),
      accept: 'application/json'
    }
  }
}

interface DdBody {
  status?: unknown
  error?: unknown
  errors?: unknown
  series?: { pointlist?: unknown }[]
}

export function interpretDatadog(body: unknown, status: number): Measurement {
  const b = body as DdBody
  const errors = Array.isArray(b?.errors) ? b.errors.join('; ') : typeof b?.error === 'string' ? b.error : undefined
  if (errors || b?.status === 'error')
    return { kind: 'error', detail: `${oneLine(String(errors ?? 'query failed'), 300)}${status >= 300 ? ` (HTTP ${status})` : ''}` }
  if (status < 200 || status > 299) return { kind: 'error', detail: `HTTP ${status}` }
  if (!Array.isArray(b?.series)) return { kind: 'error', detail: 'the answer is not a metrics query response' }
  if (b.series.length === 0) return { kind: 'no-data', detail: 'query returned no series' }
  if (b.series.length > 1)
    return { kind: 'error', detail: `query returned ${b.series.length} series; aggregate it to one (e.g. sum:… without "by")` }
  return lastValue(b.series[0].pointlist, 1)
}
