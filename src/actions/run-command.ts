/**
 * Runs user commands (actions, command gates, command metrics) with `bash -e -c`, in their own
 * process group, so a timeout or a cancellation kills the command and everything it started.
 * The main step's runner also writes each group to a ledger (./groups.ts), so the post step can
 * end what a killed main step left running. Output is handled in bounded memory, linear time.
 * This module lives in the real world: it uses real timers, not the injected Clock.
 */
import type { ChildProcess } from 'node:child_process'
import type { CommandRequest, CommandResult, CommandRunner } from './types.js'
import type { ActionContext } from '../rollout/types.js'
import { GroupLedger, KILL_GRACE_MS, groupAlive, signalGroup, spawnGroup } from './groups.js'
import { isHiddenEnv } from '../config/env-policy.js'
import type { CommandVariable } from '../config/template-names.js'
import type { Log } from '../runtime/types.js'

/** Output kept per stream in the result: the last TAIL_BYTES and the first HEAD_BYTES. */
export const TAIL_BYTES = 64 * 1024
export const HEAD_BYTES = 8 * 1024
/** The longest line echoed to the log; the rest of a longer line is counted, not shown. */
export const LOG_LINE_BYTES = 16 * 1024
export { KILL_GRACE_MS } from './groups.js'
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
  for (const [k, v] of Object.entries(env)) if (!isHiddenEnv(k)) out[k] = v
  return out
}

/**
 * A command runner that echoes each command's output lines to `log`; the main step's runner also
 * writes every group it starts to `ledger` (for the post step).
 */
export function createCommandRunner(log: Log, ledger?: GroupLedger): CommandRunner {
  return (request) => runOne(request, log, ledger)
}

async function runOne(request: CommandRequest, log: Log, ledger?: GroupLedger): Promise<CommandResult> {
  const started = Date.now()
  if (request.signal?.aborted) {
    return { exitCode: null, outcome: 'aborted', durationMs: 0, stdout: '', stderr: '' }
  }
  // in its own group; the main step's group is in the ledger before the command runs anything
  const child = spawnGroup(
    'bash',
    ['-e', '-c', request.run],
    { cwd: request.cwd, env: { ...inheritedEnv(process.env), ...request.env } },
    ledger && { ledger, label: request.label }
  )
  const echo = request.stream !== false ? log : undefined
  const out = new OutputSink(request.label, 'stdout', echo)
  const err = new OutputSink(request.label, 'stderr', echo)
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
      stdout: out.text(),
      stderr: err.text() + (exit.spawnError ? `${exit.spawnError}\n` : ''),
      ...(out.truncated ? { stdoutTruncated: true } : {}),
      ...(err.truncated ? { stderrTruncated: true } : {})
    }
  } finally {
    clearTimeout(timer)
    request.signal?.removeEventListener('abort', onAbort)
    killer.dispose()
    if (child.pid !== undefined) ledger?.ended(child.pid)
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
  await Promise.race([Promise.all([closed(child.stdout), closed(child.stderr)]), new Promise<void>((r) => (t = setTimeout(r, DRAIN_MS)))])
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

/**
 * One output stream of a command, in bounded memory and linear time whatever it prints: complete
 * lines go to the log with the label as prefix (a line longer than LOG_LINE_BYTES is cut there and
 * says how much was not shown); the result keeps the first HEAD_BYTES and the last TAIL_BYTES,
 * with a marker where output was dropped.
 */
class OutputSink {
  private head: Buffer[] = []
  private headSize = 0
  private tailChunks: Buffer[] = []
  private tailSize = 0
  private total = 0
  private line: Buffer[] = []
  private lineSize = 0
  private lineDropped = 0
  constructor(
    private readonly label: string,
    private readonly stream: 'stdout' | 'stderr',
    /** Where output lines are echoed; undefined: kept, not echoed. */
    private readonly echo: Log | undefined
  ) {}

  write(b: Buffer): void {
    this.total += b.length
    this.keepHead(b)
    this.keepTail(b)
    if (this.echo) this.echoLines(b)
  }

  flush(): void {
    if (this.echo && (this.lineSize || this.lineDropped)) this.echo.info(this.takeLine())
  }

  /** Whether output was dropped between the head and the tail. */
  get truncated(): boolean {
    return this.total > HEAD_BYTES + TAIL_BYTES
  }

  /** All of the output when it fits, else its head, a marker and its tail. */
  text(): string {
    const tail = Buffer.concat(this.tailChunks)
    if (this.total <= TAIL_BYTES) return tail.toString('utf8')
    const head = Buffer.concat(this.head)
    const headPart = head.subarray(0, Math.max(0, Math.min(head.length, this.total - TAIL_BYTES)))
    if (!this.truncated) return Buffer.concat([headPart, tail]).toString('utf8')
    const dropped = this.total - HEAD_BYTES - TAIL_BYTES
    return `${headPart.toString('utf8')}\n… [output truncated: ${dropped} bytes not kept] …\n${tail.toString('utf8')}`
  }

  private echoLines(b: Buffer): void {
    const batch: string[] = []
    let from = 0
    for (let nl = b.indexOf(10, from); nl !== -1; nl = b.indexOf(10, from)) {
      this.addToLine(b.subarray(from, nl))
      batch.push(this.takeLine())
      from = nl + 1
    }
    this.addToLine(b.subarray(from))
    // one write per chunk, not per line: a million short lines stay cheap
    if (batch.length) this.echo?.info(batch.join('\n'))
  }

  private addToLine(piece: Buffer): void {
    const room = LOG_LINE_BYTES - this.lineSize
    if (piece.length > room) this.lineDropped += piece.length - room
    const kept = piece.length > room ? piece.subarray(0, room) : piece
    if (kept.length) {
      // copy: the chunk's memory is not pinned by a partial line
      this.line.push(Buffer.from(kept))
      this.lineSize += kept.length
    }
  }

  private takeLine(): string {
    const text = Buffer.concat(this.line).toString('utf8').replace(/\r$/, '')
    const more = this.lineDropped ? ` … [line cut: ${this.lineDropped} more bytes not shown]` : ''
    this.line = []
    this.lineSize = 0
    this.lineDropped = 0
    return `[${this.label}${this.stream === 'stderr' ? ' stderr' : ''}] ${text}${more}`
  }

  private keepHead(b: Buffer): void {
    if (this.headSize >= HEAD_BYTES) return
    const part = Buffer.from(b.subarray(0, HEAD_BYTES - this.headSize))
    this.head.push(part)
    this.headSize += part.length
  }

  private keepTail(b: Buffer): void {
    const part = b.length > TAIL_BYTES ? b.subarray(b.length - TAIL_BYTES) : b
    this.tailChunks.push(Buffer.from(part))
    this.tailSize += part.length
    while (this.tailSize > TAIL_BYTES) {
      const excess = this.tailSize - TAIL_BYTES
      const first = this.tailChunks[0]
      if (first.length <= excess) {
        this.tailChunks.shift()
        this.tailSize -= first.length
      } else {
        this.tailChunks[0] = first.subarray(excess)
        this.tailSize -= excess
      }
    }
  }
}

/** The STAGEGATE_* variables a command sees (SPEC §2): the context travels in the environment, never in the command text. */
export function stagegateEnv(
  base: { service: string; environment: string; version: string; sha: string; risk?: string; changeType?: string },
  a: ActionContext
): Record<CommandVariable, string> {
  const env: Record<CommandVariable, string> = {
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
