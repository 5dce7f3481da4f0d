/** The pull request comment: which PR, and one comment per environment updated in place. */
import type { RunContext } from './types.js'
import type { GitHubPort, Identity, IssueComment } from './port.js'
import type { FinalStatus } from '../report/types.js'
import { httpStatus, permissionHint } from './errors.js'

export type { Identity } from './port.js'

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
export async function resolvePrNumber(gh: GitHubPort, run: RunContext, input?: number): Promise<number | undefined> {
  if (input !== undefined && Number.isInteger(input) && input > 0) return input
  const fromEvent = eventPrNumber(run)
  if (fromEvent !== undefined) return fromEvent
  if (run.eventName !== 'push' || !run.sha) return undefined
  return (await gh.pullsForCommit(run.sha)).find((p) => p.state === 'open')?.number
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
 * Whose comments we may update: asked once per port (see `Identity`); once this process has
 * created a comment, the login GitHub wrote it as is our exact login.
 */
const identities = new WeakMap<GitHubPort, Promise<Identity>>()

export function ourIdentity(gh: GitHubPort): Promise<Identity> {
  let id = identities.get(gh)
  if (!id) {
    id = gh.whoAmI()
    identities.set(gh, id)
  }
  return id
}

/** A comment is ours when it starts with the marker line and its author is our identity. */
export function isOurComment(c: IssueComment, marker: string, me: Identity): boolean {
  const body = c.body ?? ''
  if (!(body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`))) return false
  const author = c.author
  if (!author?.login) return false
  if (me.login !== undefined) return author.login === me.login
  return me.bot && author.type === 'Bot'
}

/** Creates the marked comment or updates it in place; the id is remembered for this process. */
export async function upsertComment(gh: GitHubPort, pr: number, marker: string, body: string): Promise<{ id: number; created: boolean }> {
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

async function writeComment(gh: GitHubPort, pr: number, marker: string, text: string): Promise<{ id: number; created: boolean }> {
  const found = await findComment(gh, pr, marker)
  if (found !== undefined) {
    await gh.updateComment(found, text)
    return { id: found, created: false }
  }
  const res = await gh.createComment(pr, text)
  const me = await ourIdentity(gh)
  if (me.login === undefined && res.login) identities.set(gh, Promise.resolve({ bot: me.bot, login: res.login })) // the first comment we created names us
  return { id: res.id, created: true }
}

async function updateIfExists(gh: GitHubPort, id: number, text: string): Promise<boolean> {
  try {
    await gh.updateComment(id, text)
    return true
  } catch (e) {
    if (httpStatus(e) === 404) return false
    throw e
  }
}

/** Our marked comment on the PR: comments are read a page at a time, and the reading stops at it. */
async function findComment(gh: GitHubPort, pr: number, marker: string): Promise<number | undefined> {
  const me = await ourIdentity(gh)
  for await (const c of gh.comments(pr)) if (isOurComment(c, marker, me)) return c.id
  return undefined
}

/** Forgets remembered comment ids (tests simulate a re-run with it). */
export function forgetCommentIds(): void {
  knownIds.clear()
}
