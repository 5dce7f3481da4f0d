/**
 * Numbers in and out, one notion each: what counts as a number in a response or a command's
 * output (`toNumber`), and how a number is shown to a person (`formatNumber`).
 */

/** A plain decimal: optional sign, digits with an optional fraction, optional exponent. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/**
 * A finite number from a JSON number or a decimal string (`"12.5"`, `" 3 "`, `"1e3"`); otherwise
 * undefined. Hex, octal and binary literals (`"0x10"`), `"Infinity"`, `"NaN"` and the empty string
 * are not numbers: no metrics backend writes a value that way, so such a string is a mistake
 * (a wrong JSON path, an ID) to report, never a value to judge.
 */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
  if (typeof v !== 'string' || !DECIMAL.test(v.trim())) return undefined
  const n = Number(v.trim())
  return Number.isFinite(n) ? n : undefined
}

/** How numbers are shown: sentences (bounds, gate details, plan text) or report tables and charts' captions. */
export interface NumberStyle {
  /** significant digits */
  digits: number
  /** below this magnitude (and not 0) the number is written with an exponent, `1.20e-7` */
  tiny: number
  /** integers are written out in full (`1234567`, not `1234570`) */
  exactIntegers: boolean
  /** from this magnitude on, one decimal instead of `digits` significant ones */
  oneDecimalFrom: number
}

/** In sentences: 6 significant digits without float noise (220.00000000000003 → 220; 1.0001 stays). */
export const IN_TEXT: NumberStyle = { digits: 6, tiny: 1e-4, exactIntegers: false, oneDecimalFrom: Infinity }
/** In report tables: integers as they are, otherwise 4 significant digits (one decimal from 1000). */
export const IN_TABLE: NumberStyle = { digits: 4, tiny: 1e-6, exactIntegers: true, oneDecimalFrom: 1000 }

/** THE number formatter: a compact number for people, in `style`. */
export function formatNumber(n: number, style: NumberStyle = IN_TEXT): string {
  if (!Number.isFinite(n)) return String(n)
  if (style.exactIntegers && Number.isInteger(n)) return String(n)
  const abs = Math.abs(n)
  if (n !== 0 && abs < style.tiny) return n.toExponential(2)
  if (abs >= style.oneDecimalFrom) return String(Math.round(n * 10) / 10)
  return significant(n, style.digits)
}

/** `n` at `digits` significant digits, without exponent noise for ordinary magnitudes (`0.1235`, `12350`). */
export function significant(n: number, digits: number): string {
  return String(Number(n.toPrecision(digits)))
}
