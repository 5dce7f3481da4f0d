/**
 * Analysis of one step's pause: measures every check per round, keeps the per-check summaries and
 * the step's failure/inconclusive counts, and says when a round trips the limits.
 */
import type { AnalysisConfig, CheckConfig, TrackName } from '../config/schema.js'
import type { Measurement } from '../metrics/types.js'
import type { CheckSummary, MeasurementRecord } from '../report/types.js'
import { assessStep, evaluateCheck } from '../metrics/evaluate.js'

export type MeasureNow = (metric: string, track: TrackName) => Promise<Measurement>

/** Why analysis wants a rollback. */
export interface Trip {
  reason: string
  measurement: MeasurementRecord
  bound: string
}

export class StepAnalysis {
  readonly summaries: CheckSummary[]
  private failures = 0
  private inconclusive = 0

  constructor(
    private readonly analysis: AnalysisConfig,
    private readonly baseline: Record<string, number | null>,
    private readonly step: { index: number; weight: number }
  ) {
    this.summaries = analysis.checks.map((c, i) => emptySummary(c, i))
  }

  /** One round: every check measured in parallel (a metric/track pair is measured once per round). */
  async round(measure: MeasureNow, at: number): Promise<MeasurementRecord[]> {
    const pending = new Map<string, Promise<Measurement>>()
    const once = (c: CheckConfig) => {
      const key = `${c.metric}\u0000${c.track}`
      if (!pending.has(key)) pending.set(key, measure(c.metric, c.track))
      return pending.get(key) as Promise<Measurement>
    }
    return Promise.all(this.analysis.checks.map(async (c, i) => this.evaluate(c, i, await once(c), at)))
  }

  /** Counts a round's records into the step; returns the trip when the step is over a limit. */
  add(records: MeasurementRecord[]): Trip | undefined {
    for (const r of records) this.count(r)
    const verdict = assessStep(
      { failures: this.failures, inconclusive: this.inconclusive },
      { failureLimit: this.analysis['failure-limit'], inconclusiveLimit: this.analysis['inconclusive-limit'] }
    )
    if (verdict === 'continue') return undefined
    const wanted = verdict === 'rollback-failures' ? 'fail' : 'inconclusive'
    const tripping = records.find((r) => r.verdict === wanted) ?? records[records.length - 1]
    return { reason: this.reason(verdict, tripping), measurement: tripping, bound: this.summaries[tripping.checkIndex].bound }
  }

  private evaluate(c: CheckConfig, checkIndex: number, m: Measurement, at: number): MeasurementRecord {
    const ev = evaluateCheck(c, m, this.baseline[c.metric])
    const s = this.summaries[checkIndex]
    s.bound = ev.bound
    s.upper = ev.upper
    s.lower = ev.lower
    return {
      at,
      step: this.step.index,
      weight: this.step.weight,
      metric: c.metric,
      checkIndex,
      track: c.track,
      value: m.kind === 'value' ? m.value : null,
      verdict: ev.verdict,
      detail: ev.detail
    }
  }

  private count(r: MeasurementRecord): void {
    const s = this.summaries[r.checkIndex]
    if (r.value !== null) {
      s.samples++
      s.min = s.min === null ? r.value : Math.min(s.min, r.value)
      s.max = s.max === null ? r.value : Math.max(s.max, r.value)
    }
    if (r.verdict === 'fail') {
      s.failures++
      this.failures++
    } else if (r.verdict === 'inconclusive') {
      s.inconclusive++
      this.inconclusive++
    }
  }

  private reason(verdict: 'rollback-failures' | 'rollback-inconclusive', r: MeasurementRecord): string {
    const where = `at step ${this.step.index} (${this.step.weight}%)`
    if (verdict === 'rollback-failures') {
      const limit = this.analysis['failure-limit']
      const count = limit > 0 ? ` (${this.failures} failed measurements > failure-limit ${limit})` : ''
      return `${r.metric} ${r.detail} ${where}${count}`
    }
    const limit = this.analysis['inconclusive-limit']
    return `${this.inconclusive} inconclusive measurements > inconclusive-limit ${limit} ${where}; last: ${r.metric} ${r.detail}`
  }
}

function emptySummary(c: CheckConfig, checkIndex: number): CheckSummary {
  return { checkIndex, metric: c.metric, track: c.track, bound: '', min: null, max: null, samples: 0, failures: 0, inconclusive: 0 }
}
