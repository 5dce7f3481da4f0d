/** The process-group ledger the main step writes and the post step reads, and ending groups for real. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GroupLedger, endGroups, groupAlive, processStart, readLedger, stillAlive } from '../../src/actions/groups.js'
import { createCommandRunner } from '../../src/actions/run-command.js'
import { run as runCli } from '../../src/traffic/exec.js'
import { processGone } from '../support/stack.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stagegate-groups-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readLedger', () => {
  test.each([
    { text: '', want: [] },
    { text: 'start 10 555 set-weight\n', want: [{ pgid: 10, start: '555', label: 'set-weight' }] },
    { text: 'start 10 555 set-weight\nend 10\n', want: [] },
    { text: 'start 10 - gate tests pass\nstart 11 7 rollback\nend 10\n', want: [{ pgid: 11, start: '7', label: 'rollback' }] },
    // a line cut by a SIGKILL mid-write, and junk, are skipped
    { text: 'start 10 555 deploy\nsta', want: [{ pgid: 10, start: '555', label: 'deploy' }] },
    { text: 'garbage\nend x\nstart 12 1 verify\n', want: [{ pgid: 12, start: '1', label: 'verify' }] }
  ])('$text', ({ text, want }) => {
    const f = join(dir, `ledger-${Math.random()}`)
    writeFileSync(f, text)
    expect(readLedger(f)).toEqual(want)
  })

  test('a missing ledger (a state saved before ledgers existed) has no groups', () => {
    expect(readLedger(join(dir, 'nope'))).toEqual([])
  })
})

describe('the runner writes the ledger', () => {
  test('a finished command is started and ended; one that left a process in its group stays open', async () => {
    const f = join(dir, 'ledger-runner')
    const run = createCommandRunner(new MemoryRuntime(), new GroupLedger(f))
    const base = { timeoutMs: 20_000, env: {}, cwd: dir, stream: false }
    await run({ ...base, label: 'verify', run: 'true' })
    const daemon = join(dir, 'daemon-pid')
    await run({ ...base, label: 'deploy', run: `sleep 30 >/dev/null 2>&1 & echo $! > "${daemon}"` })
    const open = readLedger(f)
    expect(open.map((g) => g.label)).toEqual(['deploy'])
    expect(stillAlive(open)).toEqual(open)
    expect(await endGroups(open, 1000)).toEqual([])
    expect(processGone(Number(readFileSync(daemon, 'utf8')))).toBe(true)
    expect(stillAlive(open)).toEqual([])
  })
})

describe('endGroups', () => {
  test('a group that ignores SIGTERM is SIGKILLed after the grace and waited for', async () => {
    const child = spawn('bash', ['-c', "trap '' TERM; sleep 30 & wait"], { detached: true, stdio: 'ignore' })
    const pgid = child.pid as number
    await new Promise((r) => setTimeout(r, 200))
    const rec = { pgid, label: 'set-weight', start: processStart(pgid) }
    expect(stillAlive([rec])).toEqual([rec])
    expect(await endGroups([rec], 300)).toEqual([])
    expect(stillAlive([rec])).toEqual([])
  })

  test('a group id now used by another process (a different start time) is not ours and is left alone', async () => {
    const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' })
    const pgid = child.pid as number
    await new Promise((r) => setTimeout(r, 100))
    const reused = { pgid, label: 'set-weight', start: `${Number(processStart(pgid)) - 1}` }
    expect(stillAlive([reused])).toEqual([])
    child.kill('SIGKILL')
  })
})

/** Blocks this thread for `ms` (the main step's thread, starved or busy, is not running JavaScript either). */
const blockFor = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * A real ledger whose write comes late: the main step's thread is held right after spawn (as a
 * loaded machine holds it) until the command has visibly run or `holdMs` has passed, then it
 * says whether the command had already run while its group was not yet in the ledger.
 */
class LateLedger extends GroupLedger {
  ranBeforeRecorded?: boolean
  constructor(
    path: string,
    private readonly marker: string,
    private readonly holdMs = 1000
  ) {
    super(path)
  }
  override started(pgid: number, label: string): void {
    const end = Date.now() + this.holdMs
    while (!existsSync(this.marker) && Date.now() < end) blockFor(10)
    this.ranBeforeRecorded = existsSync(this.marker)
    super.started(pgid, label)
  }
}

/** A ledger that never gets its line written: the main step ends (killed, or its write fails) between spawn and the write. */
class LostLedger extends GroupLedger {
  pgid?: number
  override started(pgid: number): void {
    this.pgid = pgid
    throw new Error('the main step ended before it recorded the group')
  }
}

async function waitGroupGone(pgid: number): Promise<void> {
  while (groupAlive(pgid)) await new Promise((r) => setTimeout(r, 20))
}

describe('a command runs nothing before its group is in the ledger (a killed main step leaves nothing unrecorded)', () => {
  const base = { timeoutMs: 20_000, env: {}, cwd: '', stream: false }

  test("a user command, with the main step's thread held between spawn and the ledger write: it waits, then runs", async () => {
    const marker = join(dir, 'ran-user')
    const ledger = new LateLedger(join(dir, 'ledger-late-user'), marker)
    const res = await createCommandRunner(
      new MemoryRuntime(),
      ledger
    )({ ...base, cwd: dir, label: 'set-weight', run: `echo ran > "${marker}"` })
    expect(ledger.ranBeforeRecorded).toBe(false)
    expect(res.outcome).toBe('ok')
    expect(existsSync(marker)).toBe(true)
    expect(readFileSync(ledger.path, 'utf8')).toMatch(/^start \d+ \d+ set-weight\nend \d+\n$/)
  })

  test("an adapter's CLI, likewise", async () => {
    const marker = join(dir, 'ran-cli')
    const ledger = new LateLedger(join(dir, 'ledger-late-cli'), marker)
    await runCli(['touch', marker], new AbortController().signal, { ledger, label: 'rollback' })
    expect(ledger.ranBeforeRecorded).toBe(false)
    expect(existsSync(marker)).toBe(true)
    expect(readFileSync(ledger.path, 'utf8')).toMatch(/^start \d+ \d+ rollback\nend \d+\n$/)
  })

  test.each([
    [
      'a user command',
      (l: GroupLedger, marker: string) =>
        createCommandRunner(new MemoryRuntime(), l)({ ...base, cwd: dir, label: 'set-weight', run: `echo ran > "${marker}"` })
    ],
    [
      "an adapter's CLI",
      (l: GroupLedger, marker: string) => runCli(['touch', marker], new AbortController().signal, { ledger: l, label: 'set-weight' })
    ]
  ])('%s whose group never reaches the ledger never runs', async (_name, start) => {
    const marker = join(dir, `ran-lost-${Math.random()}`)
    const ledger = new LostLedger(join(dir, `ledger-lost-${Math.random()}`))
    await expect(start(ledger, marker)).rejects.toThrow('before it recorded')
    expect(ledger.pgid).toEqual(expect.any(Number))
    await waitGroupGone(ledger.pgid as number)
    expect(existsSync(marker)).toBe(false)
  })

  test('the gate changes nothing of the command: its words reach it verbatim, its exit code and its missing binary are reported as before, fd 3 is not passed on', async () => {
    const ledger = new GroupLedger(join(dir, 'ledger-gate'))
    const signal = new AbortController().signal
    const pwned = join(dir, 'pwned') // an absolute path: the CLI runs in Jest's working directory, not in dir
    const words = ['a b', `$(touch ${pwned})`, '"; exit 9', '*', '']
    expect(await runCli(['printf', '[%s]', ...words], signal, { ledger, label: 'verify' })).toBe(words.map((w) => `[${w}]`).join(''))
    await expect(runCli(['sh', '-c', 'exit 7'], signal, { ledger, label: 'verify' })).rejects.toThrow('sh -c exit 7 failed (exit 7)')
    await expect(runCli(['no-such-cli-here', 'get'], signal, { ledger, label: 'verify' })).rejects.toThrow(
      'no-such-cli-here: command not found (install it on the runner or set its path in traffic:)'
    )
    const res = await createCommandRunner(
      new MemoryRuntime(),
      ledger
    )({ ...base, cwd: dir, label: 'verify', run: 'test ! -e /dev/fd/3 && echo "$0" && exit 4' })
    expect(res).toMatchObject({ exitCode: 4, outcome: 'failed', stdout: 'bash\n' })
    expect(existsSync(pwned)).toBe(false)
    expect(readLedger(ledger.path)).toEqual([])
  })

  test('the gate passes the whole environment on: names /bin/sh would drop, and an exported bash function, as an ungated spawn does', async () => {
    const env = { 'MY-VAR': 'dash', 'my.var': 'dot', 'BASH_FUNC_hello%%': '() {  echo "hello from a function"\n}', PLAIN: 'p q' }
    const run = 'printf "%s|%s|%s|" "$(printenv MY-VAR)" "$(printenv my.var)" "$PLAIN"; hello'
    const expected = 'dash|dot|p q|hello from a function\n'
    const gated = await createCommandRunner(
      new MemoryRuntime(),
      new GroupLedger(join(dir, 'ledger-env'))
    )({ ...base, cwd: dir, label: 'verify', run, env })
    const ungated = await createCommandRunner(new MemoryRuntime())({ ...base, cwd: dir, label: 'verify', run, env })
    expect(ungated).toMatchObject({ exitCode: 0, stdout: expected })
    expect(gated).toMatchObject({ exitCode: 0, stdout: expected })
  })
})
