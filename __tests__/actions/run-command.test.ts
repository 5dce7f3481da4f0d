import { describe, expect, test, beforeAll, afterAll } from '@jest/globals'
import { mkdtempSync, existsSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inheritedEnv, createCommandRunner, stagegateEnv, HEAD_BYTES, LOG_LINE_BYTES, TAIL_BYTES } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import type { Log } from '../../src/runtime/types.js'
import type { CommandRequest } from '../../src/actions/types.js'
import { processGone as gone } from '../support/stack.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stagegate-run-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const req = (run: string, more: Partial<CommandRequest> = {}): CommandRequest => ({
  label: 'test',
  run,
  timeoutMs: 20_000,
  env: {},
  cwd: dir,
  stream: false,
  ...more
})

/** True when the pid no longer exists (or is only a zombie waiting to be reaped). */

/** Waits (bounded) for a pid to disappear; reaping by init is asynchronous. */
async function waitGone(pid: number, limitMs = 3000): Promise<boolean> {
  const end = Date.now() + limitMs
  while (!gone(pid) && Date.now() < end) await new Promise((r) => setTimeout(r, 20))
  return gone(pid)
}

async function readPids(file: string, count: number): Promise<number[]> {
  const end = Date.now() + 5000
  while (Date.now() < end) {
    if (existsSync(file)) {
      const pids = readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).map(Number)
      if (pids.length >= count) return pids
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`pids never written to ${file}`)
}

describe('runCommand', () => {
  test.each([
    ['exit 0', 'ok', 0],
    ['exit 3', 'failed', 3],
    ['true', 'ok', 0],
    ['false', 'failed', 1]
  ])('%s → %s (exit %s)', async (run, outcome, code) => {
    const r = await runCommand(req(run))
    expect(r.outcome).toBe(outcome)
    expect(r.exitCode).toBe(code)
  })

  test('captures stdout and stderr', async () => {
    const r = await runCommand(req('echo out; echo err >&2; printf partial'))
    expect(r.stdout).toBe('out\npartial')
    expect(r.stderr).toBe('err\n')
  })

  test('runs in cwd', async () => {
    const r = await runCommand(req('pwd -P'))
    expect(r.stdout.trim()).toBe(realpathSync(dir))
  })

  test('-e: a failing first line stops the script', async () => {
    const marker = join(dir, 'second-line-ran')
    const r = await runCommand(req(`false\ntouch "${marker}"`))
    expect(r.outcome).toBe('failed')
    expect(existsSync(marker)).toBe(false)
  })

  test('env vars are visible and their values are never executed', async () => {
    const pwned = join(dir, 'pwned')
    const evil = `$(touch ${pwned}) \`touch ${pwned}\` "quoted" 'single' ; touch ${pwned}`
    const r = await runCommand(req('printf "%s|%s" "$STAGEGATE_REASON" "$PLAIN"', { env: { STAGEGATE_REASON: evil, PLAIN: 'x' } }))
    expect(r.outcome).toBe('ok')
    expect(r.stdout).toBe(`${evil}|x`)
    expect(existsSync(pwned)).toBe(false)
  })

  test('process.env is inherited and request.env wins', async () => {
    process.env.STAGEGATE_TEST_INHERITED = 'from-parent'
    process.env.STAGEGATE_TEST_OVERRIDDEN = 'parent'
    try {
      const r = await runCommand(
        req('echo "$STAGEGATE_TEST_INHERITED $STAGEGATE_TEST_OVERRIDDEN"', { env: { STAGEGATE_TEST_OVERRIDDEN: 'request' } })
      )
      expect(r.stdout.trim()).toBe('from-parent request')
    } finally {
      delete process.env.STAGEGATE_TEST_INHERITED
      delete process.env.STAGEGATE_TEST_OVERRIDDEN
    }
  })

  test('timeout kills the child and its grandchild', async () => {
    const pids = join(dir, 'timeout-pids')
    const r = await runCommand(req(`sleep 30 & echo $! > "${pids}"; sleep 30 & echo $! >> "${pids}"; wait`, { timeoutMs: 300 }))
    expect(r.outcome).toBe('timeout')
    const [a, b] = await readPids(pids, 2)
    expect(await waitGone(a)).toBe(true)
    expect(await waitGone(b)).toBe(true)
  })

  test('timeout kills a grandchild started by a nested script', async () => {
    const pids = join(dir, 'nested-pids')
    const r = await runCommand(req(`bash -c 'sleep 30 & echo $! > "${pids}"; wait'`, { timeoutMs: 300 }))
    expect(r.outcome).toBe('timeout')
    const [g] = await readPids(pids, 1)
    expect(await waitGone(g)).toBe(true)
  })

  test('abort signal kills the group', async () => {
    const pids = join(dir, 'abort-pids')
    const ac = new AbortController()
    const p = runCommand(req(`sleep 30 & echo $! > "${pids}"; wait`, { signal: ac.signal }))
    const [g] = await readPids(pids, 1)
    ac.abort()
    const r = await p
    expect(r.outcome).toBe('aborted')
    expect(await waitGone(g)).toBe(true)
  })

  test('an already-aborted signal runs nothing', async () => {
    const marker = join(dir, 'ran-anyway')
    const ac = new AbortController()
    ac.abort()
    const r = await runCommand(req(`touch "${marker}"`, { signal: ac.signal }))
    expect(r.outcome).toBe('aborted')
    expect(existsSync(marker)).toBe(false)
  })

  test('SIGTERM-ignoring group is SIGKILLed after the grace period', async () => {
    const pids = join(dir, 'stubborn-pids')
    const r = await runCommand(req(`trap '' TERM; bash -c "trap '' TERM; sleep 30" & echo $! > "${pids}"; wait`, { timeoutMs: 200 }))
    expect(r.outcome).toBe('timeout')
    const [g] = await readPids(pids, 1)
    expect(await waitGone(g)).toBe(true)
  }, 20_000)

  test('output up to head + tail is kept whole', async () => {
    const r = await runCommand(req(`head -c ${HEAD_BYTES + TAIL_BYTES - 3} /dev/zero | tr '\\0' a; printf END`))
    expect(r.outcome).toBe('ok')
    expect(r.stdout).toBe(`${'a'.repeat(HEAD_BYTES + TAIL_BYTES - 3)}END`)
    expect(r.stdoutTruncated).toBeUndefined()
  })

  test('longer output keeps its first 8 KiB and last 64 KiB around a truncation marker', async () => {
    const r = await runCommand(req(`printf START; head -c ${TAIL_BYTES * 2} /dev/zero | tr '\\0' a; printf END`))
    expect(r.outcome).toBe('ok')
    expect(r.stdoutTruncated).toBe(true)
    const [head, tail] = r.stdout.split(/\n… \[output truncated: \d+ bytes not kept\] …\n/)
    expect(head).toBe(`START${'a'.repeat(HEAD_BYTES - 5)}`)
    expect(tail).toBe(`${'a'.repeat(TAIL_BYTES - 3)}END`)
    expect(r.stdout).toMatch(`[output truncated: ${TAIL_BYTES * 2 + 8 - HEAD_BYTES - TAIL_BYTES} bytes not kept]`)
  })

  /** Runs with the log echoed to a Log that counts what the runner would print (each message and its newline). */
  async function echoed(run: string): Promise<{ r: Awaited<ReturnType<typeof runCommand>>; logBytes: number; lastLog: string }> {
    let logBytes = 0
    let lastLog = ''
    const info = (message: string) => {
      const chunk = `${message}\n`
      logBytes += chunk.length
      lastLog = (lastLog + chunk).slice(-(LOG_LINE_BYTES + 1000))
    }
    const log: Log = { debug: info, info, notice: info, warning: info, error: info, startGroup: info, endGroup: () => undefined }
    const r = await createCommandRunner(log)(req(run, { stream: true, timeoutMs: 55_000 }))
    return { r, logBytes, lastLog }
  }

  test('50 MB on one line: completes, the log line is cut and says so, the result keeps head and tail', async () => {
    const { r, logBytes, lastLog } = await echoed(`head -c 50000000 /dev/zero | tr '\\0' x; echo; echo 'the last line'`)
    expect(r.outcome).toBe('ok')
    expect(r.stdoutTruncated).toBe(true)
    expect(r.stdout.endsWith('x\nthe last line\n')).toBe(true)
    expect(lastLog).toBe(
      `[test] ${'x'.repeat(LOG_LINE_BYTES)} … [line cut: ${50_000_000 - LOG_LINE_BYTES} more bytes not shown]\n[test] the last line\n`
    )
    expect(logBytes).toBeLessThan(LOG_LINE_BYTES + 1000)
  }, 60_000)

  test('50 MB of lines: completes, every line is logged, the last line is kept', async () => {
    const { r, logBytes, lastLog } = await echoed(`yes 'twenty bytes line..' | head -c 50000000; echo 'the last line'`)
    expect(r.outcome).toBe('ok')
    expect(r.stdoutTruncated).toBe(true)
    expect(Buffer.byteLength(r.stdout)).toBeLessThan(HEAD_BYTES + TAIL_BYTES + 100)
    expect(r.stdout.endsWith('twenty bytes line..\nthe last line\n')).toBe(true)
    expect(lastLog.endsWith('[test] the last line\n')).toBe(true)
    expect(logBytes).toBe(50_000_000 + 2_500_000 * '[test] '.length + '[test] the last line\n'.length)
  }, 60_000)

  test('a background daemon holding stdout open does not hang the command', async () => {
    const pids = join(dir, 'daemon-pids')
    const r = await runCommand(req(`sleep 30 & echo $! > "${pids}"; echo started`))
    expect(r.outcome).toBe('ok')
    expect(r.stdout).toBe('started\n')
    const [g] = await readPids(pids, 1)
    process.kill(g, 'SIGKILL')
  })
})

describe('stagegateEnv', () => {
  const base = { service: 'api', environment: 'production', version: 'v1.2', sha: 'abc123' }
  test.each([
    [
      'a step',
      { step: 2, weight: 25, previousWeight: 5, track: 'canary' as const },
      { STAGEGATE_STEP: '2', STAGEGATE_WEIGHT: '25', STAGEGATE_PREVIOUS_WEIGHT: '5', STAGEGATE_TRACK: 'canary', STAGEGATE_REASON: '' }
    ],
    [
      'deploy (no step)',
      { weight: 0, previousWeight: 0, track: 'canary' as const },
      { STAGEGATE_STEP: '', STAGEGATE_WEIGHT: '0', STAGEGATE_PREVIOUS_WEIGHT: '0', STAGEGATE_TRACK: 'canary', STAGEGATE_REASON: '' }
    ],
    [
      'rollback',
      { step: 3, weight: 0, previousWeight: 50, track: 'stable' as const, reason: 'error-rate 0.2 > 0.005' },
      {
        STAGEGATE_STEP: '3',
        STAGEGATE_WEIGHT: '0',
        STAGEGATE_PREVIOUS_WEIGHT: '50',
        STAGEGATE_TRACK: 'stable',
        STAGEGATE_REASON: 'error-rate 0.2 > 0.005'
      }
    ]
  ])('%s', (_name, ctx, expected) => {
    expect(stagegateEnv(base, ctx)).toEqual({
      STAGEGATE_SERVICE: 'api',
      STAGEGATE_ENVIRONMENT: 'production',
      STAGEGATE_VERSION: 'v1.2',
      STAGEGATE_SHA: 'abc123',
      STAGEGATE_RISK: '',
      STAGEGATE_CHANGE_TYPE: '',
      ...expected
    })
  })
  test('the change type and risk reach every command', () => {
    const env = stagegateEnv({ ...base, risk: 'high', changeType: 'hotfix' }, { weight: 0, previousWeight: 0, track: 'stable' })
    expect(env).toMatchObject({ STAGEGATE_RISK: 'high', STAGEGATE_CHANGE_TYPE: 'hotfix' })
  })
})

test("user commands do not see the action's inputs (the token) or the runner's internal tokens; the job's env passes", async () => {
  const env = inheritedEnv({
    PATH: '/usr/bin',
    PROM_URL: 'http://p',
    'INPUT_GITHUB-TOKEN': 'ghs_x',
    INPUT_ENVIRONMENT: 'production',
    STATE_stagegate: '{}',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
    ACTIONS_RESULTS_URL: 'r',
    ACTIONS_STEP_DEBUG: 'true'
  })
  expect(env).toEqual({ PATH: '/usr/bin', PROM_URL: 'http://p', ACTIONS_STEP_DEBUG: 'true' })
  process.env['INPUT_GITHUB-TOKEN'] = 'ghs_secret_for_test'
  try {
    const r = await runCommand({
      label: 'env',
      run: 'env | grep -c ghs_secret_for_test || true',
      timeoutMs: 5000,
      env: {},
      cwd: process.cwd(),
      stream: false
    })
    expect(r.stdout.trim()).toBe('0')
  } finally {
    delete process.env['INPUT_GITHUB-TOKEN']
  }
})
