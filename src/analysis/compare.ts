/**
 * The statistical check (SPEC §4 "Analysis"): canary against stable measured in the same rounds,
 * judged as Kayenta's MannWhitneyClassifier judges. Pure: numbers in, a verdict out.
 *
 * - Mann-Whitney U with average ranks for ties, the tie-corrected normal approximation and a
 *   continuity correction (SciPy's `mannwhitneyu(method="asymptotic")`), two-sided p-value.
 * - The Hodges–Lehmann shift: the median of every canary − stable difference, with the
 *   distribution-free confidence interval from the order statistics of those differences
 *   (Hollander & Wolfe; the normal quantile gives the rank of the bounds).
 * - The verdict: `high` when the interval lies wholly above +tolerance × |median(stable)|, `low`
 *   when wholly below −tolerance × |median(stable)|, `pass` otherwise.
 * Ranks and normal quantiles/CDF come from @stdlib (no statistics tables of our own).
 */
import ranks from '@stdlib/stats-ranks'
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'
import normalCdf from '@stdlib/stats-base-dists-normal-cdf'
import { fmt } from './evaluate.js'

export interface MannWhitney {
  /** U of the canary sample. */
  u: number
  /** Two-sided p-value. */
  pValue: number
  /** Hodges–Lehmann estimate of canary − stable. */
  estimate: number
  lower: number
  upper: number
}

export type ComparisonVerdict = 'pass' | 'high' | 'low'
export type Direction = 'increase' | 'decrease' | 'either'

export interface Comparison extends MannWhitney {
  verdict: ComparisonVerdict
  /** Whether this verdict fails the check under its `direction`. */
  failed: boolean
  stableMedian: number
  canaryMedian: number
  /** ± this much shift passes (tolerance × |median(stable)|). */
  allowed: number
  canarySamples: number
  stableSamples: number
  confidence: number
  /** One line for logs and the report. */
  detail: string
}

export interface CompareOptions {
  direction: Direction
  /** e.g. 0.95 */
  confidence: number
  /** percent of stable's median, e.g. 10 */
  tolerance: number
}

/** U test and Hodges–Lehmann interval of `canary` − `stable`. Both samples must be non-empty. */
export function mannWhitney(canary: readonly number[], stable: readonly number[], confidence: number): MannWhitney {
  const n1 = canary.length
  const n2 = stable.length
  if (n1 === 0 || n2 === 0) throw new Error('mannWhitney needs two non-empty samples')
  const r = ranks([...canary, ...stable])
  const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0)
  const u = r1 - (n1 * (n1 + 1)) / 2
  const pValue = twoSidedP(u, n1, n2, tieTerm([...canary, ...stable]))
  const diffs = differences(canary, stable)
  const [lower, upper] = shiftInterval(diffs, n1, n2, confidence)
  return { u, pValue, estimate: medianSorted(diffs), lower, upper }
}

/** Judges canary against stable: the shift's interval against ± tolerance of stable's median. */
export function compareTracks(canary: readonly number[], stable: readonly number[], o: CompareOptions): Comparison {
  const stableMedian = median(stable)
  const canaryMedian = median(canary)
  const allowed = (o.tolerance / 100) * Math.abs(stableMedian)
  const mw = sameValues(canary, stable)
    ? { u: (canary.length * stable.length) / 2, pValue: 1, estimate: 0, lower: 0, upper: 0 }
    : mannWhitney(canary, stable, o.confidence)
  const verdict: ComparisonVerdict = mw.lower > allowed ? 'high' : mw.upper < -allowed ? 'low' : 'pass'
  const failed = (verdict === 'high' && o.direction !== 'decrease') || (verdict === 'low' && o.direction !== 'increase')
  const base = {
    ...mw,
    verdict,
    failed,
    stableMedian,
    canaryMedian,
    allowed,
    canarySamples: canary.length,
    stableSamples: stable.length,
    confidence: o.confidence
  }
  return { ...base, detail: describeComparison(base) }
}

export function describeComparison(c: Omit<Comparison, 'detail'>): string {
  const pct = (x: number) => (c.stableMedian !== 0 ? ` (${x >= 0 ? '+' : ''}${fmt((100 * x) / Math.abs(c.stableMedian))}%)` : '')
  const shift = `shift ${signed(c.estimate)}${pct(c.estimate)}, ${fmt(100 * c.confidence)}% CI [${signed(c.lower)}, ${signed(c.upper)}]`
  const medians = `canary median ${fmt(c.canaryMedian)} vs stable ${fmt(c.stableMedian)}`
  const bar = `allowed ±${fmt(c.allowed)}`
  return `${c.verdict}${c.failed ? ' (fails)' : ''}: ${shift}; ${medians}; ${bar}; p=${fmt(c.pValue)}, n=${c.canarySamples}+${c.stableSamples}`
}

function signed(x: number): string {
  return `${x > 0 ? '+' : ''}${fmt(x)}`
}

/** Σ (t³ − t) over groups of tied values. */
function tieTerm(values: number[]): number {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let sum = 0
  for (const t of counts.values()) sum += t * t * t - t
  return sum
}

function twoSidedP(u: number, n1: number, n2: number, ties: number): number {
  const n = n1 + n2
  const mean = (n1 * n2) / 2
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)))
  if (!(variance > 0)) return 1
  const z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance)
  return Math.min(1, 2 * (1 - normalCdf(Math.max(z, 0), 0, 1)))
}

/** Every canary − stable difference, sorted ascending. */
function differences(canary: readonly number[], stable: readonly number[]): Float64Array {
  const d = new Float64Array(canary.length * stable.length)
  let k = 0
  for (const x of canary) for (const y of stable) d[k++] = x - y
  return d.sort()
}

/**
 * The distribution-free interval: the k-th smallest and k-th largest difference, where
 * k = floor(n1·n2/2 − z·√(n1·n2·(n1+n2+1)/12)). When k < 1 the samples are too small for that
 * confidence and the interval is unbounded (such a comparison always passes).
 */
function shiftInterval(sorted: Float64Array, n1: number, n2: number, confidence: number): [number, number] {
  const mn = n1 * n2
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1)
  const k = Math.floor(mn / 2 - z * Math.sqrt((mn * (n1 + n2 + 1)) / 12))
  if (k < 1) return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]
  return [sorted[k - 1], sorted[mn - k]]
}

function sameValues(a: readonly number[], b: readonly number[]): boolean {
  const all = [...a, ...b]
  if (all.every((v) => v === all[0])) return true
  if (a.length !== b.length) return false
  const sa = [...a].sort((x, y) => x - y)
  const sb = [...b].sort((x, y) => x - y)
  return sa.every((v, i) => v === sb[i])
}

export function median(xs: readonly number[]): number {
  return medianSorted(Float64Array.from(xs).sort())
}

function medianSorted(s: Float64Array): number {
  const n = s.length
  if (n === 0) return Number.NaN
  const m = Math.floor(n / 2)
  return n % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
