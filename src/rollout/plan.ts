/**
 * The rollout plan: which weights, how long each pause, how many measurements fit (pure; the
 * measurement schedule itself is analysis/rounds.ts).
 */
import { DEFAULT_CANARY_STEPS, UNTIL_PROMOTED, type StepConfig, type AnalysisConfig, type EnvironmentConfig } from '../config/schema.js'
import type { PlanStep } from '../report/types.js'
import { measurementCount } from '../analysis/rounds.js'

const DEFAULT_BLUE_GREEN_PAUSE_MS = 5 * 60_000

interface RawStep {
  weight: number
  pauseMs: number
  /** `pause: until-promoted` (pauseMs is then 0): held until a person promotes or aborts. */
  untilPromoted?: true
}

/** A configured pause as the plan holds it: milliseconds, or held until promoted. */
function pauseOf(pause: StepConfig['pause'] | undefined, fallbackMs: number): Pick<RawStep, 'pauseMs' | 'untilPromoted'> {
  if (pause === undefined) return { pauseMs: fallbackMs }
  return pause === UNTIL_PROMOTED ? { pauseMs: 0, untilPromoted: true } : { pauseMs: pause }
}

export function buildPlan(env: EnvironmentConfig): PlanStep[] {
  const steps = rawSteps(env)
  return steps.map((s, i) => ({
    index: i + 1,
    weight: s.weight,
    pauseMs: s.pauseMs,
    ...(s.untilPromoted ? { untilPromoted: true as const } : {}),
    measurements: measurementCount(s.pauseMs, env.analysis, i === steps.length - 1)
  }))
}

function rawSteps(env: EnvironmentConfig): RawStep[] {
  const given = env.steps
  switch (env.strategy) {
    case 'canary':
      return given?.map((s, i) => ({ weight: canaryWeight(s.weight, i), ...pauseOf(s.pause, 0) })) ?? defaultCanarySteps()
    case 'blue-green':
      // steps only set pauses (the schema refuses other weights): preview at 0, then the switch
      return [
        { weight: 0, ...pauseOf(given?.[0]?.pause, DEFAULT_BLUE_GREEN_PAUSE_MS) },
        { weight: 100, ...pauseOf(given?.[1]?.pause, DEFAULT_BLUE_GREEN_PAUSE_MS) }
      ]
    case 'all-at-once':
      return [{ weight: 100, ...pauseOf(given?.[0]?.pause, 0) }]
    default:
      throw new Error(`unknown strategy "${String((env as { strategy: unknown }).strategy)}"`)
  }
}

function canaryWeight(weight: number | undefined, i: number): number {
  if (weight === undefined) throw new Error(`canary step ${i + 1} has no weight (the schema requires one)`)
  return weight
}

function defaultCanarySteps(): RawStep[] {
  return DEFAULT_CANARY_STEPS.map((s) => ({ weight: s.weight, pauseMs: s.pause }))
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
