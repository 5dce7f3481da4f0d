/**
 * The `window` gate's config values, parsed once by the schema (src/config/schema.ts) into typed
 * values: weekday sets, minute ranges and wall-clock bounds. Pure: a string in, a value or the
 * message the loader reports at the value's line out.
 */

export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** `days:` as written (lower-cased, blanks removed) and the weekdays it covers (0 = Sunday, ascending). */
export interface DaySet {
  text: string
  weekdays: number[]
}

/** `hours:` as written and its minutes of the day [start, end); end < start wraps past midnight. */
export interface HourRange {
  text: string
  start: number
  end: number
}

/** A freeze bound as written and its sortable wall-clock key `YYYY-MM-DDTHH:MM:SS`. */
export interface WallBound {
  text: string
  key: string
  /** Written without a time: as a `to`, it covers the whole day. */
  dateOnly: boolean
}

export const DAYS_ERROR = 'days look like "mon-fri" or "mon,wed,fri"'
export const HOURS_ERROR = 'hours look like "10:00-16:00"'
export const HOURS_RANGE_ERROR = 'hours must be a non-empty range of times from 00:00 to 24:00, e.g. "10:00-16:00" or "22:00-02:00"'
export const DATE_ERROR = 'expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM'

/** `mon-fri`, `mon,wed,fri`, `fri-mon` (wraps over the weekend), `Sat, Sun` → the weekdays. */
export function parseDays(spec: string): Parsed<DaySet> {
  const text = spec.toLowerCase().replace(/\s+/g, '')
  const out = new Set<number>()
  for (const item of text.split(',')) {
    const ends = item.split('-').map(dayIndex)
    if (ends.length > 2 || ends.some((d) => d < 0)) return { ok: false, error: DAYS_ERROR }
    const [from, to = from] = ends
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d)
      if (d === to) break
    }
  }
  return { ok: true, value: { text, weekdays: [...out].sort((a, b) => a - b) } }
}

function dayIndex(name: string): number {
  return DAY_NAMES.indexOf(name as (typeof DAY_NAMES)[number])
}

/** `HH:MM-HH:MM` with times within a day (24:00 only as an end) and a non-empty range (it may cross midnight). */
export function parseHours(spec: string): Parsed<HourRange> {
  const m = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/.exec(spec)
  if (!m) return { ok: false, error: HOURS_ERROR }
  const start = Number(m[1]) * 60 + Number(m[2])
  const end = Number(m[3]) * 60 + Number(m[4])
  if (start >= 1440 || end > 1440 || start === end) return { ok: false, error: HOURS_RANGE_ERROR }
  return { ok: true, value: { text: spec, start, end } }
}

const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` → a bound with a sortable key. */
export function parseWallBound(s: string): Parsed<WallBound> {
  if (DATE_ONLY.test(s)) return { ok: true, value: { text: s, key: `${s}T00:00:00`, dateOnly: true } }
  const m = DATE_TIME.exec(s)
  if (!m) return { ok: false, error: DATE_ERROR }
  return { ok: true, value: { text: s, key: `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}`, dateOnly: false } }
}
