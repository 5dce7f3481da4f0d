/** API keys of the hosted metric providers (datadog, newrelic, cloudwatch) are secrets: masked in logs, removed from reports. */
import type { Config } from '../config/schema.js'
import { keySecrets } from '../config/secrets.js'

export function metricSecrets(config: Config, env: Record<string, string | undefined>): string[] {
  const out = new Set<string>()
  for (const m of Object.values(config.metrics)) {
    const keys =
      m.provider === 'datadog'
        ? [m['api-key'], m['app-key']]
        : m.provider === 'newrelic'
          ? [m['api-key']]
          : m.provider === 'cloudwatch'
            ? [m['access-key-id'], m['secret-access-key'], '{{ env.AWS_SESSION_TOKEN }}']
            : []
    for (const s of keySecrets(keys, env)) out.add(s)
  }
  return [...out]
}
