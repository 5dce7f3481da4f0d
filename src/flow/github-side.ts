/**
 * The run's GitHub side effects: the Deployment (with its lock) and the live PR comment.
 * A failure here is a warning in the log and a note in the report, never a failed deploy.
 */
import type { Log } from '../runtime/types.js'
import type { RunContext } from '../github/types.js'
import type { GitHubPort } from '../github/port.js'
import type { RunRecorder } from '../record/recorder.js'
import { finalStatusOf, type RecordView } from '../record/types.js'
import { deploymentState, markInactive, scanLock, STAGEGATE_DESCRIPTION, type ActiveDeployment } from '../github/deployments.js'
import { systemClock } from '../rollout/clock.js'
import { httpStatus, permissionHint } from '../github/errors.js'
import { resolvePrNumber, shouldComment, upsertComment, type CommentPolicy } from '../github/comment.js'
import { renderComment, commentMarker, onCallLine } from '../report/markdown.js'
import { redactReport } from '../report/json.js'

export class GitHubSide {
  private pr: Promise<number | undefined> | undefined
  private chain: Promise<void> = Promise.resolve()
  /** Updates that pile up while one is in flight collapse into one: only the newest body is posted. */
  private queued = false
  private nextBody = ''
  /** Why this run could not take part in the lock (no Deployment of its own, or its in_progress not written). */
  private lockError: string | undefined
  /** Earlier `success` Deployments the lock scan saw: marked inactive when this one succeeds (production only). */
  private superseded: number[] = []
  /** A Deployment the lock scan saw holding a paused rollout (src/durable decides whether it still blocks). */
  pausedSeen: number | undefined

  constructor(
    readonly gh: GitHubPort | undefined,
    private readonly opts: {
      environment: string
      url?: string
      prNumber?: number
      policy: CommentPolicy
      secrets: string[]
      /** Where failures (warnings) and the lock wait are logged. */
      log: Log
      /** Waits between lock re-reads while an earlier Deployment has no status yet (injected in tests). */
      sleep?: (ms: number) => Promise<void>
    }
  ) {}

  /**
   * Returns a blocking reason when another rollout of this environment holds the lock (checked
   * after our own Deployment has its `in_progress` status, so of two runs starting together the
   * one with the lower Deployment id goes on and the other is blocked, in every ordering).
   * Fails closed: without our own Deployment and status, or when the deployments cannot be
   * read, the run does not shift traffic.
   */
  async lockHeldBy(now: number, ownId: string): Promise<string | undefined> {
    if (!this.gh) return undefined
    if (this.lockError) return this.lockError
    const env = this.opts.environment
    try {
      const active = await this.waitForFirstStatus(now, ownId)
      if (!active) return undefined
      const what = active.statusless
        ? `was created ${active.createdAt} and has no status yet (a run starting; waited ${PENDING_WAIT_MS / 1000}s)`
        : `(created ${active.createdAt}) is still ${active.state}`
      return `deployment ${active.id} of "${env}" (sha ${active.sha.slice(0, 7)}) ${what}; two rollouts never shift the same traffic at once`
    } catch (e) {
      const status = httpStatus(e)
      const hint = status === 403 || status === 404 ? `; ${permissionHint(status, 'deployments')}` : ''
      return `could not read the deployments of "${env}" to rule out a concurrent rollout (${(e as Error).message})${hint}`
    }
  }

  /** Scans the lock; while the holder has no status yet (its run is writing it), reads again, bounded. */
  private async waitForFirstStatus(now: number, ownId: string): Promise<ActiveDeployment | null> {
    const gh = this.gh as GitHubPort
    const given = eventDeploymentId(gh.run, this.opts.environment)
    // a deployment event's Deployment may be older than a rollout already running: every other active one blocks it
    const before = given === undefined && ownId ? Number(ownId) : undefined
    const sleep = this.opts.sleep ?? ((ms: number) => systemClock.sleep(ms))
    for (let waited = 0; ; waited += PENDING_POLL_MS) {
      const scan = await scanLock(gh, this.opts.environment, now + waited, before, given)
      this.pausedSeen ??= scan.paused
      this.superseded = scan.succeeded
      if (!scan.active?.statusless || waited >= PENDING_WAIT_MS) return scan.active
      this.opts.log.info(`deployment ${scan.active.id} of "${this.opts.environment}" has no status yet; waiting for its run to write one`)
      await sleep(PENDING_POLL_MS)
    }
  }

  async createDeployment(rec: RunRecorder, payload: object): Promise<void> {
    if (!this.gh) return
    const r = rec.view
    const given = eventDeploymentId(this.gh.run, this.opts.environment)
    if (given !== undefined) {
      rec.deploymentCreated(String(given))
      rec.note(`reporting on deployment ${given}, which triggered this run (deployment event)`)
      await this.startLock(r)
      return
    }
    try {
      const id = await this.gh.createDeployment({
        environment: this.opts.environment,
        sha: this.gh.run.sha,
        ref: this.gh.run.ref || this.gh.run.sha,
        payload,
        productionEnvironment: isProduction(this.opts.environment),
        description: `${STAGEGATE_DESCRIPTION}${r.change?.hotfix ? 'HOTFIX ' : ''}${r.service} ${r.version}`
      })
      rec.deploymentCreated(String(id))
    } catch (e) {
      this.lockError = `could not create the GitHub Deployment, so the concurrent-rollout lock cannot be taken; nothing was deployed (${(e as Error).message})${hintFor(e)}`
      this.opts.log.error(this.lockError)
      return
    }
    await this.startLock(r)
  }

  /** Our `in_progress` status is our claim on the lock: without it, the run must not move traffic. */
  private async startLock(r: RecordView): Promise<void> {
    const err = await this.writeStatus(r, 'in_progress')
    if (err)
      this.lockError = `could not set this run's deployment ${r.deploymentId} in_progress, so the concurrent-rollout lock cannot be taken; nothing was deployed (${err})`
  }

  async setStatus(rec: RunRecorder, state: 'in_progress' | 'success' | 'failure' | 'error'): Promise<void> {
    const err = await this.writeStatus(rec.view, state)
    if (err) this.warn(`could not set the deployment status to ${state}: ${err}`, rec)
  }

  /** Writes a status; returns why it failed (never throws). */
  private async writeStatus(r: RecordView, state: 'in_progress' | 'success' | 'failure' | 'error'): Promise<string | undefined> {
    if (!this.gh || !r.deploymentId) return undefined
    try {
      await this.gh.setDeploymentStatus(Number(r.deploymentId), state, {
        environmentUrl: this.opts.url,
        logUrl: r.runUrl,
        description: `${r.change?.hotfix ? 'HOTFIX · ' : ''}${state === 'in_progress' ? 'rolling out' : statusDescription(redactReport(r, this.opts.secrets))}`
      })
      return undefined
    } catch (e) {
      return `${(e as Error).message}${hintFor(e)}`
    }
  }

  async finalStatus(rec: RunRecorder): Promise<void> {
    const r = rec.view
    const state = deploymentState(finalStatusOf(r))
    await this.setStatus(rec, state)
    if (state !== 'success' || !this.gh || !isProduction(this.opts.environment) || !this.superseded.length) return
    try {
      await markInactive(this.gh, this.superseded, Number(r.deploymentId))
    } catch (e) {
      this.warn(`could not mark the earlier deployment(s) ${this.superseded.join(', ')} inactive: ${(e as Error).message}`)
    }
  }

  /** Queues a comment update; `final` waits for it. Updates never overlap, never throw, and coalesce. */
  comment(r: RecordView, final: boolean): Promise<void> {
    const wanted = final ? shouldComment(this.opts.policy, finalStatusOf(r)) : this.opts.policy === 'always'
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

  /**
   * The final comment, waited for at most `budgetMs`: reporting never holds up the report files,
   * the outputs or the exit (a request still open is cut by its own deadline).
   */
  /** Why the latest comment write failed (cleared by a later success). */
  private commentFailure?: string

  async finalComment(rec: RunRecorder, budgetMs: number): Promise<void> {
    const r = rec.view
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), budgetMs)
    })
    const done = await Promise.race([this.comment(r, true).then(() => 'done' as const), late])
    clearTimeout(timer)
    if (done === 'late')
      this.warn(`the pull request comment was not written within ${budgetMs / 1000}s; the report does not wait for it`, rec)
    else if (this.commentFailure) rec.note(this.commentFailure) // the last write failed: the report says so
  }

  private async postComment(body: string): Promise<void> {
    const gh = this.gh as GitHubPort
    try {
      this.pr ??= resolvePrNumber(gh, gh.run, this.opts.prNumber)
      const pr = await this.pr
      if (pr === undefined) return
      await upsertComment(gh, pr, commentMarker(this.opts.environment), body)
      this.commentFailure = undefined
    } catch (e) {
      this.commentFailure = `could not update the pull request comment: ${(e as Error).message}`
      this.opts.log.warning(this.commentFailure)
    }
  }

  private warn(message: string, rec?: RunRecorder): void {
    this.opts.log.warning(message)
    rec?.note(message)
  }
}

/** How long a run waits for an earlier Deployment without a status to get one, and how often it looks. */
export const PENDING_WAIT_MS = 90_000
export const PENDING_POLL_MS = 3_000

function hintFor(e: unknown): string {
  const status = httpStatus(e)
  return status === 403 || status === 404 ? `; ${permissionHint(status, 'deployments')}` : ''
}

/** On a `deployment` event for this environment, the run reports on that Deployment instead of creating one. */
export function eventDeploymentId(run: RunContext, environment: string): number | undefined {
  if (run.eventName !== 'deployment') return undefined
  const d = run.event.deployment as { id?: unknown; environment?: unknown } | undefined
  return typeof d?.id === 'number' && d.environment === environment ? d.id : undefined
}

/** The Deployment status line (GitHub keeps 140 characters): the outcome and why. */
export function statusDescription(r: RecordView): string {
  return onCallLine(r)
}

/** `production`, `prod`, `production-eu`, `prod_us`: yes; `preprod`, `nonprod`, `staging`: no. */
export function isProduction(environment: string): boolean {
  return /^prod(uction)?([-_.].*)?$/i.test(environment)
}

export { deploymentState }
