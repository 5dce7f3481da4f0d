/** Every credential a run knows (the action's setup and the CLI's probes redact the same set). */
import type { Config, EnvironmentConfig } from './schema.js'
import { knownSecrets } from './secrets.js'
import { notifySecrets } from '../notify/secrets.js'
import { metricSecrets } from '../metrics/credentials.js'

export function everySecret(
  config: Config,
  env: EnvironmentConfig,
  processEnv: Record<string, string | undefined>,
  token: string
): string[] {
  return [...knownSecrets(config, env, processEnv, token), ...notifySecrets(config, processEnv), ...metricSecrets(config, processEnv)]
}
