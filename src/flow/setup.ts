/** Step 1 of the run: inputs, run context and config. Everything here is read-only. */
import * as core from '@actions/core'
import * as path from 'node:path'
import { readInputs, type Inputs } from '../config/inputs.js'
import { loadConfig, resolveEnvironment } from '../config/load.js'
import { secretsIn } from '../config/template.js'
import { notifySecrets } from '../notify/secrets.js'
import { metricSecrets } from '../metrics/credentials.js'
import { didYouMean } from '../config/suggest.js'
import type { Config, EnvironmentConfig } from '../config/schema.js'
import { readRunContext } from '../github/client.js'
import type { RunContext } from '../github/types.js'
import type { TemplateContext } from '../metrics/types.js'

export interface Setup {
  inputs: Inputs
  run: RunContext
  config: Config
  env: EnvironmentConfig
  configPath: string
  version: string
  secrets: string[]
}

export class SetupError extends Error {}

export async function setup(): Promise<Setup> {
  const inputs = readInputs((name) => core.getInput(name))
  const run = readRunContext()
  const configPath = path.resolve(run.workspace, inputs.config)
  const config = await loadConfig(configPath, inputs.config)
  const env = resolveEnvironment(config, inputs.environment, inputs.config)
  checkOverrides(inputs, env)
  refuseForkDeploy(inputs, run)
  const version = inputs.version || run.sha.slice(0, 7)
  const secrets = secretsIn(headerTexts(config, env), process.env)
  secrets.push(...notifySecrets(config, process.env), ...metricSecrets(config, process.env))
  if (inputs.githubToken) secrets.push(inputs.githubToken)
  for (const s of secrets) core.setSecret(s)
  return { inputs, run, config, env, configPath, version, secrets }
}

export function templateBase(s: Setup, weight = 0): TemplateContext {
  return {
    env: process.env,
    track: 'stable',
    version: s.version,
    environment: s.inputs.environment,
    service: s.config.service,
    sha: s.run.sha,
    weight
  }
}

/** Every header value in the config: where secrets are allowed to appear. */
function headerTexts(config: Config, env: EnvironmentConfig): string[] {
  const out: string[] = []
  for (const m of Object.values(config.metrics)) if ('headers' in m && m.headers) out.push(...Object.values(m.headers))
  for (const g of env.gates) if ('headers' in g && g.headers) out.push(...Object.values(g.headers))
  return out
}

function checkOverrides(inputs: Inputs, env: EnvironmentConfig): void {
  const names = env.gates.map((g) => g.name)
  for (const o of inputs.overrideGates) {
    if (!names.includes(o)) throw new SetupError(`override-gates names "${o}", which is not a gate of environment "${inputs.environment}"${didYouMean(o, names)}`)
  }
}

function refuseForkDeploy(inputs: Inputs, run: RunContext): void {
  if (inputs.mode !== 'deploy' || !run.eventName.startsWith('pull_request')) return
  const pr = run.event.pull_request as { head?: { repo?: { fork?: boolean } } } | undefined
  if (pr?.head?.repo?.fork) {
    throw new SetupError('mode: deploy is refused on a pull_request from a fork (its code is untrusted and its token is read-only); use mode: plan on pull requests')
  }
}
