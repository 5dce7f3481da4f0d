/**
 * The rollout plan: which weights, how long each pause, how many measurements fit (pure).
 *
 * Measurement schedule inside a pause (the engine follows it exactly): measurement k happens at
 * `initial-delay + k × interval` after the pause starts, for k = 1..n while that is within the
 * pause, so the last one looks at the end of the window. When none fits (a pause shorter than
 * initial-delay + interval) but the pause is not zero, one measurement happens at its end.
 */
import { DEFAULT_CANARY_STEPS, type AnalysisConfig, type EnvironmentConfig } from '../config/schema.js'
import { parseDuration } from '../config/units.js'
import type { AnalysisPlan, PlanStep } from '../report/types.js'
import { limits } from '../metrics/evaluate.js'

const DEFAULT_BLUE_GREEN_PAUSE_MS = 5 * 60_000

interface RawStep {
  weight: number
  pauseMs: number
}

export function buildPlan(env: EnvironmentConfig): PlanStep[] {
  return rawSteps(env).map((s, i) => ({
    index: i + 1,
    weight: s.weight,
    pauseMs: s.pauseMs,
    measurements: measurementCount(s.pauseMs, env.analysis)
  }))
}

function rawSteps(env: EnvironmentConfig): RawStep[] {
  const given = env.steps
  switch (env.strategy) {
    case 'canary':
      return given?.map((s, i) => ({ weight: canaryWeight(s.weight, i), pauseMs: s.pause })) ?? defaultCanarySteps()
    case 'blue-green':
      // steps only set pauses (the schema refuses other weights): preview at 0, then the switch
      return [
        { weight: 0, pauseMs: given?.[0]?.pause ?? DEFAULT_BLUE_GREEN_PAUSE_MS },
        { weight: 100, pauseMs: given?.[1]?.pause ?? DEFAULT_BLUE_GREEN_PAUSE_MS }
      ]
    case 'all-at-once':
      return [{ weight: 100, pauseMs: given?.[0]?.pause ?? 0 }]
    default:
      throw new Error(`unknown strategy "${String((env as { strategy: unknown }).strategy)}"`)
  }
}

function canaryWeight(weight: number | undefined, i: number): number {
  if (weight === undefined) throw new Error(`canary step ${i + 1} has no weight (the schema requires one)`)
  return weight
}

function defaultCanarySteps(): RawStep[] {
  return DEFAULT_CANARY_STEPS.map((s) => {
    const d = parseDuration(s.pause)
    if (!d.ok) throw new Error(`DEFAULT_CANARY_STEPS: ${d.error}`)
    return { weight: s.weight, pauseMs: d.ms }
  })
}

type Timing = Pick<AnalysisConfig, 'interval' | 'initial-delay' | 'checks'>

/** How many measurement rounds fit into a pause (see the schedule at the top). */
export function measurementCount(pauseMs: number, a: Timing): number {
  if (a.checks.length === 0 || pauseMs <= 0) return 0
  return Math.max(1, Math.floor((pauseMs - a['initial-delay']) / a.interval))
}

/** Offsets (ms from the pause start) of the measurement rounds in a pause; the engine's schedule. */
export function measurementOffsets(pauseMs: number, a: Timing): number[] {
  const n = measurementCount(pauseMs, a)
  if (n === 0) return []
  if (a['initial-delay'] + a.interval > pauseMs) return [pauseMs]
  return Array.from({ length: n }, (_, k) => a['initial-delay'] + (k + 1) * a.interval)
}

/**
 * `minimumMs`: the sum of the pauses (commands take extra time).
 * `worstCaseRollbackMs`: from a breach that starts at a step's beginning until the rollback
 * starts — initial-delay, then failure-limit + 1 failing intervals. 0 when nothing is analysed.
 */
export function estimateDurations(
  plan: PlanStep[],
  analysis: Pick<AnalysisConfig, 'interval' | 'initial-delay' | 'failure-limit'>
): { minimumMs: number; worstCaseRollbackMs: number } {
  const minimumMs = plan.reduce((sum, s) => sum + s.pauseMs, 0)
  const analysed = plan.some((s) => s.measurements > 0)
  const worstCaseRollbackMs = analysed ? analysis['initial-delay'] + (analysis['failure-limit'] + 1) * analysis.interval : 0
  return { minimumMs, worstCaseRollbackMs }
}

/** The analysis of every pause, each check's bound resolved against `baseline` where it is relative. */
export function describeAnalysis(a: AnalysisConfig, baseline: Record<string, number | null>): AnalysisPlan {
  return {
    intervalMs: a.interval,
    initialDelayMs: a['initial-delay'],
    failureLimit: a['failure-limit'],
    inconclusiveLimit: a['inconclusive-limit'],
    checks: a.checks.map((c) => ({ metric: c.metric, track: c.track, bound: limits(c, baseline[c.metric]).bound, onNoData: c['on-no-data'] }))
  }
}
