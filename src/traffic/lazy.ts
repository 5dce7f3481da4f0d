/**
 * The one static entry into src/traffic: loads the adapters only when a config has `traffic:`,
 * so a run without one never parses their code. The main step passes its group `ledger` (the
 * post step, which rolls back last, has none to keep).
 */
import type { ActionName, TrafficConfig } from '../config/schema.js'
import type { CommandResult } from '../actions/types.js'
import type { TemplateContext } from '../metrics/types.js'
import type { ActionContext } from '../rollout/types.js'
import type { Log } from '../runtime/types.js'
import type { GroupLedger } from '../actions/groups.js'

export async function runTrafficAction(
  cfg: TrafficConfig,
  name: ActionName,
  ctx: ActionContext,
  template: TemplateContext,
  signal: AbortSignal,
  log: Log,
  ledger?: GroupLedger
): Promise<CommandResult | null> {
  const { trafficAction } = await import('./index.js')
  const res = await trafficAction(cfg, name, ctx, template, signal, ledger)
  if (res?.stdout) log.info(`[${name}] ${res.stdout.trimEnd()}`)
  if (res?.stderr) log.error(res.stderr.trimEnd())
  return res
}
