/**
 * The measurement schedule (pure; the engine follows it exactly, see `nextRoundAt`): rounds at
 * `initial-delay + k × interval` from the step's start, through set-weight, verify and the pause,
 * and one more at the pause's end, right before the next weight (the boundary round).
 */
import type { AnalysisConfig } from '../config/schema.js'

type Timing = Pick<AnalysisConfig, 'interval' | 'initial-delay' | 'checks'>

/**
 * How many measurement rounds a step takes when its set-weight and verify take no time: the
 * rounds at `initial-delay + k × interval` that fall inside the pause, plus the boundary round at
 * the pause's end (a step without a pause gets that one only when another step follows).
 */
export function measurementCount(pauseMs: number, a: Timing, isLast = false): number {
  if (a.checks.length === 0) return 0
  if (pauseMs <= 0) return isLast ? 0 : 1
  return measurementOffsets(pauseMs, a).length
}

/** Offsets (ms from the step's start, actions taking no time) of a step's rounds; the last is the boundary round. */
export function measurementOffsets(pauseMs: number, a: Timing): number[] {
  if (a.checks.length === 0) return []
  const offsets: number[] = []
  for (let at = nextRoundAt(0, undefined, a); at < pauseMs; at = nextRoundAt(0, at, a)) offsets.push(at)
  return [...offsets, pauseMs]
}

/**
 * The engine's schedule: a step's rounds fall at `start + initial-delay + k × interval` (k ≥ 1),
 * counted from the step's start (set-weight), whatever the actions take; this gives the first one
 * strictly after `last` (the step's previous round, if any).
 */
export function nextRoundAt(start: number, last: number | undefined, a: Pick<AnalysisConfig, 'interval' | 'initial-delay'>): number {
  const first = start + a['initial-delay'] + a.interval
  if (last === undefined || last < first) return first
  return first + (Math.floor((last - first) / a.interval) + 1) * a.interval
}
