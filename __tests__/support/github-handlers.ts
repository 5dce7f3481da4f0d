/** In-memory state and handlers behind the contract server, plus seed helpers for tests. */

type Json = Record<string, any>

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface Req {
  method: string
  template: string
  params: Record<string, string>
  query: URLSearchParams
  body: any
  base: string
}

type Severity = 'critical' | 'high' | 'medium' | 'low'

export interface PullSeed {
  title?: string
  labels?: string[]
  merged?: boolean
  files?: { path: string; lines?: number }[]
}

export class ServerState {
  nextId = 1000
  now: () => number = () => Date.now()
  deployments: Json[] = []
  deploymentStatuses = new Map<number, Json[]>()
  comments = new Map<number, Json[]>()
  pulls = new Map<string, Json[]>()
  /** Pull requests by number (GET /pulls/{n}) and their changed files (GET /pulls/{n}/files). */
  pullsByNumber = new Map<number, Json>()
  pullFiles = new Map<number, Json[]>()
  checkRuns = new Map<string, Json[]>()
  commitStatuses = new Map<string, Json[]>()
  codeScanningAlerts: Json[] = []
  dependabotAlerts: Json[] = []
  approvals = new Map<number, Json[]>()
  /** Who the token is: a Bot (an installation token such as GITHUB_TOKEN, GET /user is 403) or a User (a PAT). */
  viewer: { login: string; type: 'Bot' | 'User' } = { login: 'github-actions[bot]', type: 'Bot' }
  /** Repository roles by login (GET collaborators/{user}/permission); a login not here is no collaborator (404). */
  roles = new Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>()
  /** Reactions posted on issue comments, in order. */
  reactions: { commentId: number; content: string }[] = []
  /** Status codes to answer for a template (e.g. 403 to simulate a missing permission). */
  forbid = new Map<string, number>()

  constructor(
    readonly owner: string,
    readonly repo: string
  ) {}

  id(): number {
    return this.nextId++
  }
  iso(at?: number): string {
    return new Date(at ?? this.now()).toISOString()
  }
  addCheckRun(
    sha: string,
    name: string,
    status: 'queued' | 'in_progress' | 'completed',
    conclusion: string | null = null,
    workflowRunId = 1
  ): Json {
    const id = this.id()
    const url = `https://github.com/${this.owner}/${this.repo}/actions/runs/${workflowRunId}/job/${id}`
    const run = { id, name, head_sha: sha, status, conclusion, details_url: url, html_url: url, app: { slug: 'github-actions' } }
    this.checkRuns.set(sha, [...(this.checkRuns.get(sha) ?? []), run])
    return run
  }
  addCommitStatus(sha: string, context: string, state: 'error' | 'failure' | 'pending' | 'success'): void {
    const s = { id: this.id(), context, state, description: '', target_url: null }
    this.commitStatuses.set(sha, [...(this.commitStatuses.get(sha) ?? []), s])
  }
  addCodeScanningAlert(severity: Severity | null, state = 'open', rule = 'js/sql-injection'): void {
    const n = this.id()
    this.codeScanningAlerts.push({
      number: n,
      state,
      rule: { id: rule, security_severity_level: severity, severity: 'error' },
      html_url: `https://github.com/a/${n}`
    })
  }
  addDependabotAlert(severity: Severity, state = 'open', pkg = 'lodash'): void {
    const n = this.id()
    this.dependabotAlerts.push({
      number: n,
      state,
      security_advisory: { severity, summary: `${pkg} issue` },
      dependency: { package: { name: pkg } }
    })
  }
  addApproval(runId: number, user: string, state: 'approved' | 'rejected' | 'pending', environments: string[], comment = ''): void {
    const a = { user: { login: user, id: this.id() }, state, comment, environments: environments.map((name) => ({ id: this.id(), name })) }
    this.approvals.set(runId, [...(this.approvals.get(runId) ?? []), a])
  }
  addPull(sha: string, number: number, state: 'open' | 'closed' = 'open', more: PullSeed = {}): Json {
    const pull = {
      id: this.id(),
      number,
      state,
      title: more.title ?? `Change ${number}`,
      labels: (more.labels ?? []).map((name) => ({ id: this.id(), name, color: 'ededed', default: false })),
      merged_at: more.merged ? this.iso() : null,
      head: { sha }
    }
    this.pulls.set(sha, [...(this.pulls.get(sha) ?? []), pull])
    this.pullsByNumber.set(number, pull)
    if (more.files) this.setPullFiles(number, more.files)
    return pull
  }
  /** Files as GET /pulls/{n}/files lists them; `lines` split into additions and deletions. */
  setPullFiles(number: number, files: { path: string; lines?: number }[]): void {
    this.pullFiles.set(
      number,
      files.map((f) => ({
        sha: 'f'.repeat(40),
        filename: f.path,
        status: 'modified',
        additions: f.lines ?? 1,
        deletions: 0,
        changes: f.lines ?? 1
      }))
    )
  }
  addComment(issue: number, body: string, user = 'someone'): Json {
    const c = {
      id: this.id(),
      body,
      user: { login: user, type: user.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: this.iso(),
      updated_at: this.iso()
    }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c])
    return c
  }
  addDeployment(d: {
    environment: string
    sha: string
    createdAt?: number
    statuses?: string[]
    description?: string
    production?: boolean
    payload?: Json
  }): Json {
    const dep = this.createDeployment(
      {
        environment: d.environment,
        ref: d.sha,
        sha: d.sha,
        description: d.description,
        production_environment: d.production,
        payload: d.payload
      },
      d.createdAt
    )
    for (const s of d.statuses ?? []) this.addDeploymentStatus(dep.id, { state: s }, d.createdAt)
    return dep
  }
  createDeployment(body: Json, at?: number): Json {
    const id = this.id()
    const dep = {
      id,
      sha: body.sha ?? body.ref,
      ref: body.ref,
      task: body.task ?? 'deploy',
      payload: body.payload ?? {},
      environment: body.environment ?? 'production',
      original_environment: body.environment ?? 'production',
      description: body.description ?? null,
      production_environment: body.production_environment ?? false,
      transient_environment: body.transient_environment ?? false,
      auto_merge: body.auto_merge,
      required_contexts: body.required_contexts,
      creator: { login: 'github-actions[bot]' },
      created_at: this.iso(at),
      updated_at: this.iso(at)
    }
    this.deployments.push(dep)
    return dep
  }
  addDeploymentStatus(id: number, body: Json, at?: number): Json {
    const s = {
      id: this.id(),
      state: body.state,
      description: body.description ?? '',
      environment_url: body.environment_url ?? '',
      log_url: body.log_url ?? '',
      created_at: this.iso(at),
      updated_at: this.iso(at)
    }
    this.deploymentStatuses.set(id, [...(this.deploymentStatuses.get(id) ?? []), s])
    return s
  }
  statusesOf(id: number): Json[] {
    return [...(this.deploymentStatuses.get(id) ?? [])].reverse()
  }
}

export function newState(owner: string, repo: string): ServerState {
  return new ServerState(owner, repo)
}

type Handler = (s: ServerState, r: Req) => Reply

const R = '/repos/{owner}/{repo}'
const handlers: Record<string, Handler> = {
  [`post ${R}/deployments`]: (s, r) => ({ status: 201, body: s.createDeployment(r.body) }),
  [`get ${R}/deployments`]: (s, r) => {
    const env = r.query.get('environment')
    const sha = r.query.get('sha')
    const list = [...s.deployments].reverse().filter((d) => (!env || d.environment === env) && (!sha || d.sha === sha))
    return page(list, r)
  },
  [`post ${R}/deployments/{deployment_id}/statuses`]: (s, r) => {
    const id = Number(r.params.deployment_id)
    if (!s.deployments.some((d) => d.id === id)) return notFound()
    return { status: 201, body: s.addDeploymentStatus(id, r.body) }
  },
  [`get ${R}/deployments/{deployment_id}/statuses`]: (s, r) => {
    const id = Number(r.params.deployment_id)
    if (!s.deployments.some((d) => d.id === id)) return notFound()
    return page(s.statusesOf(id), r)
  },
  [`get ${R}/issues/{issue_number}/comments`]: (s, r) => page(s.comments.get(Number(r.params.issue_number)) ?? [], r),
  [`post ${R}/issues/{issue_number}/comments`]: (s, r) => ({
    status: 201,
    body: s.addComment(Number(r.params.issue_number), r.body.body, s.viewer.login)
  }),
  [`patch ${R}/issues/comments/{comment_id}`]: (s, r) => {
    const c = [...s.comments.values()].flat().find((x) => x.id === Number(r.params.comment_id))
    if (!c) return notFound()
    Object.assign(c, { body: r.body.body, updated_at: s.iso() })
    return { status: 200, body: c }
  },
  [`get ${R}/commits/{commit_sha}/pulls`]: (s, r) => page(s.pulls.get(r.params.commit_sha) ?? [], r),
  [`get ${R}/pulls/{pull_number}`]: (s, r) => {
    const p = s.pullsByNumber.get(Number(r.params.pull_number))
    if (!p) return notFound()
    const files = s.pullFiles.get(p.number) ?? []
    return {
      status: 200,
      body: {
        ...p,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changed_files: files.length
      }
    }
  },
  [`get ${R}/pulls/{pull_number}/files`]: (s, r) => {
    if (!s.pullsByNumber.has(Number(r.params.pull_number))) return notFound()
    return page(s.pullFiles.get(Number(r.params.pull_number)) ?? [], r)
  },
  [`get ${R}/commits/{ref}/check-runs`]: (s, r) => {
    const runs = (s.checkRuns.get(r.params.ref) ?? []).filter((c) => !r.query.get('status') || c.status === r.query.get('status'))
    const p = page(runs, r)
    return { ...p, body: { total_count: runs.length, check_runs: p.body } }
  },
  [`get ${R}/commits/{ref}/status`]: (s, r) => {
    const statuses = s.commitStatuses.get(r.params.ref) ?? []
    const p = page(statuses, r)
    return { ...p, body: { state: combined(statuses), sha: r.params.ref, total_count: statuses.length, statuses: p.body } }
  },
  [`get ${R}/code-scanning/alerts`]: (s, r) => {
    const state = r.query.get('state')
    return page(
      s.codeScanningAlerts.filter((a) => !state || a.state === state),
      r
    )
  },
  [`get ${R}/dependabot/alerts`]: (s, r) => {
    const states = r.query.get('state')?.split(',')
    const sev = r.query.get('severity')?.split(',')
    const list = s.dependabotAlerts.filter(
      (a) => (!states || states.includes(a.state)) && (!sev || sev.includes(a.security_advisory.severity))
    )
    return cursorPage(list, r)
  },
  [`get ${R}/collaborators/{username}/permission`]: (s, r) => {
    const role = s.roles.get(r.params.username)
    if (!role) return notFound()
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
    return { status: 200, body: { permission, role_name: role, user: { login: r.params.username, id: 1 } } }
  },
  [`post ${R}/issues/comments/{comment_id}/reactions`]: (s, r) => {
    s.reactions.push({ commentId: Number(r.params.comment_id), content: r.body.content })
    return { status: 201, body: { id: s.id(), content: r.body.content, user: { login: s.viewer.login }, created_at: s.iso() } }
  },
  [`get ${R}/actions/runs/{run_id}/approvals`]: (s, r) => ({ status: 200, body: s.approvals.get(Number(r.params.run_id)) ?? [] })
}

/** GET /user: installation tokens may not call it (GitHub answers 403). */
function viewer(s: ServerState): Reply {
  if (s.viewer.type === 'Bot') return { status: 403, body: { message: 'Resource not accessible by integration' } }
  return { status: 200, body: { login: s.viewer.login, id: 1, type: s.viewer.type } }
}

/** Answers a validated request, or undefined when the operation is not served. */
export function handle(s: ServerState, r: Req): Reply | undefined {
  if (r.method === 'GET' && r.template === '/user') return viewer(s)
  const key = `${r.method.toLowerCase()} ${r.template}`
  const h = handlers[key]
  if (!h) return undefined
  const forced = s.forbid.get(key)
  if (forced) return { status: forced, body: { message: forced === 403 ? 'Resource not accessible by integration' : 'Not Found' } }
  if (r.params.owner !== s.owner || r.params.repo !== s.repo) return notFound()
  return h(s, r)
}

function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found' } }
}

function combined(statuses: Json[]): string {
  if (statuses.some((x) => x.state === 'error' || x.state === 'failure')) return 'failure'
  if (statuses.length === 0 || statuses.some((x) => x.state === 'pending')) return 'pending'
  return 'success'
}

function perPage(r: Req): number {
  return Math.min(100, Number(r.query.get('per_page') ?? 30))
}

function page(items: Json[], r: Req): Reply {
  const per = perPage(r)
  const n = Number(r.query.get('page') ?? 1)
  const last = Math.max(1, Math.ceil(items.length / per))
  const links: string[] = []
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(r.query)
    q.set('page', String(p))
    links.push(`<${r.base}${path(r)}?${q}>; rel="${rel}"`)
  }
  if (n < last) link(n + 1, 'next')
  if (n < last) link(last, 'last')
  if (n > 1) link(n - 1, 'prev')
  return { status: 200, body: items.slice((n - 1) * per, n * per), headers: links.length ? { link: links.join(', ') } : {} }
}

function cursorPage(items: Json[], r: Req): Reply {
  const per = perPage(r)
  const start = Number(r.query.get('after') ?? 0)
  const headers: Record<string, string> = {}
  if (start + per < items.length) {
    const q = new URLSearchParams(r.query)
    q.set('after', String(start + per))
    headers.link = `<${r.base}${path(r)}?${q}>; rel="next"`
  }
  return { status: 200, body: items.slice(start, start + per), headers }
}

function path(r: Req): string {
  return r.template.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(r.params[n]))
}
