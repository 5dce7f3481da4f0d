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

/**
 * The body as posted: our marker on the first line, and no other `<!--` anywhere, so text
 * from the version, a command's output or a gate's detail can never forge a marker.
 */
export function commentText(marker: string, body: string): string {
  const rest = body.startsWith(marker) ? body.slice(marker.length).replace(/^\n/, '') : body
  return `${marker}\n${rest.replace(/<!--/g, '<!-\u200B-')}`
}

/**
 * Whose comments we may update. An installation token (GITHUB_TOKEN, a GitHub App) cannot call
 * GET /user: its comments are by a `Bot` account, and once this process has created a comment the
 * bot's exact login is known. Any other token (a PAT) is asked once who it is (GET /user).
 */
export interface Identity {
  bot: boolean
  login?: string
}

const identities = new WeakMap<object, Promise<Identity>>()

export function ourIdentity(gh: GitHubAccess): Promise<Identity> {
  let id = identities.get(gh.octokit)
  if (!id) {
    id = whoAmI(gh)
    identities.set(gh.octokit, id)
  }
  return id
}

async function whoAmI(gh: GitHubAccess): Promise<Identity> {
  const auth = (await gh.octokit.auth()) as { tokenType?: string }
  if (auth.tokenType === 'installation') return { bot: true }
  try {
    const me = await gh.octokit.rest.users.getAuthenticated()
    return { bot: me.data.type === 'Bot', login: me.data.login }
  } catch {
    return { bot: true } // no way to ask: only a bot's comment can be ours
  }
}

interface CommentLike {
  id: number
  body?: string | null
  user?: { login?: string; type?: string } | null
}

/** A comment is ours when it starts with the marker line and its author is our identity. */
export function isOurComment(c: CommentLike, marker: string, me: Identity): boolean {
  const body = c.body ?? ''
  if (!(body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`))) return false
  const author = c.user
  if (!author?.login) return false
  if (me.login !== undefined) return author.login === me.login
  return me.bot && author.type === 'Bot'
}

/** Creates the marked comment or updates it in place; the id is remembered for this process. */
export async function upsertComment(gh: GitHubAccess, pr: number, marker: string, body: string): Promise<{ id: number; created: boolean }> {
  const key = `${gh.run.owner}/${gh.run.repo}#${pr}|${marker}`
  const text = commentText(marker, body)
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
  const me = await ourIdentity(gh)
  const login = res.data.user?.login
  if (me.login === undefined && login) identities.set(gh.octokit, Promise.resolve({ bot: me.bot, login })) // the first comment we created names us
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
  const me = await ourIdentity(gh)
  const iterator = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
    owner: gh.run.owner,
    repo: gh.run.repo,
    issue_number: pr,
    per_page: 100
  })
  for await (const page of iterator) {
    const hit = page.data.find((c) => isOurComment(c, marker, me))
    if (hit) return hit.id
  }
  return undefined
}

/** Forgets remembered comment ids (tests simulate a re-run with it). */
export function forgetCommentIds(): void {
  knownIds.clear()
}
