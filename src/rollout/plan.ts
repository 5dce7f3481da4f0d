/**
 * The rollout plan: which weights, how long each pause, how many measurements fit (pure).
 *
 * Measurement schedule (the engine follows it exactly, see `nextRoundAt`): rounds at
 * `initial-delay + k × interval` from the step's start, through set-weight, verify and the pause,
 * and one more at the pause's end, right before the next weight (the boundary round).
 */
import { DEFAULT_CANARY_STEPS, UNTIL_PROMOTED, type StepConfig, type AnalysisConfig, type CheckConfig, type EnvironmentConfig } from '../config/schema.js'
import { formatDuration, parseDuration } from '../config/units.js'
import type { AnalysisPlan, PlanStep } from '../report/types.js'
import { fmt, limits } from '../metrics/evaluate.js'
import { describeComparisonBound } from './analysis.js'

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
  return DEFAULT_CANARY_STEPS.map((s) => {
    const d = parseDuration(s.pause)
    if (!d.ok) throw new Error(`DEFAULT_CANARY_STEPS: ${d.error}`)
    return { weight: s.weight, pauseMs: d.ms }
  })
}

type Timing = Pick<AnalysisConfig, 'interval' | 'initial-delay' | 'checks'>

/**
 * How many measurement rounds a step takes when its set-weight and verify take no time: the
 * rounds at `initial-delay + k × interval` that fall inside the pause, plus the boundary round at
 * the pause's end (a step without a pause gets that one only when another step follows).
 */
export function measurementCount(pauseMs: number, a: Timing, isLast = false): number {
  if (a.checks.length === 0) return 0
  if (pauseMs <= 0) return isLast ? 0 : 1
  return measurementOffsets(pauseMs, a).length
}

/** Offsets (ms from the step's start, actions taking no time) of a step's rounds; the last is the boundary round. */
export function measurementOffsets(pauseMs: number, a: Timing): number[] {
  if (a.checks.length === 0) return []
  const offsets: number[] = []
  for (let at = nextRoundAt(0, undefined, a); at < pauseMs; at = nextRoundAt(0, at, a)) offsets.push(at)
  return [...offsets, pauseMs]
}

/**
 * The engine's schedule: a step's rounds fall at `start + initial-delay + k × interval` (k ≥ 1),
 * counted from the step's start (set-weight), whatever the actions take; this gives the first one
 * strictly after `last` (the step's previous round, if any).
 */
export function nextRoundAt(start: number, last: number | undefined, a: Pick<AnalysisConfig, 'interval' | 'initial-delay'>): number {
  const first = start + a['initial-delay'] + a.interval
  if (last === undefined || last < first) return first
  return first + (Math.floor((last - first) / a.interval) + 1) * a.interval
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
  const plan: AnalysisPlan = {
    intervalMs: a.interval,
    initialDelayMs: a['initial-delay'],
    failureLimit: a['failure-limit'],
    inconclusiveLimit: a['inconclusive-limit'],
    checks: a.checks.map((c) => ({
      metric: c.metric,
      track: c.track,
      bound: c.statistics ? describeComparisonBound(c.statistics) : limits(c, baseline[c.metric]).bound,
      onNoData: c['on-no-data'],
      explain: explainCheck(c, a, baseline[c.metric])
    }))
  }
  if (a['consecutive-failure-limit'] !== undefined) plan.consecutiveFailureLimit = a['consecutive-failure-limit']
  return plan
}

/** One check in words, for plan mode and the report. */
export function explainCheck(c: CheckConfig, a: Pick<AnalysisConfig, 'interval'>, baseline: number | null | undefined): string {
  const parts = [c.statistics ? explainComparison(c, c.statistics, a.interval) : explainThreshold(c, baseline)]
  if (c['min-samples'] !== undefined && !c.statistics) parts.push(`A step needs at least ${c['min-samples']} measurements with data, or it is inconclusive and rolls back.`)
  parts.push(`No data: ${c['on-no-data']}.`)
  parts.push(c.severity === 'advisory' ? 'Advisory: reported, never rolls back.' : 'Critical: a failure counts towards the rollback.')
  return parts.join(' ')
}

function explainThreshold(c: CheckConfig, baseline: number | null | undefined): string {
  const lim = limits(c, baseline)
  const lasting = c.for !== undefined ? `; a breach counts only once it has lasted ${formatDuration(c.for)}` : ''
  return `${c.metric} on the ${c.track} track, measured every round, must stay ${lim.bound}${lasting}.`
}

function explainComparison(c: CheckConfig, s: NonNullable<CheckConfig['statistics']>, intervalMs: number): string {
  const bad = s.direction === 'increase' ? 'higher' : s.direction === 'decrease' ? 'lower' : 'higher or lower'
  const need = c['min-samples'] !== undefined ? `; with fewer than ${c['min-samples']} measurements with data on either track the step is inconclusive and rolls back` : ''
  return `${c.metric} measured on both canary and stable every ${formatDuration(intervalMs)}; at the end of each pause a Mann-Whitney U test ` +
    `(as Kayenta judges) rolls back when the canary is ${bad} than stable by more than ${fmt(s.tolerance)}% of stable's median with ` +
    `${fmt(100 * s.confidence)}% confidence, i.e. when the whole ${fmt(100 * s.confidence)}% confidence interval of the Hodges–Lehmann shift lies beyond it${need}.`
}
