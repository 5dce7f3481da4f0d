/**
 * The report's change classification, risk profile, hotfix banner, phases and backup output
 * (pure functions of the report; called from markdown.ts for the summary and the PR comment).
 */
import type { DeployReport } from './types.js'
import { cell, code, fenced, text } from './format.js'

const RISK_MARK: Record<string, string> = { low: '🟢', medium: '🟡', high: '🟠', critical: '🔴' }

/** A hotfix is shown first, above everything else, in every report. */
export function hotfixBanner(r: DeployReport): string | undefined {
  const h = r.change?.hotfix
  if (!h) return undefined
  return `> [!WARNING]\n> 🚑 **HOTFIX** by ${text(h.actor || 'unknown')} — ${text(h.reason, 500)}\n> Shorter pauses and fewer gates (the hotfix profile); rollback and analysis still apply.`
}

/** The summary section: type, risk, why, the profile and every rule that matched. */
export function changeSection(r: DeployReport): string | undefined {
  const c = r.change
  if (!c) return undefined
  const facts = [
    text(c.source, 300),
    c.files === undefined ? 'files unknown' : `${c.files} file${c.files === 1 ? '' : 's'}`,
    c.lines === undefined ? '' : `${c.lines} lines`,
    c.labels.length
      ? `labels ${c.labels
          .slice(0, 20)
          .map((l) => code(l))
          .join(', ')}`
      : ''
  ].filter(Boolean)
  const rows = c.matched.map(
    (m) => `| ${text(m.rule)} | ${text(m.origin)} | ${text(m.risk ?? '—')} | ${text(m.type ?? '—')} | ${cell(m.why, 300)} |`
  )
  const table = rows.length
    ? `\n\n| rule | from | risk | type | because |\n|---|---|---|---|---|\n${rows.join('\n')}`
    : '\n\nNo rule matched.'
  return [
    `### Change: ${text(c.type)} · ${RISK_MARK[c.risk] ?? ''} risk **${text(c.risk)}**`,
    `${facts.join(' · ')}${c.title ? `<br>title: ${text(c.title, 300)}` : ''}<br>risk because ${text(c.why, 500)}`,
    `**Profile:** ${profileText(r)}${table}`,
    phasesLine(r)
  ]
    .filter(Boolean)
    .join('\n\n')
}

/** One line for the PR comment. */
export function changeLine(r: DeployReport): string | undefined {
  const c = r.change
  if (!c) return undefined
  const rules = c.matched.map((m) => text(m.rule)).join(', ') || 'no rule matched'
  return `**Change:** ${text(c.type)} · ${RISK_MARK[c.risk] ?? ''} risk **${text(c.risk)}** (${rules}) · profile: ${profileText(r)}${r.status === 'planned' && r.phases?.length ? `<br>${phasesLine(r)}` : ''}`
}

function profileText(r: DeployReport): string {
  const p = r.change?.profile
  if (!p) return '—'
  return `${p.name ? `**${text(p.name)}**` : 'none'} — ${text(p.why, 400)}${p.changes.length ? ` (${text(p.changes.join('; '), 400)})` : ''}`
}

function phasesLine(r: DeployReport): string | undefined {
  return r.phases?.length ? `**Phases:** ${r.phases.map((p) => text(p)).join(' → ')}` : undefined
}

/** The backup's recorded output (its tail). */
export function backupSection(r: DeployReport): string | undefined {
  const b = r.backup
  if (!b) return undefined
  const body = b.output.trim() ? fenced(b.output) : '_(no output)_'
  return `<details><summary>Backup: ${b.outcome}${b.truncated ? ' (last 4000 characters of its output)' : ''}</summary>\n\n${body}\n\n</details>`
}
