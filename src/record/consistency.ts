/**
 * What a run record must hold beyond its shape: the facts a resumed rollout relies on (steps
 * numbered as planned, measurements of started steps, weights that are percentages, a status
 * that agrees with the finish time and the rollback). Pure; every problem is one `path: why` line.
 */
import type { RecordView } from './types.js'

type Issues = string[]

/** Every inconsistency of a well-shaped record, in field order; empty when there is none. */
export function consistencyIssues(r: RecordView): Issues {
  return [...planIssues(r), ...stepIssues(r), ...measurementIssues(r), ...weightIssues(r), ...lifecycleIssues(r), ...outcomeIssues(r)]
}

const isPercent = (w: number) => w >= 0 && w <= 100
const isCount = (n: number) => Number.isInteger(n) && n >= 0

function planIssues(r: RecordView): Issues {
  return r.plan.flatMap((p, i) => [
    ...(p.index === i + 1 ? [] : [`plan.${i}.index: ${p.index}, expected ${i + 1} (plan steps are numbered 1..n in order)`]),
    ...(isPercent(p.weight) ? [] : [`plan.${i}.weight: ${p.weight} is not within 0..100`]),
    ...(p.pauseMs >= 0 ? [] : [`plan.${i}.pauseMs: ${p.pauseMs} is negative`]),
    ...(isCount(p.measurements) ? [] : [`plan.${i}.measurements: ${p.measurements} is not a count`])
  ])
}

/** Steps 1..k of the plan, in order; each at its planned weight; only the last may be other than passed. */
function stepIssues(r: RecordView): Issues {
  const out: Issues = []
  if (r.steps.length > r.plan.length) out.push(`steps: ${r.steps.length} steps, but the plan has ${r.plan.length}`)
  r.steps.forEach((s, i) => {
    if (s.index !== i + 1) out.push(`steps.${i}.index: ${s.index}, expected ${i + 1} (steps run 1..n in the plan's order)`)
    const planned = r.plan[s.index - 1]
    if (planned && planned.weight !== s.weight) out.push(`steps.${i}.weight: ${s.weight}, but plan step ${s.index} is at ${planned.weight}`)
    if (i < r.steps.length - 1 && s.result !== 'passed') out.push(`steps.${i}.result: ${s.result}, but step ${i + 2} started after it`)
  })
  return out
}

/** Every measurement belongs to a step of the plan that started. */
function measurementIssues(r: RecordView): Issues {
  const out: Issues = []
  r.measurements.forEach((m, i) => {
    if (!Number.isInteger(m.step) || m.step < 1 || m.step > r.plan.length)
      out.push(`measurements.${i}.step: ${m.step} is not a step of the plan (1..${r.plan.length})`)
    else if (m.step > r.steps.length) out.push(`measurements.${i}.step: step ${m.step} never started (${r.steps.length} did)`)
  })
  return out
}

function weightIssues(r: RecordView): Issues {
  const out: Issues = []
  if (!isPercent(r.finalWeight)) out.push(`finalWeight: ${r.finalWeight} is not within 0..100`)
  const rb = r.rollback
  if (rb && !isPercent(rb.weight)) out.push(`rollback.weight: ${rb.weight} is not within 0..100`)
  if (rb?.step !== undefined && (rb.step < 1 || rb.step > r.steps.length))
    out.push(`rollback.step: ${rb.step} is not a step that started (1..${r.steps.length})`)
  return out
}

/** Times are dates; a running record has no finish yet; a finished one took the time between its start and finish. */
function lifecycleIssues(r: RecordView): Issues {
  const started = Date.parse(r.startedAt)
  const finished = Date.parse(r.finishedAt)
  if (Number.isNaN(started)) return [`startedAt: "${r.startedAt}" is not a date`]
  if (Number.isNaN(finished)) return [`finishedAt: "${r.finishedAt}" is not a date`]
  if (r.status === 'running' && (finished !== started || r.durationMs !== 0))
    return [`status: running, but the record is finished (finishedAt ${r.finishedAt}, durationMs ${r.durationMs})`]
  if (r.durationMs !== Math.max(0, finished - started))
    return [`durationMs: ${r.durationMs}, but ${r.startedAt} → ${r.finishedAt} is ${Math.max(0, finished - started)}`]
  return []
}

/** The status agrees with the mode, the steps and the rollback. */
function outcomeIssues(r: RecordView): Issues {
  const out: Issues = []
  const s = r.status
  if ((s === 'rolled-back' || s === 'rollback-failed') && !r.rollback) out.push(`status: ${s}, but there is no rollback`)
  if ((s === 'succeeded' || s === 'planned' || s === 'blocked') && r.rollback) out.push(`rollback: present, but the status is ${s}`)
  if (s === 'succeeded' && (r.steps.length !== r.plan.length || r.steps.some((x) => x.result !== 'passed')))
    out.push(`status: succeeded, but not every planned step passed`)
  if (s === 'blocked' && r.steps.length) out.push(`status: blocked, but ${r.steps.length} step(s) ran`)
  if (s === 'planned' && r.mode !== 'plan') out.push(`status: planned, but the mode is ${r.mode}`)
  if (r.mode === 'plan' && (r.steps.length || r.measurements.length)) out.push('mode: plan, but the record has steps or measurements')
  const names = new Set(r.gates.map((g) => g.name))
  r.failedGates.forEach((g, i) => {
    if (!names.has(g)) out.push(`failedGates.${i}: "${g}" is not one of the gates`)
  })
  return out
}
