/** The analysis in words (pure): each check's bound and what it does, for plan mode and the report. */
import type { AnalysisConfig, CheckConfig } from '../config/schema.js'
import { formatDuration } from '../config/units.js'
import type { AnalysisPlan } from '../report/types.js'
import { fmt, limits } from './evaluate.js'

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
  if (c['min-samples'] !== undefined && !c.statistics)
    parts.push(`A step needs at least ${c['min-samples']} measurements with data, or it is inconclusive and rolls back.`)
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
  const need =
    c['min-samples'] !== undefined
      ? `; with fewer than ${c['min-samples']} measurements with data on either track the step is inconclusive and rolls back`
      : ''
  return (
    `${c.metric} measured on both canary and stable every ${formatDuration(intervalMs)}; at the end of each pause a Mann-Whitney U test ` +
    `(as Kayenta judges) rolls back when the canary is ${bad} than stable by more than ${fmt(s.tolerance)}% of stable's median with ` +
    `${fmt(100 * s.confidence)}% confidence, i.e. when the whole ${fmt(100 * s.confidence)}% confidence interval of the Hodges–Lehmann shift lies beyond it${need}.`
  )
}

/** The bound of a compared check, in words. */
export function describeComparisonBound(s: NonNullable<CheckConfig['statistics']>): string {
  const way = s.direction === 'increase' ? 'rise' : s.direction === 'decrease' ? 'drop' : 'shift'
  return `canary vs stable (Mann-Whitney, ${fmt(100 * s.confidence)}%): no ${way} beyond ${fmt(s.tolerance)}% of stable's median`
}
