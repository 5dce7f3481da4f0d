/** mode: plan — validate, evaluate read-only gates, probe every metric once, render the plan. */
import { runGates } from '../gates/runner.js'
import { buildPlan, estimateDurations } from '../rollout/plan.js'
import { describeAnalysis } from '../analysis/describe.js'
import { formatDuration } from '../config/units.js'
import { phaseOrder } from '../risk/phases.js'
import { type FlowContext, gateContext, measureWith } from './context.js'
import type { GateType } from '../config/schema.js'

/**
 * Gates that make no request to an address the config names: a fork's pull request may run
 * these (GitHub API gates go to GitHub with the run's read-only token; window and coverage
 * are local). Every other type, including any added later, is skipped on a fork.
 */
const FORK_SAFE_GATES: readonly GateType[] = [
  'window',
  'coverage',
  'github-checks',
  'github-deployment',
  'code-scanning',
  'dependabot',
  'approval'
]

export function forkNote(head: string): string {
  return `pull request from another repository (${head}): its config is untrusted, so plan mode made no request the config names (metric probes, http and metric gates skipped); only validation, rendering and GitHub API gates ran`
}

export async function planFlow(f: FlowContext): Promise<void> {
  const { record, s } = f
  if (s.forkHead) {
    record.note(forkNote(s.forkHead))
    f.runtime.notice(forkNote(s.forkHead))
  }
  const plan = buildPlan(s.env)
  record.planned(plan, phaseOrder(s.env, plan))
  const est = estimateDurations(plan, s.env.analysis)
  record.note(
    `estimated minimum duration ${formatDuration(est.minimumMs)}; worst-case time from a breach to rollback ${formatDuration(est.worstCaseRollbackMs)}`
  )
  f.runtime.startGroup('Gates (read-only, plan mode)')
  try {
    const res = await runGates(s.env.gates, {
      ctx: gateContext(f),
      signal: f.signal,
      log: f.runtime,
      overrides: { names: s.inputs.overrideGates, reason: s.inputs.overrideReason },
      readOnlyOnly: true,
      skip: (g) =>
        s.forkHead && !FORK_SAFE_GATES.includes(g.type)
          ? `not evaluated: pull request from another repository (${s.forkHead}); plan mode makes no request its config names`
          : undefined
    })
    record.gatesDone(res)
  } finally {
    f.runtime.endGroup()
  }
  if (!s.forkHead) await probeMetrics(f)
  record.analysisPlanned(describeAnalysis(s.env.analysis, record.view.baseline))
  record.planDone()
}

/** Proves each metric the environment uses returns data, measured once on the stable track. */
async function probeMetrics(f: FlowContext): Promise<void> {
  const { record, s } = f
  const names = new Set(s.env.analysis.checks.map((c) => c.metric))
  for (const g of s.env.gates) if (g.type === 'metric') names.add(g.metric)
  const measure = measureWith(f)
  f.runtime.startGroup(`Metrics (${names.size})`)
  try {
    for (const name of names) {
      if (f.providers.get(name)?.readOnly === false) {
        record.note(`metric ${name} not probed: plan mode runs no command (command metrics run your scripts)`)
        continue
      }
      const m = await measure(name, 'stable', 0, f.signal)
      record.baselineMeasured(name, m.kind === 'value' ? m.value : null)
      const line = m.kind === 'value' ? `metric ${name}: ${m.value}` : `metric ${name}: ${m.kind} — ${m.detail}`
      if (m.kind === 'value') f.runtime.info(line)
      else {
        f.runtime.warning(line)
        record.note(line)
      }
    }
  } finally {
    f.runtime.endGroup()
  }
}
