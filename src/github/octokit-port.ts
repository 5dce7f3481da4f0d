/**
 * The GitHub port over Octokit: the only file besides `client.ts` that touches an Octokit. Each
 * method is the request(s) it always was (same endpoints, page sizes and early stops), so the
 * request count of a deploy is what the interface promises.
 */
import type { Octokit, RunContext } from './types.js'
import { createOctokit, type ClientOptions } from './client.js'
import type {
  Alert,
  CheckRun,
  CommitStatus,
  Deployment,
  DeploymentState,
  DeploymentStatus,
  DeploymentStatusInput,
  EnvironmentReview,
  GitHubPort,
  Identity,
  IssueComment,
  NewDeployment,
  PullFacts,
  Reaction
} from './port.js'
import { httpStatus } from './errors.js'
import { pullFacts, type RawPull } from './pulls.js'

/** The port main() and the post step use: a client with `token` against the run's API, counting every attempt. */
export function githubPort(token: string, run: RunContext, counter: { count: number }, opts: ClientOptions): GitHubPort {
  return octokitPort(createOctokit(token, run.apiUrl, counter, opts), run)
}

/** The port over a given client (tests hook into the client). */
export function octokitPort(octokit: Octokit, run: RunContext): GitHubPort {
  return new OctokitPort(octokit, run)
}

class OctokitPort implements GitHubPort {
  constructor(
    private readonly o: Octokit,
    readonly run: RunContext
  ) {}

  private get repo(): { owner: string; repo: string } {
    return { owner: this.run.owner, repo: this.run.repo }
  }

  async createDeployment(d: NewDeployment): Promise<number> {
    const res = await this.o.rest.repos.createDeployment({
      ...this.repo,
      ref: d.ref,
      sha: d.sha,
      environment: d.environment,
      payload: d.payload as Record<string, unknown>,
      production_environment: d.productionEnvironment,
      description: d.description.slice(0, 140),
      auto_merge: false,
      required_contexts: [] // Stagegate's own gates check CI
    })
    const data = res.data as { id?: number; message?: string }
    if (res.status !== 201 || typeof data.id !== 'number') {
      throw new Error(`GitHub did not create the deployment (${res.status}): ${data.message ?? 'no id returned'}`)
    }
    return data.id
  }

  async setDeploymentStatus(id: number, state: DeploymentState, o: DeploymentStatusInput = {}): Promise<void> {
    await this.o.rest.repos.createDeploymentStatus({
      ...this.repo,
      deployment_id: id,
      state,
      ...(o.environmentUrl ? { environment_url: o.environmentUrl } : {}),
      ...(o.logUrl ? { log_url: o.logUrl } : {}),
      ...(o.description ? { description: o.description.slice(0, 140) } : {}),
      // GitHub marks earlier `success` Deployments of the environment inactive itself (not for production ones)
      auto_inactive: state === 'success'
    })
  }

  async *deployments(q: { environment: string; sha?: string }, pageSize: number): AsyncIterable<Deployment> {
    const params = { ...this.repo, environment: q.environment, ...(q.sha ? { sha: q.sha } : {}), per_page: pageSize }
    for await (const page of this.o.paginate.iterator(this.o.rest.repos.listDeployments, params)) {
      for (const d of page.data)
        yield { id: d.id, createdAt: d.created_at, sha: d.sha, description: d.description ?? null, payload: d.payload }
    }
  }

  async latestDeploymentStatus(id: number): Promise<DeploymentStatus | undefined> {
    return (await this.statuses(id, 1))[0]
  }

  deploymentStatuses(id: number): Promise<DeploymentStatus[]> {
    return this.statuses(id, 100)
  }

  private async statuses(id: number, perPage: number): Promise<DeploymentStatus[]> {
    const res = await this.o.rest.repos.listDeploymentStatuses({ ...this.repo, deployment_id: id, per_page: perPage })
    return res.data.map((s) => ({ state: s.state, description: s.description ?? '', createdAt: s.created_at }))
  }

  async collaboratorRole(user: string): Promise<string> {
    try {
      const res = await this.o.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: user })
      const d = res.data as { permission?: string; role_name?: string }
      return d.role_name || d.permission || 'none'
    } catch (e) {
      if (httpStatus(e) === 404) return 'none' // not a collaborator
      throw e
    }
  }

  async reactToComment(commentId: number, content: Reaction): Promise<void> {
    await this.o.rest.reactions.createForIssueComment({ ...this.repo, comment_id: commentId, content })
  }

  async checkRuns(sha: string): Promise<CheckRun[]> {
    const runs = await this.o.paginate(this.o.rest.checks.listForRef, { ...this.repo, ref: sha, filter: 'latest', per_page: 100 })
    return runs.map((r) => ({
      name: r.name,
      status: r.status,
      conclusion: r.conclusion ?? null,
      urls: `${r.details_url ?? ''} ${r.html_url ?? ''}`
    }))
  }

  async commitStatuses(sha: string): Promise<CommitStatus[]> {
    const out: CommitStatus[] = []
    // paginate() cannot normalise this response (an object with one list), so pages go by total_count
    for (let page = 1; ; page++) {
      const res = await this.o.rest.repos.getCombinedStatusForRef({ ...this.repo, ref: sha, per_page: 100, page })
      out.push(...res.data.statuses.map((s) => ({ context: s.context, state: s.state })))
      if (out.length >= res.data.total_count || res.data.statuses.length < 100) return out
    }
  }

  async codeScanningAlerts(): Promise<Alert[]> {
    const alerts = await this.o.paginate(this.o.rest.codeScanning.listAlertsForRepo, { ...this.repo, state: 'open', per_page: 100 })
    return alerts.map((a) => ({
      number: a.number,
      severity: a.rule.security_severity_level ?? 'none',
      what: a.rule.id ?? a.rule.name ?? ''
    }))
  }

  async dependabotAlerts(): Promise<Alert[]> {
    const alerts = await this.o.paginate(this.o.rest.dependabot.listAlertsForRepo, { ...this.repo, state: 'open', per_page: 100 })
    return alerts.map((a) => ({
      number: a.number,
      severity: a.security_advisory.severity,
      what: a.dependency.package?.name ?? a.security_advisory.summary
    }))
  }

  async environmentReviews(runId: number): Promise<EnvironmentReview[]> {
    const res = await this.o.rest.actions.getReviewsForRun({ ...this.repo, run_id: runId })
    return res.data.map((r) => ({
      user: r.user.login,
      state: r.state,
      comment: r.comment ?? '',
      environments: r.environments.map((e) => e.name ?? '').filter(Boolean)
    }))
  }

  async pull(n: number): Promise<PullFacts> {
    const res = await this.o.rest.pulls.get({ ...this.repo, pull_number: n })
    return pullFacts(res.data as RawPull)
  }

  async pullsForCommit(sha: string): Promise<PullFacts[]> {
    const res = await this.o.rest.repos.listPullRequestsAssociatedWithCommit({ ...this.repo, commit_sha: sha, per_page: 100 })
    return (res.data as RawPull[]).map(pullFacts)
  }

  async pullFiles(n: number, max: number): Promise<{ files: string[]; lines: number }> {
    const files: string[] = []
    let lines = 0
    for await (const page of this.o.paginate.iterator(this.o.rest.pulls.listFiles, { ...this.repo, pull_number: n, per_page: 100 })) {
      for (const f of page.data) {
        files.push(f.filename)
        if (f.previous_filename) files.push(f.previous_filename)
        lines += (f.additions ?? 0) + (f.deletions ?? 0)
      }
      if (files.length >= max) break
    }
    return { files: [...new Set(files)], lines }
  }

  async *comments(issue: number): AsyncIterable<IssueComment> {
    for await (const page of this.o.paginate.iterator(this.o.rest.issues.listComments, {
      ...this.repo,
      issue_number: issue,
      per_page: 100
    })) {
      for (const c of page.data)
        yield { id: c.id, body: c.body ?? '', ...(c.user ? { author: { login: c.user.login, type: c.user.type } } : {}) }
    }
  }

  async createComment(issue: number, body: string): Promise<{ id: number; login?: string }> {
    const res = await this.o.rest.issues.createComment({ ...this.repo, issue_number: issue, body })
    return { id: res.data.id, ...(res.data.user?.login ? { login: res.data.user.login } : {}) }
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.o.rest.issues.updateComment({ ...this.repo, comment_id: id, body })
  }

  async whoAmI(): Promise<Identity> {
    const auth = (await this.o.auth()) as { tokenType?: string }
    if (auth.tokenType === 'installation') return { bot: true }
    try {
      const me = await this.o.rest.users.getAuthenticated()
      return { bot: me.data.type === 'Bot', login: me.data.login }
    } catch {
      return { bot: true } // no way to ask: only a bot's comment can be ours
    }
  }
}
