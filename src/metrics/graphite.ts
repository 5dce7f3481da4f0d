/** `graphite`: the render API (GET /render?target=&from=&format=json); the last non-null point of its one series. */
import type { MetricConfig } from '../config/schema.js'
import { neverThrows } from './provider-kit.js'
import { render } from '../config/template.js'
import { endpoint, headersOf, lastValue, measureHosted, type HostedRequest } from './hosted.js'
import type { Measurement, MetricProvider, TemplateContext } from './types.js'

export type GraphiteMetricConfig = Extract<MetricConfig, { provider: 'graphite' }>

export function graphiteProvider(name: string, cfg: GraphiteMetricConfig): MetricProvider {
  return neverThrows(name, true, 'graphite', ({ context, signal }) =>
    measureHosted('graphite', cfg.timeout, (ctx) => graphiteRequest(cfg, ctx), interpretGraphite, context, signal)
  )
}

export function graphiteRequest(cfg: GraphiteMetricConfig, ctx: TemplateContext): HostedRequest {
  const target = render(cfg.target, ctx, 'none')
  return {
    method: 'GET',
    url: endpoint(cfg.address, ctx, '/render', { target, from: cfg.from, until: 'now', format: 'json' }),
    headers: headersOf(cfg.headers, ctx)
  }
}

export function interpretGraphite(body: unknown, status: number): Measurement {
  if (status < 200 || status > 299) return { kind: 'error', detail: `HTTP ${status}` }
  if (!Array.isArray(body)) return { kind: 'error', detail: 'the answer is not a render API response (is the address graphite-web?)' }
  if (body.length === 0) return { kind: 'no-data', detail: 'target matched no series' }
  if (body.length > 1)
    return { kind: 'error', detail: `target returned ${body.length} series; wrap it in sumSeries() or another aggregate` }
  return lastValue((body[0] as { datapoints?: unknown }).datapoints, 0)
}
