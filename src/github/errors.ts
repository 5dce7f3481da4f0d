/** What a failed GitHub call means for the workflow: its HTTP status and the permission it needs. */

export type PermissionScope = 'deployments' | 'pull-requests' | 'checks' | 'statuses' | 'security-events' | 'actions'

const WRITE_SCOPES = new Set<PermissionScope>(['deployments', 'pull-requests'])

/** What to add to the workflow when GitHub answers 403/404 for a scope. */
export function permissionHint(status: number, scope: PermissionScope): string {
  const level = WRITE_SCOPES.has(scope) ? 'write' : 'read'
  const what = status === 404 ? 'not found (or not visible to this token)' : 'forbidden'
  return `GitHub answered ${status} (${what}); add "${scope}: ${level}" under permissions: in the workflow job`
}

/** The HTTP status of a failed port call (an Octokit RequestError), if it has one. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status
  return typeof s === 'number' ? s : undefined
}
