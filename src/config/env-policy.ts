/**
 * The ONE rule for which of the runner's variables user-controlled text may read: `{{ env.NAME }}`
 * placeholders (sent to servers the config names) and the environment of user commands.
 * Hidden: the action's own inputs (`INPUT_*`, the github-token among them), saved state
 * (`STATE_*`), the runner's internal `ACTIONS_*` variables (runtime, OIDC, cache and results
 * tokens and URLs) and `GITHUB_TOKEN`. Only the documented debug switches pass.
 */
const HIDDEN_PREFIXES = ['INPUT_', 'STATE_', 'ACTIONS_'] as const
const HIDDEN_NAMES = ['GITHUB_TOKEN'] as const
const ALLOWED_ACTIONS = ['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG'] as const

/** True for a variable that no placeholder may resolve and no user command sees. */
export function isHiddenEnv(name: string): boolean {
  const upper = name.toUpperCase()
  if ((ALLOWED_ACTIONS as readonly string[]).includes(upper)) return false
  return HIDDEN_PREFIXES.some((p) => upper.startsWith(p)) || (HIDDEN_NAMES as readonly string[]).includes(upper)
}

/** How the rule reads in an error message. */
export const HIDDEN_ENV_TEXT = "INPUT_* (the action's inputs), STATE_*, ACTIONS_* (the runner's internal tokens and URLs) and GITHUB_TOKEN"
