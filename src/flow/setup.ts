/** Step 1 of the run: inputs, run context and config. Everything here is read-only. */
import * as path from 'node:path'
import { readInputs, type Inputs } from '../config/inputs.js'
import { readConfig } from '../config/file.js'
import { everySecret } from '../config/every-secret.js'
import { didYouMean } from '../config/suggest.js'
import type { Config, EnvironmentConfig } from '../config/schema.js'
import { readRunContext } from '../github/context.js'
import type { RunContext } from '../github/types.js'
import type { TemplateContext } from '../metrics/types.js'
import type { Runtime } from '../runtime/types.js'

export interface Setup {
  inputs: Inputs
  run: RunContext
  config: Config
  env: EnvironmentConfig
  configPath: string
  /** The identity of the config text this run parsed (`configHash`): a handed-off rollout is saved with it. */
  configHash: string
  version: string
  secrets: string[]
  /** A pull request from another repository (`owner/repo` of its head): the config is the fork's. */
  forkHead?: string
  /** The change's type and risk, once classified (src/risk/resolve.ts); commands see them as STAGEGATE_CHANGE_TYPE / STAGEGATE_RISK. */
  change?: { type: string; risk: string }
  /** The job's environment variables (process.env on a runner; injected in tests): `env.NAME` placeholders read them. */
  vars: NodeJS.ProcessEnv
}

export class SetupError extends Error {}

export async function setup(rt: Runtime, vars: NodeJS.ProcessEnv): Promise<Setup> {
  const inputs = readInputs((name) => rt.getInput(name))
  const run = readRunContext(vars, rt)
  const configPath = path.resolve(run.workspace, inputs.config)
  const { config, hash: configHash } = await readConfig(configPath, inputs.config)
  const { resolveEnvironment } = await import('../config/load.js') // loaded already by loadConfig
  const env = resolveEnvironment(config, inputs.environment, inputs.config)
  checkOverrides(inputs, env)
  refuseForkDeploy(inputs, run)
  const version = inputs.version || run.sha.slice(0, 7)
  const secrets = everySecret(config, env, vars, inputs.githubToken)
  for (const s of secrets) rt.setSecret(s)
  return { inputs, run, config, env, configPath, configHash, version, secrets, forkHead: forkHead(run), vars }
}

export function templateBase(s: Setup, weight = 0): TemplateContext {
  return {
    env: s.vars,
    track: 'stable',
    version: s.version,
    environment: s.inputs.environment,
    service: s.config.service,
    sha: s.run.sha,
    weight
  }
}

function checkOverrides(inputs: Inputs, env: EnvironmentConfig): void {
  const names = env.gates.map((g) => g.name)
  for (const o of inputs.overrideGates) {
    if (!names.includes(o))
      throw new SetupError(`override-gates names "${o}", which is not a gate of environment "${inputs.environment}"${didYouMean(o, names)}`)
  }
}

function refuseForkDeploy(inputs: Inputs, run: RunContext): void {
  if (inputs.mode === 'plan') return
  const head = forkHead(run)
  if (head) {
    throw new SetupError(
      `mode: ${inputs.mode} is refused on a pull_request from a fork (${head}, another repository): its code is untrusted and its token is read-only; use mode: plan on pull requests`
    )
  }
}

/**
 * The head repository of a pull request from another repository (a fork), or undefined: the
 * event's `pull_request.head.repo.full_name` differs from its base repository (or, without a
 * base in the event, from GITHUB_REPOSITORY). A head repository that was deleted counts as a fork.
 */
export function forkHead(run: RunContext): string | undefined {
  if (!run.eventName.startsWith('pull_request')) return undefined
  const pr = run.event.pull_request as
    { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } | undefined
  if (!pr) return undefined
  const base = pr.base?.repo?.full_name ?? `${run.owner}/${run.repo}`
  const head = pr.head?.repo?.full_name
  if (!head) return '(a deleted repository)'
  return head.toLowerCase() === base.toLowerCase() ? undefined : head
}
