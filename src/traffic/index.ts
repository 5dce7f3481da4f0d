/**
 * Built-in traffic adapters (`environments.X.traffic`), loaded only when a config has one
 * (src/flow/deploy.ts imports this module dynamically). They stand in for the `set-weight`,
 * `verify`, `rollback` and `verify-rollback` actions the user did not write; `verify` and
 * `verify-rollback` read the weight back from the router and fail unless it is what was set.
 */
import type { ActionName, TrafficConfig } from '../config/schema.js'
import { render } from '../config/template.js'
import type { CommandResult } from '../actions/types.js'
import type { TemplateContext } from '../metrics/types.js'
import type { ActionContext } from '../rollout/types.js'
import { nginxAdapter } from './nginx.js'
import { haproxyAdapter } from './haproxy.js'
import { gatewayApiAdapter, ingressNginxAdapter } from './kubernetes.js'
import { awsAlbAdapter, cloudRunAdapter } from './cloud.js'
import type { TrafficAdapter } from './types.js'
import { cli, type Cli } from './exec.js'
import type { GroupLedger } from '../actions/groups.js'

export { TrafficError } from './types.js'

/** The adapter for `cfg`; its CLIs (kubectl, gcloud, aws, nginx) run through `exec`. */
export function createAdapter(cfg: TrafficConfig, exec: Cli): TrafficAdapter {
  switch (cfg.type) {
    case 'nginx':
      return nginxAdapter(cfg, exec)
    case 'haproxy':
      return haproxyAdapter(cfg)
    case 'gateway-api':
      return gatewayApiAdapter(cfg, exec)
    case 'ingress-nginx':
      return ingressNginxAdapter(cfg, exec)
    case 'cloud-run':
      return cloudRunAdapter(cfg, exec)
    case 'aws-alb':
      return awsAlbAdapter(cfg, exec)
    default: {
      const never: never = cfg
      throw new Error(`unknown traffic type ${JSON.stringify((never as { type?: unknown }).type)}`)
    }
  }
}

/** Every string of the config with its `{{ placeholders }}` filled in (argv words: no escaping needed). */
export function renderTraffic<T extends TrafficConfig>(cfg: T, ctx: TemplateContext): T {
  const fill = (v: unknown): unknown => (typeof v === 'string' ? render(v, ctx, 'none') : Array.isArray(v) ? v.map(fill) : v)
  return Object.fromEntries(Object.entries(cfg).map(([k, v]) => [k, fill(v)])) as T
}

/** The actions an adapter provides; the others (deploy, promote) stay the user's. */
export const ADAPTER_ACTIONS: readonly ActionName[] = ['set-weight', 'verify', 'rollback', 'verify-rollback']

/**
 * Runs `name` through the adapter as if it were the user's command: a CommandResult whose stdout
 * is one line for the log and whose stderr says why it failed. `null` for actions adapters don't do.
 * The main step passes its `ledger`: each CLI's process group is written to it under the action's
 * name, so the post step ends a CLI that a killed main step left running before it rolls back.
 */
export async function trafficAction(
  cfg: TrafficConfig,
  name: ActionName,
  ctx: ActionContext,
  template: TemplateContext,
  signal: AbortSignal,
  ledger?: GroupLedger
): Promise<CommandResult | null> {
  if (!ADAPTER_ACTIONS.includes(name)) return null
  const started = Date.now()
  const timeout = AbortSignal.timeout(cfg.timeout)
  const both = AbortSignal.any([signal, timeout])
  try {
    const adapter = createAdapter(renderTraffic(cfg, template), cli(ledger && { ledger, label: name }))
    const line = await step(adapter, name, ctx, both)
    return { exitCode: 0, outcome: 'ok', durationMs: Date.now() - started, stdout: `${line}\n`, stderr: '' }
  } catch (e) {
    const outcome = timeout.aborted ? 'timeout' : signal.aborted ? 'aborted' : 'failed'
    return {
      exitCode: 1,
      outcome,
      durationMs: Date.now() - started,
      stdout: '',
      stderr: `${name} (traffic: ${cfg.type}): ${(e as Error).message}\n`
    }
  }
}

async function step(adapter: TrafficAdapter, name: ActionName, ctx: ActionContext, signal: AbortSignal): Promise<string> {
  const target = name === 'set-weight' || name === 'verify' ? ctx.weight : 0
  if (name === 'set-weight' || name === 'rollback') return adapter.setWeight(target, signal)
  const served = await adapter.readWeight(signal)
  if (Math.abs(served - target) > 0.05) throw new Error(`the router sends ${served}% to the canary, expected ${target}%`)
  return `verified: the router sends ${served}% to the canary`
}
