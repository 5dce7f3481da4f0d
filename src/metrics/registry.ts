/** One provider per configured metric, by name. */
import type { MetricConfig } from '../config/schema.js'
import { commandProvider, type CommandProviderDeps } from './command.js'
import { httpProvider } from './http.js'
import { prometheusProvider } from './prometheus.js'
import type { MetricProvider } from './types.js'
import { lazyProvider } from './lazy.js'

export function createProviders(metrics: Record<string, MetricConfig>, deps: CommandProviderDeps): Map<string, MetricProvider> {
  const providers = new Map<string, MetricProvider>()
  for (const [name, cfg] of Object.entries(metrics)) providers.set(name, createProvider(name, cfg, deps))
  return providers
}

export function createProvider(name: string, cfg: MetricConfig, deps: CommandProviderDeps): MetricProvider {
  switch (cfg.provider) {
    case 'prometheus':
      return prometheusProvider(name, cfg)
    case 'http':
      return httpProvider(name, cfg)
    case 'command':
      return commandProvider(name, cfg, deps)
    case 'influxdb':
    case 'graphite':
    case 'datadog':
    case 'newrelic':
    case 'cloudwatch':
      return lazyProvider(name, cfg)
    default: {
      // The schema only lets known providers through: reaching this is a programming error.
      const never: never = cfg
      throw new Error(`metric "${name}": unknown provider ${JSON.stringify((never as { provider?: unknown }).provider)}`)
    }
  }
}
