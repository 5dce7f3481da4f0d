/**
 * Webhook URLs (Slack, Teams and Discord URLs carry their token in the path) and signing
 * secrets are secrets: their rendered values are masked in logs and removed from every report,
 * like the header values Stagegate already treats as secrets.
 */
import type { Config } from '../config/schema.js'
import { envNamesIn } from '../config/template.js'
import { keySecrets } from '../config/secrets.js'

export function notifySecrets(config: Config, env: Record<string, string | undefined>): string[] {
  const out = new Set<string>()
  for (const n of config.notify) {
    // a literal URL or signing key in the config is a secret too (a webhook URL's path is its credential)
    for (const s of keySecrets([n.url, ...(n.type === 'webhook' && n.secret ? [n.secret] : [])], env)) out.add(s)
    for (const t of n.type === 'webhook' ? Object.values(n.headers ?? {}) : []) {
      for (const name of envNamesIn(t)) if ((env[name] ?? '').length >= 3) out.add(env[name]!)
    }
  }
  return [...out]
}
