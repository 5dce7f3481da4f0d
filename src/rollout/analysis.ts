/**
 * Analysis of one step: measures every check per round, applies `for`, counts the step's
 * failures/inconclusives (critical checks only; advisory checks are reported, never roll back),
 * tracks failures in a row, and at the step's end judges `min-samples` and the compared checks.
 */
import type { AnalysisConfig, CheckConfig, TrackName } from '../config/schema.js'
import type { Measurement } from '../metrics/types.js'
import type { CheckSummary, ComparisonRecord, MeasurementRecord } from '../report/types.js'
import { NO_STREAK, applyFor, assessStep, enoughSamples, evaluateCheck, fmt, type StepVerdict, type Streak } from '../metrics/evaluate.js'
import { compareTracks } from '../metrics/compare.js'

export type MeasureNow = (metric: string, track: TrackName) => Promise<Measurement>

/** Why analysis wants a rollback. */
export interface Trip {
  reason: string
  /** The step went over `inconclusive-limit` (or lacked min-samples): `on-inconclusive: pause` hands it to a person. */
  inconclusive?: true
  measurement?: MeasurementRecord
  bound: string
}

/** A step's analysis counters as saved with a handed-off rollout. */
export interface StepTally {
  failures: number
  inconclusive: number
  streaks: Streak[]
  series: { canary: number[]; stable: number[] }[]
  summaries: CheckSummary[]
}

interface Series {
  canary: number[]
  stable: number[]
  lastCanary?: MeasurementRecord
}

export class StepAnalysis {
  readonly summaries: CheckSummary[]
  private failures = 0
  private inconclusive = 0
  private readonly streaks: Streak[]
  private readonly series: Series[]

  constructor(
    private readonly analysis: AnalysisConfig,
    private readonly baseline: Record<string, number | null>,
    private readonly step: { index: number; weight: number },
    /** Where each check's run of failures stands when the step starts (carried over from the previous step). */
    carried?: Streak[]
  ) {
    this.summaries = analysis.checks.map((c, i) => emptySummary(c, i))
    this.streaks = analysis.checks.map((_, i) => carried?.[i] ?? NO_STREAK)
    this.series = analysis.checks.map(() => ({ canary: [], stable: [] }))
  }

  /** The step's counters, to save with a handed-off rollout (plain JSON). */
  snapshot(): StepTally {
    return structuredClone({ failures: this.failures, inconclusive: this.inconclusive, streaks: this.streaks, series: this.series.map(({ canary, stable }) => ({ canary, stable })), summaries: this.summaries })
  }

  /** Continues from a saved snapshot (its shape already checked against this config's checks). */
  restore(t: StepTally): void {
    this.failures = t.failures
    this.inconclusive = t.inconclusive
    t.streaks.forEach((x, i) => (this.streaks[i] = x))
    t.series.forEach((x, i) => (this.series[i] = { ...x }))
    t.summaries.forEach((x, i) => Object.assign(this.summaries[i], x))
  }

  /** Each check's run of failures, to carry into the next step. */
  get currentStreaks(): Streak[] {
    return [...this.streaks]
  }

  /** One round: every check measured in parallel (a metric/track pair is measured once per round). */
  async round(measure: MeasureNow, at: number): Promise<MeasurementRecord[]> {
    const pending = new Map<string, Promise<Measurement>>()
    const once = (metric: string, track: TrackName) => {
      const key = `${metric}\u0000${track}`
      if (!pending.has(key)) pending.set(key, measure(metric, track))
      return pending.get(key) as Promise<Measurement>
    }
    const perCheck = await Promise.all(
      this.analysis.checks.map(async (c, i) => {
        const tracks: TrackName[] = c.compare ? ['canary', 'stable'] : [c.track]
        return Promise.all(tracks.map(async (t) => this.evaluate(c, i, t, await once(c.metric, t), at)))
      })
    )
    return perCheck.flat()
  }

  /** Counts a round's records into the step (applying `for`); returns the trip when the step is over a limit. */
  add(records: MeasurementRecord[]): Trip | undefined {
    for (const r of records) this.count(r)
    const verdict = assessStep(
      { failures: this.failures, inconclusive: this.inconclusive, inARow: this.worstRun() },
      {
        failureLimit: this.analysis['failure-limit'],
        inconclusiveLimit: this.analysis['inconclusive-limit'],
        consecutiveLimit: this.analysis['consecutive-failure-limit']
      }
    )
    if (verdict === 'continue') return undefined
    const wanted = verdict === 'rollback-inconclusive' ? 'inconclusive' : 'fail'
    const critical = records.filter((r) => this.critical(r.checkIndex))
    const tripping = critical.find((r) => r.verdict === wanted) ?? critical[critical.length - 1] ?? records[records.length - 1]
    return { reason: this.reason(verdict, tripping), measurement: tripping, bound: this.summaries[tripping.checkIndex].bound, ...(wanted === 'inconclusive' ? { inconclusive: true as const } : {}) }
  }

  /**
   * The step's end (its pause is over, the next weight not yet set): `min-samples` and the compared
   * checks are judged, unless the step had no pause (`judged` false: nothing was meant to be sampled).
   */
  finish(judged = true): Trip | undefined {
    if (!judged) return undefined
    let trip: Trip | undefined
    this.analysis.checks.forEach((c, i) => {
      const t = c.compare ? this.judgeComparison(c, i) : this.judgeSamples(c, i)
      if (t && this.critical(i)) trip ??= t
    })
    return trip
  }

  private judgeSamples(c: CheckConfig, i: number): Trip | undefined {
    const s = this.summaries[i]
    if (enoughSamples(s.samples, c['min-samples'])) return undefined
    s.shortfall = `${s.samples} of min-samples ${c['min-samples']} measurements with data`
    return { reason: `${c.metric} inconclusive: ${s.shortfall} ${this.where()}`, bound: s.bound, inconclusive: true }
  }

  private judgeComparison(c: CheckConfig, i: number): Trip | undefined {
    const stats = c.statistics
    if (!stats) throw new Error(`check ${i + 1} compares without statistics`)
    const s = this.summaries[i]
    const { canary, stable, lastCanary } = this.series[i]
    const need = c['min-samples'] ?? 1
    const record = (r: Omit<ComparisonRecord, 'test' | 'direction' | 'confidence' | 'tolerance'>): ComparisonRecord =>
      ({ test: stats.test, direction: stats.direction, confidence: stats.confidence, tolerance: stats.tolerance, ...r })
    if (canary.length < need || stable.length < need) {
      s.shortfall = `${canary.length} canary and ${stable.length} stable measurements with data, min-samples ${need}`
      s.comparison = record({ verdict: 'inconclusive', failed: false, estimate: null, lower: null, upper: null, pValue: null, allowed: null, stableMedian: null, canaryMedian: null, canarySamples: canary.length, stableSamples: stable.length, detail: `inconclusive: ${s.shortfall}` })
      return { reason: `${c.metric} canary vs stable inconclusive: ${s.shortfall} ${this.where()}`, measurement: lastCanary, bound: s.bound, inconclusive: true }
    }
    const cmp = compareTracks(canary, stable, stats)
    s.comparison = record({
      verdict: cmp.verdict, failed: cmp.failed, estimate: cmp.estimate, lower: finite(cmp.lower), upper: finite(cmp.upper), pValue: cmp.pValue,
      allowed: cmp.allowed, stableMedian: cmp.stableMedian, canaryMedian: cmp.canaryMedian, canarySamples: canary.length, stableSamples: stable.length, detail: cmp.detail
    })
    if (!cmp.failed) return undefined
    s.failures++
    return { reason: `${c.metric} canary vs stable ${cmp.detail} ${this.where()}`, measurement: lastCanary, bound: s.bound }
  }

  private evaluate(c: CheckConfig, checkIndex: number, track: TrackName, m: Measurement, at: number): MeasurementRecord {
    const value = m.kind === 'value' ? m.value : null
    const base = { at, step: this.step.index, weight: this.step.weight, metric: c.metric, checkIndex, track, value }
    if (c.compare) return { ...base, ...comparedSample(c, m) }
    const ev = evaluateCheck(c, m, this.baseline[c.metric])
    const s = this.summaries[checkIndex]
    s.bound = ev.bound
    s.upper = ev.upper
    s.lower = ev.lower
    return { ...base, verdict: ev.verdict, detail: ev.detail }
  }

  private count(r: MeasurementRecord): void {
    const c = this.analysis.checks[r.checkIndex]
    const s = this.summaries[r.checkIndex]
    if (c.compare) this.keepSample(r)
    else {
      const applied = applyFor(this.streaks[r.checkIndex], r, r.at, c.for)
      this.streaks[r.checkIndex] = applied.streak
      r.verdict = applied.verdict
      r.detail = applied.detail
    }
    if (r.value !== null && r.track === (c.compare ? 'canary' : c.track)) {
      s.samples++
      s.min = s.min === null ? r.value : Math.min(s.min, r.value)
      s.max = s.max === null ? r.value : Math.max(s.max, r.value)
    }
    const critical = this.critical(r.checkIndex)
    if (r.verdict === 'fail') {
      s.failures++
      if (critical) this.failures++
    } else if (r.verdict === 'inconclusive') {
      s.inconclusive++
      if (critical) this.inconclusive++
    }
  }

  private keepSample(r: MeasurementRecord): void {
    const series = this.series[r.checkIndex]
    if (r.track === 'canary') series.lastCanary = r
    if (r.value !== null && Number.isFinite(r.value)) series[r.track].push(r.value)
  }

  private critical(checkIndex: number): boolean {
    return this.analysis.checks[checkIndex].severity === 'critical'
  }

  private worstRun(): number {
    return Math.max(0, ...this.streaks.filter((_, i) => this.critical(i)).map((s) => s.inARow))
  }

  private where(): string {
    return `at step ${this.step.index} (${this.step.weight}%)`
  }

  private reason(verdict: Exclude<StepVerdict, 'continue'>, r: MeasurementRecord): string {
    const where = this.where()
    switch (verdict) {
      case 'rollback-failures': {
        const limit = this.analysis['failure-limit']
        const count = limit > 0 ? ` (${this.failures} failed measurements > failure-limit ${limit})` : ''
        return `${r.metric} ${r.detail} ${where}${count}`
      }
      case 'rollback-consecutive':
        return `${r.metric} ${r.detail} ${where} (${this.worstRun()} failed measurements in a row = consecutive-failure-limit ${this.analysis['consecutive-failure-limit']})`
      case 'rollback-inconclusive': {
        const limit = this.analysis['inconclusive-limit']
        return `${this.inconclusive} inconclusive measurements > inconclusive-limit ${limit} ${where}; last: ${r.metric} ${r.detail}`
      }
      default: {
        const never: never = verdict
        throw new Error(`unknown step verdict ${String(never)}`)
      }
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
  const s: CheckSummary = { checkIndex, metric: c.metric, track: c.track, bound: '', min: null, max: null, samples: 0, failures: 0, inconclusive: 0 }
  if (c.severity === 'advisory') s.severity = 'advisory'
  if (c.statistics) s.bound = describeComparisonBound(c.statistics)
  return s
}

/** The bound of a compared check, in words. */
export function describeComparisonBound(s: NonNullable<CheckConfig['statistics']>): string {
  const way = s.direction === 'increase' ? 'rise' : s.direction === 'decrease' ? 'drop' : 'shift'
  return `canary vs stable (Mann-Whitney, ${fmt(100 * s.confidence)}%): no ${way} beyond ${fmt(s.tolerance)}% of stable's median`
}
