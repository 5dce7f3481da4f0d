/** The GitHub Deployment of a rollout: create, statuses, the per-environment lock. */
import type { GitHubAccess } from './types.js'

export const LOCK_MAX_AGE_MS = 6 * 60 * 60 * 1000
const ACTIVE_STATES = new Set(['in_progress', 'queued', 'pending'])

export interface NewDeployment {
  environment: string
  sha: string
  ref: string
  payload: object
  productionEnvironment: boolean
  description: string
}

export async function createDeployment(gh: GitHubAccess, d: NewDeployment): Promise<number> {
  const { owner, repo } = gh.run
  const res = await gh.octokit.rest.repos.createDeployment({
    owner,
    repo,
    ref: d.ref,
    sha: d.sha,
    environment: d.environment,
    payload: d.payload as Record<string, unknown>,
    production_environment: d.productionEnvironment,
    description: d.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [] // Stagegate's own gates check CI
  })
  const data = res.data as { id?: number; message?: string }
  if (res.status !== 201 || typeof data.id !== 'number') {
    throw new Error(`GitHub did not create the deployment (${res.status}): ${data.message ?? 'no id returned'}`)
  }
  return data.id
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

export async function setDeploymentStatus(
  gh: GitHubAccess,
  id: number,
  state: DeploymentState,
  o: { environmentUrl?: string; logUrl?: string; description?: string } = {}
): Promise<void> {
  const { owner, repo } = gh.run
  await gh.octokit.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: id,
    state,
    ...(o.environmentUrl ? { environment_url: o.environmentUrl } : {}),
    ...(o.logUrl ? { log_url: o.logUrl } : {}),
    ...(o.description ? { description: o.description.slice(0, 140) } : {}),
    auto_inactive: false
  })
}

export interface ActiveDeployment {
  id: number
  createdAt: string
  sha: string
}

/**
 * The newest deployment of `environment` whose latest status is still running and < 6 h old.
 * With `before` (our own deployment's id), only deployments created earlier count: of two runs
 * that created theirs at the same moment, the later one yields.
 */
export async function findActiveDeployment(gh: GitHubAccess, environment: string, now: number, before?: number): Promise<ActiveDeployment | null> {
  for (const d of await recentDeployments(gh, environment)) {
    if (before !== undefined && d.id >= before) continue
    const created = Date.parse(d.created_at)
    if (!(now - created < LOCK_MAX_AGE_MS)) continue
    const latest = await latestStatus(gh, d.id)
    if (latest && ACTIVE_STATES.has(latest)) return { id: d.id, createdAt: d.created_at, sha: d.sha }
  }
  return null
}

/** Marks earlier successful deployments of `environment` inactive (the new one took over). */
export async function markPreviousInactive(gh: GitHubAccess, environment: string, keepId: number): Promise<void> {
  for (const d of await recentDeployments(gh, environment)) {
    if (d.id === keepId) continue
    if ((await latestStatus(gh, d.id)) === 'success') await setDeploymentStatus(gh, d.id, 'inactive', { description: `superseded by ${keepId}` })
  }
}

async function recentDeployments(gh: GitHubAccess, environment: string) {
  const { owner, repo } = gh.run
  const res = await gh.octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: 30 })
  return res.data.map((d) => ({ id: d.id, created_at: d.created_at, sha: d.sha }))
}

async function latestStatus(gh: GitHubAccess, id: number): Promise<string | undefined> {
  const { owner, repo } = gh.run
  const res = await gh.octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id, per_page: 1 })
  return res.data[0]?.state
}
