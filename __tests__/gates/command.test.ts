import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Gate as GateSchema, type GateConfig } from '../../src/config/schema.js'
import { createCommandRunner, stagegateEnv } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import type { CommandResult } from '../../src/actions/types.js'
import { commandGate, judgeCommand } from '../../src/gates/command.js'
import { lastLine } from '../../src/text.js'
import type { GateContext } from '../../src/gates/types.js'
import { systemClock } from '../../src/rollout/clock.js'
import { processGone as gone } from '../support/stack.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

type CommandConfig = Extract<GateConfig, { type: 'command' }>
const cfg = (run: string, more: Record<string, unknown> = {}) =>
  GateSchema.parse({ name: 'migrations-ready', type: 'command', run, ...more }) as CommandConfig

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stagegate-gate-cmd-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function context(signal = new AbortController().signal): GateContext {
  return {
    clock: systemClock,
    signal,
    template: {
      env: {},
      track: 'stable',
      version: 'v1.2.3',
      environment: 'production',
      service: 'checkout-api',
      sha: 'abc1234',
      weight: 0
    },
    runCommand: (r) => runCommand({ ...r, stream: false }),
    commandEnv: stagegateEnv(
      { service: 'checkout-api', environment: 'production', version: 'v1.2.3', sha: 'abc1234' },
      { weight: 0, previousWeight: 0, track: 'stable' }
    ),
    workspace: dir,
    metrics: new Map(),
    environment: 'production'
  }
}

describe('command gate with real bash', () => {
  test('exit 0 passes; the detail is the last line it printed', async () => {
    expect(await commandGate.check(cfg('echo checking; echo "0 pending migrations"'), context())).toEqual({
      passed: true,
      detail: 'exit 0: 0 pending migrations'
    })
  })

  test('a non-zero exit fails with the code and the last stderr line', async () => {
    const out = await commandGate.check(cfg('echo "3 pending"; echo "pending: 0042_add_index" >&2; exit 3'), context())
    expect(out).toEqual({ passed: false, detail: 'exit 3: pending: 0042_add_index' })
  })

  test('without stderr the last stdout line explains the failure; bash -e stops at the first failing command', async () => {
    const out = await commandGate.check(cfg('echo "checking"; false; echo "never printed"'), context())
    expect(out).toEqual({ passed: false, detail: 'exit 1: checking' })
  })

  test('sees the STAGEGATE_* variables and runs in the workspace', async () => {
    writeFileSync(join(dir, 'marker'), '')
    const run = 'test -f marker && echo "$STAGEGATE_SERVICE/$STAGEGATE_ENVIRONMENT/$STAGEGATE_VERSION/$STAGEGATE_SHA/$STAGEGATE_TRACK"'
    expect(await commandGate.check(cfg(run), context())).toEqual({
      passed: true,
      detail: 'exit 0: checkout-api/production/v1.2.3/abc1234/stable'
    })
  })

  test('the gate timeout kills the command and its children', async () => {
    const pidFile = join(dir, 'pids')
    const out = await commandGate.check(cfg(`sleep 30 & echo $! > ${pidFile}; echo waiting; wait`, { timeout: '1s' }), context())
    expect(out).toEqual({ passed: false, detail: 'killed after 1s (timeout): waiting' })
    const child = Number(readFileSync(pidFile, 'utf8'))
    expect(gone(child)).toBe(true)
  })

  test('the gate signal (run cancelled or runner timeout) kills it too', async () => {
    const ac = new AbortController()
    const started = join(dir, 'started')
    const pending = commandGate.check(cfg(`touch ${started}; sleep 30`), context(ac.signal))
    while (!existsSync(started)) await new Promise((r) => setTimeout(r, 10))
    ac.abort()
    expect(await pending).toEqual({ passed: false, detail: 'killed: cancelled' })
  })

  test('has side effects: not evaluated in plan mode', () => {
    expect(commandGate.readOnly(cfg('true'), { metrics: new Map() })).toBe(false)
  })
})

describe('judgeCommand', () => {
  const r = (over: Partial<CommandResult>): CommandResult => ({
    exitCode: 0,
    outcome: 'ok',
    durationMs: 5,
    stdout: '',
    stderr: '',
    ...over
  })
  test.each([
    ['ok, silent', r({}), true, 'exit 0'],
    ['ok prefers stdout', r({ stdout: 'a\nb\n\n', stderr: 'warn\n' }), true, 'exit 0: b'],
    ['failed prefers stderr', r({ outcome: 'failed', exitCode: 2, stdout: 'out\n', stderr: 'err\n' }), false, 'exit 2: err'],
    ['failed, stdout only', r({ outcome: 'failed', exitCode: 2, stdout: 'out\n' }), false, 'exit 2: out'],
    [
      'could not start',
      r({ outcome: 'failed', exitCode: null, stderr: 'could not start bash: ENOENT\n' }),
      false,
      'could not run: could not start bash: ENOENT'
    ],
    ['timeout', r({ outcome: 'timeout', exitCode: null }), false, 'killed after 2m (timeout)'],
    ['aborted', r({ outcome: 'aborted', exitCode: null }), false, 'killed: cancelled']
  ])('%s → %s, %s', (_name, result, passed, detail) => {
    expect(judgeCommand(result, 120_000)).toEqual({ passed, detail })
  })

  test('lastLine caps a long line', () => {
    const line = lastLine(`x\n${'y'.repeat(500)}\n`)
    expect(line).toHaveLength(200)
    expect(line.endsWith('…')).toBe(true)
  })
})
