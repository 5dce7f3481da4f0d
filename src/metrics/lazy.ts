/**
 * The hosted and time-series providers behind a lazy door: their code is imported on the first
 * measurement, so a config without them never loads it (ncc puts each in its own chunk).
 */
import type { MetricConfig } from '../config/schema.js'
import { neverThrows } from './provider-kit.js'
import type { MetricProvider } from './types.js'

export type LazyMetricConfig = Extract<MetricConfig, { provider: 'influxdb' | 'graphite' | 'datadog' | 'newrelic' | 'cloudwatch' }>

export function lazyProvider(name: string, cfg: LazyMetricConfig): MetricProvider {
  let real: Promise<MetricProvider> | undefined
  return neverThrows(name, true, cfg.provider, async (request) => {
    real ??= load(name, cfg)
    return (await real).measure(request)
  })
}

async function load(name: string, cfg: LazyMetricConfig): Promise<MetricProvider> {
  switch (cfg.provider) {
    case 'influxdb':
      return (await import('./influxdb.js')).influxdbProvider(name, cfg)
    case 'graphite':
      return (await import('./graphite.js')).graphiteProvider(name, cfg)
    case 'datadog':
      return (await import('./datadog.js')).datadogProvider(name, cfg)
    case 'newrelic':
      return (await import('./newrelic.js')).newrelicProvider(name, cfg)
    case 'cloudwatch':
      return (await import('./cloudwatch.js')).cloudwatchProvider(name, cfg)
    default: {
      const never: never = cfg
      throw new Error(`unknown provider ${JSON.stringify((never as { provider?: unknown }).provider)}`)
    }
  }
}
