/**
 * The run's GitHub side effects: the Deployment (with its lock) and the live PR comment.
 * A failure here is a warning in the log and a note in the report, never a failed deploy.
 */
import * as core from '@actions/core'
import type { GitHubAccess, RunContext } from '../github/types.js'
import type { DeployReport, FinalStatus } from '../report/types.js'
import { createDeployment, findActiveDeployment, markPreviousInactive, setDeploymentStatus } from '../github/deployments.js'
import { httpStatus, permissionHint } from '../github/client.js'
import { resolvePrNumber, shouldComment, upsertComment, type CommentPolicy } from '../github/comment.js'
import { renderComment, commentMarker, onCallLine } from '../report/markdown.js'
import { redactReport } from '../report/json.js'


export class GitHubSide {
  private pr: Promise<number | undefined> | undefined
  private chain: Promise<void> = Promise.resolve()
  /** Updates that pile up while one is in flight collapse into one: only the newest body is posted. */
  private queued = false
  private nextBody = ''

  constructor(
    readonly gh: GitHubAccess | undefined,
    private readonly opts: { environment: string; url?: string; prNumber?: number; policy: CommentPolicy; secrets: string[] }
  ) {}

  /**
   * Returns a blocking reason when an earlier rollout of this environment is still in progress
   * (checked after our own Deployment exists, so two runs starting together cannot both pass).
   * Fails closed: when the deployments cannot be read, the run does not shift traffic.
   */
  async lockHeldBy(now: number, ownId: string): Promise<string | undefined> {
    if (!this.gh) return undefined
    const env = this.opts.environment
    try {
      const active = await findActiveDeployment(this.gh, env, now, ownId ? Number(ownId) : undefined)
      if (!active || active.id === eventDeploymentId(this.gh.run, env)) return undefined
      return `deployment ${active.id} of "${env}" (sha ${active.sha.slice(0, 7)}, created ${active.createdAt}) is still in progress; two rollouts never shift the same traffic at once`
    } catch (e) {
      const status = httpStatus(e)
      const hint = status === 403 || status === 404 ? `; ${permissionHint(status, 'deployments')}` : ''
      return `could not read the deployments of "${env}" to rule out a concurrent rollout (${(e as Error).message})${hint}`
    }
  }

  async createDeployment(r: DeployReport, payload: object): Promise<void> {
    if (!this.gh) return
    const given = eventDeploymentId(this.gh.run, this.opts.environment)
    if (given !== undefined) {
      r.deploymentId = String(given)
      r.notes.push(`reporting on deployment ${given}, which triggered this run (deployment event)`)
      await this.setStatus(r, 'in_progress')
      return
    }
    try {
      const id = await createDeployment(this.gh, {
        environment: this.opts.environment,
        sha: this.gh.run.sha,
        ref: this.gh.run.ref || this.gh.run.sha,
        payload,
        productionEnvironment: isProduction(this.opts.environment),
        description: `Stagegate: ${r.service} ${r.version}`
      })
      r.deploymentId = String(id)
      await this.setStatus(r, 'in_progress')
    } catch (e) {
      this.warn(`could not create the GitHub Deployment: ${(e as Error).message}`, r)
    }
  }

  async setStatus(r: DeployReport, state: 'in_progress' | 'success' | 'failure' | 'error'): Promise<void> {
    if (!this.gh || !r.deploymentId) return
    try {
      await setDeploymentStatus(this.gh, Number(r.deploymentId), state, {
        environmentUrl: this.opts.url,
        logUrl: r.runUrl,
        description: state === 'in_progress' ? 'rolling out' : statusDescription(r)
      })
      if (state === 'success') await markPreviousInactive(this.gh, this.opts.environment, Number(r.deploymentId))
    } catch (e) {
      this.warn(`could not set the deployment status to ${state}: ${(e as Error).message}`, r)
    }
  }

  async finalStatus(r: DeployReport): Promise<void> {
    await this.setStatus(r, deploymentState(r.status))
  }

  /** Queues a comment update; `final` waits for it. Updates never overlap, never throw, and coalesce. */
  comment(r: DeployReport, final: boolean): Promise<void> {
    const wanted = final ? shouldComment(this.opts.policy, r.status) : this.opts.policy === 'always'
    if (!this.gh || !wanted) return this.chain
    this.nextBody = renderComment(redactReport(r, this.opts.secrets))
    if (this.queued) return this.chain // the queued update will post this newer body
    this.queued = true
    this.chain = this.chain.then(() => {
      this.queued = false
      return this.postComment(this.nextBody)
    })
    return this.chain
  }

  private async postComment(body: string): Promise<void> {
    const gh = this.gh as GitHubAccess
    try {
      this.pr ??= resolvePrNumber(gh, gh.run, this.opts.prNumber)
      const pr = await this.pr
      if (pr === undefined) return
      await upsertComment(gh, pr, commentMarker(this.opts.environment), body)
    } catch (e) {
      this.warn(`could not update the pull request comment: ${(e as Error).message}`)
    }
  }

  private warn(message: string, r?: DeployReport): void {
    core.warning(message)
    r?.notes.push(message)
  }
}

/** On a `deployment` event for this environment, the run reports on that Deployment instead of creating one. */
export function eventDeploymentId(run: RunContext, environment: string): number | undefined {
  if (run.eventName !== 'deployment') return undefined
  const d = run.event.deployment as { id?: unknown; environment?: unknown } | undefined
  return typeof d?.id === 'number' && d.environment === environment ? d.id : undefined
}

/** The Deployment status line (GitHub keeps 140 characters): the outcome and why. */
export function statusDescription(r: DeployReport): string {
  return onCallLine(r)
}

/** `production`, `prod`, `production-eu`, `prod_us`: yes; `preprod`, `nonprod`, `staging`: no. */
export function isProduction(environment: string): boolean {
  return /^prod(uction)?([-_.].*)?$/i.test(environment)
}

export function deploymentState(status: FinalStatus): 'success' | 'failure' | 'error' {
  return status === 'succeeded' ? 'success' : status === 'rollback-failed' ? 'error' : 'failure'
}
