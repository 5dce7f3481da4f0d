/** Shared plumbing for the GitHub-backed gates: the access check and permission errors. */
import type { GateContext, GateOutcome } from './types.js'
import type { GitHubPort } from '../github/port.js'
import { httpStatus, permissionHint, type PermissionScope } from '../github/errors.js'

export { severityRank, type Severity } from '../config/severity.js'

/**
 * Runs a GitHub-backed gate body: without GitHub access it fails clearly, and a 403/404
 * from GitHub fails with the permission the workflow needs.
 */
export async function withGitHub(
  ctx: GateContext,
  scope: PermissionScope,
  body: (gh: GitHubPort) => Promise<GateOutcome>
): Promise<GateOutcome> {
  if (!ctx.github) {
    return { passed: false, detail: 'no GitHub access (github-token or GITHUB_REPOSITORY missing); this gate needs the GitHub API' }
  }
  try {
    return await body(ctx.github)
  } catch (e) {
    const status = httpStatus(e)
    const which = e instanceof ScopedError ? e.scope : scope
    if (status === 403 || status === 404) return { passed: false, detail: permissionHint(status, which) }
    throw e
  }
}

/** An API error tagged with the permission scope of the call that failed. */
export class ScopedError extends Error {
  constructor(
    readonly scope: PermissionScope,
    readonly status: number | undefined,
    cause: unknown
  ) {
    super((cause as Error)?.message ?? String(cause), { cause })
  }
}

/** Tags errors of one call with its scope, so a gate making calls of several scopes hints right. */
export async function scoped<T>(scope: PermissionScope, call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (e) {
    throw new ScopedError(scope, httpStatus(e), e)
  }
}
