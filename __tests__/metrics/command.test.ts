/** The command metric provider with real bash (runCommand) and the pure stdout/outcome rules. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCommandRunner } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import type { CommandResult } from '../../src/actions/types.js'
import { Metric } from '../../src/config/schema.js'
import { commandProvider, fromResult, parseStdout, type CommandMetricConfig } from '../../src/metrics/command.js'
import type { TemplateContext } from '../../src/metrics/types.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

const CONTEXT: TemplateContext = {
  env: {},
  track: 'canary',
  version: 'v3',
  environment: 'production',
  service: 'checkout-api',
  sha: 'abc1234',
  weight: 25
}

let dir: string
beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'stagegate-metric-cmd-')))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function provider(run: string, baseEnv: Record<string, string> = {}, timeout = '10s') {
  const cfg = Metric.parse({ provider: 'command', run, timeout }) as CommandMetricConfig
  return commandProvider('cache-hit-rate', cfg, { runCommand, cwd: dir, baseEnv })
}

describe('what the command prints (pure)', () => {
  test.each([
    { stdout: '42\n', want: { kind: 'value', value: 42 } },
    { stdout: '  0.93  \n\n', want: { kind: 'value', value: 0.93 } },
    { stdout: '-2e3', want: { kind: 'value', value: -2000 } },
    { stdout: '', want: { kind: 'no-data', detail: 'command printed nothing' } },
    { stdout: ' \n\t\n', want: { kind: 'no-data', detail: 'command printed nothing' } },
    { stdout: '1 2\n', want: { kind: 'error', detail: 'command printed 2 numbers ("1 2"); it must print exactly one number' } },
    { stdout: '1\n2\n3\n', want: { kind: 'error', detail: 'command printed 3 numbers ("1 2 3"); it must print exactly one number' } },
    {
      stdout: 'hit rate: 0.93\n',
      want: { kind: 'error', detail: 'command printed 3 words ("hit rate: 0.93"); it must print exactly one number' }
    },
    { stdout: 'abc', want: { kind: 'error', detail: 'command printed "abc", not a number' } },
    { stdout: 'NaN', want: { kind: 'error', detail: 'command printed "NaN", not a number' } },
    { stdout: 'Infinity', want: { kind: 'error', detail: 'command printed "Infinity", not a number' } },
    { stdout: `${'x'.repeat(100)}`, want: { kind: 'error', detail: `command printed "${'x'.repeat(60)}…", not a number` } }
  ])('$stdout', ({ stdout, want }) => {
    expect(parseStdout(stdout)).toEqual(want)
  })

  const result = (r: Partial<CommandResult>): CommandResult => ({ exitCode: 0, outcome: 'ok', durationMs: 5, stdout: '', stderr: '', ...r })
  test.each([
    { r: result({ stdout: '7' }), want: { kind: 'value', value: 7 } },
    {
      r: result({ outcome: 'failed', exitCode: 2, stderr: 'warming up\nredis: connection refused\n' }),
      want: { kind: 'error', detail: 'command exited with code 2: redis: connection refused' }
    },
    { r: result({ outcome: 'failed', exitCode: 1 }), want: { kind: 'error', detail: 'command exited with code 1' } },
    {
      r: result({ outcome: 'failed', exitCode: null, stderr: 'could not start bash: spawn bash ENOENT\n' }),
      want: { kind: 'error', detail: 'command could not run: could not start bash: spawn bash ENOENT' }
    },
    { r: result({ outcome: 'timeout', exitCode: null, stdout: '5' }), want: { kind: 'error', detail: 'command timed out after 1m30s' } },
    { r: result({ outcome: 'aborted', exitCode: null }), want: { kind: 'error', detail: 'cancelled' } },
    {
      r: result({ stdout: '1234', stdoutTruncated: true }),
      want: { kind: 'error', detail: 'command printed more than 72 KiB on stdout (output truncated); it must print exactly one number' }
    }
  ])('$r.outcome $r.exitCode → $want.kind', ({ r, want }) => {
    expect(fromResult(r, 90_000)).toEqual(want)
  })
})

describe('running it (real bash)', () => {
  test('the command sees STAGEGATE_TRACK and STAGEGATE_WEIGHT of the measurement over the base environment', async () => {
    const p = provider(
      'echo "$STAGEGATE_SERVICE $STAGEGATE_TRACK $STAGEGATE_WEIGHT" >&2; [ "$STAGEGATE_TRACK/$STAGEGATE_WEIGHT/$STAGEGATE_SERVICE" = canary/25/checkout-api ] && echo 1 || exit 9',
      {
        STAGEGATE_SERVICE: 'checkout-api',
        STAGEGATE_TRACK: 'stable',
        STAGEGATE_WEIGHT: '0'
      }
    )
    expect(await p.measure({ context: CONTEXT })).toEqual({ kind: 'value', value: 1 })
    expect(await p.measure({ context: { ...CONTEXT, track: 'stable' } })).toEqual({
      kind: 'error',
      detail: 'command exited with code 9: checkout-api stable 25'
    })
  })

  test('it runs in the workspace, so relative scripts work', async () => {
    writeFileSync(join(dir, 'hit-rate.sh'), '#!/bin/bash\necho "0.$((40 + 2))"\n', { mode: 0o755 })
    expect(await provider('./hit-rate.sh').measure({ context: CONTEXT })).toEqual({ kind: 'value', value: 0.42 })
  })

  test('bash -e: a failing line stops the command before it prints', async () => {
    expect(await provider('false; echo 3').measure({ context: CONTEXT })).toEqual({ kind: 'error', detail: 'command exited with code 1' })
  })

  test('several numbers on stdout are an error', async () => {
    expect(await provider('echo 1; echo 2').measure({ context: CONTEXT })).toEqual({
      kind: 'error',
      detail: expect.stringMatching(/printed 2 numbers/)
    })
  })

  test('stdout is not streamed into the log, and the label names the metric', async () => {
    const seen: { label: string; stream?: boolean; timeoutMs: number }[] = []
    const cfg = Metric.parse({ provider: 'command', run: 'echo 5', timeout: '2s' }) as CommandMetricConfig
    const p = commandProvider('cache-hit-rate', cfg, {
      runCommand: (req) => {
        seen.push({ label: req.label, stream: req.stream, timeoutMs: req.timeoutMs })
        return runCommand(req)
      },
      cwd: dir,
      baseEnv: {}
    })
    expect(await p.measure({ context: CONTEXT })).toEqual({ kind: 'value', value: 5 })
    expect(seen).toEqual([{ label: 'metric cache-hit-rate', stream: false, timeoutMs: 2000 }])
  })

  test('a number longer than what is kept is never read from its tail (0.000…05 would read as 5)', async () => {
    const p = provider("printf 0.; head -c 200000 /dev/zero | tr '\\0' 0; echo 5")
    expect(await p.measure({ context: CONTEXT })).toEqual({ kind: 'error', detail: expect.stringMatching(/output truncated/) })
  })

  test('a runner that throws still gives an error measurement', async () => {
    const cfg = Metric.parse({ provider: 'command', run: 'echo 5' }) as CommandMetricConfig
    const p = commandProvider('m', cfg, { runCommand: () => Promise.reject(new Error('spawn EMFILE')), cwd: dir, baseEnv: {} })
    expect(await p.measure({ context: CONTEXT })).toEqual({ kind: 'error', detail: 'command: spawn EMFILE' })
  })
})
