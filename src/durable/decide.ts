/**
 * What a `resume`, `promote` or `abort` job does with the paused rollout it found (pure): the
 * rules of SPEC §4, in one place. Traffic moves only after the job won its claim (store.ts).
 */
import type { SavedRollout } from './payload.js'
import { formatDuration } from '../config/units.js'

export type DurableMode = 'resume' | 'promote' | 'abort'

export interface Situation {
  mode: DurableMode
  now: number
  /** The hash of the config file checked out in this job. */
  configHash: string
  expireAfterMs: number
  actor: string
  reason: string
}

export type Next =
  /** Nothing changes: a config that differs from the one the rollout started with. */
  | { kind: 'refuse'; why: string }
  /** Roll back now (abort, or expired): no analysis round first. */
  | { kind: 'rollback'; reason: string; trigger: 'abort' | 'expired' }
  /** One analysis round on the live canary; a breach rolls back, otherwise post a status and stop. */
  | { kind: 'watch'; until: string }
  /** One analysis round, then (no breach) claim the rollout and continue from the next step. */
  | { kind: 'continue'; why: string }

export function decide(saved: SavedRollout, s: Situation): Next {
  if (s.mode === 'abort') return { kind: 'rollback', trigger: 'abort', reason: abortReason(s) }
  if (saved.configHash !== s.configHash) return { kind: 'refuse', why: configChanged(saved) }
  const pausedFor = s.now - saved.pausedAt
  if (s.mode === 'resume' && pausedFor > s.expireAfterMs) {
    return {
      kind: 'rollback',
      trigger: 'expired',
      reason: `expired: paused for ${formatDays(pausedFor)}, longer than expire-after ${formatDays(s.expireAfterMs)}`
    }
  }
  if (s.mode === 'promote') return { kind: 'continue', why: `promoted by ${s.actor}${s.reason ? `: ${s.reason}` : ''}` }
  if (saved.pauseEndsAt !== null && s.now >= saved.pauseEndsAt) return { kind: 'continue', why: `the pause of step ${saved.step} ended` }
  return { kind: 'watch', until: saved.pauseEndsAt === null ? 'until promoted' : `until ${stamp(saved.pauseEndsAt)}` }
}

function abortReason(s: Situation): string {
  return s.reason ? `aborted by ${s.actor}: ${s.reason}` : `aborted by ${s.actor}`
}

function configChanged(saved: SavedRollout): string {
  return (
    `the deploy config ${saved.configPath} differs from the one this rollout started with (${saved.configHash.slice(0, 19)}…): ` +
    'a paused rollout continues only with its own config (commands and checks are never read back from GitHub). ' +
    "Run this job on the commit the rollout started from, or abort the rollout (mode: abort runs the current config's rollback)"
  )
}

/** `2026-06-01 12:10 UTC` */
export function stamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** `3d 4h`, or the compact form below a day. */
export function formatDays(ms: number): string {
  const days = Math.floor(ms / 86_400_000)
  if (days === 0) return formatDuration(ms)
  const hours = Math.floor((ms % 86_400_000) / 3_600_000)
  return hours ? `${days}d ${hours}h` : `${days}d`
}

/**
 * The Deployment status line and the PR comment's headline (GitHub keeps 140 characters):
 * `paused at 25% since …, next check …, promote with …`.
 */
export function pausedLine(
  saved: Pick<SavedRollout, 'weight' | 'pausedAt' | 'pauseEndsAt' | 'environment' | 'why'>,
  lastCheck?: number
): string {
  const until =
    saved.pauseEndsAt === null
      ? saved.why === 'inconclusive'
        ? 'analysis inconclusive, a person decides'
        : 'until promoted'
      : `pause ends ${stamp(saved.pauseEndsAt)}`
  const checked = lastCheck === undefined ? '' : `, checked ${stamp(lastCheck).slice(11)}`
  const line = `paused at ${saved.weight}% since ${stamp(saved.pausedAt)}${checked}, ${until}; promote: /stagegate promote ${saved.environment}`
  return line.length > 140 ? `${line.slice(0, 139)}…` : line
}

/** Runner time (the jobs' own durations) against the rollout's wall time, from its jobs. */
export function timeUsed(jobs: { startedAt: number; endedAt: number }[]): { runnerMs: number; wallMs: number } {
  if (!jobs.length) return { runnerMs: 0, wallMs: 0 }
  const runnerMs = jobs.reduce((n, j) => n + Math.max(0, j.endedAt - j.startedAt), 0)
  const wallMs = Math.max(...jobs.map((j) => j.endedAt)) - Math.min(...jobs.map((j) => j.startedAt))
  return { runnerMs, wallMs }
}

/** The longest stretch without a measurement of the canary, given every moment it was watched (sorted or not). */
export function longestGap(watchedAt: number[]): number {
  const t = [...watchedAt].sort((a, b) => a - b)
  let gap = 0
  for (let i = 1; i < t.length; i++) gap = Math.max(gap, t[i] - t[i - 1])
  return gap
}
