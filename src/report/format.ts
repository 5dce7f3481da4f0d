/** Small pure formatting helpers shared by the report renderers (no clock, no environment). */
import { formatDuration } from '../config/units.js'
import type { CheckSummary, CheckVerdict } from './types.js'
import type { RecordView, RunStatus } from '../record/types.js'
export { oneLine, plural } from '../text.js'
import { oneLine, plural } from '../text.js'
import { formatNumber, IN_TABLE } from '../number.js'

export { formatDuration }

/** Longest text a table cell or a quoted line may carry before it is cut. */
export const MAX_CELL_CHARS = 1000

/** HTML-escapes user text (&, <, >, quotes). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * User text for inline markdown, one line. `&` and `<` are HTML-escaped (no tag or entity can start);
 * `|` (tables), backticks, `*`, `[`, `]`, `~` and backslashes are backslash-escaped. `>`, quotes and
 * intraword `_` stay as they are, so the text reads (and greps) the same as in the log.
 */
export function text(s: string, max = MAX_CELL_CHARS): string {
  return clip(oneLine(s), max)
    .replace(/[&<]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/[\\`*[\]~|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`)
}

/** User text for a table cell: like `text`, but keeps line breaks as `<br>`. */
export function cell(s: string, max = MAX_CELL_CHARS): string {
  const lines = clip(s.replace(/\r\n?/g, '\n').trim(), max).split('\n')
  return lines.map((l) => text(l, max)).join('<br>')
}

/** Inline code (sha, version): a backtick fence longer than any run inside, `|` escaped for tables. */
export function code(s: string): string {
  const flat = oneLine(s).replace(/\|/g, '\\|')
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return flat ? `${fence}${pad}${flat}${pad}${fence}` : ''
}

/** A fenced block of literal text (error messages): the fence outgrows any backtick run inside. */
export function fenced(s: string, lang = 'text'): string {
  const longest = Math.max(2, ...[...s.matchAll(/`{3,}/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${lang}\n${s.replace(/\r\n?/g, '\n').trimEnd()}\n${fence}`
}

/** Cuts text to `max` characters with an ellipsis that says how much was cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s
  return `${s.slice(0, max)}… (${s.length - max} more characters)`
}

/** A compact number in a report (src/number.ts, IN_TABLE: integers as is, otherwise 4 significant digits); `—` for none. */
export function num(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : formatNumber(n, IN_TABLE)
}

/** `HH:MM:SS` in UTC of an epoch-milliseconds time. */
export function clockTime(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(11, 19) : '—'
}

/** `YYYY-MM-DD HH:MM:SS UTC` of an ISO string or epoch-milliseconds time. */
export function dateTime(at: string | number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at)
  return Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC` : String(at)
}

export function duration(ms: number): string {
  return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : '—'
}

/** The limits a check enforced, as text (`≤ 0.005`, `≥ 0.9`, `0.9 … 1.2`); the summary's own text otherwise. */
export function boundText(c: Pick<CheckSummary, 'upper' | 'lower' | 'bound'>): string {
  if (c.upper !== undefined && c.lower !== undefined) return `${num(c.lower)} … ${num(c.upper)}`
  if (c.upper !== undefined) return `≤ ${num(c.upper)}`
  if (c.lower !== undefined) return `≥ ${num(c.lower)}`
  return c.bound || 'no bound'
}

export function verdictMark(v: CheckVerdict): string {
  switch (v) {
    case 'pass':
      return '✓'
    case 'fail':
      return '✗'
    case 'inconclusive':
      return '?'
    case 'ignored':
      return '–'
    case 'pending':
      return '…'
    default:
      return unreachable(v)
  }
}

export interface StatusLook {
  emoji: string
  /** Short human outcome, e.g. `rolled back`. */
  label: string
}

export function statusLook(s: RunStatus): StatusLook {
  switch (s) {
    case 'running':
      return { emoji: '🔄', label: 'in progress' }
    case 'succeeded':
      return { emoji: '✅', label: 'succeeded' }
    case 'blocked':
      return { emoji: '⛔', label: 'blocked' }
    case 'rolled-back':
      return { emoji: '↩️', label: 'rolled back' }
    case 'rollback-failed':
      return { emoji: '🚨', label: 'rollback FAILED' }
    case 'failed':
      return { emoji: '❌', label: 'failed' }
    case 'planned':
      return { emoji: '📋', label: 'planned' }
    case 'paused':
      return { emoji: '⏸️', label: 'paused' }
    case 'idle':
      return { emoji: '💤', label: 'idle' }
    default:
      return unreachable(s)
  }
}

/** A run still going (status `running`): renderers show "in progress" instead of a final outcome. */
export function isLive(r: Pick<RecordView, 'status'>): boolean {
  return r.status === 'running'
}

/** One line: why the run ended the way it did. */
export function reasonOf(r: RecordView): string {
  switch (r.status) {
    case 'running':
      return liveReason(r)
    case 'succeeded':
      return `all ${plural(r.steps.length, 'step')} passed; promoted`
    case 'blocked':
      return oneLine(r.error ?? `required gate(s) failed: ${r.failedGates.join(', ') || 'unknown'}`)
    case 'rolled-back':
      return oneLine(r.rollback?.reason ?? r.error ?? 'rolled back')
    case 'rollback-failed':
      return oneLine(`${rollbackFailure(r)}${r.rollback ? `; rollback was for: ${r.rollback.reason}` : ''}`)
    case 'failed':
      return oneLine(r.error ?? 'failed')
    case 'planned':
      return planReason(r)
    case 'paused':
      return oneLine(r.pause?.line ?? `paused at ${r.finalWeight}%`)
    case 'idle':
      return oneLine(r.error ?? 'nothing paused: nothing to do')
    default:
      return unreachable(r.status)
  }
}

function liveReason(r: RecordView): string {
  const running = r.steps.find((s) => s.result === 'running')
  if (running) return `rolling out: step ${running.index}/${Math.max(r.plan.length, r.steps.length)} at ${running.weight}%`
  return r.gates.length ? 'gates evaluated; starting the rollout' : 'starting: evaluating gates'
}

function rollbackFailure(r: RecordView): string {
  const bad = r.rollback?.commands.find((c) => c.outcome !== 'ok' && c.outcome !== 'skipped')
  if (!bad) return `rollback did not complete; traffic may still be split at ${r.finalWeight}%`
  const exit = bad.exitCode === null ? '' : ` (exit ${bad.exitCode})`
  return `${bad.action} ${bad.outcome}${exit}; traffic may still be split at ${r.finalWeight}%`
}

function planReason(r: RecordView): string {
  const failing = r.gates.filter((g) => g.status === 'failed').map((g) => g.name)
  const gates = failing.length ? `gate(s) that would block: ${failing.join(', ')}` : 'no gate would block'
  return `plan only, nothing changed: ${plural(r.plan.length, 'step')}; ${gates}`
}

export function unreachable(x: never): never {
  throw new Error(`unexpected value ${JSON.stringify(x)}`)
}
