/**
 * The one GitHub interface. Every REST use of Stagegate is a method here, named by what it is
 * for; `octokit-port.ts` is its only implementation. Gates, flows and the risk classifier take a
 * `GitHubPort` and never see an Octokit. A failed call rejects with an error carrying the HTTP
 * `status` when GitHub answered (read it with `httpStatus` from `errors.ts`); deadlines, retries
 * and rate-limit waits belong to the client underneath and are the same for every method.
 *
 * Plain values in, plain values out: nothing here is an Octokit response type.
 */
import type { RunContext } from './types.js'

export interface NewDeployment {
  environment: string
  sha: string
  ref: string
  payload: object
  productionEnvironment: boolean
  description: string
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

export interface DeploymentStatusInput {
  environmentUrl?: string
  logUrl?: string
  description?: string
}

export interface Deployment {
  id: number
  createdAt: string
  sha: string
  description: string | null
  /** As created (untrusted: anyone with deployments: write writes one); src/durable parses it. */
  payload?: unknown
}

export interface DeploymentStatus {
  state: string
  description: string
  createdAt?: string
}

/** A reaction to a comment (the answer to a /stagegate command). */
export type Reaction = '+1' | '-1' | 'confused' | 'rocket'

export interface CheckRun {
  name: string
  status: string
  conclusion: string | null
  /** `details_url` and `html_url`: where a run's own jobs are recognised. */
  urls: string
}

export interface CommitStatus {
  context: string
  state: string
}

/** An open code-scanning or Dependabot alert. */
export interface Alert {
  number: number
  severity: string
  what: string
}

/** A review of the run's pending environment deployments (approved, rejected, …). */
export interface EnvironmentReview {
  user: string
  state: string
  comment: string
  environments: string[]
}

export interface PullFacts {
  number: number
  title: string
  labels: string[]
  state: string
  merged: boolean
  additions?: number
  deletions?: number
}

export interface IssueComment {
  id: number
  body: string
  author?: { login?: string; type?: string }
}

/**
 * Who the token is. An installation token (GITHUB_TOKEN, a GitHub App) writes as a `Bot` whose
 * exact login is only known from a comment it wrote; any other token says who it is (GET /user).
 */
export interface Identity {
  bot: boolean
  login?: string
}

export interface GitHubPort {
  /** The workflow run this port reports on (repository, SHA, run id, actor, event). */
  readonly run: RunContext

  /** POST /deployments (no required contexts, no auto-merge); the new id. Never retried on a timeout. */
  createDeployment(d: NewDeployment): Promise<number>
  /** POST /deployments/{id}/statuses; `success` asks GitHub to mark earlier ones inactive. */
  setDeploymentStatus(id: number, state: DeploymentState, o?: DeploymentStatusInput): Promise<void>
  /** Deployments of an environment (optionally of one SHA), newest first, read a page at a time as iterated. */
  deployments(q: { environment: string; sha?: string }, pageSize: number): AsyncIterable<Deployment>
  /** The newest status of a Deployment (one request), or undefined when it has none. */
  latestDeploymentStatus(id: number): Promise<DeploymentStatus | undefined>
  /** Up to 100 statuses of a Deployment, newest first (one request). */
  deploymentStatuses(id: number): Promise<DeploymentStatus[]>

  /** The latest check run of every check on a SHA (all pages). */
  checkRuns(sha: string): Promise<CheckRun[]>
  /** The latest commit status of every context on a SHA (the combined status, all pages). */
  commitStatuses(sha: string): Promise<CommitStatus[]>
  /** Open code-scanning alerts of the repository (all pages). */
  codeScanningAlerts(): Promise<Alert[]>
  /** Open Dependabot alerts of the repository (all pages). */
  dependabotAlerts(): Promise<Alert[]>
  /** The environment reviews of a workflow run (one request). */
  environmentReviews(runId: number): Promise<EnvironmentReview[]>

  /** GET /pulls/{n} (one request). */
  pull(n: number): Promise<PullFacts>
  /** The pull requests a commit belongs to (one request, up to 100). */
  pullsForCommit(sha: string): Promise<PullFacts[]>
  /** Paths (renames: both) and lines changed of a pull request; pages stop once `max` paths are read. */
  pullFiles(n: number, max: number): Promise<{ files: string[]; lines: number }>

  /** Comments on an issue or pull request, oldest first, read a page (100) at a time as iterated. */
  comments(issue: number): AsyncIterable<IssueComment>
  /** A new comment: its id and the login GitHub wrote it as. */
  createComment(issue: number, body: string): Promise<{ id: number; login?: string }>
  /** Replaces a comment's body; rejects with status 404 when it is gone. */
  updateComment(id: number, body: string): Promise<void>
  /** Who the token is (no request for an installation token; GET /user otherwise). */
  whoAmI(): Promise<Identity>

  /** A user's role on the repository (GET collaborators/{user}/permission): admin, maintain, write, triage, read, or none. */
  collaboratorRole(user: string): Promise<string>
  /** POST a reaction on an issue or pull request comment. */
  reactToComment(commentId: number, content: Reaction): Promise<void>
}
