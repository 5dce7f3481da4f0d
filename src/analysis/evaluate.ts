/**
 * Pure analysis functions: one measurement against one check's bounds (`evaluateCheck`), and a
 * step's tally against its limits (`assessStep`). No I/O, no clock: table-tested.
 */
import type { CheckConfig } from '../config/schema.js'
import type { CheckVerdict } from '../report/types.js'
import type { Measurement } from '../metrics/types.js'
import { formatNumber, IN_TEXT } from '../number.js'

export interface Evaluation {
  verdict: CheckVerdict
  /** One line, e.g. `0.012 > 0.005`, `no data (empty result)`. */
  detail: string
  /** Human-readable bound, e.g. `≤ 0.005`, `≤ 220 (+10% of baseline 200)`. */
  bound: string
  upper?: number
  lower?: number
}

export interface Limits {
  upper?: number
  lower?: number
  bound: string
  /** Set when a relative bound needs a baseline that has no data. */
  missing?: string
}

type Bounds = Pick<CheckConfig, 'max' | 'min' | 'max-increase' | 'max-decrease' | 'max-delta'>

/** Absolute limits of a check after applying the baseline (relative bounds need one). */
export function limits(check: Bounds, baseline: number | null | undefined): Limits {
  const uppers: Array<[number, string]> = []
  const lowers: Array<[number, string]> = []
  let missing: string | undefined
  if (check.max !== undefined) uppers.push([check.max, `max ${fmt(check.max)}`])
  if (check.min !== undefined) lowers.push([check.min, `min ${fmt(check.min)}`])
  const inc = check['max-increase']
  const dec = check['max-decrease']
  const delta = check['max-delta']
  if (inc !== undefined || dec !== undefined || delta !== undefined) {
    if (baseline === null || baseline === undefined) missing = 'no baseline to compare with'
    else {
      if (inc !== undefined) uppers.push([baseline * (1 + inc / 100), `+${fmt(inc)}% of baseline ${fmt(baseline)}`])
      if (dec !== undefined) lowers.push([baseline * (1 - dec / 100), `−${fmt(dec)}% of baseline ${fmt(baseline)}`])
      if (delta !== undefined) uppers.push([baseline + delta, `+${fmt(delta)} over baseline ${fmt(baseline)}`])
    }
  }
  const upper = tightest(uppers, Math.min)
  const lower = tightest(lowers, Math.max)
  return { upper: upper?.[0], lower: lower?.[0], bound: boundText(upper, uppers.length, lower, lowers.length, check, missing), missing }
}

function tightest(list: Array<[number, string]>, pick: (...n: number[]) => number): [number, string] | undefined {
  if (!list.length) return undefined
  const v = pick(...list.map((x) => x[0]))
  return list.find((x) => x[0] === v)
}

function boundText(
  upper: [number, string] | undefined,
  nu: number,
  lower: [number, string] | undefined,
  nl: number,
  check: Bounds,
  missing?: string
): string {
  const parts: string[] = []
  const label = (x: [number, string], n: number, absolute: number | undefined) =>
    n > 1 || absolute === undefined || x[0] !== absolute ? ` (${x[1]})` : ''
  if (lower) parts.push(`≥ ${fmt(lower[0])}${label(lower, nl, check.min)}`)
  if (upper) parts.push(`≤ ${fmt(upper[0])}${label(upper, nu, check.max)}`)
  if (missing) {
    const rel = [
      check['max-increase'] !== undefined ? `≤ +${fmt(check['max-increase'])}%` : '',
      check['max-decrease'] !== undefined ? `≥ −${fmt(check['max-decrease'])}%` : '',
      check['max-delta'] !== undefined ? `≤ +${fmt(check['max-delta'])}` : ''
    ]
    parts.push(`${rel.filter(Boolean).join(', ')} of baseline (none)`)
  }
  return parts.join(', ')
}

/** One measurement of a check: pass, fail, inconclusive, or ignored (on-no-data: ignore). */
export function evaluateCheck(check: CheckConfig, m: Measurement, baseline: number | null | undefined): Evaluation {
  const lim = limits(check, baseline)
  const base = { bound: lim.bound, upper: lim.upper, lower: lim.lower }
  switch (m.kind) {
    case 'error':
      return { ...base, verdict: 'inconclusive', detail: `measurement failed: ${m.detail}` }
    case 'no-data':
      return { ...base, ...noData(check['on-no-data'], m.detail) }
    case 'value':
      return { ...base, ...judge(m.value, lim) }
    default: {
      const never: never = m
      throw new Error(`unknown measurement ${JSON.stringify(never)}`)
    }
  }
}

function noData(policy: CheckConfig['on-no-data'], why: string): { verdict: CheckVerdict; detail: string } {
  switch (policy) {
    case 'inconclusive':
      return { verdict: 'inconclusive', detail: `no data (${why})` }
    case 'fail':
      return { verdict: 'fail', detail: `no data (${why}) and on-no-data is fail` }
    case 'ignore':
      return { verdict: 'ignored', detail: `no data (${why}), ignored` }
    default: {
      const never: never = policy
      throw new Error(`unknown on-no-data ${String(never)}`)
    }
  }
}

function judge(value: number, lim: Limits): { verdict: CheckVerdict; detail: string } {
  if (!Number.isFinite(value)) return { verdict: 'inconclusive', detail: `value ${value} is not a finite number` }
  if (lim.upper !== undefined && value > lim.upper) return { verdict: 'fail', detail: `${fmt(value)} > ${fmt(lim.upper)}` }
  if (lim.lower !== undefined && value < lim.lower) return { verdict: 'fail', detail: `${fmt(value)} < ${fmt(lim.lower)}` }
  if (lim.missing && lim.upper === undefined && lim.lower === undefined) {
    return { verdict: 'inconclusive', detail: `${fmt(value)}, but ${lim.missing}` }
  }
  const shown = lim.upper !== undefined ? `${fmt(value)} ≤ ${fmt(lim.upper)}` : `${fmt(value)} ≥ ${fmt(lim.lower as number)}`
  return { verdict: 'pass', detail: shown }
}

export type StepVerdict = 'continue' | 'rollback-failures' | 'rollback-inconclusive' | 'rollback-consecutive'

/**
 * A step rolls back once its failures exceed failure-limit, once one check has failed
 * consecutive-failure-limit measurements in a row, or once its inconclusives exceed inconclusive-limit.
 */
export function assessStep(
  tally: { failures: number; inconclusive: number; inARow?: number },
  limits: { failureLimit: number; inconclusiveLimit: number; consecutiveLimit?: number }
): StepVerdict {
  if (tally.failures > limits.failureLimit) return 'rollback-failures'
  if (limits.consecutiveLimit !== undefined && (tally.inARow ?? 0) >= limits.consecutiveLimit) return 'rollback-consecutive'
  if (tally.inconclusive > limits.inconclusiveLimit) return 'rollback-inconclusive'
  return 'continue'
}

/** One check's run of out-of-bounds measurements, carried from round to round. */
export interface Streak {
  /** When the current run of out-of-bounds measurements began. */
  outSince?: number
  /** Counted failures in a row (a pass ends the run; no data neither ends nor extends it). */
  inARow: number
}

export const NO_STREAK: Streak = { inARow: 0 }

/**
 * Applies `for` to one measurement's verdict: a failure counts only once the check has been out of
 * bounds for `forMs`; until then it is `pending`. Returns the counted verdict and the new streak.
 */
export function applyFor(
  streak: Streak,
  e: { verdict: CheckVerdict; detail: string },
  at: number,
  forMs: number | undefined
): { verdict: CheckVerdict; detail: string; streak: Streak } {
  switch (e.verdict) {
    case 'pass':
      return { ...e, streak: NO_STREAK }
    case 'fail': {
      const outSince = streak.outSince ?? at
      const lasted = at - outSince
      if (forMs !== undefined && lasted < forMs) {
        return {
          verdict: 'pending',
          detail: `${e.detail}, out of bounds for ${seconds(lasted)} of for ${seconds(forMs)}`,
          streak: { ...streak, outSince }
        }
      }
      return { ...e, streak: { outSince, inARow: streak.inARow + 1 } }
    }
    case 'inconclusive':
    case 'ignored':
    case 'pending':
      return { ...e, streak }
    default: {
      const never: never = e.verdict
      throw new Error(`unknown verdict ${String(never)}`)
    }
  }
}

/** `min-samples`: fewer measurements with data by the step's end is inconclusive. */
export function enoughSamples(samples: number, minSamples: number | undefined): boolean {
  return minSamples === undefined || samples >= minSamples
}

function seconds(ms: number): string {
  return `${fmt(ms / 1000)}s`
}

/** Compact number for humans in sentences (src/number.ts, IN_TEXT: 6 significant digits, no float noise). */
export function fmt(n: number): string {
  return formatNumber(n, IN_TEXT)
}
