/** `github-checks`: every check run and commit status on the SHA concluded well (optionally waiting). */
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateContext, GateOutcome } from './types.js'
import type { GitHubPort } from '../github/port.js'
import { scoped, withGitHub } from './github-support.js'
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

async function evaluate(config: Config, ctx: GateContext, gh: GitHubPort): Promise<GateOutcome> {
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
export async function tallyChecks(gh: GitHubPort, ignore: string[]): Promise<ChecksTally> {
  const runs = await scoped('checks', gh.checkRuns(gh.run.sha))
  const statuses = await scoped('statuses', gh.commitStatuses(gh.run.sha))
  const t: ChecksTally = { total: 0, pending: [], failed: [], ownRunning: [] }
  const ownRun = `/actions/runs/${gh.run.runId}/`
  for (const r of runs) {
    if (ignored(r.name, ignore)) continue
    if (r.status !== 'completed' && gh.run.runId && r.urls.includes(ownRun)) {
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

/** `ignore` entries match a name exactly, or as a glob with `*`. */
export function ignored(name: string, ignore: string[]): boolean {
  return ignore.some((p) => (p.includes('*') ? globRegex(p).test(name) : p === name))
}

function globRegex(p: string): RegExp {
  return new RegExp(
    `^${p
      .split('*')
      .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`
  )
}
