/** `influxdb`: one InfluxQL query (GET /query?db=&q=&epoch=ms, InfluxDB 1.x or 2.x's v1 API); the last row of its one series. */
import type { MetricConfig } from '../config/schema.js'
import { oneLine } from '../text.js'
import { neverThrows } from './provider-kit.js'
import { endpoint, headersOf, lastValue, measureHosted, renderQuoted, type HostedRequest } from './hosted.js'
import type { Measurement, MetricProvider, TemplateContext } from './types.js'

export type InfluxdbMetricConfig = Extract<MetricConfig, { provider: 'influxdb' }>

export function influxdbProvider(name: string, cfg: InfluxdbMetricConfig): MetricProvider {
  return neverThrows(name, true, 'influxdb', ({ context, signal }) =>
    measureHosted('influxdb', cfg.timeout, (ctx) => influxRequest(cfg, ctx), interpretInflux, context, signal)
  )
}

export function influxRequest(cfg: InfluxdbMetricConfig, ctx: TemplateContext): HostedRequest {
  const q = renderQuoted(cfg.query, ctx)
  const db = renderQuoted(cfg.database, ctx)
  return { method: 'GET', url: endpoint(cfg.address, ctx, '/query', { db, q, epoch: 'ms' }), headers: headersOf(cfg.headers, ctx) }
}

interface InfluxBody {
  error?: unknown
  results?: { error?: unknown; series?: { columns?: unknown[]; values?: unknown[][] }[] }[]
}

export function interpretInflux(body: unknown, status: number): Measurement {
  const b = body as InfluxBody
  const error = b?.error ?? b?.results?.[0]?.error
  if (typeof error === 'string') return { kind: 'error', detail: `${oneLine(error, 300)}${status >= 300 ? ` (HTTP ${status})` : ''}` }
  if (status < 200 || status > 299) return { kind: 'error', detail: `HTTP ${status}` }
  if (!Array.isArray(b?.results))
    return { kind: 'error', detail: 'the answer is not an InfluxDB query response (is the address the InfluxDB server?)' }
  const series = b.results[0]?.series
  if (!series || series.length === 0) return { kind: 'no-data', detail: 'query returned no series' }
  if (series.length > 1)
    return { kind: 'error', detail: `query returned ${series.length} series; aggregate them to one (drop GROUP BY tags)` }
  const cols = series[0].columns ?? []
  if (cols.length !== 2) return { kind: 'error', detail: `query returned ${cols.length - 1} value columns; select exactly one` }
  return lastValue(series[0].values, 1)
}
