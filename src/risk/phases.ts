/**
 * The database phases around a rollout (deploy mode):
 *   gates → backup → migrate → baseline → deploy → steps → promote
 *   on a rollback (or a failure after migrate): rollback → verify-rollback → migrate-rollback.
 * `backup` runs before anything changes (its output is recorded, bounded); a failed backup stops
 * the run with nothing changed. A failed `migrate` runs `migrate-rollback` (the migration may have
 * half-applied) and nothing else. `migrate-rollback` is never run while traffic may still be on
 * the new version (rollback-failed): the post step retries the rollback, then migrate-rollback.
 */
import type { ActionName, EnvironmentConfig } from '../config/schema.js'
import type { ActionContext } from '../rollout/types.js'
import type { BackupRecord, CommandRecord, PlanStep } from '../report/types.js'
import { actionRequest } from '../actions/action-request.js'
import { type FlowContext, commandBase } from '../flow/context.js'
import type { StateSaver } from '../flow/state.js'
import { lastLine } from '../text.js'

/** The backup output kept in the report: its last 4000 characters. */
export const BACKUP_OUTPUT_CHARS = 4000

const QUIET: ActionContext = { weight: 0, previousWeight: 0, track: 'stable' }

/** The phases of a deploy in order, as planned (configured actions only; the rollback path last). */
export function phaseOrder(env: EnvironmentConfig, plan: PlanStep[]): string[] {
  const has = (a: ActionName) => env.actions[a] !== undefined
  const out = ['gates']
  if (has('backup')) out.push('backup')
  if (has('migrate')) out.push('migrate')
  out.push('baseline')
  if (has('deploy')) out.push('deploy')
  for (const s of plan) out.push(`step ${s.index}: ${s.weight}%`)
  if (has('promote')) out.push('promote')
  const back = ['rollback', 'verify-rollback', 'migrate-rollback'].filter(
    (a) => has(a as ActionName) && (a !== 'migrate-rollback' || has('migrate'))
  )
  if (back.length) out.push(`on failure: ${back.join(' → ')}`)
  return out
}

/** Runs `backup` if configured; false (status failed, nothing changed) when it did not succeed. */
export async function runBackup(f: FlowContext): Promise<boolean> {
  if (f.s.env.actions.backup === undefined) return true
  const { record, output } = await phaseCommand(f, 'backup', f.signal)
  const text = output.length > BACKUP_OUTPUT_CHARS ? output.slice(-BACKUP_OUTPUT_CHARS) : output
  f.record.backupRan({ outcome: record.outcome, output: text, truncated: text.length < output.length } satisfies BackupRecord)
  if (record.outcome === 'ok') return true
  f.record.failed(`backup ${record.outcome}${exit(record)}: nothing was changed (no migration, no deploy)`)
  return false
}

/** Runs `migrate` if configured: `none` (not configured), `ran`, or `failed` (then undone as far as possible; the report says how). */
export async function runMigrate(f: FlowContext, state: StateSaver): Promise<'none' | 'ran' | 'failed'> {
  if (f.s.env.actions.migrate === undefined) return 'none'
  state.update({ migrated: true }) // a migration killed half-way is undone by the post step
  const { record } = await phaseCommand(f, 'migrate', f.signal)
  if (record.outcome === 'ok') return 'ran'
  const reason = `migrate ${record.outcome}${exit(record)}`
  f.record.rollbackStarted({ reason, trigger: record.outcome === 'aborted' ? 'cancelled' : 'command', weight: 0, startedAt: f.clock.now() })
  if (f.s.env.actions['migrate-rollback'] === undefined) {
    f.record.failed(`${reason}; there is no actions.migrate-rollback, so the database stays as migrate left it (nothing was deployed)`)
    state.update({ migrated: false })
    return 'failed'
  }
  f.record.rolledBack()
  await undoMigration(f, state)
  return 'failed'
}

/** After the rollout: undo the migration when the rollout was rolled back (or failed before deploy). */
export async function afterRollout(f: FlowContext, state: StateSaver): Promise<void> {
  const { record } = f
  const r = record.view
  if (r.status === 'succeeded') return state.update({ migrated: false })
  if (r.status === 'rollback-failed') {
    record.note(
      'migrate-rollback was not run: the traffic rollback failed, so the new version may still serve traffic and need the migrated schema; the post step retries the rollback, then migrate-rollback'
    )
    return
  }
  if (r.status === 'failed' && f.s.env.actions['migrate-rollback'] !== undefined) {
    if (!r.rollback)
      record.rollbackStarted({
        reason: r.error ?? 'failed after migrate',
        trigger: f.signal.aborted ? 'cancelled' : 'error',
        weight: 0,
        startedAt: f.clock.now()
      })
    record.rolledBack()
  }
  await undoMigration(f, state)
}

async function undoMigration(f: FlowContext, state: StateSaver): Promise<void> {
  const { record } = f
  if (f.s.env.actions['migrate-rollback'] === undefined) {
    record.note(
      'no actions.migrate-rollback: the database stays as migrate left it (fine for an expand-only migration; see the README on expand/contract)'
    )
    return state.update({ migrated: false })
  }
  const { record: c } = await phaseCommand(f, 'migrate-rollback', new AbortController().signal, record.view.rollback?.reason, 'rollback')
  if (c.outcome === 'ok') return state.update({ migrated: false })
  record.rollbackFailed(`migrate-rollback ${c.outcome}${exit(c)}`)
}

/** Runs one phase action in its own log group and records it (the record's commands, the rollback's too for `rollback`, audit). */
async function phaseCommand(
  f: FlowContext,
  name: ActionName,
  signal: AbortSignal,
  reason?: string,
  part: 'run' | 'rollback' = 'run'
): Promise<{ record: CommandRecord; output: string }> {
  const started = f.clock.now()
  const request = actionRequest(
    f.s.env.actions,
    name,
    commandBase(f.s),
    { ...QUIET, ...(reason ? { reason } : {}) },
    f.s.run.workspace,
    signal
  )
  f.runtime.startGroup(`${name[0].toUpperCase()}${name.slice(1)}`)
  let res
  try {
    res = request ? await f.runCommand(request) : null
  } catch (e) {
    res = { exitCode: null, outcome: 'failed' as const, durationMs: f.clock.now() - started, stdout: '', stderr: (e as Error).message }
  } finally {
    f.runtime.endGroup()
  }
  const record: CommandRecord = {
    action: name,
    outcome: res ? res.outcome : 'skipped',
    exitCode: res ? res.exitCode : null,
    durationMs: res ? res.durationMs : 0,
    startedAt: started,
    weight: 0
  }
  f.record.commandRan(record, part)
  f.record.audit(name, name, { result: record.outcome, ...(res && record.outcome !== 'ok' ? { detail: lastLine(res.stderr) } : {}) })
  return { record, output: res?.stdout ?? '' }
}

function exit(r: CommandRecord): string {
  return r.exitCode === null ? '' : ` (exit ${r.exitCode})`
}
