/**
 * `window`: now, in `timezone`, is inside some `allow` entry and outside every `freeze` entry.
 * Everything below `windowGate` is pure: epoch milliseconds in, a verdict out.
 */
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateOutcome } from './types.js'

type Config = Extract<GateConfig, { type: 'window' }>
export type AllowEntry = NonNullable<Config['allow']>[number]
export type FreezeEntry = Config['freeze'][number]

export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

/** Wall-clock time in a timezone. `weekday` 0 = Sunday. */
export interface LocalTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number
}

export const windowGate: Gate<Config> = {
  type: 'window',
  readOnly: () => true,
  check: async (config, ctx) => evaluateWindow(config, ctx.clock.now())
}

/** The verdict for `config` at instant `epochMs`. Throws on a malformed entry (config error). */
export function evaluateWindow(config: Pick<Config, 'timezone' | 'allow' | 'freeze'>, epochMs: number): GateOutcome {
  const local = localTime(epochMs, config.timezone)
  const when = `${formatLocal(local)} ${config.timezone}`
  const frozen = config.freeze.find((f) => inFreeze(local, f))
  if (frozen) {
    const why = frozen.reason ? ` (${frozen.reason})` : ''
    return { passed: false, detail: `${when} is inside freeze ${frozen.from} – ${frozen.to}${why}` }
  }
  if (config.allow === undefined) return { passed: true, detail: `${when}: no allow entries, outside every freeze` }
  const allowed = config.allow.find((a) => inAllow(local, a))
  if (allowed) return { passed: true, detail: `${when} is inside allow ${describeAllow(allowed)}` }
  const entries = config.allow.map(describeAllow).join('; ') || 'none (allow is empty)'
  return { passed: false, detail: `${when} is outside every allow entry: ${entries}` }
}

/** Wall-clock time of `epochMs` in the IANA zone `timeZone`. */
export function localTime(epochMs: number, timeZone: string): LocalTime {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
  })
  const parts: Record<string, string> = {}
  for (const p of fmt.formatToParts(new Date(epochMs))) parts[p.type] = p.value
  const weekday = DAY_NAMES.indexOf(parts.weekday.toLowerCase() as (typeof DAY_NAMES)[number])
  if (weekday < 0) throw new Error(`unexpected weekday "${parts.weekday}" from Intl`)
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday
  }
}

/** `mon-fri`, `mon,wed,fri`, `fri-mon` (wraps over the weekend) → the set of weekdays (0 = Sunday). */
export function parseDays(spec: string): Set<number> {
  const out = new Set<number>()
  for (const item of spec.toLowerCase().replace(/\s+/g, '').split(',')) {
    const [from, to = from, ...rest] = item.split('-').map(dayIndex)
    if (rest.length) throw new Error(`days "${spec}": "${item}" is not a day or a day range`)
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d)
      if (d === to) break
    }
  }
  return out
}

function dayIndex(name: string): number {
  const i = DAY_NAMES.indexOf(name as (typeof DAY_NAMES)[number])
  if (i < 0) throw new Error(`unknown day "${name}" (use ${DAY_NAMES.join(', ')})`)
  return i
}

/** `HH:MM-HH:MM` → minutes of the day [start, end); `24:00` ends at midnight. end < start wraps past midnight. */
export function parseHours(spec: string): { start: number; end: number } {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(spec.trim())
  if (!m) throw new Error(`hours "${spec}" look like "10:00-16:00"`)
  const start = Number(m[1]) * 60 + Number(m[2])
  const end = Number(m[3]) * 60 + Number(m[4])
  if (start > 1440 || end > 1440 || Number(m[2]) > 59 || Number(m[4]) > 59) throw new Error(`hours "${spec}": times run from 00:00 to 24:00`)
  if (start === end || (start === 1440 && end === 0)) throw new Error(`hours "${spec}" is an empty window`)
  return { start, end }
}

/**
 * Whether `t` is inside the entry. A range that crosses midnight (`22:00-02:00`) belongs to the
 * day it starts on: `fri 22:00-02:00` includes Saturday 01:00.
 */
export function inAllow(t: LocalTime, entry: AllowEntry): boolean {
  const days = parseDays(entry.days)
  const { start, end } = parseHours(entry.hours)
  const minute = t.hour * 60 + t.minute
  if (start < end) return days.has(t.weekday) && minute >= start && minute < end
  const previousDay = (t.weekday + 6) % 7
  return (days.has(t.weekday) && minute >= start) || (days.has(previousDay) && minute < end)
}

/**
 * Whether `t` is inside the freeze. Compared as wall-clock time in the gate's timezone:
 * `from` is inclusive; a date-only `to` covers that whole day, a `to` with a time is exclusive.
 */
export function inFreeze(t: LocalTime, f: Pick<FreezeEntry, 'from' | 'to'>): boolean {
  const now = wallKey(t)
  const from = boundKey(f.from)
  if (now < from) return false
  return isDateOnly(f.to) ? now.slice(0, 10) <= f.to : now < boundKey(f.to)
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

function isDateOnly(s: string): boolean {
  return DATE_ONLY.test(s)
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` → a sortable `YYYY-MM-DDTHH:MM:SS` key. */
function boundKey(s: string): string {
  if (isDateOnly(s)) return `${s}T00:00:00`
  const m = DATE_TIME.exec(s)
  if (!m) throw new Error(`freeze bound "${s}" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`)
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}`
}

function wallKey(t: LocalTime): string {
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`
}

/** `Tue 2026-01-06 14:05`. */
export function formatLocal(t: LocalTime): string {
  const day = DAY_NAMES[t.weekday]
  return `${day[0].toUpperCase()}${day.slice(1)} ${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`
}

function describeAllow(a: AllowEntry): string {
  return `${a.days} ${a.hours}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
