/** How a configured action (`deploy`, `set-weight`, …) becomes a command request: one place for the main and post steps. */
import type { ActionName, ActionsConfig } from '../config/schema.js'
import type { ActionContext } from '../rollout/types.js'
import type { CommandRequest } from './types.js'
import { stagegateEnv } from './run-command.js'

export interface ActionBase {
  service: string
  environment: string
  version: string
  sha: string
  risk?: string
  changeType?: string
}

/** The request for `name`, or undefined when that action is not configured. */
export function actionRequest(
  actions: ActionsConfig,
  name: ActionName,
  base: ActionBase,
  ctx: ActionContext,
  cwd: string,
  signal?: AbortSignal
): CommandRequest | undefined {
  const action = actions[name]
  if (action === undefined) return undefined
  const spec = typeof action === 'string' ? { run: action, timeout: undefined } : action
  return { label: name, run: spec.run, timeoutMs: spec.timeout ?? actions.timeout, env: stagegateEnv(base, ctx), cwd, signal }
}

/** Only what the post step needs to roll back: saved with the state, so it never re-reads a config a later step may have changed. */
export function rollbackActions(actions: ActionsConfig): ActionsConfig {
  return {
    rollback: actions.rollback,
    'verify-rollback': actions['verify-rollback'],
    'migrate-rollback': actions['migrate-rollback'],
    timeout: actions.timeout
  }
}
