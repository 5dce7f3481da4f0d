/**
 * Mermaid `xychart-beta` charts of a report (pure): the traffic weight over time, and one chart per
 * analysis check with the measured values, the bound and the baseline.
 *
 * The x axis is numeric (minutes since the run started); xychart spreads a line's points evenly over
 * it, so every line is resampled onto an even grid of at most MAX_POINTS buckets. A bucket keeps its
 * maximum, so a short spike stays visible; a bucket without data carries the previous value.
 */
import type { CheckSummary, DeployReport, MeasurementRecord, PlanStep } from './types.js'
import { boundText, num } from './format.js'
import { plural } from '../text.js'

export const MAX_POINTS = 60
/**
 * Fewer measurements than this make no chart (a two-point line says nothing a table does not):
 * the check's values are listed instead. The traffic chart needs at least two weight changes.
 */
export const MIN_CHART_POINTS = 4

/** Line colours, in line order; the legend names them with the matching emoji. */
const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#dc2626']
const SWATCH = ['🔵', '🔴', '🟢', '🔴']

export interface Series {
  /** Minutes since the start of the run, evenly spaced. */
  xMin: number
  xMax: number
  values: number[]
  /** Buckets that had no value of their own and carried the previous one. */
  carried: number
}

interface Point {
  t: number
  v: number | null
}

/**
 * Resamples points onto `n` evenly spaced buckets over [t0, t1] (ms), keeping the max per bucket.
 * Empty buckets and null values carry the previous value; leading gaps take the first value seen.
 */
export function downsample(points: Point[], t0: number, t1: number, n = MAX_POINTS): Series {
  const count = Math.max(2, Math.min(n, MAX_POINTS))
  const span = Math.max(1, t1 - t0)
  const step = span / (count - 1)
  const buckets: (number | null)[] = new Array<number | null>(count).fill(null)
  for (const p of points) {
    if (p.v === null || !Number.isFinite(p.v)) continue
    const i = Math.min(count - 1, Math.max(0, Math.round((p.t - t0) / step)))
    const cur = buckets[i]
    buckets[i] = cur === null ? p.v : Math.max(cur, p.v)
  }
  const first = buckets.find((b) => b !== null) ?? 0
  let prev: number = first
  let carried = 0
  const values = buckets.map((b) => {
    if (b === null) {
      carried++
      return prev
    }
    prev = b
    return b
  })
  return { xMin: minutes(0), xMax: minutes(span), values, carried }
}

/** All charts of a report, each followed by its legend line; empty when nothing was measured or shifted. */
export function renderCharts(r: DeployReport): string[] {
  const out: string[] = []
  const w = weightChart(r)
  if (w) out.push(w)
  out.push(...checkCharts(r))
  return out
}

/** Traffic weight (%) on the new version over the run; undefined when no step started. */
export function weightChart(r: DeployReport): string | undefined {
  if (r.steps.length < 2) return undefined
  const t0 = Date.parse(r.startedAt)
  const t1 = runEnd(r, t0)
  const changes = weightChanges(r)
  const series = stepFunction(changes, t0, t1)
  const body = mermaid(`Traffic on ${r.version || 'the new version'} (%)`, series, 'weight %', 0, 100, [series.values])
  const trip = r.rollback ? ` · rollback at ${minutes(r.rollback.startedAt - t0)} min` : ''
  return `${body}\n\n<sub>🔵 weight on the new version, % of traffic · x: minutes since the run started${trip}</sub>`
}

/** The planned weights over time (plan mode): each step's weight held for its pause. */
export function planChart(plan: PlanStep[], title: string): string | undefined {
  if (plan.length === 0) return undefined
  const changes: Point[] = []
  let t = 0
  for (const s of plan) {
    changes.push({ t, v: s.weight })
    t += s.pauseMs
  }
  const series = stepFunction(changes, 0, Math.max(t, 1))
  return `${mermaid(title, series, 'weight %', 0, 100, [series.values])}\n\n<sub>🔵 planned weight, % of traffic · x: minutes after deploy (commands take extra time)</sub>`
}

/** One chart per analysis check, in check order. */
export function checkCharts(r: DeployReport): string[] {
  const t0 = Date.parse(r.startedAt)
  const byCheck = new Map<number, MeasurementRecord[]>()
  for (const m of r.measurements) {
    const list = byCheck.get(m.checkIndex) ?? []
    list.push(m)
    byCheck.set(m.checkIndex, list)
  }
  return [...byCheck.keys()]
    .sort((a, b) => a - b)
    .map((i) => (isCompared(r, i) ? comparisonChart(r, t0, i, byCheck.get(i) ?? []) : checkChart(r, t0, i, byCheck.get(i) ?? [])))
}

function isCompared(r: DeployReport, checkIndex: number): boolean {
  return (
    r.steps.some((s) => s.checks.some((c) => c.checkIndex === checkIndex && c.comparison !== undefined)) ||
    r.measurements.some((m) => m.checkIndex === checkIndex && m.verdict === 'pending' && m.track === 'stable')
  )
}

/**
 * A compared check (`compare: stable`): canary and stable on one chart, and each judged step's
 * verdict with the estimated shift and its confidence interval in the legend.
 */
export function comparisonChart(r: DeployReport, t0: number, checkIndex: number, ms: MeasurementRecord[]): string {
  const metric = ms[0]?.metric ?? summaryOf(r, checkIndex)?.metric ?? '?'
  const start = Math.min(...ms.map((m) => m.at))
  const end = Math.max(...ms.map((m) => m.at))
  const n = Math.min(MAX_POINTS, Math.max(2, distinctTimes(ms)))
  const series = (track: 'canary' | 'stable') =>
    downsample(
      ms.filter((m) => m.track === track).map((m) => ({ t: m.at, v: m.value })),
      start,
      end,
      n
    )
  const canary = series('canary')
  const stable = series('stable')
  const [lo, hi] = yRange([...canary.values, ...stable.values])
  const shifted = { ...canary, xMin: minutes(start - t0), xMax: minutes(end - t0) }
  const legend = [`${SWATCH[0]} canary`, `${SWATCH[1]} stable`, ...comparisonVerdicts(r, checkIndex)]
  legend.push(`max per ${bucketText(end - start, canary.values.length)} · x: minutes since the run started`)
  return `${mermaid(`Check ${checkIndex + 1}: ${metric}, canary vs stable`, shifted, metric, lo, hi, [canary.values, stable.values])}\n\n<sub>${legend.join(' · ')}</sub>`
}

/** `step 2: ✗ high, shift +41.2 (95% CI +27.8 … +52.1), allowed ±20`, one per judged step. */
function comparisonVerdicts(r: DeployReport, checkIndex: number): string[] {
  const out: string[] = []
  for (const s of r.steps) {
    const c = s.checks.find((x) => x.checkIndex === checkIndex)?.comparison
    if (!c) continue
    const mark = c.verdict === 'inconclusive' ? '?' : c.failed ? '✗' : '✓'
    if (c.estimate === null) {
      out.push(`step ${s.index}: ${mark} ${c.detail}`)
      continue
    }
    const ci =
      c.lower === null || c.upper === null
        ? 'interval unbounded: too few samples'
        : `${num(100 * c.confidence)}% CI ${signed(c.lower)} … ${signed(c.upper)}`
    out.push(`step ${s.index}: ${mark} ${c.verdict}, shift ${signed(c.estimate)} (${ci}), allowed ±${num(c.allowed ?? 0)}`)
  }
  return out
}

function signed(v: number): string {
  return `${v > 0 ? '+' : ''}${num(v)}`
}

function checkChart(r: DeployReport, t0: number, checkIndex: number, ms: MeasurementRecord[]): string {
  if (distinctTimes(ms) < MIN_CHART_POINTS) return valuesList(r, t0, checkIndex, ms)
  const summary = summaryOf(r, checkIndex)
  const metric = summary?.metric ?? ms[0].metric
  const track = summary?.track ?? ms[0].track
  const start = Math.min(...ms.map((m) => m.at))
  const end = Math.max(...ms.map((m) => m.at))
  const measured = downsample(
    ms.map((m) => ({ t: m.at, v: m.value })),
    start,
    end,
    Math.min(MAX_POINTS, Math.max(2, distinctTimes(ms)))
  )
  const flat = (v: number) => measured.values.map(() => v)
  const lines: number[][] = [measured.values]
  const legend: string[] = [`${SWATCH[0]} measured (${track})`]
  const bounds = [summary?.upper, summary?.lower].filter((b): b is number => b !== undefined && Number.isFinite(b))
  if (bounds.length) {
    lines.push(flat(bounds[0]))
    legend.push(`${SWATCH[1]} bound (${summary ? boundText(summary) : ''})`)
  }
  const base = r.baseline[metric]
  const baseLine = base !== null && base !== undefined && Number.isFinite(base) ? base : undefined
  if (baseLine !== undefined) {
    lines.push(flat(baseLine))
    legend.push(`${SWATCH[2]} baseline ${num(baseLine)} (stable, before step 1)`)
  }
  if (bounds.length > 1) lines.push(flat(bounds[1]))
  const all = [...lines.flat()]
  const [lo, hi] = yRange(all)
  const shifted = { ...measured, xMin: minutes(start - t0), xMax: minutes(end - t0) }
  const title = `Check ${checkIndex + 1}: ${metric} ${summary ? summary.bound || boundText(summary) : ''}`.trim()
  const failed = ms.filter((m) => m.verdict === 'fail')
  if (failed.length) {
    const worst = failed.reduce((a, b) => ((b.value ?? -Infinity) > (a.value ?? -Infinity) ? b : a))
    legend.push(
      `✗ ${plural(failed.length, 'failed measurement')} (${num(worst.value)} at ${minutes(worst.at - t0)} min, step ${worst.step})`
    )
  }
  const nulls = ms.filter((m) => m.value === null).length
  if (nulls) legend.push(`${plural(nulls, 'measurement')} without data: the previous value is carried`)
  legend.push(`max per ${bucketText(end - start, measured.values.length)} · x: minutes since the run started`)
  return `${mermaid(title, shifted, metric, lo, hi, lines)}\n\n<sub>${legend.join(' · ')}</sub>`
}

/** A short series as one line of values in time order, with its bound and baseline: no chart. */
function valuesList(r: DeployReport, t0: number, checkIndex: number, ms: MeasurementRecord[]): string {
  const summary = summaryOf(r, checkIndex)
  const metric = summary?.metric ?? ms[0].metric
  const values = ms.map(
    (m) => `${m.value === null ? 'no data' : num(m.value)}${m.verdict === 'fail' ? ' ✗' : ''} (${minutes(m.at - t0)} min)`
  )
  const base = r.baseline[metric]
  const extra = [
    summary ? `bound ${boundText(summary)}` : '',
    base !== undefined ? `baseline ${base === null ? 'no data' : num(base)}` : ''
  ]
    .filter(Boolean)
    .join(' · ')
  return `**Check ${checkIndex + 1}: ${metric}** (${plural(ms.length, 'measurement')}, too few for a chart): ${values.join(' → ')}${extra ? ` · ${extra}` : ''}`
}

function summaryOf(r: DeployReport, checkIndex: number): CheckSummary | undefined {
  const all = r.steps.map((s) => s.checks.find((c) => c.checkIndex === checkIndex)).filter((c): c is CheckSummary => c !== undefined)
  return all.find((c) => c.upper !== undefined || c.lower !== undefined) ?? all[0]
}

/** When the weight changed: each step's start, then the end of the rollback (to the final weight). */
function weightChanges(r: DeployReport): Point[] {
  const points: Point[] = r.steps.map((s) => ({ t: s.startedAt, v: s.weight }))
  const rb = r.rollback
  if (rb) {
    const done = rb.commands.reduce((end, c) => Math.max(end, c.startedAt + c.durationMs), rb.startedAt)
    points.push({ t: done, v: r.finalWeight })
  }
  return points.sort((a, b) => a.t - b.t)
}

/** Samples a weight step function (0 before the first change) with the max per bucket. */
function stepFunction(changes: Point[], t0: number, t1: number): Series {
  const count = MAX_POINTS
  const span = Math.max(1, t1 - t0)
  const step = span / (count - 1)
  const at = (t: number) => {
    let w = 0
    for (const c of changes) if (c.t <= t && c.v !== null) w = c.v
    return w
  }
  const values = Array.from({ length: count }, (_, i) => {
    if (i === count - 1) return at(t1) // the last point shows where traffic ended (e.g. 0 after a rollback)
    const lo = t0 + (i - 0.5) * step
    const hi = t0 + (i + 0.5) * step
    const inside = changes.filter((c) => c.t >= lo && c.t < hi && c.v !== null).map((c) => c.v as number)
    return Math.max(at(Math.max(t0, lo)), ...inside)
  })
  return { xMin: 0, xMax: minutes(span), values, carried: 0 }
}

function runEnd(r: DeployReport, t0: number): number {
  const ends = [Date.parse(r.finishedAt), ...r.steps.map((s) => s.startedAt + s.durationMs), ...r.measurements.map((m) => m.at)]
  return Math.max(t0 + 1, ...ends.filter((t) => Number.isFinite(t)))
}

function distinctTimes(ms: MeasurementRecord[]): number {
  return new Set(ms.map((m) => m.at)).size
}

function bucketText(spanMs: number, points: number): string {
  const per = spanMs / Math.max(1, points - 1)
  return per >= 60_000 ? `${num(Math.round(per / 6000) / 10)} min` : `${Math.max(1, Math.round(per / 1000))} s`
}

/** A y range from 0 (or the lowest value) to a round number above the highest value. */
export function yRange(values: number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v))
  const lo = Math.min(0, ...finite)
  const top = Math.max(...finite, lo)
  const hi = niceCeil(top + (top - lo) * 0.1)
  return [lo, hi > lo ? hi : lo + 1]
}

function niceCeil(v: number): number {
  if (v <= 0) return 0
  const mag = 10 ** Math.floor(Math.log10(v))
  for (const f of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (f * mag >= v) return Number((f * mag).toPrecision(6))
  return 10 * mag
}

function minutes(ms: number): number {
  return Math.round(ms / 6000) / 10
}

function mermaid(title: string, s: Series, yTitle: string, lo: number, hi: number, lines: number[][]): string {
  const palette = PALETTE.slice(0, Math.max(1, lines.length)).join(', ')
  const xMax = s.xMax > s.xMin ? s.xMax : s.xMin + 0.1
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${quote(title)}"`,
    `  x-axis "minutes since start" ${plain(s.xMin)} --> ${plain(xMax)}`,
    `  y-axis "${quote(yTitle)}" ${plain(lo)} --> ${plain(hi)}`,
    ...lines.map((l) => `  line [${l.map(plain).join(', ')}]`),
    '```'
  ].join('\n')
}

/** A number as mermaid parses it: plain decimal (no exponent), 4 significant digits. */
export function plain(v: number): string {
  if (!Number.isFinite(v)) return '0'
  const short = Number(v.toPrecision(4))
  const s = String(short)
  if (!/e/i.test(s)) return s
  return Math.abs(short) >= 1 ? short.toFixed(0) : short.toFixed(12).replace(/\.?0+$/, '')
}

/** Text inside a mermaid quoted string: no quotes, no line breaks, nothing that looks like markup. */
function quote(s: string): string {
  return s
    .replace(/["`<>\\]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
}
