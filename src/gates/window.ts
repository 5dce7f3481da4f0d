/**
 * `window`: now, in `timezone`, is inside some `allow` entry and outside every `freeze` entry.
 * Everything below `windowGate` is pure: epoch milliseconds in, a verdict out. The days, hours
 * and freeze bounds arrive parsed (src/config/window-spec.ts, run by the schema).
 */
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateOutcome } from './types.js'
import { DAY_NAMES } from '../config/window-spec.js'

type Config = Extract<GateConfig, { type: 'window' }>
export type AllowEntry = NonNullable<Config['allow']>[number]
export type FreezeEntry = Config['freeze'][number]

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

/** The verdict for `config` at instant `epochMs`. */
export function evaluateWindow(config: Pick<Config, 'timezone' | 'allow' | 'freeze'>, epochMs: number): GateOutcome {
  const local = localTime(epochMs, config.timezone)
  const when = `${formatLocal(local)} ${config.timezone}`
  const frozen = config.freeze.find((f) => inFreeze(local, f))
  if (frozen) {
    const why = frozen.reason ? ` (${frozen.reason})` : ''
    return { passed: false, detail: `${when} is inside freeze ${frozen.from.text} – ${frozen.to.text}${why}` }
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

/**
 * Whether `t` is inside the entry. A range that crosses midnight (`22:00-02:00`) belongs to the
 * day it starts on: `fri 22:00-02:00` includes Saturday 01:00.
 */
export function inAllow(t: LocalTime, entry: AllowEntry): boolean {
  const days = entry.days.weekdays
  const { start, end } = entry.hours
  const minute = t.hour * 60 + t.minute
  if (start < end) return days.includes(t.weekday) && minute >= start && minute < end
  const previousDay = (t.weekday + 6) % 7
  return (days.includes(t.weekday) && minute >= start) || (days.includes(previousDay) && minute < end)
}

/**
 * Whether `t` is inside the freeze. Compared as wall-clock time in the gate's timezone:
 * `from` is inclusive; a date-only `to` covers that whole day, a `to` with a time is exclusive.
 */
export function inFreeze(t: LocalTime, f: Pick<FreezeEntry, 'from' | 'to'>): boolean {
  const now = wallKey(t)
  if (now < f.from.key) return false
  return f.to.dateOnly ? now.slice(0, 10) <= f.to.text : now < f.to.key
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
  return `${a.days.text} ${a.hours.text}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
