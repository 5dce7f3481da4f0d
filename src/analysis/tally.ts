/**
 * Analysis of one step as a plain, serializable value (the `Tally`) and the pure functions that
 * move it on. `addRound` takes one round of measurements (the engine measures; nothing here does
 * I/O or reads a clock), applies `for`, counts the step's failures/inconclusives (critical checks
 * only; advisory checks are reported, never roll back), tracks failures in a row, and says
 * whether the step is over a limit. `finishStep` judges `min-samples` and the compared checks at
 * the step's end. A tally saved as JSON and loaded again carries on exactly where it stood.
 */
import type { AnalysisConfig, CheckConfig, TrackName } from '../config/schema.js'
import type { Measurement } from '../metrics/types.js'
import type { CheckSummary, ComparisonRecord, MeasurementRecord } from '../report/types.js'
import { NO_STREAK, applyFor, assessStep, enoughSamples, evaluateCheck, fmt, type StepVerdict, type Streak } from './evaluate.js'
import { compareTracks } from './compare.js'
import { describeComparisonBound } from './describe.js'

/** Why analysis wants a rollback. */
export interface Trip {
  reason: string
  /** Over `inconclusive-limit` or short of min-samples: `on-inconclusive: pause` hands it to a person instead of rolling back. */
  inconclusive?: true
  measurement?: MeasurementRecord
  bound: string
}

/** A compared check's samples with data (finite values only), judged at the step's end. */
export interface Series {
  canary: number[]
  stable: number[]
  lastCanary?: MeasurementRecord
}

/** Where one step's analysis stands. Plain data: JSON round-trips it unchanged. */
export interface Tally {
  step: { index: number; weight: number }
  /** The stable track's value of each metric before deploy (relative bounds). */
  baseline: Record<string, number | null>
  /** Counted failures and inconclusives of the critical checks this step. */
  failures: number
  inconclusive: number
  /** Each check's run of failures (`for`, consecutive-failure-limit), by check index. */
  streaks: Streak[]
  /** Each compared check's samples, by check index (empty for the others). */
  series: Series[]
  /** What the report shows of each check, by check index. */
  summaries: CheckSummary[]
}

/** One metric measured on one track in a round. */
export interface Measured {
  metric: string
  track: TrackName
  measurement: Measurement
}

/** One round: when it was taken and every metric/track pair `roundPairs` asks for. */
export interface Round {
  at: number
  measured: Measured[]
}

type Checks = Pick<AnalysisConfig, 'checks'>
type Limits = Pick<AnalysisConfig, 'checks' | 'failure-limit' | 'inconclusive-limit' | 'consecutive-failure-limit'>

/** A step's tally before its first round; `carried` is each check's run of failures from the previous step. */
export function startTally(
  analysis: Checks,
  baseline: Record<string, number | null>,
  step: { index: number; weight: number },
  carried?: Streak[]
): Tally {
  return {
    step: { index: step.index, weight: step.weight },
    baseline: { ...baseline },
    failures: 0,
    inconclusive: 0,
    streaks: analysis.checks.map((_, i) => carried?.[i] ?? NO_STREAK),
    series: analysis.checks.map(() => ({ canary: [], stable: [] })),
    summaries: analysis.checks.map((c, i) => emptySummary(c, i))
  }
}

/** The metric/track pairs one round measures, each once, in check order. */
export function roundPairs(analysis: Checks): Array<{ metric: string; track: TrackName }> {
  const pairs: Array<{ metric: string; track: TrackName }> = []
  for (const c of analysis.checks) {
    const tracks: TrackName[] = c.compare ? ['canary', 'stable'] : [c.track]
    for (const track of tracks) if (!pairs.some((p) => p.metric === c.metric && p.track === track)) pairs.push({ metric: c.metric, track })
  }
  return pairs
}

/**
 * Adds one round to the tally: each check's measurement judged and counted (applying `for`).
 * Returns the new tally, the round's records, and the trip when the step is over a limit.
 */
export function addRound(analysis: Limits, tally: Tally, round: Round): { tally: Tally; records: MeasurementRecord[]; trip?: Trip } {
  const next = copyTally(tally)
  const records = analysis.checks.flatMap((c, i) => {
    const tracks: TrackName[] = c.compare ? ['canary', 'stable'] : [c.track]
    return tracks.map((t) => count(analysis, next, evaluate(c, i, t, measurementOf(round, c.metric, t), round.at, next)))
  })
  return { tally: next, records, trip: assess(analysis, next, records) }
}

/**
 * The step's end (its pause is over, the next weight not yet set): `min-samples` and the compared
 * checks are judged, unless the step had no pause (`judged` false: nothing was meant to be sampled).
 */
export function finishStep(analysis: Checks, tally: Tally, judged = true): { tally: Tally; trip?: Trip } {
  if (!judged) return { tally }
  const next = copyTally(tally)
  let trip: Trip | undefined
  analysis.checks.forEach((c, i) => {
    const t = c.compare ? judgeComparison(next, c, i) : judgeSamples(next, c, i)
    if (t && critical(analysis, i)) trip ??= t
  })
  return { tally: next, trip }
}

function assess(analysis: Limits, tally: Tally, records: MeasurementRecord[]): Trip | undefined {
  const verdict = assessStep(
    { failures: tally.failures, inconclusive: tally.inconclusive, inARow: worstRun(analysis, tally) },
    {
      failureLimit: analysis['failure-limit'],
      inconclusiveLimit: analysis['inconclusive-limit'],
      consecutiveLimit: analysis['consecutive-failure-limit']
    }
  )
  if (verdict === 'continue') return undefined
  const wanted = verdict === 'rollback-inconclusive' ? 'inconclusive' : 'fail'
  const criticals = records.filter((r) => critical(analysis, r.checkIndex))
  const tripping = criticals.find((r) => r.verdict === wanted) ?? criticals[criticals.length - 1] ?? records[records.length - 1]
  return {
    reason: reason(analysis, tally, verdict, tripping),
    measurement: tripping,
    bound: tally.summaries[tripping.checkIndex].bound,
    ...(wanted === 'inconclusive' ? { inconclusive: true as const } : {})
  }
}

function measurementOf(round: Round, metric: string, track: TrackName): Measurement {
  const hit = round.measured.find((m) => m.metric === metric && m.track === track)
  if (!hit) throw new Error(`the round has no measurement of ${metric} on the ${track} track`)
  return hit.measurement
}

function judgeSamples(tally: Tally, c: CheckConfig, i: number): Trip | undefined {
  const s = tally.summaries[i]
  if (enoughSamples(s.samples, c['min-samples'])) return undefined
  s.shortfall = `${s.samples} of min-samples ${c['min-samples']} measurements with data`
  return { reason: `${c.metric} inconclusive: ${s.shortfall} ${where(tally)}`, bound: s.bound, inconclusive: true }
}

function judgeComparison(tally: Tally, c: CheckConfig, i: number): Trip | undefined {
  const stats = c.statistics
  if (!stats) throw new Error(`check ${i + 1} compares without statistics`)
  const s = tally.summaries[i]
  const { canary, stable, lastCanary } = tally.series[i]
  const need = c['min-samples'] ?? 1
  const record = (r: Omit<ComparisonRecord, 'test' | 'direction' | 'confidence' | 'tolerance'>): ComparisonRecord => ({
    test: stats.test,
    direction: stats.direction,
    confidence: stats.confidence,
    tolerance: stats.tolerance,
    ...r
  })
  if (canary.length < need || stable.length < need) {
    s.shortfall = `${canary.length} canary and ${stable.length} stable measurements with data, min-samples ${need}`
    s.comparison = record({
      verdict: 'inconclusive',
      failed: false,
      estimate: null,
      lower: null,
      upper: null,
      pValue: null,
      allowed: null,
      stableMedian: null,
      canaryMedian: null,
      canarySamples: canary.length,
      stableSamples: stable.length,
      detail: `inconclusive: ${s.shortfall}`
    })
    return {
      reason: `${c.metric} canary vs stable inconclusive: ${s.shortfall} ${where(tally)}`,
      measurement: lastCanary,
      bound: s.bound,
      inconclusive: true
    }
  }
  const cmp = compareTracks(canary, stable, stats)
  s.comparison = record({
    verdict: cmp.verdict,
    failed: cmp.failed,
    estimate: cmp.estimate,
    lower: finite(cmp.lower),
    upper: finite(cmp.upper),
    pValue: cmp.pValue,
    allowed: cmp.allowed,
    stableMedian: cmp.stableMedian,
    canaryMedian: cmp.canaryMedian,
    canarySamples: canary.length,
    stableSamples: stable.length,
    detail: cmp.detail
  })
  if (!cmp.failed) return undefined
  s.failures++
  return { reason: `${c.metric} canary vs stable ${cmp.detail} ${where(tally)}`, measurement: lastCanary, bound: s.bound }
}

/** One measurement judged against its check (`for` not yet applied); a threshold check's summary takes the bound. */
function evaluate(c: CheckConfig, checkIndex: number, track: TrackName, m: Measurement, at: number, tally: Tally): MeasurementRecord {
  const value = m.kind === 'value' ? m.value : null
  const base = { at, step: tally.step.index, weight: tally.step.weight, metric: c.metric, checkIndex, track, value }
  if (c.compare) return { ...base, ...comparedSample(c, m) }
  const ev = evaluateCheck(c, m, tally.baseline[c.metric])
  const s = tally.summaries[checkIndex]
  s.bound = ev.bound
  s.upper = ev.upper
  s.lower = ev.lower
  return { ...base, verdict: ev.verdict, detail: ev.detail }
}

/** Counts one record into the (already copied) tally; returns the record with `for` applied. */
function count(analysis: Checks, tally: Tally, record: MeasurementRecord): MeasurementRecord {
  const i = record.checkIndex
  const c = analysis.checks[i]
  const s = tally.summaries[i]
  const r = { ...record }
  if (c.compare) keepSample(tally.series[i], r)
  else {
    const applied = applyFor(tally.streaks[i], r, r.at, c.for)
    tally.streaks[i] = applied.streak
    r.verdict = applied.verdict
    r.detail = applied.detail
  }
  if (r.value !== null && r.track === (c.compare ? 'canary' : c.track)) {
    s.samples++
    s.min = s.min === null ? r.value : Math.min(s.min, r.value)
    s.max = s.max === null ? r.value : Math.max(s.max, r.value)
  }
  const counts = critical(analysis, i)
  if (r.verdict === 'fail') {
    s.failures++
    if (counts) tally.failures++
  } else if (r.verdict === 'inconclusive') {
    s.inconclusive++
    if (counts) tally.inconclusive++
  }
  return r
}

function keepSample(series: Series, r: MeasurementRecord): void {
  if (r.track === 'canary') series.lastCanary = r
  if (r.value !== null && Number.isFinite(r.value)) series[r.track].push(r.value)
}

/** A copy deep enough that counting into it leaves `t` as it was. */
function copyTally(t: Tally): Tally {
  return {
    step: { ...t.step },
    baseline: { ...t.baseline },
    failures: t.failures,
    inconclusive: t.inconclusive,
    streaks: t.streaks.map((s) => ({ ...s })),
    series: t.series.map((s) => ({ ...s, canary: [...s.canary], stable: [...s.stable] })),
    summaries: t.summaries.map((s) => ({ ...s }))
  }
}

function critical(analysis: Checks, checkIndex: number): boolean {
  return analysis.checks[checkIndex].severity === 'critical'
}

function worstRun(analysis: Checks, tally: Tally): number {
  return Math.max(0, ...tally.streaks.filter((_, i) => critical(analysis, i)).map((s) => s.inARow))
}

function where(tally: Tally): string {
  return `at step ${tally.step.index} (${tally.step.weight}%)`
}

function reason(analysis: Limits, tally: Tally, verdict: Exclude<StepVerdict, 'continue'>, r: MeasurementRecord): string {
  const at = where(tally)
  switch (verdict) {
    case 'rollback-failures': {
      const limit = analysis['failure-limit']
      const count = limit > 0 ? ` (${tally.failures} failed measurements > failure-limit ${limit})` : ''
      return `${r.metric} ${r.detail} ${at}${count}`
    }
    case 'rollback-consecutive':
      return `${r.metric} ${r.detail} ${at} (${worstRun(analysis, tally)} failed measurements in a row = consecutive-failure-limit ${analysis['consecutive-failure-limit']})`
    case 'rollback-inconclusive': {
      const limit = analysis['inconclusive-limit']
      return `${tally.inconclusive} inconclusive measurements > inconclusive-limit ${limit} ${at}; last: ${r.metric} ${r.detail}`
    }
    default: {
      const never: never = verdict
      throw new Error(`unknown step verdict ${String(never)}`)
    }
  }
}

/** A compared check's sample: judged at the step's end; no data counts as for any check. */
function comparedSample(c: CheckConfig, m: Measurement): Pick<MeasurementRecord, 'verdict' | 'detail'> {
  if (m.kind === 'value' && Number.isFinite(m.value)) return { verdict: 'pending', detail: `${fmt(m.value)}, compared at the step's end` }
  const ev = evaluateCheck({ ...c, compare: undefined, max: Number.POSITIVE_INFINITY }, m, null)
  return { verdict: ev.verdict, detail: ev.detail }
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null
}

function emptySummary(c: CheckConfig, checkIndex: number): CheckSummary {
  const s: CheckSummary = {
    checkIndex,
    metric: c.metric,
    track: c.track,
    bound: '',
    min: null,
    max: null,
    samples: 0,
    failures: 0,
    inconclusive: 0
  }
  if (c.severity === 'advisory') s.severity = 'advisory'
  if (c.statistics) s.bound = describeComparisonBound(c.statistics)
  return s
}
