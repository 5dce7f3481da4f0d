/** `github-checks`: every check run and commit status on the SHA concluded well (optionally waiting). */
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateContext, GateOutcome } from './types.js'
import type { GitHubAccess } from '../github/types.js'
import { scoped, withGitHub } from '../github/gate-support.js'
import { plural } from '../text.js'

type Config = Extract<GateConfig, { type: 'github-checks' }>

const GOOD_CONCLUSIONS = new Set(['success', 'neutral', 'skipped'])
const FIRST_POLL_MS = 5_000
const MAX_POLL_MS = 60_000

export interface ChecksTally {
  total: number
  pending: string[]
  failed: string[]
  /** Still-running jobs of this very workflow run (the deploy job itself among them): not waited on. */
  ownRunning: string[]
}

export const githubChecksGate: Gate<Config> = {
  type: 'github-checks',
  readOnly: () => true,
  check: (config, ctx) => withGitHub(ctx, 'checks', (gh) => evaluate(config, ctx, gh)),
  // `wait: 10m` must not be cut short by the default 2m timeout: polling gets a minute on top
  timeoutMs: (config) => Math.max(config.timeout, (config.wait ?? 0) + WAIT_MARGIN_MS)
}

/** Time for the last poll after `wait` ran out. */
export const WAIT_MARGIN_MS = 60_000

async function evaluate(config: Config, ctx: GateContext, gh: GitHubAccess): Promise<GateOutcome> {
  const deadline = ctx.clock.now() + (config.wait ?? 0)
  let delay = FIRST_POLL_MS
  for (;;) {
    const tally = await tallyChecks(gh, config.ignore)
    const remaining = deadline - ctx.clock.now()
    if (tally.pending.length === 0 || remaining <= 0) return verdict(tally, gh.run.sha, config.wait)
    await ctx.clock.sleep(Math.min(delay, remaining), ctx.signal)
    delay = Math.min(delay * 2, MAX_POLL_MS)
  }
}

function verdict(t: ChecksTally, sha: string, wait: number | undefined): GateOutcome {
  const short = sha.slice(0, 7)
  if (t.failed.length) return { passed: false, detail: `${plural(t.failed.length, 'check')} failed on ${short}: ${t.failed.join(', ')}` }
  if (t.pending.length) {
    const waited = wait ? ` after waiting ${Math.round(wait / 1000)}s` : ' (set `wait` to poll)'
    return { passed: false, detail: `${plural(t.pending.length, 'check')} still running on ${short}${waited}: ${t.pending.join(', ')}` }
  }
  const own = t.ownRunning.length ? ` (not waiting on this run's own running jobs: ${t.ownRunning.join(', ')})` : ''
  if (t.total === 0) return { passed: true, detail: `no check runs or commit statuses on ${short}${own}` }
  return { passed: true, detail: `${plural(t.total, 'check')} green on ${short}${own}` }
}

/** Reads check runs and the combined commit status of the run's SHA (all pages of both). */
export async function tallyChecks(gh: GitHubAccess, ignore: string[]): Promise<ChecksTally> {
  const { owner, repo, sha } = gh.run
  const runs = await scoped('checks', gh.octokit.paginate(gh.octokit.rest.checks.listForRef, { owner, repo, ref: sha, filter: 'latest', per_page: 100 }))
  const statuses = await scoped('statuses', combinedStatuses(gh))
  const t: ChecksTally = { total: 0, pending: [], failed: [], ownRunning: [] }
  const ownRun = `/actions/runs/${gh.run.runId}/`
  for (const r of runs) {
    if (ignored(r.name, ignore)) continue
    if (r.status !== 'completed' && gh.run.runId && `${r.details_url ?? ''} ${r.html_url ?? ''}`.includes(ownRun)) {
      t.ownRunning.push(r.name)
      continue
    }
    t.total++
    if (r.status !== 'completed') t.pending.push(`${r.name} (${r.status})`)
    else if (!GOOD_CONCLUSIONS.has(r.conclusion ?? '')) t.failed.push(`${r.name} (${r.conclusion ?? 'no conclusion'})`)
  }
  for (const s of statuses) {
    if (ignored(s.context, ignore)) continue
    t.total++
    if (s.state === 'pending') t.pending.push(`${s.context} (pending)`)
    else if (s.state !== 'success') t.failed.push(`${s.context} (${s.state})`)
  }
  return t
}

type CommitStatus = { context: string; state: string }

/** The latest status of every context on the SHA (the combined status, all pages). */
async function combinedStatuses(gh: GitHubAccess): Promise<CommitStatus[]> {
  const { owner, repo, sha } = gh.run
  const out: CommitStatus[] = []
  // paginate() cannot normalise this response (an object with one list), so pages go by total_count
  for (let page = 1; ; page++) {
    const res = await gh.octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 100, page })
    out.push(...res.data.statuses)
    if (out.length >= res.data.total_count || res.data.statuses.length < 100) return out
  }
}

/** `ignore` entries match a name exactly, or as a glob with `*`. */
export function ignored(name: string, ignore: string[]): boolean {
  return ignore.some((p) => (p.includes('*') ? globRegex(p).test(name) : p === name))
}

function globRegex(p: string): RegExp {
  return new RegExp(`^${p.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
}
