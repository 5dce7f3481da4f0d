/**
 * Rollouts that outlive a job (SPEC §4): the deploy job's hand-off, and the `resume`, `promote`
 * and `abort` modes (also `/stagegate promote|abort` comments) acting on the newest paused
 * rollout of the environment. The state lives on GitHub Deployments (store.ts); what to do is
 * decided in decide.ts; the engine continues from the saved step.
 */
import type { Setup } from '../flow/setup.js'
import type { Log } from '../runtime/types.js'
import type { SavedState } from '../flow/state.js'
import { isProduction } from '../flow/github-side.js'
import type { Clock } from '../rollout/clock.js'
import type { HandOff, ResumeFrom, RolloutOutcome } from '../rollout/types.js'
import type { AuditEntry, Decision, DeployReport, JobPart, PauseReport } from '../report/types.js'
import type { RecordView, RunRecord } from '../record/types.js'
import { parseRecord } from '../record/parse.js'
import { claim, findPaused, release, savePaused, statusTimes, tick, type DurableGitHub, type PausedRollout } from './store.js'
import { PAUSED_KIND } from './kind.js'
import { PAYLOAD_SCHEMA, type SavedRollout } from './payload.js'
import { compactRecord, parseTally } from './compact.js'
import { decide, longestGap, pausedLine, timeUsed } from './decide.js'
import { mayAct, react, type CommentCommand } from './comment-command.js'
import type { Request } from './request.js'
import { applyProfile } from '../risk/profile.js'

/** What the durable flow writes to the run record (the record's one writer implements it). */
export interface DurableRecord {
  readonly view: RecordView
  snapshot(): DeployReport
  deploymentCreated(id: string): void
  /** The rollout is handed off (`settle`), or a resumed rollout's report covers every job. */
  paused(p: PauseReport, settle?: boolean): void
  idle(why: string): void
  blocked(why: string): void
  failed(why: string): void
  decided(d: Decision): void
  /** This job continues the saved record (its steps, measurements, audit) as its own. */
  resumedFrom(saved: RunRecord, pausedId: number): void
  rolloutEnded(o: RolloutOutcome): void
  audit(phase: string, action: string, fields?: Partial<Pick<AuditEntry, 'step' | 'weight' | 'result' | 'detail'>>): void
  note(text: string): void
}

/** What a durable job works with: setup, clock, GitHub, the record, and when this job began. */
export interface DurableContext {
  log: Log
  s: Setup
  clock: Clock
  gh: DurableGitHub | undefined
  record: DurableRecord
  jobStartedAt: number
  state: { update(patch: Partial<SavedState>): void }
}

/** What the engine call needs from the flow (deploy.ts owns the actions, measuring and events). */
export type RunEngine = (extra: { resume?: ResumeFrom; save: (h: HandOff) => Promise<string | undefined> }) => Promise<RolloutOutcome>

// ------------------------------------------------------------------ the deploy job's hand-off

/** The deploy job's hand-off: saves the rollout on a new paused Deployment; returns why it could not. */
export async function handOffNew(f: DurableContext, h: HandOff): Promise<string | undefined> {
  const gh = f.gh
  if (!gh) return 'there is no GitHub API access (github-token, GITHUB_REPOSITORY) to save the paused rollout on'
  const r = f.record.view
  const origin = Number(r.deploymentId)
  if (!origin) return 'this run has no GitHub Deployment of its own'
  const job = thisJob(f, 'deploy', `deployed to ${h.weight}%, handed off (${h.why})`)
  const saved = await savedRollout(f, h, { origin, startedAt: Date.parse(r.startedAt), jobs: [job], decisions: [] })
  return saveAndReport(f, saved, async (pausedId) => {
    await gh.setDeploymentStatus(origin, 'inactive', { description: `handed off to paused rollout ${pausedId}`, logUrl: r.runUrl })
  })
}

async function saveAndReport(
  f: DurableContext,
  saved: SavedRollout,
  after: (pausedId: number) => Promise<void>
): Promise<string | undefined> {
  const gh = f.gh as DurableGitHub
  const line = pausedLine(saved)
  let id: number
  try {
    id = await savePaused(gh, saved, {
      ref: f.s.run.ref || saved.sha,
      production: isProduction(saved.environment),
      line,
      logUrl: f.record.view.runUrl || undefined
    })
  } catch (e) {
    return `could not save the paused rollout on a GitHub Deployment (${(e as Error).message})`
  }
  await after(id).catch((e: Error) => f.log.warning(`the paused rollout is saved on deployment ${id}, but: ${e.message}`))
  f.record.deploymentCreated(String(id))
  f.record.paused(pauseReport(saved, id, line))
  f.record.audit('handoff', 'handed off', { step: saved.step, weight: saved.weight, detail: `deployment ${id}: ${line}` })
  f.log.notice(`Handed off: ${line}`)
  return undefined
}

// ------------------------------------------------------------------ a new deploy

/**
 * Why a new deploy of `environment` may not start: a rollout of it is paused (whatever its age:
 * it holds traffic until someone promotes or aborts it). Undefined when nothing is paused.
 */
export async function pausedBlocks(gh: DurableGitHub, environment: string): Promise<string | undefined> {
  const found = await findPaused(gh, environment)
  if (!('found' in found)) return undefined
  const p = found.found
  return (
    `a rollout of "${environment}" is paused (deployment ${p.id}: ${p.saved.service} ${p.saved.version} at ${p.saved.weight}%; ${p.line}). ` +
    `Finish it first: run Stagegate with mode: promote to continue it or mode: abort to roll it back ` +
    `(or comment /stagegate promote ${environment} / /stagegate abort ${environment} on a pull request)`
  )
}

// ------------------------------------------------------------------ resume / promote / abort

export async function durableFlow(f: DurableContext, req: Request, runEngine: RunEngine): Promise<void> {
  const gh = f.gh
  if (!gh) {
    f.record.failed(
      `mode ${req.mode} needs the GitHub API (a github-token and GITHUB_REPOSITORY): the paused rollout lives on a GitHub Deployment`
    )
    return
  }
  if (req.comment && !(await commenterMayAct(f, gh, req.comment))) return
  const found = await findPaused(gh, f.s.inputs.environment)
  if ('none' in found) return idle(f, gh, req, `no rollout of "${f.s.inputs.environment}" is paused; nothing to do`)
  if ('invalid' in found) {
    f.record.failed(
      `deployment ${found.invalid.id} says it holds a paused rollout, but its payload is not one Stagegate wrote (${found.invalid.error}); nothing was run. Mark it inactive if it is not yours`
    )
    return
  }
  await act(f, gh, req, found.found, runEngine)
}

async function act(f: DurableContext, gh: DurableGitHub, req: Request, paused: PausedRollout, runEngine: RunEngine): Promise<void> {
  const saved = paused.saved
  const now = f.clock.now()
  const next = decide(saved, {
    mode: req.mode,
    now,
    configHash: f.s.configHash,
    expireAfterMs: f.s.env['expire-after'],
    actor: req.actor,
    reason: req.reason
  })
  f.record.resumedFrom(parseRecord(saved.record), paused.id)
  f.record.audit('resume', req.mode, {
    step: saved.step,
    weight: saved.weight,
    detail: `paused rollout ${paused.id}: ${describeNext(next)}`
  })
  if (next.kind === 'refuse') {
    f.record.blocked(next.why)
    return
  }
  withSavedProfile(f, saved)
  const decision = req.mode === 'resume' ? undefined : decisionOf(f, req)
  let claimed: number | undefined
  const resume: ResumeFrom = {
    step: saved.step,
    weight: saved.weight,
    startedAt: stepStart(f, saved),
    baseline: saved.baseline,
    tally: parseTally(saved.tally, f.s.env.analysis.checks.length),
    then: next.kind === 'rollback' ? { rollback: next.reason, trigger: next.trigger } : next.kind,
    claim: async () => {
      const c = await claim(gh, paused, {
        mode: req.mode,
        now: f.clock.now(),
        logUrl: f.record.view.runUrl || undefined,
        production: isProduction(saved.environment)
      })
      if (!c.won) return c.why
      claimed = c.id
      f.record.deploymentCreated(String(c.id))
      f.state.update({ deploymentId: String(c.id), split: true, weight: saved.weight, pausedId: String(paused.id) })
      if (decision) f.record.decided(decision)
      return undefined
    }
  }
  const save = (h: HandOff) =>
    claimed === undefined ? watched(f, gh, paused, saved) : handOffAgain(f, gh, paused, saved, h, claimed, decision)
  const outcome = await runEngine({ resume, save })
  await settle(f, gh, req, paused, outcome, claimed)
}

/** A resume that changed nothing: one status on the paused Deployment. */
async function watched(f: DurableContext, gh: DurableGitHub, paused: PausedRollout, saved: SavedRollout): Promise<string | undefined> {
  const line = pausedLine(saved, f.clock.now())
  try {
    await tick(gh, paused.id, line, f.record.view.runUrl || undefined)
  } catch (e) {
    f.record.note(`the status of paused deployment ${paused.id} was not updated: ${(e as Error).message}`)
  }
  f.record.deploymentCreated(String(paused.id))
  f.record.paused(pauseReport({ ...saved, jobs: [...saved.jobs, thisJob(f, 'resume', 'watched: one round, no change')] }, paused.id, line))
  return undefined // the saved state is unchanged: nothing to roll back for
}

async function handOffAgain(
  f: DurableContext,
  gh: DurableGitHub,
  paused: PausedRollout,
  prev: SavedRollout,
  h: HandOff,
  claimId: number,
  decision?: Decision
): Promise<string | undefined> {
  const job = thisJob(
    f,
    decision?.action ?? 'resume',
    `${decision ? `${decision.action}d by ${decision.actor}; ` : ''}moved to ${h.weight}%, handed off (${h.why})`
  )
  const gap = await unwatched(f, gh, paused, prev)
  const saved = await savedRollout(f, h, {
    origin: prev.origin,
    startedAt: prev.startedAt,
    jobs: [...prev.jobs, job],
    decisions: decision ? [...prev.decisions, decision] : prev.decisions,
    unwatchedMs: gap
  })
  return saveAndReport(f, saved, async (pausedId) => {
    await release(gh, paused.id, `continued by ${claimId}, handed off to ${pausedId}`, f.record.view.runUrl || undefined)
    await gh.setDeploymentStatus(claimId, 'inactive', {
      description: `handed off to paused rollout ${pausedId}`,
      logUrl: f.record.view.runUrl || undefined
    })
  })
}

/** After the engine: a lost claim changes nothing; a finished rollout settles the paused Deployment before its own outcome is written. */
async function settle(
  f: DurableContext,
  gh: DurableGitHub,
  req: Request,
  paused: PausedRollout,
  o: RolloutOutcome,
  claimed: number | undefined
): Promise<void> {
  if (o.lostClaim)
    return idle(
      f,
      gh,
      req,
      `another job is acting on paused rollout ${paused.id}: ${o.lostClaim}; this job changed nothing`,
      req.mode !== 'resume'
    )
  if (req.comment) await reactOrNote(f, gh, req.comment.commentId, '+1')
  if (claimed === undefined) return // only watched: the saved rollout stands as it was
  f.record.rolloutEnded(o)
  if (o.status === 'paused') return // handed off again: saveAndReport wrote the new pause
  const prev = paused.saved
  const job = thisJob(f, req.mode, `${o.status} at ${o.finalWeight}%`)
  const jobs = [...prev.jobs, job]
  const decisions = req.mode === 'resume' ? prev.decisions : [...prev.decisions, decisionOf(f, req)]
  const { runnerMs, wallMs } = timeUsed(jobs)
  const gap = await unwatched(f, gh, paused, prev)
  f.record.paused(pauseReport({ ...prev, jobs, decisions }, paused.id, `resumed from paused rollout ${paused.id}: ${o.status}`, gap), false)
  f.record.audit('resume', 'runner time', {
    detail: `${Math.round(runnerMs / 60_000)} min of runner time over ${Math.round(wallMs / 60_000)} min of wall time`
  })
  try {
    await release(gh, paused.id, `${o.status} (continued by ${claimed})`, f.record.view.runUrl || undefined)
  } catch (e) {
    f.record.note(`could not mark paused deployment ${paused.id} inactive: ${(e as Error).message}`)
  }
}

async function idle(f: DurableContext, gh: DurableGitHub, req: Request, why: string, blocked = false): Promise<void> {
  if (blocked) f.record.blocked(why)
  else f.record.idle(why)
  f.log.info(why)
  if (req.comment) await reactOrNote(f, gh, req.comment.commentId, 'confused')
}

async function commenterMayAct(f: DurableContext, gh: DurableGitHub, c: CommentCommand): Promise<boolean> {
  const role = await gh.collaboratorRole(c.user)
  f.record.audit('comment', `/stagegate ${c.action}`, {
    result: mayAct(role) ? 'allowed' : 'refused',
    detail: `@${c.user} (role ${role}) on #${c.issue}: ${c.reason || 'no reason given'}`
  })
  if (mayAct(role)) return true
  await reactOrNote(f, gh, c.commentId, '-1')
  f.record.blocked(
    `@${c.user} has the role "${role}" on this repository; /stagegate ${c.action} needs write, maintain or admin. Nothing was changed`
  )
  return false
}

async function reactOrNote(f: DurableContext, gh: DurableGitHub, commentId: number, content: '+1' | '-1' | 'confused'): Promise<void> {
  const err = await react(gh, commentId, content)
  if (err) f.record.note(err)
}

// ------------------------------------------------------------------ pieces

async function savedRollout(
  f: DurableContext,
  h: HandOff,
  o: { origin: number; startedAt: number; jobs: JobPart[]; decisions: Decision[]; unwatchedMs?: number }
): Promise<SavedRollout> {
  const r = f.record.view
  const now = f.clock.now()
  return {
    kind: PAUSED_KIND,
    schema: PAYLOAD_SCHEMA,
    environment: f.s.inputs.environment,
    service: r.service,
    version: r.version,
    sha: r.sha,
    configHash: f.s.configHash,
    configPath: f.s.inputs.config,
    ...(r.change?.profile.name ? { profile: r.change.profile.name } : {}),
    origin: o.origin,
    startedAt: o.startedAt,
    pausedAt: now,
    why: h.why,
    step: h.step,
    weight: h.weight,
    pauseEndsAt: h.pauseEndsAt,
    plan: r.plan.map((p) => ({ ...p })),
    baseline: { ...r.baseline },
    tally: h.tally as never,
    record: compactRecord({ ...f.record.snapshot(), status: 'paused', finalWeight: h.weight }, h.step) as never,
    jobs: o.jobs.map((j) => ({ ...j, mode: j.mode as SavedRollout['jobs'][number]['mode'] })),
    decisions: o.decisions,
    ...(o.unwatchedMs ? { unwatchedMs: o.unwatchedMs } : {})
  }
}

function thisJob(f: DurableContext, mode: JobPart['mode'], did: string): JobPart {
  return { runUrl: f.record.view.runUrl, mode, actor: f.s.run.actor, startedAt: f.jobStartedAt, endedAt: f.clock.now(), did }
}

function decisionOf(f: DurableContext, req: Request): Decision {
  return {
    action: req.mode as Decision['action'],
    actor: req.comment?.user ?? req.actor,
    at: f.clock.now(),
    reason: req.reason,
    via: req.comment ? 'comment' : 'input'
  }
}

function pauseReport(saved: SavedRollout, id: number, line: string, unwatchedMs?: number): PauseReport {
  const { runnerMs, wallMs } = timeUsed(saved.jobs)
  const env = saved.environment
  return {
    line,
    next: `Continue now: run Stagegate with \`mode: promote\` (or comment \`/stagegate promote ${env} <reason>\`); stop: \`mode: abort\` (or \`/stagegate abort ${env} <reason>\`). Scheduled \`mode: resume\` runs watch it meanwhile.`,
    deploymentId: String(id),
    jobs: saved.jobs,
    decisions: saved.decisions,
    runnerMs,
    wallMs,
    ...((unwatchedMs ?? saved.unwatchedMs) ? { longestUnwatchedMs: unwatchedMs ?? saved.unwatchedMs } : {})
  }
}

/** The longest stretch the canary ran without a round while this paused Deployment held it (its statuses are the rounds). */
async function unwatched(f: DurableContext, gh: DurableGitHub, paused: PausedRollout, prev: SavedRollout): Promise<number> {
  const times = await statusTimes(gh, paused.id).catch(() => [])
  const gap = longestGap([prev.pausedAt, ...times.map((t) => t.at), f.jobStartedAt])
  return Math.max(gap, prev.unwatchedMs ?? 0)
}

function stepStart(f: DurableContext, saved: SavedRollout): number {
  return f.record.view.steps.findLast((s) => s.index === saved.step)?.startedAt ?? saved.pausedAt
}

/** The rollout goes on with the risk profile it started with (the same config: its hash matched), and its change's type and risk. */
function withSavedProfile(f: DurableContext, saved: SavedRollout): void {
  if (saved.profile) f.s.env = applyProfile(f.s.env, f.s.env.profiles?.[saved.profile as keyof NonNullable<typeof f.s.env.profiles>])
  const c = f.record.view.change
  if (c) f.s.change = { type: c.type, risk: c.risk }
}

function describeNext(n: ReturnType<typeof decide>): string {
  switch (n.kind) {
    case 'refuse':
      return 'refused: the config changed'
    case 'rollback':
      return `roll back (${n.reason})`
    case 'watch':
      return `watch one round, paused ${n.until}`
    case 'continue':
      return `continue: ${n.why}`
  }
}
