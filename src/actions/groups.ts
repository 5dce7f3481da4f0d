/**
 * Process groups of user commands: whether one is alive, how to end it, and the ledger the main
 * step keeps of every group it started, so the post step can end what a killed main step left
 * running (a `set-weight` that would otherwise write its weight after the rollback).
 * Linux reads /proc; elsewhere a group counts as alive while `kill(-pgid, 0)` succeeds.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Time between SIGTERM and SIGKILL for a killed process group. */
export const KILL_GRACE_MS = 5000
/** After SIGKILL, how long to wait for the kernel to remove the members. */
const AFTER_KILL_MS = 5000
const POLL_MS = 50

/** One group the main step started: its id, the command's label, and its leader's start time (guards against pid reuse). */
export interface GroupRecord {
  pgid: number
  label: string
  /** Field 22 of /proc/<pgid>/stat when the group started ('' when unknown). */
  start: string
}

export function signalGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig)
  } catch {
    // the group is already gone
  }
}

/** Whether any member of the process group is still running (zombies awaiting their reaper do not count). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
  } catch {
    return false
  }
  return process.platform !== 'linux' || liveGroupIds().has(pgid)
}

/** The process group ids that have at least one live (non-zombie) member; one pass over /proc. */
function liveGroupIds(): Set<number> {
  const out = new Set<number>()
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return out
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue
    const fields = statFields(Number(e))
    // after "pid (comm) ": state ppid pgrp ...
    if (fields && fields[0] !== 'Z' && fields[0] !== 'X') out.add(Number(fields[2]))
  }
  return out
}

/** Fields of /proc/<pid>/stat after "pid (comm) " (index 0 is the state), or undefined. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined
  }
}

/** The start time of a process (clock ticks since boot), '' when unknown. */
export function processStart(pid: number): string {
  return statFields(pid)?.[19] ?? ''
}

/**
 * The recorded groups that are still alive and still the ones recorded: while a group has a
 * member its id cannot be reused, so a live group whose id matches is ours unless a process with
 * that pid exists and started at another time (the id was reused after our group died).
 */
export function stillAlive(records: GroupRecord[]): GroupRecord[] {
  if (process.platform !== 'linux') return records.filter((r) => groupAlive(r.pgid))
  const live = liveGroupIds()
  return records.filter((r) => {
    if (!live.has(r.pgid)) return false
    const leaderStart = processStart(r.pgid)
    return leaderStart === '' || r.start === '' || leaderStart === r.start
  })
}

/**
 * Ends groups: SIGTERM, SIGKILL after `graceMs`, then waits until every member is gone.
 * Returns the groups that survived even SIGKILL (a process stuck in the kernel).
 */
export async function endGroups(records: GroupRecord[], graceMs = KILL_GRACE_MS): Promise<GroupRecord[]> {
  for (const r of records) signalGroup(r.pgid, 'SIGTERM')
  let left = await waitGone(records, graceMs)
  for (const r of left) signalGroup(r.pgid, 'SIGKILL')
  left = await waitGone(left, AFTER_KILL_MS)
  return left
}

async function waitGone(records: GroupRecord[], limitMs: number): Promise<GroupRecord[]> {
  const end = Date.now() + limitMs
  let left = stillAlive(records)
  while (left.length && Date.now() < end) {
    await new Promise((r) => setTimeout(r, POLL_MS))
    left = stillAlive(left)
  }
  return left
}

/**
 * An append-only file of `start <pgid> <leader start> <label>` and `end <pgid>` lines, written
 * synchronously as each command starts and ends: a main step killed at any instant leaves a
 * complete record of what it had running.
 */
export class GroupLedger {
  constructor(readonly path: string) {}

  started(pgid: number, label: string): void {
    this.append(`start ${pgid} ${processStart(pgid) || '-'} ${label.replace(/\s+/g, ' ')}\n`)
  }

  /** The command finished; its group is forgotten only if nothing of it is left running. */
  ended(pgid: number): void {
    if (!groupAlive(pgid)) this.append(`end ${pgid}\n`)
  }

  private append(line: string): void {
    try {
      appendFileSync(this.path, line)
    } catch {
      // the ledger is a safety net for the post step; a full disk must not fail the command
    }
  }
}

/** The groups a ledger recorded as started and not ended (oldest first). */
export function readLedger(path: string): GroupRecord[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return []
  }
  const open = new Map<number, GroupRecord>()
  for (const line of text.split('\n')) {
    const m = /^(start|end) (\d+)(?: (\S+) (.*))?$/.exec(line)
    if (!m) continue
    const pgid = Number(m[2])
    if (m[1] === 'end') open.delete(pgid)
    else open.set(pgid, { pgid, start: m[3] === '-' ? '' : (m[3] ?? ''), label: m[4] ?? '' })
  }
  return [...open.values()]
}

/** A fresh ledger path for this run's main step, under RUNNER_TEMP (the runner empties it after the job). */
export function ledgerPath(env: NodeJS.ProcessEnv): string {
  const dir = env.RUNNER_TEMP || tmpdir()
  return join(dir, `stagegate-groups-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomUUID()}.log`)
}
