/** mode: deploy — lock, Deployment, gates, then the rollout engine. */
import * as core from '@actions/core'
import { runGates } from '../gates/runner.js'
import { buildPlan, describeAnalysis } from '../rollout/plan.js'
import { runRollout } from '../rollout/engine.js'
import type { EngineEvents, ActionContext } from '../rollout/types.js'
import type { ActionName } from '../config/schema.js'
import { actionRequest } from '../actions/action-request.js'
import { progressLine } from '../report/markdown.js'
import type { MeasurementRecord, StepRecord } from '../report/types.js'
import { type FlowContext, commandBase, gateContext, measureWith } from './context.js'
import type { StateSaver } from './state.js'
import { afterRollout, phaseOrder, runBackup, runMigrate } from '../risk/phases.js'
import { changePayload } from '../risk/resolve.js'
import { templateBase } from './setup.js'
import { runTrafficAction } from '../traffic/lazy.js'
import { handOffNew, pausedBlocks, type RunEngine } from '../durable/flow.js'
import { durableContext, handOffPolicy } from '../durable/context.js'
import { durableGitHub } from '../durable/octokit-adapter.js'

export async function deployFlow(f: FlowContext, state: StateSaver): Promise<void> {
  const { report, audit } = f
  report.plan = buildPlan(f.s.env)
  report.phases = phaseOrder(f.s.env, report.plan)
  await f.github.createDeployment(report, { service: report.service, version: report.version, strategy: report.strategy, plan: report.plan, ...changePayload(report) })
  state.update({ deploymentId: report.deploymentId })
  audit.record('deployment', 'created', { detail: report.deploymentId || 'no GitHub Deployment' })
  const lock = (await pausedHere(f)) ?? (await f.github.lockHeldBy(f.clock.now(), report.deploymentId))
  if (lock) {
    report.status = 'blocked'
    report.error = lock
    audit.record('lock', 'blocked', { detail: lock })
    return
  }
  // the PR comment is first written when step 1 starts (then once per step and at the end)
  if (!(await gatesPass(f))) return
  f.notify?.emit('started', report, f.clock.now())
  if (!(await runBackup(f))) return
  const migrated = await runMigrate(f, state)
  if (migrated === 'failed') return
  await rollout(f, state)
  if (migrated === 'ran') await afterRollout(f, state)
}

/** A paused rollout of the environment blocks a new deploy (SPEC §4); unreadable deployments are the lock's to judge. */
async function pausedHere(f: FlowContext): Promise<string | undefined> {
  if (!f.github.gh) return undefined
  return pausedBlocks(durableGitHub(f.github.gh), f.s.inputs.environment).catch(() => undefined)
}

async function gatesPass(f: FlowContext): Promise<boolean> {
  const { report, audit, s } = f
  core.startGroup(`Gates (${s.env.gates.length})`)
  try {
    const res = await runGates(s.env.gates, {
      ctx: gateContext(f),
      signal: f.signal,
      overrides: { names: s.inputs.overrideGates, reason: s.inputs.overrideReason }
    })
    report.gates = res.records
    report.failedGates = res.failedRequired
    report.approvals = res.approvals
    for (const g of res.records) audit.record('gates', `gate ${g.name}`, { result: g.status, detail: g.detail })
  } finally {
    core.endGroup()
  }
  if (s.inputs.overrideGates.length) {
    report.overrides = { gates: s.inputs.overrideGates, reason: s.inputs.overrideReason, actor: s.run.actor }
  }
  if (f.signal.aborted) {
    report.error = `${String(f.signal.reason ?? 'cancelled')} while the gates ran; nothing was deployed`
    return false
  }
  if (report.failedGates.length === 0) return true
  report.status = 'blocked'
  core.error(`blocked by required gate(s): ${report.failedGates.join(', ')}`)
  return false
}

async function rollout(f: FlowContext, state: StateSaver): Promise<void> {
  const { report, s } = f
  const live: { steps: StepRecord[]; measurements: MeasurementRecord[] } = { steps: [], measurements: [] }
  report.steps = live.steps
  report.measurements = live.measurements
  const groups = new LogGroups()
  const jobStartedAt = Date.parse(report.startedAt)
  const result = await runRollout(
    { env: s.env, plan: report.plan, handOff: handOffPolicy(f, jobStartedAt, (h) => handOffNew({ ...durableContext(f, state), jobStartedAt }, h)) },
    {
      clock: f.clock,
      signal: f.signal,
      runAction: (name, ctx, signal) => runAction(f, name, ctx, signal),
      measure: measureWith(f),
      events: engineEvents(f, state, live, groups)
    }
  ).finally(() => groups.end())
  Object.assign(report, {
    status: result.status,
    finalWeight: result.finalWeight,
    baseline: result.baseline,
    steps: result.steps,
    measurements: result.measurements,
    commands: [...report.commands, ...result.commands],
    rollback: result.rollback
  })
  if (result.error) report.error = result.error
  report.analysis = describeAnalysis(s.env.analysis, result.baseline)
}

/** The engine for a job continuing a handed-off rollout (src/durable/flow.ts): the report already holds the saved steps. */
export function durableEngine(f: FlowContext, state: StateSaver, jobStartedAt: number): RunEngine {
  return async ({ resume, save }) => {
    const { report, s } = f
    const groups = new LogGroups()
    const events = engineEvents(f, state, { steps: report.steps, measurements: report.measurements }, groups)
    return runRollout(
      { env: s.env, plan: report.plan, resume, handOff: handOffPolicy(f, jobStartedAt, save) },
      {
        clock: f.clock,
        signal: f.signal,
        runAction: (name, ctx, signal) => runAction(f, name, ctx, signal),
        measure: measureWith(f),
        events: {
          ...events,
          onStepResume: (step) => {
            const i = report.steps.findIndex((x) => x.index === step.index)
            if (i >= 0) report.steps[i] = step
            else report.steps.push(step)
          },
          onCommand: (c) => {
            report.commands.push(c)
            events.onCommand?.(c)
          }
        }
      }
    ).finally(() => groups.end())
  }
}

function runAction(f: FlowContext, name: ActionName, ctx: ActionContext, signal: AbortSignal) {
  const request = actionRequest(f.s.env.actions, name, commandBase(f.s), ctx, f.s.run.workspace, signal)
  if (request) return f.runCommand(request)
  // No command of the user's for this action: a built-in traffic adapter, if configured, does it.
  const traffic = f.s.env.traffic
  return traffic ? runTrafficAction(traffic, name, ctx, templateBase(f.s, ctx.weight), signal) : Promise.resolve(null)
}

/** One collapsible log group per phase (baseline, deploy, promote, rollback) and per step; never nested. */
class LogGroups {
  private open = false
  start(title: string): void {
    this.end()
    core.startGroup(title)
    this.open = true
  }
  end(): void {
    if (this.open) core.endGroup()
    this.open = false
  }
}

function engineEvents(f: FlowContext, state: StateSaver, live: { steps: StepRecord[]; measurements: MeasurementRecord[] }, groups: LogGroups): EngineEvents {
  const { audit, report } = f
  return {
    onPhase: (phase, detail) => {
      if (phase === 'step') groups.end()
      else groups.start(`${phase[0].toUpperCase()}${phase.slice(1)} · ${detail}`)
      core.info(`▶ ${phase}: ${detail}`)
      audit.record(phase, phase, { detail })
    },
    onTrafficState: (split, weight) => state.update({ split, weight }),
    onStepStart: (step, total) => {
      groups.start(`Step ${step.index}/${total} · ${step.weight}% · pause ${Math.round(step.pauseMs / 1000)}s`)
      live.steps.push(step)
      f.notify?.emit('step', report, f.clock.now(), { index: step.index, total })
      audit.record('step', 'step started', { step: step.index, weight: step.weight })
      void f.github.comment(report, false)
    },
    onRound: (records, step, elapsedMs, total) => {
      live.measurements.push(...records)
      core.info(progressLine(step, total, records, elapsedMs))
    },
    onStepEnd: (step) => {
      audit.record('step', 'step ended', { step: step.index, weight: step.weight, result: step.result, detail: step.reason })
      groups.end()
    },
    onCommand: (c) => audit.record('action', c.action, { step: c.step, weight: c.weight, result: c.outcome })
  }
}
