/**
 * Process groups of user commands: whether one is alive, how to end it, and the ledger the main
 * step keeps of every group it started, so the post step can end what a killed main step left
 * running (a `set-weight` that would otherwise write its weight after the rollback).
 * Linux reads /proc; elsewhere a group counts as alive while `kill(-pgid, 0)` succeeds.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { appendFileSync, readdirSync, readFileSync } from 'node:fs'
import type { Writable } from 'node:stream'
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
      // the ledger is a safety net for the post step; a full disk must not fail the command (nor
      // hold a gated one back: a rollback must still run), though the post step will not see it
    }
  }
}

/** Where the main step records a command's process group as it starts, and under which name (`set-weight`, `rollback`, …). */
export interface GroupRecording {
  ledger: GroupLedger
  label: string
}

/**
 * What a recorded command starts as (`/bin/sh -c GATE stagegate FILE N KEEP… FILE ARGS…`): it
 * waits on fd 3 until the main step has written its group to the ledger and sent `go`, and only
 * then becomes the command (`exec`: same pid, group and start time). A main step that ends before
 * the write closes fd 3 without `go` (the kernel closes it for a SIGKILLed process): the command
 * never runs, since no post step could find and end it. The command's words are arguments, never
 * part of this text. A command that cannot be found says so as spawn's ENOENT would (see
 * `gateNotFound`). `/bin/sh` (dash on Debian and Ubuntu) drops the environment variables whose
 * names are not shell names (`MY-VAR`, `my.var`, an exported bash function's `BASH_FUNC_f%%`):
 * the N `KEEP` words (`NAME=value`) put them back through `env(1)`, so the command sees the
 * environment an ungated spawn gives it.
 */
const GATE = [
  'IFS= read -r go <&3',
  'exec 3<&-',
  '[ "$go" = go ] || exit 125',
  'f=$1; n=$2; shift 2',
  `command -v -- "$f" >/dev/null 2>&1 || { printf '%s: command not found\\n' "$f" >&2; exit 127; }`,
  '[ "$n" = 0 ] && exec "$@"',
  'exec /usr/bin/env -- "$@"'
].join('\n')

/** A name `/bin/sh` passes on to what it runs (POSIX shell names); the others it drops. */
const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** `NAME=value` for each variable of `env` that `/bin/sh` would drop (see GATE). */
function keptThroughEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value !== undefined && !SHELL_NAME.test(name))
    .map(([name, value]) => `${name}=${value}`)
}

/** Whether a gated command's exit is the gate's "no such command" (spawn's ENOENT for a direct spawn). */
export function gateNotFound(file: string, code: number | null, stderr: string): boolean {
  return code === 127 && stderr.trim() === `${file}: command not found`
}

/**
 * Starts `file args` in its own process group (`detached`), stdin ignored, stdout and stderr
 * piped. With a `recording`, the group is in the ledger before the command runs anything: spawn
 * returns only after the child's exec, and a loaded machine can let the child run a whole
 * script before its parent reaches the next line, so a ledger written after
 * an ungated spawn leaves a window in which a killed main step leaves an unrecorded command
 * running (it then writes its weight after the post step's rollback). The gate closes it.
 */
export function spawnGroup(
  file: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'detached' | 'stdio'>,
  recording?: GroupRecording
): ChildProcess {
  if (!recording) return spawn(file, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const keep = keptThroughEnv(options.env ?? process.env)
  const child = spawn('/bin/sh', ['-c', GATE, 'stagegate', file, String(keep.length), ...keep, file, ...args], {
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe']
  })
  // no stdio when the spawn itself failed (EMFILE, …): the child's 'error' event tells the caller
  const gate = (child.stdio?.[3] ?? null) as Writable | null
  gate?.on('error', () => undefined) // the command was killed before it read `go`
  let recorded = false
  try {
    if (child.pid !== undefined) recording.ledger.started(child.pid, recording.label)
    recorded = true
  } finally {
    if (recorded) gate?.end('go\n')
    else gate?.destroy()
  }
  return child
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
