/** Pull request facts for change classification: the PR object and its changed files (few requests). */
import type { GitHubAccess } from './types.js'

export interface PullFacts {
  number: number
  title: string
  labels: string[]
  state: string
  merged: boolean
  additions?: number
  deletions?: number
}

/** GitHub lists at most 3000 files of a pull request; 30 pages of 100. */
export const MAX_PULL_FILES = 3000

type RawPull = { number: number; title?: string | null; labels?: ({ name?: string } | string)[]; state?: string; merged_at?: string | null; additions?: number; deletions?: number }

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

/** GET /repos/{o}/{r}/pulls/{n}: one request. */
export async function getPull(gh: GitHubAccess, n: number): Promise<PullFacts> {
  const res = await gh.octokit.rest.pulls.get({ owner: gh.run.owner, repo: gh.run.repo, pull_number: n })
  return pullFacts(res.data as RawPull)
}

/**
 * The PR a pushed commit belongs to (GET /repos/{o}/{r}/commits/{sha}/pulls, one request): the open
 * one, else the merged one (a push to main after the merge). Its list entry carries title and labels.
 */
export async function pullOfCommit(gh: GitHubAccess, sha: string): Promise<PullFacts | undefined> {
  const res = await gh.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: gh.run.owner, repo: gh.run.repo, commit_sha: sha, per_page: 100 })
  const pulls = (res.data as RawPull[]).map(pullFacts)
  return pulls.find((p) => p.state === 'open') ?? pulls.find((p) => p.merged)
}

/** GET /repos/{o}/{r}/pulls/{n}/files, paginated (100 a page, at most 3000 files): paths and lines changed. */
export async function listPullFiles(gh: GitHubAccess, n: number): Promise<{ files: string[]; lines: number }> {
  const files: string[] = []
  let lines = 0
  const pages = gh.octokit.paginate.iterator(gh.octokit.rest.pulls.listFiles, { owner: gh.run.owner, repo: gh.run.repo, pull_number: n, per_page: 100 })
  for await (const page of pages) {
    for (const f of page.data) {
      files.push(f.filename)
      if (f.previous_filename) files.push(f.previous_filename)
      lines += (f.additions ?? 0) + (f.deletions ?? 0)
    }
    if (files.length >= MAX_PULL_FILES) break
  }
  return { files: [...new Set(files)], lines }
}
