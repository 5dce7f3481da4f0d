import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GATE_TYPES, Gate as GateSchema, type GateConfig } from '../../src/config/schema.js'
import { createCommandRunner, stagegateEnv } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import type { MetricProvider } from '../../src/metrics/types.js'
import type { GateContext } from '../../src/gates/types.js'
import { gateFor, gateRegistry } from '../../src/gates/registry.js'
import { runGates, SKIPPED_DETAIL } from '../../src/gates/runner.js'
import { abortError, FakeClock, systemClock, type Clock } from '../../src/rollout/clock.js'
import { startGitHubServer } from '../support/github-server.js'
import { access } from '../github/access.js'
import { processGone as gone } from '../support/stack.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

const gate = (raw: Record<string, unknown>) => GateSchema.parse(raw) as GateConfig
const noOverrides = { names: [], reason: '' }
const START = Date.UTC(2026, 0, 5, 12, 0, 0) // a Monday, noon UTC

/**
 * A virtual clock that orders sleeps by deadline: concurrent sleeps overlap, as they do in real
 * time (FakeClock adds every sleep to the clock, so it cannot show concurrency). When everyone
 * waiting has had a few event-loop turns, it jumps to the earliest deadline.
 */
class VirtualClock implements Clock {
  private t = START
  private readonly timers = new Set<{ at: number; fire: () => void }>()
  private kicking = false
  now(): number {
    return this.t
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal))
      const onAbort = () => {
        this.timers.delete(timer)
        reject(abortError(signal))
      }
      const timer = {
        at: this.t + Math.max(0, ms),
        fire: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.timers.add(timer)
      this.kick()
    })
  }
  private kick(): void {
    if (this.kicking) return
    this.kicking = true
    void (async () => {
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r))
      this.kicking = false
      if (this.timers.size === 0) return
      this.t = Math.max(this.t, Math.min(...[...this.timers].map((x) => x.at)))
      for (const x of [...this.timers]) {
        if (x.at > this.t) continue
        this.timers.delete(x)
        x.fire()
      }
      if (this.timers.size) this.kick()
    })()
  }
}

/** A metric provider that takes `ms` on the clock; it reports the abort reason if it is aborted. */
function slowMetric(clock: Clock, name: string, ms: number, value = 1, aborts: string[] = []): MetricProvider {
  return {
    name,
    readOnly: true,
    async measure({ signal }) {
      try {
        await clock.sleep(ms, signal)
        return { kind: 'value', value }
      } catch (e) {
        aborts.push((e as Error).message)
        return { kind: 'error', detail: (e as Error).message }
      }
    }
  }
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stagegate-runner-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function context(clock: Clock, providers: MetricProvider[] = [], over: Partial<GateContext> = {}): Omit<GateContext, 'signal'> {
  return {
    clock,
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
    metrics: new Map(providers.map((p) => [p.name, p])),
    environment: 'production',
    ...over
  }
}

const run = (
  gates: GateConfig[],
  ctx: Omit<GateContext, 'signal'>,
  more: { signal?: AbortSignal; overrides?: { names: string[]; reason: string }; readOnlyOnly?: boolean; log?: MemoryRuntime } = {}
) =>
  runGates(gates, {
    ctx,
    signal: more.signal ?? new AbortController().signal,
    log: more.log ?? new MemoryRuntime(),
    overrides: more.overrides ?? noOverrides,
    readOnlyOnly: more.readOnlyOnly
  })

const passingWindow = (name: string) => gate({ name, type: 'window' })
const failingWindow = (name: string, required = true) => gate({ name, type: 'window', allow: [], required })

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10))
  if (!cond()) throw new Error('condition never became true')
}

describe('concurrency', () => {
  test('ten gates of 1 s each finish together, 1 s later on the clock (not 10 s)', async () => {
    const clock = new VirtualClock()
    const providers = Array.from({ length: 10 }, (_, i) => slowMetric(clock, `m${i}`, 1000))
    const gates = providers.map((p) => gate({ name: `g-${p.name}`, type: 'metric', metric: p.name, max: 5 }))
    const res = await run(gates, context(clock, providers))
    expect(clock.now() - START).toBe(1000)
    expect(res.records.map((r) => [r.status, r.durationMs, r.attempts])).toEqual(Array(10).fill(['passed', 1000, 1]))
    expect(res.failedRequired).toEqual([])
  })

  test('records keep the order of the config, each with its own duration', async () => {
    const clock = new VirtualClock()
    const providers = [slowMetric(clock, 'a', 3000), slowMetric(clock, 'b', 1000, 99), slowMetric(clock, 'c', 2000)]
    const gates = providers.map((p) => gate({ name: `gate-${p.name}`, type: 'metric', metric: p.name, max: 5 }))
    const res = await run(gates, context(clock, providers))
    expect(res.records).toEqual([
      {
        name: 'gate-a',
        type: 'metric',
        required: true,
        status: 'passed',
        detail: 'a (stable) = 1, within ≤ 5',
        durationMs: 3000,
        attempts: 1
      },
      {
        name: 'gate-b',
        type: 'metric',
        required: true,
        status: 'failed',
        detail: 'b (stable) = 99, above max 5',
        durationMs: 1000,
        attempts: 1
      },
      {
        name: 'gate-c',
        type: 'metric',
        required: true,
        status: 'passed',
        detail: 'c (stable) = 1, within ≤ 5',
        durationMs: 2000,
        attempts: 1
      }
    ])
    expect(res.failedRequired).toEqual(['gate-b'])
  })

  test('real commands run at the same time: five bash gates wait for each other at a barrier', async () => {
    // Each command registers itself, then waits (bounded) until all five have: run one by one, the first gives up.
    const barrier =
      'touch "arrived.$$"; for i in $(seq 200); do [ "$(ls arrived.* | wc -l)" -ge 5 ] && exit 0; sleep 0.05; done; echo "alone at the barrier"; exit 1'
    const gates = Array.from({ length: 5 }, (_, i) => gate({ name: `barrier-${i}`, type: 'command', run: barrier, timeout: '30s' }))
    const res = await run(gates, context(systemClock))
    expect(res.records.map((r) => r.status)).toEqual(Array(5).fill('passed'))
    expect(readdirSync(dir).filter((f) => f.startsWith('arrived.'))).toHaveLength(5)
  }, 20_000)
})

describe('timeouts follow the injected clock', () => {
  test('a gate slower than its timeout fails "timed out after 2m" and its signal aborts with that reason', async () => {
    const clock = new VirtualClock()
    const aborts: string[] = []
    const providers = [slowMetric(clock, 'slow', 5 * 60_000, 1, aborts), slowMetric(clock, 'quick', 1000)]
    const gates = [
      gate({ name: 'slow', type: 'metric', metric: 'slow', max: 5 }),
      gate({ name: 'quick', type: 'metric', metric: 'quick', max: 5, timeout: '2s' })
    ]
    const res = await run(gates, context(clock, providers))
    expect(res.records.map((r) => [r.name, r.status, r.detail, r.durationMs])).toEqual([
      ['slow', 'failed', 'timed out after 2m', 120_000],
      ['quick', 'passed', 'quick (stable) = 1, within ≤ 5', 1000]
    ])
    expect(aborts).toEqual(['timed out after 2m'])
  })

  test('a real command is stopped by a FakeClock timeout long before it would have finished', async () => {
    const clock = new FakeClock(START)
    const res = await run([gate({ name: 'migrations-ready', type: 'command', run: 'sleep 30' })], context(clock))
    expect(res.records[0]).toMatchObject({ status: 'failed', detail: 'timed out after 2m', attempts: 1 })
    expect(clock.now() - START).toBeGreaterThanOrEqual(120_000)
    expect(res.failedRequired).toEqual(['migrations-ready'])
  })

  test('on the real clock, a timed-out command and its process group are gone when runGates returns', async () => {
    const res = await run([gate({ name: 'hangs', type: 'command', run: 'echo $$ > pid; sleep 30', timeout: '1s' })], context(systemClock))
    expect(res.records[0].status).toBe('failed')
    expect(res.records[0].detail).toMatch(/^(timed out after 1s|killed after 1s \(timeout\))$/)
    expect(gone(Number(readFileSync(join(dir, 'pid'), 'utf8')))).toBe(true)
  })
})

describe('retries', () => {
  // The window opens at 11:00:00 UTC; the first attempt is at 10:59:58.5. Back-off: 1 s, then 2 s, then 3 s…
  const opening = (retries: number) =>
    gate({ name: 'deploy-window', type: 'window', allow: [{ days: 'mon', hours: '11:00-12:00' }], retries })
  test.each([
    [0, 'failed', 1, 0],
    [1, 'failed', 2, 1000],
    [2, 'passed', 3, 3000],
    [5, 'passed', 3, 3000]
  ])('retries: %i → %s after %i attempt(s), %i ms on the clock', async (retries, status, attempts, durationMs) => {
    const clock = new FakeClock(Date.UTC(2026, 0, 5, 10, 59, 58, 500))
    const res = await run([opening(retries)], context(clock))
    expect(res.records[0]).toMatchObject({ status, attempts, durationMs })
  })

  test('a throwing check fails with its message, and throws are retried too', async () => {
    const clock = new FakeClock(START)
    const res = await run(
      [gate({ name: 'change-ticket', type: 'http', url: 'https://cm.example.com/{{ env.STAGEGATE_TEST_UNSET }}', retries: 2 })],
      context(clock)
    )
    expect(res.records[0]).toEqual({
      name: 'change-ticket',
      type: 'http',
      required: true,
      status: 'failed',
      detail:
        'GET https://cm.example.com/{{ env.STAGEGATE_TEST_UNSET }}: environment variable STAGEGATE_TEST_UNSET (used as {{ env.STAGEGATE_TEST_UNSET }}) is not set',
      durationMs: 3000,
      attempts: 3
    })
    expect(res.failedRequired).toEqual(['change-ticket'])
  })
})

describe('statuses', () => {
  test('overrides, advisory gates and required failures', async () => {
    const gates = [
      passingWindow('ok'),
      failingWindow('blocked'),
      failingWindow('bypassed'),
      passingWindow('named-but-green'),
      failingWindow('advisory', false)
    ]
    const res = await run(gates, context(new FakeClock(START)), {
      overrides: { names: ['bypassed', 'named-but-green', 'no-such-gate'], reason: 'hotfix for INC-42' }
    })
    const outside = 'Mon 2026-01-05 12:00 UTC is outside every allow entry: none (allow is empty)'
    expect(res.records.map((r) => [r.name, r.required, r.status, r.detail])).toEqual([
      ['ok', true, 'passed', 'Mon 2026-01-05 12:00 UTC: no allow entries, outside every freeze'],
      ['blocked', true, 'failed', outside],
      ['bypassed', true, 'overridden', `${outside} (overridden: hotfix for INC-42)`],
      ['named-but-green', true, 'passed', 'Mon 2026-01-05 12:00 UTC: no allow entries, outside every freeze'],
      ['advisory', false, 'advisory-failed', outside]
    ])
    expect(res.failedRequired).toEqual(['blocked'])
  })

  test('plan mode skips gates with side effects and evaluates the read-only ones', async () => {
    const gates = [
      gate({ name: 'migrate', type: 'command', run: 'touch ran' }),
      gate({ name: 'notify', type: 'http', method: 'POST', url: 'http://127.0.0.1:9/hook' }),
      passingWindow('window')
    ]
    const plan = await run(gates, context(new FakeClock(START)), { readOnlyOnly: true })
    expect(plan.records.map((r) => [r.name, r.status, r.detail, r.attempts, r.durationMs])).toEqual([
      ['migrate', 'skipped', SKIPPED_DETAIL, 0, 0],
      ['notify', 'skipped', SKIPPED_DETAIL, 0, 0],
      ['window', 'passed', 'Mon 2026-01-05 12:00 UTC: no allow entries, outside every freeze', 1, 0]
    ])
    expect(plan.failedRequired).toEqual([])
    expect(existsSync(join(dir, 'ran'))).toBe(false)
    const deploy = await run(gates.slice(0, 1), context(systemClock))
    expect(deploy.records[0].status).toBe('passed')
    expect(existsSync(join(dir, 'ran'))).toBe(true)
  })

  test('logs one line per gate: ✓ or ✗, name, detail; a warning for an advisory failure', async () => {
    const log = new MemoryRuntime()
    await run([passingWindow('ok'), failingWindow('bad'), failingWindow('soft', false)], context(new FakeClock(START)), { log })
    const info = log.messages('info')
    expect(info).toEqual([
      '✓ ok — Mon 2026-01-05 12:00 UTC: no allow entries, outside every freeze',
      expect.stringMatching(/^✗ bad — Mon 2026-01-05 12:00 UTC is outside every allow entry/),
      expect.stringMatching(/^✗ soft — /)
    ])
    expect(log.messages('warning')).toEqual([expect.stringMatching(/^advisory gate soft failed \(not blocking\): /)])
  })
})

describe('cancellation', () => {
  test('an already cancelled run evaluates nothing: every gate failed "cancelled"', async () => {
    const ac = new AbortController()
    ac.abort()
    const res = await run([passingWindow('a'), failingWindow('b', false)], context(new FakeClock(START)), {
      signal: ac.signal,
      overrides: { names: ['a'], reason: 'r' }
    })
    expect(res.records.map((r) => [r.name, r.status, r.detail, r.attempts])).toEqual([
      ['a', 'failed', 'cancelled', 0],
      ['b', 'advisory-failed', 'cancelled', 0]
    ])
    expect(res.failedRequired).toEqual(['a'])
  })

  test('cancelling mid-run marks the unfinished gates cancelled, keeps finished results, and kills commands', async () => {
    const ac = new AbortController()
    const gates = [passingWindow('window'), gate({ name: 'slow', type: 'command', run: 'echo $$ > pid; touch started; sleep 30' })]
    const pending = run(gates, context(systemClock), { signal: ac.signal })
    await until(() => existsSync(join(dir, 'started')))
    ac.abort()
    const res = await pending
    expect(res.records.map((r) => [r.name, r.status, r.detail, r.attempts])).toEqual([
      ['window', 'passed', expect.stringContaining('no allow entries'), 1],
      ['slow', 'failed', 'cancelled', 1]
    ])
    expect(res.failedRequired).toEqual(['slow'])
    expect(gone(Number(readFileSync(join(dir, 'pid'), 'utf8')))).toBe(true)
  })

  test('cancelling during the retry back-off stops the retries', async () => {
    const ac = new AbortController()
    /** Cancels the run when the runner starts its first back-off sleep. */
    class CancelOnBackoff extends FakeClock {
      override sleep(ms: number, signal?: AbortSignal): Promise<void> {
        if (ms === 1000) ac.abort()
        return super.sleep(ms, signal)
      }
    }
    const res = await run([gate({ name: 'w', type: 'window', allow: [], retries: 5 })], context(new CancelOnBackoff(START)), {
      signal: ac.signal
    })
    expect(res.records[0]).toMatchObject({ status: 'failed', detail: 'cancelled', attempts: 1 })
  })
})

describe('approvals', () => {
  test('are the concatenated approvals of the gates, in config order', async () => {
    const server = await startGitHubServer()
    try {
      server.state.addApproval(4242, 'bob', 'approved', ['production'])
      server.state.addApproval(4242, 'carol', 'approved', ['production'])
      const gates = [passingWindow('window'), gate({ name: 'reviewed', type: 'approval', min: 2 })]
      // the real clock: on a FakeClock the 2m timeout would win against any real HTTP round trip
      const res = await run(gates, context(systemClock, [], { github: access(server.url) }))
      expect(res.records.map((r) => r.status)).toEqual(['passed', 'passed'])
      expect(res.approvals.map((a) => [a.user, a.state, a.environments])).toEqual([
        ['bob', 'approved', ['production']],
        ['carol', 'approved', ['production']]
      ])
      expect(server.violations).toEqual([])
    } finally {
      await server.close()
    }
  })
})

describe('registry', () => {
  test.each(GATE_TYPES.map((t) => [t]))('%s has its gate', (type) => {
    expect(gateRegistry[type].type).toBe(type)
  })

  test('gateFor finds the gate of a config and refuses an unknown type', () => {
    expect(gateFor(passingWindow('w'))).toBe(gateRegistry.window)
    expect(() => gateFor({ type: 'smoke-signal' } as unknown as GateConfig)).toThrow('no gate of type "smoke-signal"')
  })
})
