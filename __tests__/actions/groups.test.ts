/** The process-group ledger the main step writes and the post step reads, and ending groups for real. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GroupLedger, endGroups, processStart, readLedger, stillAlive } from '../../src/actions/groups.js'
import { createCommandRunner } from '../../src/actions/run-command.js'
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
