/** `approval`: the run's environment reviews hold at least `min` approvals. */
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateOutcome } from './types.js'
import type { Approval } from '../report/types.js'
import { withGitHub } from './github-support.js'
import { plural } from '../text.js'

type Config = Extract<GateConfig, { type: 'approval' }>

export const approvalGate: Gate<Config> = {
  type: 'approval',
  readOnly: () => true,
  check: (config, ctx) =>
    withGitHub(ctx, 'actions', async (gh) => {
      if (!gh.run.runId) return { passed: false, detail: 'no GITHUB_RUN_ID: cannot read the environment reviews of this run' }
      const reviews: Approval[] = (await gh.environmentReviews(gh.run.runId))
        .filter((r) => r.state === 'approved' || r.state === 'rejected')
        .map((r) => ({ user: r.user, state: r.state as 'approved' | 'rejected', at: '', comment: r.comment, environments: r.environments }))
      return judgeApprovals(reviews, ctx.environment, config.min, config['distinct-from-actor'] ? gh.run.actor : undefined)
    })
}

/** Counts distinct approvers for `environment`, leaving out `excludeActor` when given. */
export function judgeApprovals(reviews: Approval[], environment: string, min: number, excludeActor?: string): GateOutcome {
  const forEnv = reviews.filter((r) => r.environments.includes(environment))
  const rejected = forEnv.filter((r) => r.state === 'rejected')
  const approvers = new Set(forEnv.filter((r) => r.state === 'approved').map((r) => r.user))
  const self = excludeActor !== undefined && approvers.delete(excludeActor)
  const note = self ? ` (${excludeActor}'s own approval not counted)` : ''
  const approvals = forEnv
  if (rejected.length) {
    return { passed: false, approvals, detail: `rejected for "${environment}" by ${rejected.map((r) => r.user).join(', ')}` }
  }
  if (approvers.size < min) {
    return { passed: false, approvals, detail: `${plural(approvers.size, 'approval')} for "${environment}", ${min} needed${note}` }
  }
  return { passed: true, approvals, detail: `approved for "${environment}" by ${[...approvers].join(', ')}${note}` }
}
