/**
 * The run's GitHub side effects: the Deployment (with its lock) and the live PR comment.
 * A failure here is a warning in the log and a note in the report, never a failed deploy.
 */
import * as core from '@actions/core'
import type { GitHubAccess } from '../github/types.js'
import type { DeployReport, FinalStatus } from '../report/types.js'
import { createDeployment, findActiveDeployment, markPreviousInactive, setDeploymentStatus } from '../github/deployments.js'
import { resolvePrNumber, shouldComment, upsertComment } from '../github/comment.js'
import { renderComment, commentMarker } from '../report/markdown.js'
import { redactReport } from '../report/json.js'

type CommentPolicy = 'always' | 'on-failure' | 'never'

export class GitHubSide {
  private pr: Promise<number | undefined> | undefined
  private chain: Promise<void> = Promise.resolve()

  constructor(
    readonly gh: GitHubAccess | undefined,
    private readonly opts: { environment: string; url?: string; prNumber?: number; policy: CommentPolicy; secrets: string[] }
  ) {}

  /** Returns a blocking reason when another rollout of this environment is still in progress. */
  async lockHeldBy(now: number): Promise<string | undefined> {
    if (!this.gh) return undefined
    try {
      const active = await findActiveDeployment(this.gh, this.opts.environment, now)
      if (!active) return undefined
      return `deployment ${active.id} of "${this.opts.environment}" (sha ${active.sha.slice(0, 7)}, created ${active.createdAt}) is still in progress; two rollouts never shift the same traffic at once`
    } catch (e) {
      this.warn(`could not check for a concurrent deployment: ${(e as Error).message}`)
      return undefined
    }
  }

  async createDeployment(r: DeployReport, payload: object): Promise<void> {
    if (!this.gh) return
    try {
      const id = await createDeployment(this.gh, {
        environment: this.opts.environment,
        sha: this.gh.run.sha,
        ref: this.gh.run.ref || this.gh.run.sha,
        payload,
        productionEnvironment: /prod/i.test(this.opts.environment),
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
        description: state === 'in_progress' ? 'rolling out' : r.status
      })
      if (state === 'success') await markPreviousInactive(this.gh, this.opts.environment, Number(r.deploymentId))
    } catch (e) {
      this.warn(`could not set the deployment status to ${state}: ${(e as Error).message}`, r)
    }
  }

  async finalStatus(r: DeployReport): Promise<void> {
    await this.setStatus(r, deploymentState(r.status))
  }

  /** Queues a comment update; `final` waits for it. Updates never overlap and never throw. */
  comment(r: DeployReport, final: boolean): Promise<void> {
    const wanted = final ? shouldComment(this.opts.policy, r.status) : this.opts.policy === 'always'
    if (!this.gh || !wanted) return this.chain
    const body = renderComment(redactReport(r, this.opts.secrets))
    this.chain = this.chain.then(() => this.postComment(body))
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

export function deploymentState(status: FinalStatus): 'success' | 'failure' | 'error' {
  return status === 'succeeded' ? 'success' : status === 'rollback-failed' ? 'error' : 'failure'
}
