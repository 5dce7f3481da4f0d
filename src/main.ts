/**
 * The orchestrator: setup → (plan | deploy) → report. The only place that calls setFailed.
 * Everything it says to the job goes through the runtime it is given (src/runtime).
 */
import { systemClock, type Clock } from './rollout/clock.js'
import type { CommandRunner } from './actions/types.js'
import { createCommandRunner } from './actions/run-command.js'
import { GroupLedger, ledgerPath } from './actions/groups.js'
import { ConfigError, annotate } from './config/file.js'
import { redact, render } from './config/template.js'
import { githubDeadlines } from './github/context.js'
import type { GitHubPort } from './github/port.js'
import { verdictLine } from './report/markdown.js'
import { setup, templateBase, type Setup } from './flow/setup.js'
import { basicsFrom, basicsFromEnv, everyIssue, serviceOf } from './flow/draft.js'
import { RunRecorder } from './record/recorder.js'
import { finalStatusOf, type RecordView } from './record/types.js'
import { publishLocal } from './flow/publish.js'
import { GitHubSide } from './flow/github-side.js'
import { StateSaver, readSavedState } from './flow/state.js'
import { postRollback, closeDeployment, endMainGroups } from './flow/post-rollback.js'
import { rollbackActions } from './actions/action-request.js'
import { makeProviders, type FlowContext } from './flow/context.js'
import { withCancellation } from './flow/cancel.js'
import { Notifications } from './notify/lazy.js'
import { finalEvent } from './notify/event.js'
import type { RiskDecision } from './risk/resolve.js'
import { resolveRisk, auditRisk, deployFlow, planFlow, runDurable } from './flow/lazy.js'
import { durableRequest, prOf } from './durable/request.js'
import type { Runtime } from './runtime/types.js'
import { coreRuntime } from './runtime/core.js'

export interface RunOptions {
  /** The job the run talks to (log, outputs, state, summary, failure); default: the runner's, coreRuntime(). */
  runtime?: Runtime
  /**
   * The job's environment (INPUT_*, GITHUB_*, RUNNER_*, env.NAME placeholders); default process.env.
   * Another object goes with a runtime that reads its inputs from it too (MemoryRuntime in tests).
   */
  env?: NodeJS.ProcessEnv
  clock?: Clock
  /** Cancels the run like SIGINT/SIGTERM do (run() handles those itself): the rollout rolls back before run() returns. */
  signal?: AbortSignal
  runCommand?: CommandRunner
}

/** The main step. SIGINT/SIGTERM while it runs stop the rollout and roll back before it returns. */
export async function run(opts: RunOptions = {}): Promise<void> {
  const env = opts.env ?? process.env
  const runtime = opts.runtime ?? coreRuntime()
  await withCancellation(opts.signal, runtime, (signal) => runMain({ ...opts, runtime, env, signal }))
}

type Resolved = RunOptions & { runtime: Runtime; env: NodeJS.ProcessEnv; signal: AbortSignal }

async function runMain(opts: Resolved): Promise<void> {
  const { runtime: rt, env } = opts
  const clock = opts.clock ?? systemClock
  const started = clock.now()
  let s: Setup
  try {
    s = await setup(rt, env)
  } catch (e) {
    await failBeforeStart(e, started, opts)
    return
  }
  const counter = { count: 0 }
  const durable = durableRequest(s)
  let gh: GitHubPort | undefined
  let risk: RiskDecision | undefined
  try {
    gh = await githubAccess(s, counter, rt) // loads the REST client: a failed load ends the run, reported, before anything starts
    // a durable job continues with the profile its rollout was saved with (src/durable/flow.ts)
    if (!durable) risk = await resolveRisk(s, gh, rt) // the profile becomes s.env before anything else reads it
  } catch (e) {
    await failBeforeStart(e, started, opts)
    return
  }
  const record = new RunRecorder(basicsFrom(s, rt), started, clock)
  if (risk) record.changeClassified(risk.report)
  const ledger = new GroupLedger(ledgerPath(env))
  const state = new StateSaver(rt, {
    environment: s.inputs.environment,
    version: s.version,
    service: s.config.service,
    actions: rollbackActions(s.env.actions),
    groups: ledger.path,
    ...s.change,
    traffic: s.env.traffic
  })
  const runCommand = opts.runCommand ?? createCommandRunner(rt, ledger)
  const f: FlowContext = {
    runtime: rt,
    s,
    clock,
    signal: opts.signal,
    runCommand,
    github: new GitHubSide(gh, {
      environment: s.inputs.environment,
      url: deploymentUrl(s),
      prNumber: s.inputs.prNumber ?? prOf(risk, durable),
      policy: s.config.report['pr-comment'],
      secrets: s.secrets,
      log: rt
    }),
    record,
    providers: makeProviders(s, runCommand),
    notify: s.config.notify.length ? new Notifications(s.config.notify, templateBase(s), s.secrets, rt, environmentUrl(s)) : undefined,
    ledger
  }
  if (risk) auditRisk(record, risk.report)
  try {
    if (durable) await runDurable(f, state, durable)
    else if (s.inputs.mode === 'plan') await planFlow(f)
    else await deployFlow(f, state)
  } catch (e) {
    record.failed((e as Error).message)
    rt.error(`Stagegate failed: ${redact((e as Error).message, s.secrets)}`)
  }
  await conclude(f, counter, state, env)
}

async function conclude(f: FlowContext, counter: { count: number }, state: StateSaver, env: NodeJS.ProcessEnv): Promise<void> {
  const { record, s, runtime: rt } = f
  record.close(f.clock.now(), counter.count)
  const report = record.view
  const status = finalStatusOf(report)
  // saved before any slow GitHub call: a post step after a kill now sees the real outcome
  state.update({ done: true, split: status === 'rollback-failed', weight: report.finalWeight, finalStatus: status })
  // a paused rollout's Deployment stays in_progress (it was written at the hand-off); an idle job has none
  if (s.inputs.mode !== 'plan' && status !== 'paused' && status !== 'idle') await f.github.finalStatus(record)
  state.update({ finalStatusWritten: true })
  if (!quietTick(s, report)) await f.github.finalComment(record, githubDeadlines(env, rt).totalMs)
  record.apiRequestsCounted(counter.count) // the final status and comment included
  if (f.github.gh) record.audit('report', 'github api budget', { detail: `${counter.count} REST requests (retries included)` })
  const { report: clean, lost } = await publishLocal(report, s.secrets, s.config.report.summary, rt, env)
  const event = s.inputs.mode === 'deploy' || (s.inputs.mode !== 'plan' && !quietTick(s, report)) ? finalEvent(status) : undefined
  if (event) f.notify?.emit(event, report, f.clock.now())
  await f.notify?.flush()
  rt.info(verdictLine(clean))
  if (s.inputs.failOn.has(status)) rt.setFailed(failMessage(clean))
  else if (lost) rt.setFailed(`Stagegate ${status}, but ${lost}`)
}

/** A resume that found nothing or only watched: no comment, no notification (a schedule runs it often). */
function quietTick(s: Setup, r: RecordView): boolean {
  return (
    r.status === 'idle' ||
    (s.inputs.mode === 'resume' &&
      r.status === 'paused' &&
      r.deploymentId === r.pause?.deploymentId &&
      r.pause.jobs.at(-1)?.did.startsWith('watched') === true)
  )
}

/** The environment's URL for notification links; undefined when it cannot be rendered. */
function environmentUrl(s: Setup): string | undefined {
  try {
    return s.env.url ? render(s.env.url, templateBase(s), 'url') : undefined
  } catch {
    return undefined
  }
}

/** The Deployment's environment_url: the rendered URL (placeholders filled), redacted like every sink. */
function deploymentUrl(s: Setup): string | undefined {
  const url = environmentUrl(s)
  return url === undefined ? undefined : redact(url, s.secrets)
}

/** The GitHub port, or none without a token or repository. Octokit is loaded only here, when a run talks to GitHub. */
async function githubAccess(s: Setup, counter: { count: number }, rt: Runtime): Promise<GitHubPort | undefined> {
  if (!s.inputs.githubToken || !s.run.owner) {
    const why = !s.inputs.githubToken
      ? 'No github-token (an unexpanded `${{ github.token }}` outside a runner counts as none)'
      : 'No repository (GITHUB_REPOSITORY is unset)'
    rt.notice(`${why}: skipping the GitHub Deployment, the PR comment and GitHub-backed gates.`)
    return undefined
  }
  const { githubPort } = await import('./github/octokit-port.js')
  return githubPort(s.inputs.githubToken, s.run, counter, { log: rt, deadlines: githubDeadlines(s.vars, rt) })
}

/** Inputs or config were bad: annotate, write the report, fail. Nothing else happens. */
async function failBeforeStart(e: unknown, started: number, opts: Resolved): Promise<void> {
  const { runtime: rt, env } = opts
  const clock = opts.clock ?? systemClock
  if (e instanceof ConfigError) annotate(e, rt)
  const service = e instanceof ConfigError ? await serviceOf(e.file, env) : ''
  const record = new RunRecorder({ ...basicsFromEnv(env), service }, started, clock)
  record.failed(e instanceof ConfigError ? everyIssue(e) : (e as Error).message)
  record.close(clock.now(), 0)
  const { report: clean } = await publishLocal(record.view, [], true, rt, env)
  rt.setFailed(clean.error ?? 'Stagegate failed')
}

function failMessage(r: RecordView): string {
  switch (r.status) {
    case 'blocked':
      return `Stagegate blocked the deploy: ${r.error ?? `required gate(s) failed: ${r.failedGates.join(', ')}`}`
    case 'rolled-back':
      return `Stagegate rolled back: ${r.rollback?.reason ?? ''}`
    case 'rollback-failed':
      return `Stagegate could NOT roll back (traffic may still be split at ${r.finalWeight}%): ${r.rollback?.reason ?? ''}`
    default:
      return `Stagegate ${r.status}${r.error ? `: ${r.error}` : ''}`
  }
}

export interface PostOptions {
  /** Default: the runner's, coreRuntime(). */
  runtime?: Runtime
  /** Default: the real runner (output echoed to the runtime's log). */
  runCommand?: CommandRunner
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv
}

/** The post step: finish a rollback the main step could not. */
export async function runPost(opts: PostOptions = {}): Promise<void> {
  const env = opts.env ?? process.env
  const rt = opts.runtime ?? coreRuntime()
  const st = readSavedState(rt)
  if (!st) {
    rt.info('Stagegate post: no saved state; nothing to do.')
    return
  }
  try {
    const stuck = await endMainGroups(st, rt)
    const rolled = await postRollback(st, opts.runCommand ?? createCommandRunner(rt), rt, env)
    const out = stuck ? { ran: true, ok: false, message: `${rolled.message}; but ${stuck}` } : rolled
    rt.info(`Stagegate post: ${out.message}`)
    await closeDeployment(st, out, rt, env)
    if (!out.ran) return
    await rt.appendSummary(`\n> ${out.ok ? '↩️' : '🚨'} **Stagegate post step:** ${out.message}\n`).catch(() => undefined)
    if (!out.ok) rt.setFailed(out.message)
  } catch (e) {
    rt.setFailed(`Stagegate post step failed: ${(e as Error).message}`)
  }
}
