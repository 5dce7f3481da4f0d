/** Pull request facts for change classification: the PR object and its changed files (few requests). */
import type { GitHubPort, PullFacts } from './port.js'

export type { PullFacts } from './port.js'

/** GitHub lists at most 3000 files of a pull request; 30 pages of 100. */
export const MAX_PULL_FILES = 3000

export type RawPull = {
  number: number
  title?: string | null
  labels?: ({ name?: string } | string)[]
  state?: string
  merged_at?: string | null
  additions?: number
  deletions?: number
}

/** The PR object as GitHub sends it (in an event payload, a list or GET /pulls/{n}) → the facts we use. */
export function pullFacts(p: RawPull): PullFacts {
  return {
    number: p.number,
    title: p.title ?? '',
    labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    state: p.state ?? '',
    merged: Boolean(p.merged_at),
    ...(typeof p.additions === 'number' ? { additions: p.additions } : {}),
    ...(typeof p.deletions === 'number' ? { deletions: p.deletions } : {})
  }
}

/**
 * The PR a pushed commit belongs to (GET /repos/{o}/{r}/commits/{sha}/pulls, one request): the open
 * one, else the merged one (a push to main after the merge). Its list entry carries title and labels.
 */
export async function pullOfCommit(gh: GitHubPort, sha: string): Promise<PullFacts | undefined> {
  const pulls = await gh.pullsForCommit(sha)
  return pulls.find((p) => p.state === 'open') ?? pulls.find((p) => p.merged)
}
