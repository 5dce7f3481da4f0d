/** The report's part for a rollout that outlived a job (SPEC §4): where it is paused, every job's part, decisions, time. Pure. */
import type { PauseReport } from './types.js'
import type { DeepReadonly, RecordView } from '../record/types.js'
import { duration, text } from './format.js'

/** The job summary section: jobs with their links, who decided what and why, runner vs wall time, the longest unwatched stretch. */
export function pauseSection(r: RecordView): string | undefined {
  const p = r.pause
  if (!p) return undefined
  const head =
    r.status === 'paused'
      ? `### Paused\n\n${text(p.line, 300)}${p.deploymentId ? ` · saved on deployment ${p.deploymentId}` : ''}`
      : '### Across jobs'
  return [head, jobsTable(p), decisions(p), timeLine(p)].filter(Boolean).join('\n\n')
}

/** The PR comment's short form: the paused line and the decisions. */
export function commentPause(r: RecordView): string | undefined {
  const p = r.pause
  if (!p) return undefined
  const who = p.decisions.map((d) => `${d.action}d by @${text(d.actor, 100)}${d.reason ? `: ${text(d.reason, 200)}` : ''}`)
  return [`**${r.status === 'paused' ? 'Paused' : 'Across jobs'}:** ${text(p.line, 300)}`, ...who.map((w) => `- ${w}`), timeLine(p)].join(
    '\n'
  )
}

function jobsTable(p: DeepReadonly<PauseReport>): string | undefined {
  if (!p.jobs.length) return undefined
  const rows = p.jobs.map(
    (j, i) =>
      `| ${i + 1} | ${jobLink(j.mode, j.runUrl)} | ${text(j.actor, 100)} | ${new Date(j.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC | ${duration(j.endedAt - j.startedAt)} | ${text(j.did, 300)} |`
  )
  return ['| # | job | actor | started | runner time | did |', '|---|---|---|---|---|---|', ...rows].join('\n')
}

function decisions(p: DeepReadonly<PauseReport>): string | undefined {
  if (!p.decisions.length) return undefined
  return p.decisions
    .map(
      (d) =>
        `- **${d.action}** by @${text(d.actor, 100)} (${d.via === 'comment' ? 'pull request comment' : 'workflow input'}) at ${new Date(d.at).toISOString().slice(0, 16).replace('T', ' ')} UTC${d.reason ? `: ${text(d.reason, 500)}` : ''}`
    )
    .join('\n')
}

function timeLine(p: DeepReadonly<PauseReport>): string {
  const unwatched = p.longestUnwatchedMs ? ` · the canary ran up to ${duration(p.longestUnwatchedMs)} unwatched between two rounds` : ''
  return `Runner time **${duration(p.runnerMs)}** over **${duration(p.wallMs)}** of wall time${unwatched}`
}

function jobLink(label: string, url: string): string {
  return /^https:\/\/[^\s()<>]+$/.test(url) ? `[${label}](${url})` : label
}
