/** The per-environment lock over GitHub Deployments, read through the port; and the state a run ends in. */
import type { Deployment, DeploymentStatus, GitHubPort } from './port.js'
import type { FinalStatus } from '../report/types.js'
import { PAUSED_KIND, payloadKind } from '../durable/kind.js'

export type { DeploymentState, NewDeployment } from './port.js'

export const LOCK_MAX_AGE_MS = 6 * 60 * 60 * 1000
const ACTIVE_STATES = new Set(['in_progress', 'queued', 'pending'])

export interface ActiveDeployment {
  id: number
  createdAt: string
  sha: string
  /** The latest status, or `pending` for a Deployment that has none yet. */
  state: string
  /** No status yet: a run that has just created it (or is waiting for a runner). */
  statusless: boolean
}

/** How long a Deployment without any status counts as `pending` (a run still writing its first status). */
export const PENDING_MAX_AGE_MS = 10 * 60 * 1000

export interface LockScan {
  /** The lowest-id rule: the oldest still-active earlier Deployment, if any. */
  active: ActiveDeployment | null
  /** Earlier Deployments seen with a `success` status (candidates to mark inactive). */
  succeeded: number[]
  /** The newest listed Deployment whose payload says it holds a paused rollout (src/durable checks it; none costs nothing). */
  paused?: number
}

/**
 * The concurrent-rollout lock, in one listing. Earlier Deployments of `environment` (with
 * `before`: only those with a lower id; without: every other one) are read newest first. One
 * whose latest status is `in_progress`/`queued`/`pending` and younger than 6 h, or that has no
 * status yet and is younger than 10 min, holds the lock; the lowest such id wins.
 *
 * The walk stops at the first Stagegate Deployment that passed the lock itself (it ended
 * `success`, `rolled-back` or `rollback-failed`): it saw everything older settled, and a settled
 * Deployment never becomes active again. So a steady state costs one status read, not one per
 * old Deployment. Past the 6 h window only the newest Deployment is read (for `succeeded`). The
 * rest of the page already listed is still looked through for a paused rollout's payload (free).
 */
export async function scanLock(gh: GitHubPort, environment: string, now: number, before?: number, skip?: number): Promise<LockScan> {
  const scan: LockScan = { active: null, succeeded: [] }
  let read = 0
  let listed = 0
  let settled = false
  for await (const d of gh.deployments({ environment }, LOCK_PAGE)) {
    listed++
    const ours = d.id === skip || (before !== undefined && d.id >= before)
    if (!ours && scan.paused === undefined && payloadKind(d.payload) === PAUSED_KIND) scan.paused = d.id
    // Past the point where the lock is decided, the rest of the page already fetched is still read
    // for a paused rollout (payloads come with the listing: no request), never the next page.
    if (settled) {
      if (scan.paused !== undefined || listed % LOCK_PAGE === 0) break
      continue
    }
    if (ours) continue
    settled = await lockStep(gh, d, now, read++ > 0, scan)
    if (settled && (scan.paused !== undefined || listed % LOCK_PAGE === 0)) break
  }
  return scan
}

/** Reads one Deployment for the lock (see scanLock); true when the walk has seen enough. */
async function lockStep(gh: GitHubPort, d: Deployment, now: number, notFirst: boolean, scan: LockScan): Promise<boolean> {
  const young = now - Date.parse(d.createdAt) < LOCK_MAX_AGE_MS
  if (!young && notFirst) return true
  const latest = await gh.latestDeploymentStatus(d.id)
  if (latest?.state === 'success') scan.succeeded.push(d.id)
  if (young && isActive(latest?.state, now - Date.parse(d.createdAt))) {
    scan.active = { id: d.id, createdAt: d.createdAt, sha: d.sha, state: latest?.state ?? 'pending', statusless: !latest }
    return false // an older one may be active too: the lowest id is reported
  }
  return !young || passedLock(d, latest)
}

function isActive(state: string | undefined, ageMs: number): boolean {
  return state === undefined ? ageMs < PENDING_MAX_AGE_MS : ACTIVE_STATES.has(state)
}

/** A Stagegate Deployment whose run held the lock: it succeeded or rolled back (blocked runs never moved traffic). */
function passedLock(d: Deployment, latest: DeploymentStatus | undefined): boolean {
  if (!d.description?.startsWith(STAGEGATE_DESCRIPTION) || !latest) return false
  if (latest.state === 'success') return true
  return (latest.state === 'failure' || latest.state === 'error') && /^(rolled-back|rollback-failed)\b/.test(latest.description)
}

/** The prefix of every Deployment description Stagegate writes (`Stagegate: <service> <version>`). */
export const STAGEGATE_DESCRIPTION = 'Stagegate: '

/**
 * Backwards-compatible: the oldest active earlier Deployment (see scanLock), or null.
 */
export async function findActiveDeployment(
  gh: GitHubPort,
  environment: string,
  now: number,
  before?: number
): Promise<ActiveDeployment | null> {
  return (await scanLock(gh, environment, now, before)).active
}

/**
 * Marks the given earlier successful deployments inactive (the new one took over). Outside
 * production GitHub does it itself (`auto_inactive` on the `success` status); for
 * `production_environment` Deployments its API description says it does not.
 */
export async function markInactive(gh: GitHubPort, ids: number[], keepId: number): Promise<void> {
  for (const id of ids) if (id !== keepId) await gh.setDeploymentStatus(id, 'inactive', { description: `superseded by ${keepId}` })
}

/** Lock scans read 30 a page: the walk usually stops at the newest Deployment. */
const LOCK_PAGE = 30

/** The Deployment state a run's final status maps to. */
export function deploymentState(status: FinalStatus): 'success' | 'failure' | 'error' {
  return status === 'succeeded' ? 'success' : status === 'rollback-failed' ? 'error' : 'failure'
}
