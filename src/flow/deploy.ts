/** mode: deploy — lock, Deployment, gates, then the rollout engine. */
import { runGates } from '../gates/runner.js'
import { buildPlan } from '../rollout/plan.js'
import { describeAnalysis } from '../analysis/describe.js'
import { runRollout } from '../rollout/engine.js'
import type { EngineEvents, ActionContext } from '../rollout/types.js'
import type { ActionName } from '../config/schema.js'
import { actionRequest } from '../actions/action-request.js'
import { progressLine } from '../report/markdown.js'
import { type FlowContext, commandBase, gateContext, measureWith } from './context.js'
import type { StateSaver } from './state.js'
import { afterRollout, phaseOrder, runBackup, runMigrate } from '../risk/phases.js'
import { changePayload } from '../risk/resolve.js'
import { templateBase } from './setup.js'
import { runTrafficAction } from '../traffic/lazy.js'
import { handOffNew, pausedBlocks, type RunEngine } from '../durable/flow.js'
import { durableContext, handOffPolicy } from '../durable/context.js'
import type { Log } from '../runtime/types.js'

export async function deployFlow(f: FlowContext, state: StateSaver): Promise<void> {
  const { record } = f
  const plan = buildPlan(f.s.env)
  record.planned(plan, phaseOrder(f.s.env, plan))
  const r = record.view
  await f.github.createDeployment(record, {
    service: r.service,
    version: r.version,
    strategy: r.strategy,
    plan: r.plan,
    ...changePayload(r)
  })
  state.update({ deploymentId: r.deploymentId })
  record.audit('deployment', 'created', { detail: r.deploymentId || 'no GitHub Deployment' })
  const held = await f.github.lockHeldBy(f.clock.now(), r.deploymentId)
  const lock = (await pausedHere(f)) ?? held
  if (lock) {
    record.blocked(lock)
    record.audit('lock', 'blocked', { detail: lock })
    return
  }
  // the PR comment is first written when step 1 starts (then once per step and at the end)
  if (!(await gatesPass(f))) return
  f.notify?.emit('started', r, f.clock.now())
  if (!(await runBackup(f))) return
  const migrated = await runMigrate(f, state)
  if (migrated === 'failed') return
  await rollout(f, state)
  if (migrated === 'ran') await afterRollout(f, state)
}

/**
 * A paused rollout of the environment blocks a new deploy (SPEC §4), whatever its age. Looked up
 * only when the lock scan listed a Deployment saying it holds one (no extra request otherwise);
 * unreadable deployments are the lock's to judge.
 */
async function pausedHere(f: FlowContext): Promise<string | undefined> {
  if (!f.github.gh || f.github.pausedSeen === undefined) return undefined
  return pausedBlocks(f.github.gh, f.s.inputs.environment).catch(() => undefined)
}

async function gatesPass(f: FlowContext): Promise<boolean> {
  const { record, s } = f
  f.runtime.startGroup(`Gates (${s.env.gates.length})`)
  try {
    const res = await runGates(s.env.gates, {
      ctx: gateContext(f),
      signal: f.signal,
      log: f.runtime,
      overrides: { names: s.inputs.overrideGates, reason: s.inputs.overrideReason }
    })
    record.gatesDone(res)
    for (const g of res.records) record.audit('gates', `gate ${g.name}`, { result: g.status, detail: g.detail })
  } finally {
    f.runtime.endGroup()
  }
  if (s.inputs.overrideGates.length) {
    record.gatesOverridden({ gates: s.inputs.overrideGates, reason: s.inputs.overrideReason, actor: s.run.actor })
  }
  if (f.signal.aborted) {
    record.failed(`${String(f.signal.reason ?? 'cancelled')} while the gates ran; nothing was deployed`)
    return false
  }
  const failed = record.view.failedGates
  if (failed.length === 0) return true
  record.blocked()
  f.runtime.error(`blocked by required gate(s): ${failed.join(', ')}`)
  return false
}

async function rollout(f: FlowContext, state: StateSaver): Promise<void> {
  const { record, s } = f
  const durable = durableContext(f, state)
  const outcome = await wiredEngine(f, state, durable.jobStartedAt)({ save: (h) => handOffNew(durable, h) })
  record.rolloutEnded(outcome)
  record.analysisPlanned(describeAnalysis(s.env.analysis, record.view.baseline))
}

/**
 * The engine wired to this run (clock, signal, commands, metrics, record, log groups): a deploy
 * starts it fresh; a job continuing a handed-off rollout (src/durable/flow.ts) passes `resume`,
 * and its report already holds the saved steps.
 */
export function wiredEngine(f: FlowContext, state: StateSaver, jobStartedAt: number): RunEngine {
  return async ({ resume, save }) => {
    const groups = new LogGroups(f.runtime)
    return runRollout(
      { env: f.s.env, plan: f.record.view.plan, resume, handOff: handOffPolicy(f, jobStartedAt, save) },
      {
        clock: f.clock,
        signal: f.signal,
        log: f.runtime,
        runAction: (name, ctx, signal) => runAction(f, name, ctx, signal),
        measure: measureWith(f),
        events: f.record.engineEvents(engineEvents(f, state, groups))
      }
    ).finally(() => groups.end())
  }
}

function runAction(f: FlowContext, name: ActionName, ctx: ActionContext, signal: AbortSignal) {
  const request = actionRequest(f.s.env.actions, name, commandBase(f.s), ctx, f.s.run.workspace, signal)
  if (request) return f.runCommand(request)
  // No command of the user's for this action: a built-in traffic adapter, if configured, does it.
  const traffic = f.s.env.traffic
  return traffic ? runTrafficAction(traffic, name, ctx, templateBase(f.s, ctx.weight), signal, f.runtime, f.ledger) : Promise.resolve(null)
}

/** One collapsible log group per phase (baseline, deploy, promote, rollback) and per step; never nested. */
class LogGroups {
  private open = false
  constructor(private readonly log: Log) {}
  start(title: string): void {
    this.end()
    this.log.startGroup(title)
    this.open = true
  }
  end(): void {
    if (this.open) this.log.endGroup()
    this.open = false
  }
}

/** What the flow does on the engine's events besides recording them (the recorder does that first): logs, audit, saved state, notifications, the live comment. */
function engineEvents(f: FlowContext, state: StateSaver, groups: LogGroups): EngineEvents {
  const { record } = f
  return {
    onPhase: (phase, detail) => {
      if (phase === 'step') groups.end()
      else groups.start(`${phase[0].toUpperCase()}${phase.slice(1)} · ${detail}`)
      f.runtime.info(`▶ ${phase}: ${detail}`)
      record.audit(phase, phase, { detail })
    },
    onTrafficState: (split, weight) => state.update({ split, weight }),
    onStepStart: (step, total) => {
      groups.start(`Step ${step.index}/${total} · ${step.weight}% · pause ${Math.round(step.pauseMs / 1000)}s`)
      f.notify?.emit('step', record.view, f.clock.now(), { index: step.index, total })
      record.audit('step', 'step started', { step: step.index, weight: step.weight })
      void f.github.comment(record.view, false)
    },
    onRound: (records, step, elapsedMs, total) => {
      f.runtime.info(progressLine(step, total, records, elapsedMs))
    },
    onStepEnd: (step) => {
      record.audit('step', 'step ended', { step: step.index, weight: step.weight, result: step.result, detail: step.reason })
      groups.end()
    },
    onCommand: (c) => record.audit('action', c.action, { step: c.step, weight: c.weight, result: c.outcome })
  }
}
