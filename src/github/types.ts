import type { getOctokit } from '@actions/github'

/** An Octokit built inside run() with an explicit baseUrl and the retry/throttling plugins. */
export type Octokit = ReturnType<typeof getOctokit>

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
