/** The pull request comment: which PR, and one comment per environment updated in place. */
import type { GitHubAccess, RunContext } from './types.js'
import type { FinalStatus } from '../report/types.js'
import { httpStatus, permissionHint } from './client.js'

export type CommentPolicy = 'always' | 'on-failure' | 'never'

export function shouldComment(policy: CommentPolicy, status: FinalStatus): boolean {
  switch (policy) {
    case 'always':
      return true
    case 'never':
      return false
    case 'on-failure':
      return status !== 'succeeded' && status !== 'planned'
    default:
      throw new Error(`unknown pr-comment policy "${String(policy)}"`)
  }
}

/** The PR to comment on: the input wins, then the event's PR, then on push the commit's open PR. */
export async function resolvePrNumber(gh: GitHubAccess, run: RunContext, input?: number): Promise<number | undefined> {
  if (input !== undefined && Number.isInteger(input) && input > 0) return input
  const fromEvent = eventPrNumber(run)
  if (fromEvent !== undefined) return fromEvent
  if (run.eventName !== 'push' || !run.sha) return undefined
  const res = await gh.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: run.owner, repo: run.repo, commit_sha: run.sha, per_page: 100 })
  return res.data.find((p) => p.state === 'open')?.number
}

function eventPrNumber(run: RunContext): number | undefined {
  if (run.eventName !== 'pull_request' && run.eventName !== 'pull_request_target') return undefined
  const pr = run.event.pull_request as { number?: unknown } | undefined
  const n = pr?.number ?? run.event.number
  return typeof n === 'number' ? n : undefined
}

/** A comment failure the caller logs as a warning; upsertComment never throws anything else. */
export class CommentWarning extends Error {
  override name = 'CommentWarning'
}

const knownIds = new Map<string, number>()

/** Creates the marked comment or updates it in place; the id is remembered for this process. */
export async function upsertComment(gh: GitHubAccess, pr: number, marker: string, body: string): Promise<{ id: number; created: boolean }> {
  const key = `${gh.run.owner}/${gh.run.repo}#${pr}|${marker}`
  const text = body.includes(marker) ? body : `${marker}\n${body}`
  try {
    const remembered = knownIds.get(key)
    if (remembered !== undefined) {
      const updated = await updateIfExists(gh, remembered, text)
      if (updated) return { id: remembered, created: false }
      knownIds.delete(key) // deleted by someone meanwhile: look again
    }
    const res = await writeComment(gh, pr, marker, text)
    knownIds.set(key, res.id)
    return res
  } catch (e) {
    knownIds.delete(key)
    const status = httpStatus(e)
    const hint = status === 403 || status === 404 ? `; ${permissionHint(status, 'pull-requests')}` : ''
    throw new CommentWarning(`could not write the PR #${pr} comment: ${(e as Error).message}${hint}`)
  }
}

async function writeComment(gh: GitHubAccess, pr: number, marker: string, text: string): Promise<{ id: number; created: boolean }> {
  const found = await findComment(gh, pr, marker)
  if (found !== undefined) {
    await gh.octokit.rest.issues.updateComment({ owner: gh.run.owner, repo: gh.run.repo, comment_id: found, body: text })
    return { id: found, created: false }
  }
  const res = await gh.octokit.rest.issues.createComment({ owner: gh.run.owner, repo: gh.run.repo, issue_number: pr, body: text })
  return { id: res.data.id, created: true }
}

async function updateIfExists(gh: GitHubAccess, id: number, text: string): Promise<boolean> {
  try {
    await gh.octokit.rest.issues.updateComment({ owner: gh.run.owner, repo: gh.run.repo, comment_id: id, body: text })
    return true
  } catch (e) {
    if (httpStatus(e) === 404) return false
    throw e
  }
}

async function findComment(gh: GitHubAccess, pr: number, marker: string): Promise<number | undefined> {
  const iterator = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
    owner: gh.run.owner,
    repo: gh.run.repo,
    issue_number: pr,
    per_page: 100
  })
  for await (const page of iterator) {
    const hit = page.data.find((c) => c.body?.includes(marker))
    if (hit) return hit.id
  }
  return undefined
}

/** Forgets remembered comment ids (tests simulate a re-run with it). */
export function forgetCommentIds(): void {
  knownIds.clear()
}
