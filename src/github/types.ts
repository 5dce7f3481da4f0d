import type { Octokit as OctokitCore } from '@octokit/core'
import type { Api } from '@octokit/plugin-rest-endpoint-methods'
import type { PaginateInterface } from '@octokit/plugin-paginate-rest'

/**
 * An Octokit built inside run() with an explicit baseUrl and the retry/throttling plugins: the
 * type `@actions/github`'s `getOctokit` returns (core, REST endpoint methods, pagination).
 */
export type Octokit = OctokitCore & Api & { paginate: PaginateInterface }

/** Facts about the workflow run, read from GITHUB_* and the event file when run() starts. */
export interface RunContext {
  apiUrl: string
  serverUrl: string
  owner: string
  repo: string
  sha: string
  ref: string
  runId: number
  runAttempt: number
  actor: string
  eventName: string
  event: Record<string, unknown>
  workspace: string
  /** `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` */
  runUrl: string
}
