/**
 * Runs user commands (actions, command gates, command metrics) with `bash -e -c`, in their own
 * process group, so a timeout or a cancellation kills the command and everything it started.
 * This module lives in the real world: it uses real timers, not the injected Clock.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import * as core from '@actions/core'
import type { CommandRequest, CommandResult, CommandRunner } from './types.js'
import type { ActionContext } from '../rollout/types.js'

/** Output kept per stream in the result (the tail). */
export const TAIL_BYTES = 64 * 1024
/** Time between SIGTERM and SIGKILL for a killed process group. */
export const KILL_GRACE_MS = 5000
/** After bash exits, how long to wait for its pipes to drain (a background daemon may hold them open). */
const DRAIN_MS = 500
const GROUP_POLL_MS = 50

type KillReason = 'timeout' | 'aborted'

/**
 * The job's environment minus what user commands must not see: the action's own inputs (the
 * `github-token` among them) and the runner's internal tokens. The job's `env:` passes through.
 */
export function inheritedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(env)) if (!HIDDEN_ENV.test(k)) out[k] = v
  return out
}
const HIDDEN_ENV = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$)/

export const runCommand: CommandRunner = async (request) => {
  const started = Date.now()
  if (request.signal?.aborted) {
    return { exitCode: null, outcome: 'aborted', durationMs: 0, stdout: '', stderr: '' }
  }
  const child = spawn('bash', ['-e', '-c', request.run], {
    cwd: request.cwd,
    env: { ...inheritedEnv(process.env), ...request.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const out = new OutputSink(request.label, 'stdout', request.stream !== false)
  const err = new OutputSink(request.label, 'stderr', request.stream !== false)
  child.stdout?.on('data', (b: Buffer) => out.write(b))
  child.stderr?.on('data', (b: Buffer) => err.write(b))
  const killer = new GroupKiller(child)
  const timer = setTimeout(() => killer.kill('timeout'), Math.max(0, request.timeoutMs))
  const onAbort = () => killer.kill('aborted')
  request.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    const exit = await waitForExit(child)
    await drain(child)
    await killer.settle()
    out.flush()
    err.flush()
    return {
      exitCode: exit.code,
      outcome: killer.reason ?? (exit.code === 0 ? 'ok' : 'failed'),
      durationMs: Date.now() - started,
      stdout: out.tail(),
      stderr: err.tail() + (exit.spawnError ? `${exit.spawnError}\n` : '')
    }
  } finally {
    clearTimeout(timer)
    request.signal?.removeEventListener('abort', onAbort)
    killer.dispose()
  }
}

/** Resolves with bash's exit code (null when killed by a signal or when it could not start). */
function waitForExit(child: ChildProcess): Promise<{ code: number | null; spawnError?: string }> {
  return new Promise((resolve) => {
    child.once('error', (e) => resolve({ code: null, spawnError: `could not start bash: ${e.message}` }))
    child.once('exit', (code) => resolve({ code }))
  })
}

/** Waits for stdout/stderr to close, but not for a background process that keeps them open. */
async function drain(child: ChildProcess): Promise<void> {
  const closed = (s: NodeJS.ReadableStream | null) =>
    !s || (s as unknown as { closed?: boolean }).closed ? Promise.resolve() : new Promise<void>((r) => s.once('close', () => r()))
  let t: NodeJS.Timeout | undefined
  await Promise.race([
    Promise.all([closed(child.stdout), closed(child.stderr)]),
    new Promise<void>((r) => (t = setTimeout(r, DRAIN_MS)))
  ])
  clearTimeout(t)
  child.stdout?.destroy()
  child.stderr?.destroy()
}

/** Kills a whole process group: SIGTERM, then SIGKILL after KILL_GRACE_MS if anything survives. */
class GroupKiller {
  reason?: KillReason
  private deadline = 0
  private escalation?: NodeJS.Timeout
  constructor(private readonly child: ChildProcess) {}

  kill(reason: KillReason): void {
    if (this.reason || this.child.pid === undefined) return
    this.reason = reason
    this.deadline = Date.now() + KILL_GRACE_MS
    signalGroup(this.child.pid, 'SIGTERM')
    this.escalation = setTimeout(() => this.forceKill(), KILL_GRACE_MS)
  }

  /** After bash exited: if the group was killed, waits until every member is gone (or SIGKILLs it). */
  async settle(): Promise<void> {
    const pid = this.child.pid
    if (!this.reason || pid === undefined) return
    while (groupAlive(pid) && Date.now() < this.deadline) {
      await new Promise((r) => setTimeout(r, GROUP_POLL_MS))
    }
    if (groupAlive(pid)) this.forceKill()
  }

  dispose(): void {
    clearTimeout(this.escalation)
  }

  private forceKill(): void {
    if (this.child.pid !== undefined && groupAlive(this.child.pid)) signalGroup(this.child.pid, 'SIGKILL')
  }
}

function signalGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig)
  } catch {
    // the group is already gone
  }
}

/** Whether any member of the process group is still running (zombies awaiting their reaper do not count). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
  } catch {
    return false
  }
  return process.platform !== 'linux' || liveMembersOnLinux(pgid)
}

function liveMembersOnLinux(pgid: number): boolean {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return true
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${e}/stat`, 'utf8')
    } catch {
      continue
    }
    // after "pid (comm) ": state ppid pgrp ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true
  }
  return false
}

/** Streams complete lines to the log with the label as prefix, and keeps the last TAIL_BYTES. */
class OutputSink {
  private chunks: Buffer[] = []
  private size = 0
  private partial = ''
  constructor(
    private readonly label: string,
    private readonly stream: 'stdout' | 'stderr',
    private readonly echo: boolean
  ) {}

  write(b: Buffer): void {
    this.keep(b)
    if (!this.echo) return
    const lines = (this.partial + b.toString('utf8')).split('\n')
    this.partial = lines.pop() ?? ''
    for (const line of lines) this.log(line)
  }

  flush(): void {
    if (this.echo && this.partial) this.log(this.partial)
    this.partial = ''
  }

  tail(): string {
    return Buffer.concat(this.chunks).toString('utf8')
  }

  private log(line: string): void {
    core.info(`[${this.label}${this.stream === 'stderr' ? ' stderr' : ''}] ${line.replace(/\r$/, '')}`)
  }

  private keep(b: Buffer): void {
    this.chunks.push(b)
    this.size += b.length
    while (this.size > TAIL_BYTES && this.chunks.length) {
      const excess = this.size - TAIL_BYTES
      const first = this.chunks[0]
      if (first.length <= excess) {
        this.chunks.shift()
        this.size -= first.length
      } else {
        this.chunks[0] = first.subarray(excess)
        this.size -= excess
      }
    }
  }
}

/** The STAGEGATE_* variables a command sees (SPEC §2): the context travels in the environment, never in the command text. */
export function stagegateEnv(
  base: { service: string; environment: string; version: string; sha: string; risk?: string; changeType?: string },
  a: ActionContext
): Record<string, string> {
  const env: Record<string, string> = {
    STAGEGATE_SERVICE: base.service,
    STAGEGATE_ENVIRONMENT: base.environment,
    STAGEGATE_VERSION: base.version,
    STAGEGATE_SHA: base.sha,
    STAGEGATE_STEP: a.step === undefined ? '' : String(a.step),
    STAGEGATE_WEIGHT: String(a.weight),
    STAGEGATE_PREVIOUS_WEIGHT: String(a.previousWeight),
    STAGEGATE_TRACK: a.track,
    // always set, so a STAGEGATE_REASON in the runner's own environment never leaks into a non-rollback command
    STAGEGATE_REASON: a.reason ?? '',
    STAGEGATE_RISK: base.risk ?? '',
    STAGEGATE_CHANGE_TYPE: base.changeType ?? ''
  }
  return env
}
