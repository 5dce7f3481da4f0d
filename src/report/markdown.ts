/**
 * The human forms of the report (pure functions of the report object: no clock, no environment):
 * the job summary, the PR comment, the verdict line and the log's progress line.
 */
import { commentPause, pauseSection } from './durable.js'
import type {
  AnalysisPlan,
  Approval,
  AuditEntry,
  CheckSummary,
  CommandRecord,
  GateRecord,
  MeasurementRecord,
  RollbackRecord,
  StepRecord
} from './types.js'
import type { DeepReadonly, RecordView } from '../record/types.js'
import { planChart, renderCharts } from './chart.js'
import { backupSection, changeLine, changeSection, hotfixBanner } from './change.js'
import {
  boundText,
  cell,
  clip,
  clockTime,
  code,
  dateTime,
  duration,
  escapeHtml,
  fenced,
  isLive,
  num,
  oneLine,
  plural,
  reasonOf,
  statusLook,
  text,
  unreachable,
  verdictMark
} from './format.js'
import { significant } from '../number.js'

/** The job summary stays below GitHub's 1 MiB limit: past this many bytes the oldest rows are folded. */
export const SUMMARY_BUDGET_BYTES = 900_000
/** A PR comment body stays below GitHub's 65 536 characters with room to spare. */
export const COMMENT_LIMIT_CHARS = 60_000

// ---------------------------------------------------------------------------------------- one-liners

/** The hidden HTML comment that identifies this environment's PR comment (stable, safe inside `<!-- -->`). */
export function commentMarker(environment: string): string {
  const safe = [...new TextEncoder().encode(environment)]
    .map((b) =>
      /[A-Za-z0-9_.]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : b === 0x2d
          ? '-'
          : `%${b.toString(16).toUpperCase().padStart(2, '0')}`
    )
    .join('')
    .replace(/--/g, '-%2D')
  return `<!-- stagegate:environment=${safe} -->`
}

/** One plain-text line for the log: emoji, status, service/environment/version, duration, final weight, reason. */
export function verdictLine(r: RecordView): string {
  const look = statusLook(r.status)
  const status = isLive(r) ? look.label : r.status
  const who = `${r.service || '(unknown service)'}/${r.environment || '(unknown environment)'} ${r.version || '(no version)'}`
  return oneLine(`${look.emoji} ${status} · ${who} · ${duration(r.durationMs)} · final weight ${r.finalWeight}% · ${reasonOf(r)}`)
}

/**
 * The log line after each measurement round, e.g.
 * `step 2/4 25% · 3m10s/5m · error-rate 0.0012 ≤ 0.005 ✓ · p95-latency-ms 212 ≤ 231 ✓`.
 */
export function progressLine(
  step: DeepReadonly<StepRecord>,
  total: number,
  round: DeepReadonly<MeasurementRecord[]>,
  elapsedMs: number
): string {
  const head = `step ${step.index}/${total} ${step.weight}% · ${duration(elapsedMs)}/${duration(step.pauseMs)}`
  const checks = [...round]
    .sort((a, b) => a.checkIndex - b.checkIndex)
    .map((m) =>
      measurementText(
        m,
        step.checks.find((c) => c.checkIndex === m.checkIndex)
      )
    )
  return [head, ...checks].join(' · ')
}

/** `metric value op bound mark`, the operator telling the truth about the value. */
export function measurementText(m: DeepReadonly<MeasurementRecord>, c: DeepReadonly<CheckSummary> | undefined): string {
  const mark = verdictMark(m.verdict)
  if (m.value === null) return `${m.metric} no data ${mark}`
  const { upper, lower } = c ?? {}
  if (upper !== undefined && m.value > upper) return `${m.metric} ${distinct(m.value, upper, '>')} ${mark}`
  if (lower !== undefined && m.value < lower) return `${m.metric} ${distinct(m.value, lower, '<')} ${mark}`
  return `${m.metric} ${num(m.value)} ${comparison(m.verdict === 'fail', c)} ${mark}`
}

/** `value op bound` at the first precision (4…12 significant digits) that tells the two apart: never `1 > 1`. */
function distinct(value: number, bound: number, op: '>' | '<'): string {
  for (let p = 4; p <= 12; p++) {
    const [v, b] = [value, bound].map((n) => significant(n, p))
    if (v !== b) return `${v} ${op} ${b}`
  }
  return `${num(value)} ${op} ${num(bound)}`
}

function comparison(failed: boolean, c: DeepReadonly<CheckSummary> | undefined): string {
  if (!c) return ''
  const { upper, lower } = c
  if (upper === undefined && lower === undefined) return `(${c.bound})`
  const inside = boundText(c)
  return failed ? `(${inside})` : upper !== undefined && lower !== undefined ? `within ${inside}` : inside
}

// ---------------------------------------------------------------------------------------- summary

interface Fold {
  /** How many of the oldest measurement rows are left out. */
  measurements: number
  /** How many of the oldest audit rows are left out. */
  audit: number
}

/** The job summary (markdown + a little HTML); always under ~900 KB, folding the oldest rows if needed. */
export function renderSummary(r: RecordView): string {
  let fold: Fold = { measurements: 0, audit: 0 }
  let md = summaryWith(r, fold)
  for (let i = 0; i < 40 && bytes(md) > SUMMARY_BUDGET_BYTES; i++) {
    const next = moreFolded(r, fold, bytes(md) - SUMMARY_BUDGET_BYTES)
    if (next.measurements === fold.measurements && next.audit === fold.audit) break
    fold = next
    md = summaryWith(r, fold)
  }
  return bytes(md) > SUMMARY_BUDGET_BYTES ? hardCut(md, SUMMARY_BUDGET_BYTES) : md
}

function summaryWith(r: RecordView, fold: Fold): string {
  const sections = [
    statusLine(r),
    hotfixBanner(r),
    metaLine(r),
    reasonBlock(r),
    onCallBlock(r),
    nextSection(r),
    errorBlock(r),
    changeSection(r),
    gatesSection(r),
    pauseSection(r),
    r.mode === 'plan' || r.status === 'planned' ? planSection(r) : rolloutSection(r),
    chartsSection(r),
    rollbackSection(r.rollback, r),
    backupSection(r),
    approvalsSection(r.approvals),
    overridesSection(r),
    notesSection(r),
    commandsSection(r.commands),
    measurementsSection(r, fold.measurements),
    auditSection(r.audit, fold.audit),
    footer(r)
  ]
  return `${sections.filter((s): s is string => Boolean(s)).join('\n\n')}\n`
}

/** Line 1: emoji, service → environment, version, outcome, duration, final weight. */
export function statusLine(r: RecordView): string {
  const look = statusLook(r.status)
  const who = `${text(r.service || '(unknown service)')} → ${text(r.environment || '(unknown environment)')}`
  const version = r.version ? code(r.version) : '(no version)'
  return `## ${look.emoji} ${who} · ${version} · ${look.label} · ${duration(r.durationMs)} · final weight ${r.finalWeight}%`
}

function metaLine(r: RecordView): string {
  const parts = [
    r.sha ? `commit ${code(r.sha.slice(0, 12))}` : '',
    r.strategy ? `strategy ${text(r.strategy)}` : '',
    `mode ${text(r.mode)}`,
    r.actor ? `by ${text(r.actor)}` : '',
    r.deploymentId ? `deployment ${text(r.deploymentId)}` : '',
    `started ${dateTime(r.startedAt)}`,
    `finished ${dateTime(r.finishedAt)}`,
    plural(r.apiRequests, 'API request'),
    r.runUrl ? link('workflow run', r.runUrl) : ''
  ]
  return `<sub>${parts.filter(Boolean).join(' · ')}</sub>`
}

/** The reason is the error itself (a failed run, a lock): the error block says it already. */
function repeatsError(r: RecordView): boolean {
  return r.error !== undefined && reasonOf(r) === oneLine(r.error)
}

function reasonBlock(r: RecordView): string | undefined {
  if (repeatsError(r)) return undefined
  return `> **${r.status === 'succeeded' || r.status === 'planned' ? 'Outcome' : 'Why'}:** ${text(reasonOf(r), 2000)}`
}

// ---------------------------------------------------------------------------------------- for the person on call

/** First thing after the verdict: where traffic is now, every failing check and every blocking gate. */
function onCallBlock(r: RecordView): string | undefined {
  if (r.status === 'planned') return undefined
  const lines = [
    `- **Traffic now:** ${trafficNow(r)}`,
    ...failingChecks(r).map((c) => `- ❌ ${c}`),
    ...blockingGates(r).map((g) => `- ❌ gate ${g}`)
  ]
  return lines.join('\n')
}

/** Where traffic is, and whether a command proved it (verify / verify-rollback). */
export function trafficNow(r: RecordView): string {
  const v = r.version ? code(r.version) : 'the new version'
  const running = r.steps.find((s) => s.result === 'running')
  switch (r.status) {
    case 'running':
      return running
        ? `**${running.weight}%** on ${v} (step ${running.index} of ${Math.max(r.plan.length, r.steps.length)}, rolling out)`
        : `**0%** on ${v} (not deployed yet)`
    case 'succeeded':
      return `**100%** on ${v}, promoted · ${verifiedBy(r, 'verify')}`
    case 'rolled-back':
      return `**0%** on ${v}: all traffic is back on the previous version · ${verifiedBy(r, 'verify-rollback')}`
    case 'rollback-failed':
      return `⚠️ possibly **${r.finalWeight}%** on ${v}: the rollback failed, traffic may still be split · **not verified**`
    case 'blocked':
    case 'planned':
      return `unchanged: nothing was deployed`
    case 'paused':
      return `**${r.finalWeight}%** on ${v}, paused (handed off; the rollout waits on its GitHub Deployment)`
    case 'idle':
      return 'unchanged: nothing was paused'
    case 'failed':
      return r.steps.length || r.commands.length
        ? `**${r.finalWeight}%** on ${v} when the run failed · **not verified**`
        : 'unchanged: nothing was deployed'
    default:
      return unreachable(r.status)
  }
}

function verifiedBy(r: RecordView, action: 'verify' | 'verify-rollback'): string {
  const list = action === 'verify-rollback' ? (r.rollback?.commands ?? []) : r.commands
  const last = [...list].reverse().find((c) => c.action === action)
  if (!last || last.outcome === 'skipped') return `not verified (no \`${action}\` action configured)`
  return last.outcome === 'ok' ? `verified by \`${action}\` ✅` : `**not verified**: \`${action}\` ${last.outcome}`
}

/** Every check that failed (or stayed without data) in a step that did not pass: value against bound and baseline. */
export function failingChecks(r: RecordView): string[] {
  const out: string[] = []
  for (const s of r.steps.filter((x) => x.result === 'failed' || x.result === 'aborted' || x.result === 'running')) {
    for (const c of s.checks.filter((x) => x.failures > 0 || (s.result === 'failed' && x.inconclusive > 0))) out.push(failingCheck(r, s, c))
  }
  return out
}

function failingCheck(r: RecordView, s: DeepReadonly<StepRecord>, c: DeepReadonly<CheckSummary>): string {
  const mine = r.measurements.filter((m) => m.step === s.index && m.checkIndex === c.checkIndex)
  const worst = [...mine].reverse().find((m) => m.verdict === 'fail') ?? mine[mine.length - 1]
  const base = r.baseline[c.metric]
  const value = worst ? withoutMark(measurementText(worst, c), verdictMark(worst.verdict)) : `${c.metric} no measurement`
  const counts = [
    c.failures ? `${c.failures} of ${c.samples + c.inconclusive} failed` : '',
    c.inconclusive ? `${c.inconclusive} without data` : ''
  ]
    .filter(Boolean)
    .join(', ')
  const baseline = base === undefined ? '' : ` · baseline ${base === null ? 'no data' : num(base)}`
  return `${text(value)} (bound ${text(boundText(c))})${baseline} · step ${s.index} at ${s.weight}%${counts ? `: ${counts}` : ''}`
}

function withoutMark(line: string, mark: string): string {
  return line.endsWith(mark) ? line.slice(0, -mark.length).trimEnd() : line
}

function blockingGates(r: RecordView): string[] {
  return r.gates
    .filter((g) => g.status === 'failed' && g.required)
    .map((g) => `**${text(g.name)}** (${text(g.type)}): ${cell(g.detail || 'failed', 300)}`)
}

/** What to do now: by outcome, then the config's links (dashboards, runbooks). */
function nextSection(r: RecordView): string | undefined {
  const steps = nextSteps(r)
  const links = (r.links ?? []).map((l) => `- 🔗 ${link(text(l.title), l.url)}`)
  if (steps.length === 0 && links.length === 0) return undefined
  return `### What next\n\n${[...steps.map((x) => `- ${x}`), ...links].join('\n')}`
}

function nextSteps(r: RecordView): string[] {
  const rerun = r.runUrl ? `re-run the ${link('workflow run', r.runUrl)}` : 're-run the workflow'
  switch (r.status) {
    case 'running':
      return [
        'The rollout is running and rolls back by itself on a breach. To stop it now, cancel the workflow run: Stagegate rolls back before it exits.'
      ]
    case 'succeeded':
      return ['Nothing to do: the new version serves all traffic.']
    case 'rolled-back':
      return [
        'Nothing is urgent: traffic is back on the previous version.',
        `Find why the checks above failed (dashboards below), fix, then push a new version or ${rerun}.`
      ]
    case 'rollback-failed':
      return [
        '🚨 **Act now:** finish the rollback by hand (your `rollback` script with `STAGEGATE_WEIGHT=0`), then confirm which version serves traffic.',
        `The commands and their exit codes are under Rollback below; the post step retries the rollback once. Then ${rerun}.`
      ]
    case 'blocked':
      return [
        `Fix what the blocking gate(s) above report, then ${rerun}.`,
        'To deploy anyway, set the inputs `override-gates` (the gate names) and `override-reason` (recorded in every report).'
      ]
    case 'failed':
      return r.error?.includes(':') && !r.steps.length
        ? [
            `Fix the error(s) below${r.service ? '' : ' in the deploy config'}; check locally with \`npx stagegate validate\`, then ${rerun}.`
          ]
        : [`Read the error below, then ${rerun}. Traffic: see above.`]
    case 'planned':
      return ['Nothing changed. Run the workflow with `mode: deploy` to roll this plan out.']
    case 'paused':
      return [
        r.pause?.next ??
          'Run Stagegate with `mode: promote` to continue now, or `mode: abort` to roll back; scheduled `mode: resume` runs watch it meanwhile.'
      ]
    case 'idle':
      return ['Nothing to do: no rollout of this environment is paused.']
    default:
      return unreachable(r.status)
  }
}

/**
 * One line for the GitHub Deployment status (≤ 140 characters): `status: …`, with where traffic is
 * after a rollback, then every failing check (or the error, the rollback reason, the failed gates).
 */
export function onCallLine(r: RecordView): string {
  const traffic =
    r.status === 'rolled-back' ? 'traffic back at 0%' : r.status === 'rollback-failed' ? `traffic may be split at ${r.finalWeight}%` : ''
  const checks = failingChecks(r).map((c) => c.split(' (bound')[0].replace(/\*\*/g, ''))
  const gates = r.failedGates.length ? `required gate(s) failed: ${r.failedGates.join(', ')}` : ''
  const why = checks.length ? checks.join(', ') : oneLine(r.error ?? r.rollback?.reason ?? gates)
  const detail = [traffic, why].filter(Boolean).join(' · ')
  const line = detail ? `${r.status}: ${detail}` : r.status
  return line.length > 140 ? `${line.slice(0, 139)}…` : line
}

function errorBlock(r: RecordView): string | undefined {
  if (r.error === undefined) return undefined
  return `**Error**\n\n${fenced(clip(r.error, 20_000))}`
}

// ---------------------------------------------------------------------------------------- gates

function gatesSection(r: RecordView): string | undefined {
  const plan = r.mode === 'plan' || r.status === 'planned'
  const title = plan ? '### Gates (read-only evaluation, plan mode)' : '### Gates'
  if (r.gates.length === 0) return r.status === 'blocked' || r.status === 'planned' ? `${title}\n\nNo gate was evaluated.` : undefined
  const passed = r.gates.filter((g) => g.status === 'passed').length
  const head = `${title}\n\n${passed}/${r.gates.length} passed${r.failedGates.length ? ` · **blocking:** ${r.failedGates.map((g) => text(g)).join(', ')}` : ''}`
  const rows = r.gates.map(
    (g) =>
      `| ${text(g.name)} | ${text(g.type)}${g.required ? '' : ' (advisory)'} | ${gateResult(g)} | ${gateTime(g)} | ${gateDetail(g, r)} |`
  )
  return `${head}\n\n| gate | type | result | time | detail |\n|---|---|---|---|---|\n${rows.join('\n')}`
}

export function gateResult(g: DeepReadonly<GateRecord>): string {
  switch (g.status) {
    case 'passed':
      return '✅ passed'
    case 'failed':
      return g.required ? '❌ **failed**' : '⚠️ failed (advisory)'
    case 'advisory-failed':
      return '⚠️ failed (advisory)'
    case 'overridden':
      return '🔓 overridden'
    case 'skipped':
      return '⏭️ skipped'
    default:
      return unreachable(g.status)
  }
}

function gateTime(g: DeepReadonly<GateRecord>): string {
  return `${duration(g.durationMs)}${g.attempts > 1 ? ` (${g.attempts} attempts)` : ''}`
}

function gateDetail(g: DeepReadonly<GateRecord>, r: RecordView): string {
  const detail = cell(g.detail || '—')
  if (g.status !== 'overridden' || !r.overrides) return detail
  return `**overridden by ${text(r.overrides.actor || 'unknown')}:** ${text(r.overrides.reason || '(no reason)')}<br>${detail}`
}

// ---------------------------------------------------------------------------------------- plan

function planSection(r: RecordView): string | undefined {
  const parts = ['### Plan']
  if (r.plan.length === 0) parts.push('No step would run.')
  else {
    const rows = r.plan.map((s) => `| ${s.index} | ${s.weight}% | ${duration(s.pauseMs)} | ${s.measurements} |`)
    parts.push(
      `Strategy ${text(r.strategy || 'unknown')} · ${plural(r.plan.length, 'step')}\n\n| step | weight | pause | measurements |\n|---|---|---|---|\n${rows.join('\n')}`
    )
  }
  const estimates = r.notes.filter(isEstimate)
  if (estimates.length) parts.push(estimates.map((n) => `- ⏱️ ${text(n)}`).join('\n'))
  const chart = planChart(r.plan, `Planned traffic on ${r.version || 'the new version'} (%)`)
  if (chart) parts.push(chart)
  if (r.analysis) parts.push(analysisTable(r.analysis))
  parts.push(probeTable(r))
  return parts.join('\n\n')
}

function analysisTable(a: DeepReadonly<AnalysisPlan>): string {
  const delay = a.initialDelayMs ? ` after an initial delay of ${duration(a.initialDelayMs)}` : ''
  const head = `#### Analysis\n\nEvery check measured every ${duration(a.intervalMs)} of each pause${delay}; a step rolls back after more than ${a.failureLimit} failed or more than ${a.inconclusiveLimit} inconclusive measurements.`
  if (a.checks.length === 0) return `${head}\n\nNo checks: pauses are only waited out.`
  const rows = a.checks.map((c) => `| ${text(c.metric)} | ${c.track} | ${text(c.bound)} | ${c.onNoData} |`)
  return `${head}\n\n| check | track | bound | no data |\n|---|---|---|---|\n${rows.join('\n')}${checksInWords(a)}`
}

/** Plan mode explains each check in words (and consecutive-failure-limit). */
function checksInWords(a: DeepReadonly<AnalysisPlan>): string {
  const lines = a.checks.map((c, i) => (c.explain ? `- Check ${i + 1}: ${text(c.explain)}` : '')).filter(Boolean)
  if (a.consecutiveFailureLimit !== undefined)
    lines.push(`- Any check failing ${a.consecutiveFailureLimit} measurements in a row rolls back at once, whatever the failure limit.`)
  return lines.length ? `\n\n${lines.join('\n')}` : ''
}

function isEstimate(note: string): boolean {
  return /^estimated\b/i.test(note)
}

function probeTable(r: RecordView): string {
  const names = Object.keys(r.baseline)
  if (names.length === 0) return '#### Metric probes\n\nNo metric to probe.'
  const rows = names.map((n) => {
    const v = r.baseline[n]
    return `| ${text(n)} | ${v === null ? '⚠️ no data' : `${num(v)} ✅`} |`
  })
  return `#### Metric probes (measured once on the stable track)\n\n| metric | value |\n|---|---|\n${rows.join('\n')}`
}

// ---------------------------------------------------------------------------------------- rollout

function rolloutSection(r: RecordView): string | undefined {
  const notReached = r.plan.filter((p) => !r.steps.some((s) => s.index === p.index))
  if (r.steps.length === 0 && (r.status === 'blocked' || r.plan.length === 0)) {
    return r.status === 'blocked' ? '### Rollout\n\nNothing was deployed: no command in `actions` ran.' : undefined
  }
  const checks = checkColumns(r.steps)
  const header = `| step | weight | started (UTC) | duration | ${checks.map((c) => checkHeader(c)).join(' | ')}${checks.length ? ' | ' : ''}result |`
  const sep = `|${'---|'.repeat(5 + checks.length)}`
  const rows = [
    ...r.steps.map((s) => stepRow(s, checks)),
    ...notReached.map(
      (p) => `| ${p.index} | ${p.weight}% | — | — | ${checks.map(() => '—').join(' | ')}${checks.length ? ' | ' : ''}⏸️ not reached |`
    )
  ]
  return `### Rollout\n\n${baselineLine(r)}\n\n${header}\n${sep}\n${rows.join('\n')}`
}

function baselineLine(r: RecordView): string {
  const entries = Object.entries(r.baseline)
  if (entries.length === 0) return `Strategy ${text(r.strategy || 'unknown')} · no baseline (no analysis metrics)`
  const values = entries.map(([k, v]) => `${text(k)} ${v === null ? 'no data' : num(v)}`).join(' · ')
  return `Strategy ${text(r.strategy || 'unknown')} · baseline (stable track, before step 1): ${values}`
}

/** One column per check index seen in any step, with the summary that knows its bound. */
function checkColumns(steps: DeepReadonly<StepRecord[]>): DeepReadonly<CheckSummary[]> {
  const byIndex = new Map<number, DeepReadonly<CheckSummary>>()
  for (const s of steps)
    for (const c of s.checks) if (!byIndex.has(c.checkIndex) || (c.bound && !byIndex.get(c.checkIndex)?.bound)) byIndex.set(c.checkIndex, c)
  return [...byIndex.values()].sort((a, b) => a.checkIndex - b.checkIndex)
}

function checkHeader(c: DeepReadonly<CheckSummary>): string {
  const track = c.track === 'stable' ? ' (stable)' : ''
  return `${text(c.metric)}${track}<br>${text(boundText(c))}`
}

function stepRow(s: DeepReadonly<StepRecord>, columns: DeepReadonly<CheckSummary[]>): string {
  const cells = columns.map((col) => checkCell(s.checks.find((c) => c.checkIndex === col.checkIndex)))
  const checks = cells.length ? `${cells.join(' | ')} | ` : ''
  return `| ${s.index} | ${s.weight}% | ${clockTime(s.startedAt)} | ${stepDuration(s)} | ${checks}${stepResult(s)} |`
}

/** `✓ 0.0008 – 0.0014` plus failure and no-data counts; the bound is in the column header. */
export function checkCell(c: DeepReadonly<CheckSummary> | undefined): string {
  if (!c || (c.samples === 0 && c.failures === 0 && c.inconclusive === 0)) return '—'
  const mark = c.failures > 0 ? '✗' : c.inconclusive > 0 ? '?' : '✓'
  const range = c.min === null || c.max === null ? 'no data' : c.min === c.max ? num(c.min) : `${num(c.min)}&nbsp;–&nbsp;${num(c.max)}`
  const extra = [c.failures ? `**${c.failures} failed**` : '', c.inconclusive ? `${c.inconclusive} no data` : ''].filter(Boolean)
  return `${mark} ${range}${extra.length ? ` (${extra.join(', ')})` : ''}`
}

function stepDuration(s: DeepReadonly<StepRecord>): string {
  return s.result === 'running' ? `pause ${duration(s.pauseMs)}` : duration(s.durationMs)
}

function stepResult(s: DeepReadonly<StepRecord>): string {
  const why = s.reason ? `: ${text(s.reason, 400)}` : ''
  switch (s.result) {
    case 'passed':
      return '✅ passed'
    case 'failed':
      return `❌ **failed**${why}`
    case 'aborted':
      return `⏹️ aborted${why}`
    case 'running':
      return '🔄 running'
    default:
      return unreachable(s.result)
  }
}

function chartsSection(r: RecordView): string | undefined {
  const charts = renderCharts(r)
  return charts.length ? `### Charts\n\n${charts.join('\n\n')}` : undefined
}

// ---------------------------------------------------------------------------------------- rollback

function rollbackSection(rb: DeepReadonly<RollbackRecord> | undefined, r: RecordView): string | undefined {
  if (!rb) return undefined
  const failed = r.status === 'rollback-failed'
  const title = failed ? '### 🚨 Rollback FAILED' : '### ↩️ Rollback'
  const warn = failed
    ? `\n\n> [!CAUTION]\n> The rollback did not complete: traffic may still be split, **${r.finalWeight}%** on ${text(r.version || 'the new version')}. Check the service and finish the rollback by hand.`
    : ''
  const where = rb.step !== undefined ? `step ${rb.step} (${rb.weight}%)` : `${rb.weight}%`
  const lines = [
    `- **Trigger:** ${text(rb.trigger)}`,
    `- **Reason:** ${text(rb.reason)}`,
    `- **Started:** at ${where}, ${clockTime(rb.startedAt)} UTC`,
    ...trippedBy(rb),
    `- **Verified:** ${rb.verified ? '✅ yes' : '❌ no'}`
  ]
  return `${title}${warn}\n\n${lines.join('\n')}\n\n${rollbackCommands(rb.commands)}`
}

function trippedBy(rb: DeepReadonly<RollbackRecord>): string[] {
  const m = rb.measurement
  if (!m) return rb.bound ? [`- **Bound:** ${text(rb.bound)}`] : []
  const value = m.value === null ? 'no data' : `**${num(m.value)}**`
  const detail = m.detail ? ` — ${text(m.detail)}` : ''
  return [
    `- **Tripped by:** ${text(m.metric)} = ${value} against the bound **${text(rb.bound ?? '—')}** (${verdictMark(m.verdict)} ${text(m.verdict)}${detail})<br>measured on the ${m.track} track at ${clockTime(m.at)} UTC, step ${m.step} (${m.weight}%)`
  ]
}

function rollbackCommands(commands: DeepReadonly<CommandRecord[]>): string {
  if (commands.length === 0) return 'No rollback command ran.'
  const rows = commands.map(
    (c) => `| ${text(c.action)} | ${outcome(c)} | ${c.exitCode ?? '—'} | ${clockTime(c.startedAt)} | ${duration(c.durationMs)} |`
  )
  return `| command | outcome | exit code | started (UTC) | duration |\n|---|---|---|---|---|\n${rows.join('\n')}`
}

function outcome(c: DeepReadonly<CommandRecord>): string {
  switch (c.outcome) {
    case 'ok':
      return '✅ ok'
    case 'failed':
      return '❌ failed'
    case 'timeout':
      return '⏱️ timed out'
    case 'aborted':
      return '⏹️ aborted'
    case 'skipped':
      return '⏭️ not configured'
    default:
      return unreachable(c.outcome)
  }
}

// ---------------------------------------------------------------------------------------- people and notes

function approvalsSection(approvals: DeepReadonly<Approval[]>): string | undefined {
  if (approvals.length === 0) return undefined
  const rows = approvals.map(
    (a) =>
      `| ${text(a.user)} | ${a.state === 'approved' ? '✅ approved' : '❌ rejected'} | ${dateTime(a.at)} | ${text(a.environments.join(', ') || '—')} | ${cell(a.comment || '—')} |`
  )
  return `### Approvals\n\n| reviewer | decision | at | environments | comment |\n|---|---|---|---|---|\n${rows.join('\n')}`
}

function overridesSection(r: RecordView): string | undefined {
  const o = r.overrides
  if (!o) return undefined
  const gates = o.gates.map((g) => text(g)).join(', ') || '—'
  return `### 🔓 Overrides\n\n- **Gates:** ${gates}\n- **Reason:** ${text(o.reason || '(no reason given)')}\n- **By:** ${text(o.actor || 'unknown')}`
}

function notesSection(r: RecordView): string | undefined {
  const notes = r.notes.filter((n) => !(r.status === 'planned' && isEstimate(n)))
  if (notes.length === 0) return undefined
  const shown = notes.slice(0, 100).map((n) => `- ${text(n)}`)
  if (notes.length > 100) shown.push(`- … ${notes.length - 100} more notes in the JSON report`)
  return `### Notes\n\n${shown.join('\n')}`
}

function commandsSection(commands: DeepReadonly<CommandRecord[]>): string | undefined {
  if (commands.length === 0) return undefined
  const rows = commands.map(
    (c) =>
      `| ${clockTime(c.startedAt)} | ${text(c.action)} | ${c.step ?? '—'} | ${c.weight === undefined ? '—' : `${c.weight}%`} | ${outcome(c)} | ${c.exitCode ?? '—'} | ${duration(c.durationMs)} |`
  )
  const table = `| started (UTC) | command | step | weight | outcome | exit code | duration |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}`
  return details(`Commands (${commands.length})`, table)
}

// ---------------------------------------------------------------------------------------- foldable tables

function measurementsSection(r: RecordView, folded: number): string | undefined {
  if (r.measurements.length === 0) return undefined
  const bounds = boundsByStep(r.steps)
  const kept = r.measurements.slice(folded)
  const rows = kept.map((m) => measurementRow(m, bounds))
  const head = `| time (UTC) | step | weight | check | track | value | bound | verdict | detail |\n|---|---|---|---|---|---|---|---|---|`
  const title = `Measurements (${r.measurements.length}${folded ? `, ${folded} oldest folded` : ''})`
  return details(title, `${foldNote(folded, 'measurement')}${head}\n${rows.join('\n')}`)
}

function boundsByStep(steps: DeepReadonly<StepRecord[]>): Map<string, string> {
  const map = new Map<string, string>()
  for (const s of steps) for (const c of s.checks) map.set(`${s.index}:${c.checkIndex}`, boundText(c))
  return map
}

function measurementRow(m: DeepReadonly<MeasurementRecord>, bounds: Map<string, string>): string {
  const bound = bounds.get(`${m.step}:${m.checkIndex}`) ?? '—'
  return `| ${clockTime(m.at)} | ${m.step} | ${m.weight}% | ${m.checkIndex + 1}: ${text(m.metric)} | ${m.track} | ${num(m.value)} | ${text(bound)} | ${verdictMark(m.verdict)} ${m.verdict} | ${cell(m.detail || '—', 300)} |`
}

function auditSection(audit: DeepReadonly<AuditEntry[]>, folded: number): string | undefined {
  if (audit.length === 0) return undefined
  const rows = audit.slice(folded).map(auditRow)
  const head = `| time (UTC) | phase | action | actor | commit | step | weight | result | detail |\n|---|---|---|---|---|---|---|---|---|`
  const title = `Audit trail (${audit.length}${folded ? `, ${folded} oldest folded` : ''})`
  return details(title, `${foldNote(folded, 'audit entry', 'audit entries')}${head}\n${rows.join('\n')}`)
}

function auditRow(e: DeepReadonly<AuditEntry>): string {
  const time = Number.isFinite(Date.parse(e.at)) ? new Date(Date.parse(e.at)).toISOString().slice(11, 19) : text(e.at)
  return `| ${time} | ${text(e.phase)} | ${text(e.action)} | ${text(e.actor || '—')} | ${e.sha ? code(e.sha.slice(0, 7)) : '—'} | ${e.step ?? '—'} | ${e.weight === undefined ? '—' : `${e.weight}%`} | ${text(e.result ?? '—')} | ${cell(e.detail ?? '—', 500)} |`
}

function foldNote(folded: number, word: string, many?: string): string {
  if (!folded) return ''
  return `> ${plural(folded, `older ${word}`, `older ${many ?? `${word}s`}`)} folded to keep the summary under 1 MiB; the JSON report has all of them.\n\n`
}

/** Folds more of the oldest rows: measurements first, then the audit trail. */
function moreFolded(r: RecordView, fold: Fold, overBytes: number): Fold {
  const bounds = boundsByStep(r.steps)
  const leftM = r.measurements.length - fold.measurements
  if (leftM > 0) {
    const per = averageBytes(r.measurements.slice(fold.measurements, fold.measurements + 50).map((m) => measurementRow(m, bounds)))
    return { ...fold, measurements: fold.measurements + Math.min(leftM, Math.ceil((overBytes * 1.02) / per) + 10) }
  }
  const leftA = r.audit.length - fold.audit
  if (leftA > 0) {
    const per = averageBytes(r.audit.slice(fold.audit, fold.audit + 50).map(auditRow))
    return { ...fold, audit: fold.audit + Math.min(leftA, Math.ceil((overBytes * 1.02) / per) + 10) }
  }
  return fold
}

function averageBytes(rows: string[]): number {
  return Math.max(1, rows.reduce((n, row) => n + bytes(row) + 1, 0) / Math.max(1, rows.length))
}

/** Last resort when the summary is still too large: cut at a line boundary and say so. */
function hardCut(md: string, budget: number): string {
  const note = '\n\n> ✂️ The summary was cut here to stay under 1 MiB; the JSON report has everything.\n'
  let end = Math.min(md.length, budget - 1000)
  while (end > 0 && bytes(md.slice(0, end)) > budget - 1000) end = Math.floor(end * 0.95)
  const cut = md.lastIndexOf('\n', end)
  return `${md.slice(0, cut > 0 ? cut : end)}${note}`
}

function footer(r: RecordView): string {
  return `<sub>Stagegate · report schema v${r.schemaVersion} · the JSON report (output \`report-path\`) has every fact above</sub>`
}

// ---------------------------------------------------------------------------------------- PR comment

/** The PR comment: the marker, a short form of the summary and a link to the run; < 60 000 characters. */
export function renderComment(r: RecordView): string {
  const reason = repeatsError(r) ? '' : `\n\n> ${text(reasonOf(r), 1500)}`
  const head = `${commentMarker(r.environment)}\n${commentTitle(r)}\n${commentMeta(r)}${reason}`
  const sections = [
    onCallBlock(r),
    commentNext(r),
    hotfixBanner(r),
    changeLine(r),
    r.error !== undefined ? `**Error**\n\n${fenced(clip(r.error, 3000))}` : undefined,
    commentPause(r),
    liveProgress(r),
    stepsLine(r),
    commentGates(r),
    commentRollback(r),
    commentOverrides(r),
    commentApprovals(r.approvals),
    r.status === 'planned' ? commentPlan(r) : undefined
  ].filter((s): s is string => Boolean(s))
  return assembleComment(head, sections, commentFooter(r))
}

function assembleComment(head: string, sections: string[], foot: string): string {
  let body = head
  for (let i = 0; i < sections.length; i++) {
    const next = `${body}\n\n${sections[i]}`
    if (next.length + foot.length + 400 > COMMENT_LIMIT_CHARS) {
      const missing = sections.length - i
      return `${body}\n\n> ✂️ ${plural(missing, 'section')} left out to keep this comment short; see the full summary.\n\n${foot}\n`
    }
    body = next
  }
  return `${body}\n\n${foot}\n`
}

/** "What next" in one paragraph: the first step for this outcome and the config's links. */
function commentNext(r: RecordView): string | undefined {
  const first = nextSteps(r)[0]
  const links = (r.links ?? []).map((l) => link(text(l.title), l.url))
  if (!first && links.length === 0) return undefined
  return `**What next:** ${first ?? ''}${links.length ? `${first ? '<br>' : ''}🔗 ${links.join(' · ')}` : ''}`
}

function commentTitle(r: RecordView): string {
  const look = statusLook(r.status)
  return `### ${look.emoji} Stagegate: ${text(r.service || '(unknown service)')} → ${text(r.environment || '(unknown environment)')} · ${look.label}`
}

function commentMeta(r: RecordView): string {
  const running = r.steps.find((s) => s.result === 'running')
  const parts = [
    r.version ? code(r.version) : '(no version)',
    r.sha ? `commit ${code(r.sha.slice(0, 7))}` : '',
    isLive(r) ? `started ${dateTime(r.startedAt)}` : duration(r.durationMs),
    isLive(r) ? `weight now **${running?.weight ?? 0}%**` : `final weight **${r.finalWeight}%**`,
    r.runUrl ? link('workflow run', r.runUrl) : 'no run link'
  ]
  return parts.filter(Boolean).join(' · ')
}

function commentFooter(r: RecordView): string {
  const where = r.runUrl ? link('job summary', r.runUrl) : 'job summary of the run'
  return `<sub>Full report with charts, measurements and the audit trail: ${where} · as of ${dateTime(lastKnown(r))}</sub>`
}

/** The latest time the report knows of (a live report's finishedAt is still its start). */
function lastKnown(r: RecordView): number {
  const times = [
    Date.parse(r.finishedAt),
    ...r.steps.map((s) => s.startedAt + s.durationMs),
    ...r.measurements.map((m) => m.at),
    ...r.commands.map((c) => c.startedAt + c.durationMs)
  ].filter((t) => Number.isFinite(t))
  return times.length ? Math.max(...times) : Number.NaN
}

function liveProgress(r: RecordView): string | undefined {
  const running = r.steps.find((s) => s.result === 'running')
  if (!running) return undefined
  const mine = r.measurements.filter((m) => m.step === running.index)
  const last = new Map<number, DeepReadonly<MeasurementRecord>>()
  for (const m of mine) last.set(m.checkIndex, m)
  const latest = [...last.values()]
    .sort((a, b) => a.checkIndex - b.checkIndex)
    .map((m) =>
      text(
        measurementText(
          m,
          running.checks.find((c) => c.checkIndex === m.checkIndex)
        )
      )
    )
  const total = Math.max(r.plan.length, r.steps.length)
  return `🔄 **step ${running.index}/${total} at ${running.weight}%** since ${clockTime(running.startedAt)} UTC (pause ${duration(running.pauseMs)})${latest.length ? `<br>latest: ${latest.join(' · ')}` : ''}`
}

/** `5% ✅ → 25% ✅ → 50% ❌ → 100% ⏸️`, then a compact table of the steps that ran. */
function stepsLine(r: RecordView): string | undefined {
  if (r.status === 'planned' || (r.steps.length === 0 && r.plan.length === 0)) return undefined
  const marks = r.plan.length
    ? r.plan.map((p) => `${p.weight}% ${stepMark(r.steps.find((s) => s.index === p.index))}`)
    : r.steps.map((s) => `${s.weight}% ${stepMark(s)}`)
  if (r.steps.length === 0) return `**Rollout:** not started (${marks.join(' → ')})`
  const rows = r.steps
    .slice(0, 50)
    .map(
      (s) =>
        `| ${s.index} | ${s.weight}% | ${stepDuration(s)} | ${s.checks.map((c) => `${text(c.metric)} ${checkCell(c)}`).join('<br>') || '—'} | ${stepResult(s)} |`
    )
  return `**Rollout:** ${marks.join(' → ')}\n\n| step | weight | duration | checks (min – max) | result |\n|---|---|---|---|---|\n${rows.join('\n')}`
}

function stepMark(s: DeepReadonly<StepRecord> | undefined): string {
  if (!s) return '⏸️'
  switch (s.result) {
    case 'passed':
      return '✅'
    case 'failed':
      return '❌'
    case 'aborted':
      return '⏹️'
    case 'running':
      return '🔄'
    default:
      return unreachable(s.result)
  }
}

function commentGates(r: RecordView): string | undefined {
  if (r.gates.length === 0) return undefined
  const count = (st: GateRecord['status']) => r.gates.filter((g) => g.status === st).length
  const summary = [
    `${count('passed')} passed`,
    count('failed') && `${count('failed')} failed`,
    count('advisory-failed') && `${count('advisory-failed')} advisory failed`,
    count('overridden') && `${count('overridden')} overridden`,
    count('skipped') && `${count('skipped')} skipped`
  ]
  const head = `**Gates:** ${summary.filter(Boolean).join(' · ')}`
  const notable = r.gates.filter((g) => g.status === 'failed' || g.status === 'advisory-failed' || g.status === 'overridden')
  if (notable.length === 0) return head
  const rows = notable.slice(0, 30).map((g) => `| ${text(g.name)} | ${gateResult(g)} | ${cell(g.detail || '—', 300)} |`)
  const more = notable.length > 30 ? `\n\n… and ${notable.length - 30} more in the job summary` : ''
  return `${head}\n\n| gate | result | detail |\n|---|---|---|\n${rows.join('\n')}${more}`
}

function commentRollback(r: RecordView): string | undefined {
  const rb = r.rollback
  if (!rb) return undefined
  const m = rb.measurement
  const tripped = m ? ` · tripped by ${text(m.metric)} = **${num(m.value)}** (bound ${text(rb.bound ?? '—')}) at step ${m.step}` : ''
  const cmds =
    rb.commands.map((c) => `${text(c.action)} ${outcome(c)}${c.exitCode === null ? '' : ` (exit ${c.exitCode})`}`).join(', ') ||
    'no command ran'
  const title = r.status === 'rollback-failed' ? '🚨 **Rollback FAILED**' : '↩️ **Rollback**'
  return `${title} (${text(rb.trigger)})${tripped}<br>${cmds} · verified: ${rb.verified ? 'yes' : '**no**'}`
}

function commentOverrides(r: RecordView): string | undefined {
  const o = r.overrides
  if (!o) return undefined
  return `🔓 **Overridden:** ${o.gates.map((g) => text(g)).join(', ')} by ${text(o.actor || 'unknown')} — ${text(o.reason || '(no reason given)', 500)}`
}

function commentApprovals(approvals: DeepReadonly<Approval[]>): string | undefined {
  if (approvals.length === 0) return undefined
  const list = approvals
    .slice(0, 20)
    .map((a) => `${text(a.user)} ${a.state === 'approved' ? '✅' : '❌'}${a.comment ? ` “${text(a.comment, 200)}”` : ''}`)
  return `**Approvals:** ${list.join(' · ')}${approvals.length > 20 ? ` · … ${approvals.length - 20} more` : ''}`
}

function commentPlan(r: RecordView): string {
  const steps = r.plan.map((p) => `${p.weight}% for ${duration(p.pauseMs)}`).join(' → ') || 'no steps'
  const probes = Object.entries(r.baseline)
    .map(([k, v]) => `${text(k)} ${v === null ? '⚠️ no data' : num(v)}`)
    .join(' · ')
  const est = r.notes.filter(isEstimate).map((n) => text(n, 300))
  const checks = (r.analysis?.checks ?? []).map((c) => `${text(c.metric)} ${text(c.bound)}`).join(' · ')
  return [
    `**Plan:** ${steps}`,
    checks ? `**Checks** (every ${duration(r.analysis?.intervalMs ?? 0)}): ${checks}` : '',
    est.length ? `⏱️ ${est.join('; ')}` : '',
    probes ? `**Metric probes (stable):** ${probes}` : ''
  ]
    .filter(Boolean)
    .join('<br>')
}

// ---------------------------------------------------------------------------------------- bits

function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`
}

function link(label: string, url: string): string {
  const safe = /^https?:\/\//i.test(url) ? url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c)) : ''
  return safe ? `[${label}](${safe})` : label
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}
