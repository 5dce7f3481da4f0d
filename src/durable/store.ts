/**
 * The durable state of a handed-off rollout lives on GitHub Deployments (SPEC §4), needing only
 * `deployments: write`:
 * - a **paused** Deployment (payload: the saved rollout, immutable) stays `in_progress`; its
 *   statuses are the log of every later look at it (`resume` ticks post one status each);
 * - a job that will move traffic first **claims** it with a continuation Deployment (payload
 *   `{kind: claim, of}`); among live claims the lowest id wins, the others change nothing;
 * - the winner marks the paused one `inactive` when it finishes or hands off again.
 */
import type { GitHubPort } from '../github/port.js'
import { LOCK_MAX_AGE_MS, PENDING_MAX_AGE_MS, STAGEGATE_DESCRIPTION } from '../github/deployments.js'
import { CLAIM_KIND, PAUSED_KIND, payloadKind } from './kind.js'
import { parseClaim, parseSavedRollout, type SavedRollout } from './payload.js'

/** The part of the GitHub port a durable rollout uses. */
export type DurableGitHub = Pick<
  GitHubPort,
  | 'run'
  | 'createDeployment'
  | 'setDeploymentStatus'
  | 'deployments'
  | 'latestDeploymentStatus'
  | 'deploymentStatuses'
  | 'collaboratorRole'
  | 'reactToComment'
>

/** How many pages of 30 Deployments a search for the paused one reads at most. */
export const MAX_PAGES = 5
const LIVE = new Set(['in_progress', 'queued', 'pending'])

export interface PausedRollout {
  id: number
  createdAt: string
  saved: SavedRollout
  /** The latest status line (what the last look at it said). */
  line: string
}

export type FindResult = { found: PausedRollout } | { none: true } | { invalid: { id: number; error: string } }

/**
 * The newest paused rollout of `environment`: the newest Deployment whose payload is a saved
 * rollout and whose latest status is still `in_progress` (a paused one is only ever left for a
 * newer one, so the first settled one ends the search). Costs one listing and one status read.
 */
export async function findPaused(gh: DurableGitHub, environment: string): Promise<FindResult> {
  for await (const d of listed(gh, environment)) {
    if (payloadKind(d.payload) !== PAUSED_KIND) continue
    const latest = await gh.latestDeploymentStatus(d.id)
    if (!latest) continue // a hand-off still writing its first status, or not ours: look further
    if (latest.state !== 'in_progress') return { none: true }
    const parsed = parseSavedRollout(d.payload)
    if (!parsed.ok) return { invalid: { id: d.id, error: parsed.error } }
    if (parsed.value.environment !== environment)
      return { invalid: { id: d.id, error: `it is saved for environment "${parsed.value.environment}"` } }
    return { found: { id: d.id, createdAt: d.createdAt, saved: parsed.value, line: latest.description } }
  }
  return { none: true }
}

/** Saves the rollout on a new Deployment, left `in_progress` with the one-line status. Returns its id. */
export async function savePaused(
  gh: DurableGitHub,
  saved: SavedRollout,
  o: { ref: string; production: boolean; line: string; logUrl?: string; environmentUrl?: string }
): Promise<number> {
  const id = await gh.createDeployment({
    environment: saved.environment,
    sha: saved.sha,
    ref: o.ref,
    payload: saved,
    productionEnvironment: o.production,
    description: `${STAGEGATE_DESCRIPTION}paused ${saved.service} ${saved.version}`
  })
  await gh.setDeploymentStatus(id, 'in_progress', { description: o.line, logUrl: o.logUrl, environmentUrl: o.environmentUrl })
  return id
}

/** A resume that changed nothing: one status on the paused Deployment (still `in_progress`). */
export async function tick(gh: DurableGitHub, pausedId: number, line: string, logUrl?: string): Promise<void> {
  await gh.setDeploymentStatus(pausedId, 'in_progress', { description: line, logUrl })
}

export type ClaimResult = { won: true; id: number } | { won: false; id: number; why: string }

/**
 * Claims the paused rollout before moving traffic: creates this job's continuation Deployment
 * (its `in_progress` status is the claim), then reads the environment's claims on the same paused
 * Deployment. A lower-id claim that is live (`in_progress`, or without a status yet and younger
 * than 10 min: a job still writing it) wins; so does any job that already settled the paused one.
 * The loser's Deployment is marked `inactive` and nothing else changes.
 */
export async function claim(
  gh: DurableGitHub,
  paused: PausedRollout,
  o: { mode: string; now: number; logUrl?: string; production: boolean }
): Promise<ClaimResult> {
  const s = paused.saved
  const id = await gh.createDeployment({
    environment: s.environment,
    sha: s.sha,
    ref: s.sha,
    payload: { kind: CLAIM_KIND, of: paused.id, mode: o.mode },
    productionEnvironment: o.production,
    description: `${STAGEGATE_DESCRIPTION}${o.mode} ${s.service} ${s.version}`
  })
  await gh.setDeploymentStatus(id, 'in_progress', { description: `${o.mode}: claiming paused rollout ${paused.id}`, logUrl: o.logUrl })
  const why = await rivalOf(gh, paused, id, o.now)
  if (!why) return { won: true, id }
  await gh.setDeploymentStatus(id, 'inactive', { description: `not needed: ${why}`.slice(0, 140), logUrl: o.logUrl })
  return { won: false, id, why }
}

/** Why this claim lost, or undefined when it won. */
async function rivalOf(gh: DurableGitHub, paused: PausedRollout, ownId: number, now: number): Promise<string | undefined> {
  for await (const d of listed(gh, paused.saved.environment)) {
    if (d.id <= paused.id) break // claims are newer than what they claim
    if (d.id >= ownId || parseClaim(d.payload)?.of !== paused.id) continue
    const latest = await gh.latestDeploymentStatus(d.id)
    const age = now - Date.parse(d.createdAt)
    // a claim whose job died without a word stops counting (10 min without a status, 6 h in progress), like the deploy lock
    if (latest ? LIVE.has(latest.state) && age < LOCK_MAX_AGE_MS : age < PENDING_MAX_AGE_MS)
      return `deployment ${d.id} claimed paused rollout ${paused.id} first (${latest ? latest.state : 'no status yet'})`
  }
  const latest = await gh.latestDeploymentStatus(paused.id)
  if (latest?.state !== 'in_progress')
    return `paused rollout ${paused.id} was already settled (${latest?.state ?? 'no status'}: ${latest?.description ?? ''})`
  return undefined
}

/** The winner is done with the paused Deployment: it finished, rolled back or handed off again. */
export async function release(gh: DurableGitHub, pausedId: number, description: string, logUrl?: string): Promise<void> {
  await gh.setDeploymentStatus(pausedId, 'inactive', { description: description.slice(0, 140), logUrl })
}

/** When the paused Deployment was looked at (its statuses, up to the newest 100), oldest first: for the report's watch gaps. */
export async function statusTimes(gh: DurableGitHub, id: number): Promise<{ at: number; state: string; description: string }[]> {
  const all = await gh.deploymentStatuses(id)
  return all
    .filter((s) => s.createdAt)
    .map((s) => ({ at: Date.parse(s.createdAt as string), state: s.state, description: s.description }))
    .reverse()
}

async function* listed(gh: DurableGitHub, environment: string): AsyncGenerator<{ id: number; createdAt: string; payload?: unknown }> {
  let n = 0
  for await (const d of gh.deployments({ environment }, 30)) {
    yield d
    if (++n >= MAX_PAGES * 30) return
  }
}
