/** Which durable request a job carries (cheap: read before anything heavy is loaded). */
import type { Setup } from '../flow/setup.js'
import type { RiskDecision } from '../risk/resolve.js'
import { DURABLE_MODES } from '../config/inputs.js'
import { commandFromEvent, type CommentCommand } from './comment-command.js'
import type { DurableMode } from './decide.js'

/** Who asks, and why: the workflow's inputs, or a pull request comment. */
export interface Request {
  mode: DurableMode
  actor: string
  reason: string
  comment?: CommentCommand
}

export type DurableRequest = Request | { ignored: string }

/**
 * The job's durable request: a `/stagegate promote|abort` comment (an `issue_comment` event, mode
 * left at deploy), or mode resume/promote/abort. Undefined for a plain deploy or plan.
 */
export function durableRequest(s: Setup): DurableRequest | undefined {
  const fromComment = s.inputs.mode === 'deploy' ? commandFromEvent(s.run, s.inputs.environment) : undefined
  if (fromComment && 'ignored' in fromComment) return fromComment
  if (fromComment)
    return {
      mode: fromComment.command.action,
      actor: fromComment.command.user,
      reason: fromComment.command.reason,
      comment: fromComment.command
    }
  if (!DURABLE_MODES.includes(s.inputs.mode)) return undefined
  return { mode: s.inputs.mode as DurableMode, actor: s.run.actor, reason: s.inputs.reason }
}

/** The pull request to comment on: the classified change's, or the commenting one's. */
export function prOf(risk: RiskDecision | undefined, durable: DurableRequest | undefined): number | undefined {
  if (durable && 'comment' in durable && durable.comment) return durable.comment.issue
  return risk?.facts.prOpen ? risk.facts.pr : undefined
}
