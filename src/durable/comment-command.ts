/**
 * `/stagegate promote production [reason]` and `/stagegate abort production [reason]` on a pull
 * request comment (an `issue_comment` event): acted on only for a user with write, maintain or
 * admin permission on the repository (asked of the API, never taken from the event), answered with
 * a reaction, and recorded with the commenter's identity.
 */
import type { RunContext } from '../github/types.js'
import type { DurableGitHub } from './store.js'

export interface CommentCommand {
  action: 'promote' | 'abort'
  environment: string
  reason: string
  user: string
  commentId: number
  issue: number
}

/** Not a command for this job: why (an issue_comment that says something else, another environment, an edit). */
export type FromEvent = { command: CommentCommand } | { ignored: string } | undefined

const COMMAND = /^\s*\/stagegate\s+(promote|abort)\s+(\S+)(?:[ \t]+(.*?))?\s*$/im
const ALLOWED = new Set(['admin', 'maintain', 'write'])

/** The command in an `issue_comment` event for `environment`; undefined when the event is another kind. */
export function commandFromEvent(run: RunContext, environment: string): FromEvent {
  if (run.eventName !== 'issue_comment') return undefined
  const e = run.event as {
    action?: unknown
    comment?: { id?: unknown; body?: unknown; user?: { login?: unknown } }
    issue?: { number?: unknown; pull_request?: unknown }
  }
  if (e.action !== 'created') return { ignored: `the comment was ${String(e.action)}, not created` }
  const body = typeof e.comment?.body === 'string' ? e.comment.body : ''
  const parsed = parseCommand(body)
  if (!parsed) return { ignored: 'the comment holds no /stagegate promote or abort command' }
  if (parsed.environment !== environment)
    return { ignored: `the command is for environment "${parsed.environment}", this job acts on "${environment}"` }
  const user = e.comment?.user?.login
  const id = e.comment?.id
  const issue = e.issue?.number
  if (typeof user !== 'string' || typeof id !== 'number' || typeof issue !== 'number')
    return { ignored: 'the event has no comment id, author or issue number' }
  return { command: { ...parsed, user, commentId: id, issue } }
}

/** The first `/stagegate promote|abort <environment> [reason]` line of a comment. */
export function parseCommand(body: string): Pick<CommentCommand, 'action' | 'environment' | 'reason'> | undefined {
  const m = COMMAND.exec(body)
  if (!m) return undefined
  return { action: m[1].toLowerCase() as CommentCommand['action'], environment: m[2], reason: (m[3] ?? '').slice(0, 500) }
}

export function mayAct(role: string): boolean {
  return ALLOWED.has(role)
}

/** Answers the comment: 👍 acted on, 👎 refused, 😕 nothing to act on (nothing paused, another job first). Never throws. */
export async function react(gh: DurableGitHub, commentId: number, content: '+1' | '-1' | 'confused'): Promise<string | undefined> {
  try {
    await gh.reactToComment(commentId, content)
    return undefined
  } catch (e) {
    return `could not react to comment ${commentId}: ${(e as Error).message}`
  }
}
