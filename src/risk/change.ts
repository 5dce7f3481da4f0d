/**
 * What the deployed change is: its pull request (labels, title, changed files, lines), found with
 * as few requests as the event allows —
 *   pull_request: the event carries the PR; only its files are listed (1 request per 100 files);
 *   push, release, workflow_dispatch, …: the commit's PR (1 request), then its files;
 *   `pr-number` input: that PR (1 request), then its files.
 * Without GitHub access only the event is read (a push's head commit message is its title).
 */
import type { RunContext } from '../github/types.js'
import type { GitHubPort } from '../github/port.js'
import { MAX_PULL_FILES, pullFacts, pullOfCommit, type PullFacts } from '../github/pulls.js'
import type { ChangeFacts } from './types.js'
import type { Log } from '../runtime/types.js'

export async function gatherFacts(gh: GitHubPort | undefined, run: RunContext, log: Log, prInput?: number): Promise<ChangeFacts> {
  const found = await findPull(gh, run, prInput)
  if (found.error) return unknownFiles(fromEvent(run), found.error, log)
  const pr = found.pr
  if (!pr) return fromEvent(run)
  const base: ChangeFacts = {
    source: `pull request #${pr.number} (${found.how})`,
    pr: pr.number,
    prOpen: pr.state === 'open',
    title: pr.title,
    labels: pr.labels
  }
  const prLines = pr.additions !== undefined && pr.deletions !== undefined ? pr.additions + pr.deletions : undefined
  if (!gh) return { ...base, ...(prLines === undefined ? {} : { lines: prLines }) }
  try {
    const listed = await gh.pullFiles(pr.number, MAX_PULL_FILES)
    return { ...base, files: listed.files, lines: prLines ?? listed.lines }
  } catch (e) {
    return unknownFiles(
      { ...base, ...(prLines === undefined ? {} : { lines: prLines }) },
      `could not list the files of PR #${pr.number}: ${(e as Error).message}`,
      log
    )
  }
}

type Found = { pr?: PullFacts; how?: string; error?: string }

async function findPull(gh: GitHubPort | undefined, run: RunContext, prInput?: number): Promise<Found> {
  const event = run.event.pull_request as Parameters<typeof pullFacts>[0] | undefined
  if (prInput === undefined && event && typeof event.number === 'number') return { pr: pullFacts(event), how: `${run.eventName} event` }
  if (!gh) return {}
  try {
    if (prInput !== undefined) return { pr: await gh.pull(prInput), how: 'pr-number input' }
    if (!run.sha) return {}
    const pr = await pullOfCommit(gh, run.sha)
    return pr ? { pr, how: `the pull request of commit ${run.sha.slice(0, 7)}` } : {}
  } catch (e) {
    return { error: `could not find the pull request of this run: ${(e as Error).message}` }
  }
}

/** No pull request: a push's head commit message still tells a conventional-commit type. */
function fromEvent(run: RunContext): ChangeFacts {
  const head = run.event.head_commit as { message?: unknown } | undefined
  const title = typeof head?.message === 'string' ? head.message.split('\n')[0] : ''
  return {
    source: title
      ? `head commit message (${run.eventName || 'no'} event, no pull request)`
      : `no pull request (${run.eventName || 'no'} event)`,
    title,
    labels: []
  }
}

function unknownFiles(f: ChangeFacts, why: string, log: Log): ChangeFacts {
  log.warning(`change classification: ${why}; path rules cannot match, so the risk is at least high`)
  return { ...f, filesError: why }
}
