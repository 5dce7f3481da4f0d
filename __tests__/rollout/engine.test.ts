/**
 * The rollout state machine, on a virtual clock. runAction and measure are small in-test
 * implementations of the EngineDeps interfaces (the real ones are tested in their own rooms).
 */
import { describe, expect, test } from '@jest/globals'
import { ConfigSchema, type ActionName, type EnvironmentConfig, type TrackName } from '../../src/config/schema.js'
import { FakeClock } from '../../src/rollout/clock.js'
import { recordedRollout, type Recorded } from '../support/recorded.js'
import { buildPlan } from '../../src/rollout/plan.js'
import { stagegateEnv } from '../../src/actions/run-command.js'
import type { ActionContext, EngineDeps } from '../../src/rollout/types.js'
import type { CommandResult } from '../../src/actions/types.js'
import type { Measurement } from '../../src/metrics/types.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'

const S = 1000
const M = 60 * S
const H = 60 * M

function env(e: Record<string, unknown>): EnvironmentConfig {
  const cfg = ConfigSchema.parse({
    version: 1,
    service: 'svc',
    metrics: {
      'error-rate': { provider: 'command', run: 'echo 0' },
      p95: { provider: 'command', run: 'echo 0' }
    },
    environments: { prod: e }
  })
  return cfg.environments.prod
}

const ALL_ACTIONS = { deploy: 'd', 'set-weight': 's', verify: 'v', promote: 'p', rollback: 'r', 'verify-rollback': 'vr' }
const CANARY = {
  steps: [
    { weight: 5, pause: '10m' },
    { weight: 25, pause: '10m' },
    { weight: 50, pause: '10m' },
    { weight: 100, pause: '10m' }
  ],
  analysis: { interval: '1m', checks: [{ metric: 'error-rate', max: 0.005 }] },
  actions: ALL_ACTIONS
}

interface ActionCall {
  name: ActionName
  ctx: ActionContext
  at: number
  aborted: boolean
}
interface MeasureCall {
  metric: string
  track: TrackName
  weight: number
  at: number
}
type Outcome = CommandResult['outcome']
type MeasureFn = (c: MeasureCall) => Measurement

const ok = (value: number): Measurement => ({ kind: 'value', value })

/** A harness: fake actions (outcome per action name, optionally per step) and a scripted metric source. */
function harness(
  e: EnvironmentConfig,
  opts: {
    measure?: MeasureFn
    outcomes?: Partial<Record<ActionName, Outcome | ((ctx: ActionContext) => Outcome)>>
    clock?: FakeClock
    signal?: AbortSignal
    /** How long each action takes on the clock (an abort ends it early, outcome `aborted`). */
    actionMs?: Partial<Record<ActionName, number>>
  } = {}
) {
  const clock = opts.clock ?? new FakeClock()
  const actions: ActionCall[] = []
  const measures: MeasureCall[] = []
  const log: string[] = []
  const configured = e.actions
  const deps: EngineDeps = {
    clock,
    signal: opts.signal ?? new AbortController().signal,
    log: new MemoryRuntime(),
    runAction: async (name, ctx, signal) => {
      actions.push({ name, ctx, at: clock.now(), aborted: signal.aborted })
      log.push(`action ${name}`)
      if (configured[name] === undefined) return null
      const ms = opts.actionMs?.[name]
      if (ms) {
        const aborted = await clock.sleep(ms, signal).then(
          () => false,
          () => true
        )
        log.push(`action ${name} ${aborted ? 'aborted' : 'done'}`)
        if (aborted) return { exitCode: null, outcome: 'aborted', durationMs: ms, stdout: '', stderr: '' }
      }
      const o = opts.outcomes?.[name]
      const outcome = typeof o === 'function' ? o(ctx) : (o ?? 'ok')
      const exitCode = outcome === 'ok' ? 0 : outcome === 'failed' ? 1 : null
      return { exitCode, outcome, durationMs: 5, stdout: '', stderr: '' }
    },
    measure: async (metric, track, weight) => {
      const call = { metric, track, weight, at: clock.now() }
      measures.push(call)
      return (opts.measure ?? (() => ok(0.001)))(call)
    },
    events: {
      onTrafficState: (split, weight) => log.push(`traffic ${split} ${weight}`),
      onStepStart: (s) => log.push(`step ${s.index} start`),
      onStepEnd: (s) => log.push(`step ${s.index} ${s.result}`),
      onRound: (records, step, elapsedMs) =>
        log.push(`round step ${step.index} +${elapsedMs}ms ${records.map((r) => `${r.checkIndex}:${r.verdict}`).join(' ')}`)
    }
  }
  const run = () => recordedRollout({ env: e, plan: buildPlan(e) }, deps)
  return { clock, actions, measures, log, deps, run }
}

const names = (calls: ActionCall[]) => calls.map((c) => c.name)

describe('a healthy rollout', () => {
  test('4-step canary over a 4-hour plan succeeds with every planned measurement', async () => {
    const e = env({
      ...CANARY,
      steps: [
        { weight: 5, pause: '1h' },
        { weight: 25, pause: '1h' },
        { weight: 50, pause: '1h' },
        { weight: 100, pause: '1h' }
      ],
      analysis: {
        interval: '30s',
        checks: [
          { metric: 'error-rate', max: 0.005 },
          { metric: 'p95', max: 500 }
        ]
      }
    })
    const h = harness(e, { measure: (c) => ok(c.metric === 'p95' ? 200 : 0.001) })
    const start = h.clock.now()
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    expect(r.finalWeight).toBe(100)
    expect(r.rollback).toBeUndefined()
    const plan = buildPlan(e)
    expect(plan.map((s) => s.measurements)).toEqual([120, 120, 120, 120])
    expect(r.measurements).toHaveLength(480 * 2)
    expect(r.measurements.every((m) => m.verdict === 'pass' && m.track === 'canary')).toBe(true)
    expect(h.clock.now() - start).toBe(4 * H)
    expect(names(h.actions)).toEqual([
      'deploy',
      'set-weight',
      'verify',
      'set-weight',
      'verify',
      'set-weight',
      'verify',
      'set-weight',
      'verify',
      'promote'
    ])
    expect(r.steps.map((s) => [s.index, s.weight, s.result, s.durationMs])).toEqual([
      [1, 5, 'passed', H],
      [2, 25, 'passed', H],
      [3, 50, 'passed', H],
      [4, 100, 'passed', H]
    ])
    expect(r.steps[0].checks[1]).toMatchObject({
      metric: 'p95',
      min: 200,
      max: 200,
      samples: 120,
      failures: 0,
      inconclusive: 0,
      upper: 500
    })
    expect(r.commands.map((c) => c.outcome)).toEqual(Array(10).fill('ok'))
    expect(h.log.filter((l) => l.startsWith('traffic'))).toEqual([
      'traffic true 0',
      'traffic true 5',
      'traffic true 25',
      'traffic true 50',
      'traffic true 100',
      'traffic false 100'
    ])
  })

  test('traffic is reported split before deploy runs; step contexts carry weights', async () => {
    const h = harness(env(CANARY))
    await h.run()
    expect(h.log.slice(0, 2)).toEqual(['traffic true 0', 'action deploy'])
    expect(h.actions[0].ctx).toEqual({ weight: 0, previousWeight: 0, track: 'canary' })
    expect(h.actions.filter((a) => a.name === 'set-weight').map((a) => a.ctx)).toEqual([
      { step: 1, weight: 5, previousWeight: 0, track: 'canary' },
      { step: 2, weight: 25, previousWeight: 5, track: 'canary' },
      { step: 3, weight: 50, previousWeight: 25, track: 'canary' },
      { step: 4, weight: 100, previousWeight: 50, track: 'canary' }
    ])
  })

  test('baseline measures each analysis metric once on the stable track, before deploy', async () => {
    const e = env({
      ...CANARY,
      analysis: {
        interval: '1m',
        checks: [
          { metric: 'p95', max: 500 },
          { metric: 'p95', 'max-increase': 10 },
          { metric: 'error-rate', max: 1 }
        ]
      }
    })
    const h = harness(e, { measure: (c) => ok(c.track === 'stable' ? (c.metric === 'p95' ? 200 : 0.5) : 100) })
    const r = await h.run()
    expect(r.baseline).toEqual({ p95: 200, 'error-rate': 0.5 })
    const stable = h.measures.filter((m) => m.track === 'stable')
    expect(stable.map((m) => m.metric).sort()).toEqual(['error-rate', 'p95'])
    expect(Math.max(...stable.map((m) => m.at))).toBeLessThanOrEqual(h.actions[0].at)
  })

  test('a baseline without data is recorded as null', async () => {
    const h = harness(env(CANARY), { measure: (c) => (c.track === 'stable' ? { kind: 'no-data', detail: 'empty' } : ok(0.001)) })
    const r = await h.run()
    expect(r.baseline).toEqual({ 'error-rate': null })
    expect(r.status).toBe('succeeded')
  })

  test('a step with pause 0 measures once, right before the next weight', async () => {
    const e = env({
      ...CANARY,
      steps: [
        { weight: 50, pause: 0 },
        { weight: 100, pause: '2m' }
      ]
    })
    const h = harness(e)
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    expect(r.measurements.map((m) => m.step)).toEqual([1, 2, 2])
  })

  test('unconfigured actions are recorded as skipped', async () => {
    const h = harness(env({ ...CANARY, actions: { 'set-weight': 's', rollback: 'r' } }))
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    expect(r.commands.filter((c) => c.outcome === 'skipped').map((c) => c.action)).toEqual([
      'deploy',
      'verify',
      'verify',
      'verify',
      'verify',
      'promote'
    ])
  })
})

describe('analysis rolls back', () => {
  test('a breach at step 2 rolls back with the reason, step and weight', async () => {
    const h = harness(env(CANARY), { measure: (c) => ok(c.weight === 25 && c.track === 'canary' ? 0.21 : 0.001) })
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.finalWeight).toBe(0)
    expect(r.rollback).toMatchObject({ trigger: 'analysis', step: 2, weight: 25, verified: true })
    expect(r.rollback?.reason).toMatch(/^error-rate .*0\.21.*0\.005.* at step 2 \(25%\)$/)
    expect(r.rollback?.measurement).toMatchObject({ metric: 'error-rate', value: 0.21, verdict: 'fail', step: 2 })
    expect(r.rollback?.commands.map((c) => [c.action, c.outcome])).toEqual([
      ['rollback', 'ok'],
      ['verify-rollback', 'ok']
    ])
    expect(r.measurements.filter((m) => m.step === 2)).toHaveLength(1)
    expect(r.steps.map((s) => s.result)).toEqual(['passed', 'failed'])
    expect(r.steps[1].reason).toBe(r.rollback?.reason)
    expect(names(h.actions).slice(-2)).toEqual(['rollback', 'verify-rollback'])
    for (const a of h.actions.slice(-2)) {
      expect(a.ctx).toEqual({ step: 2, weight: 0, previousWeight: 25, track: 'stable', reason: r.rollback?.reason })
      expect(stagegateEnv({ service: 's', environment: 'e', version: 'v', sha: 'x' }, a.ctx).STAGEGATE_REASON).toBe(r.rollback?.reason)
    }
    expect(h.log.at(-1)).toBe('traffic false 0')
  })

  test.each<[string, number, number[], string, number]>([
    ['failure-limit 1 tolerates one failure', 1, [1], 'succeeded', 0],
    ['failure-limit 1 rolls back on the second', 1, [1, 3], 'rolled-back', 3],
    ['failure-limit 0 rolls back on the first', 0, [2], 'rolled-back', 2],
    ['failures count per step', 1, [1, 11], 'succeeded', 0]
  ])('%s', async (_name, limit, badRounds, status, rolledBackAtRound) => {
    let round = 0
    const e = env({ ...CANARY, analysis: { interval: '1m', 'failure-limit': limit, checks: [{ metric: 'error-rate', max: 0.005 }] } })
    const h = harness(e, { measure: (c) => (c.track === 'stable' ? ok(0) : ok(badRounds.includes(++round) ? 0.5 : 0.001)) })
    const r = await h.run()
    expect(r.status).toBe(status)
    if (status === 'rolled-back') {
      expect(r.rollback?.trigger).toBe('analysis')
      expect(r.measurements).toHaveLength(rolledBackAtRound)
    } else {
      expect(r.steps.flatMap((s) => s.checks.map((c) => c.failures)).reduce((a, b) => a + b)).toBe(badRounds.length)
    }
  })

  test('inconclusive-limit: rolls back on the measurement over the limit', async () => {
    const e = env({ ...CANARY, analysis: { interval: '1m', 'inconclusive-limit': 2, checks: [{ metric: 'error-rate', max: 0.005 }] } })
    const h = harness(e, { measure: (c) => (c.track === 'stable' ? ok(0) : { kind: 'error', detail: 'connection refused' }) })
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.measurements.map((m) => m.verdict)).toEqual(['inconclusive', 'inconclusive', 'inconclusive'])
    expect(r.rollback?.reason).toMatch(/inconclusive/)
    expect(r.rollback?.reason).toMatch(/at step 1 \(5%\)/)
    expect(r.steps[0].checks[0]).toMatchObject({ inconclusive: 3, samples: 0, min: null, max: null })
  })

  test.each<[string, string, string, string]>([
    ['on-no-data fail', 'fail', 'rolled-back', 'fail'],
    ['on-no-data ignore', 'ignore', 'succeeded', 'ignored'],
    ['on-no-data inconclusive (limit 2)', 'inconclusive', 'rolled-back', 'inconclusive']
  ])('%s', async (_name, onNoData, status, verdict) => {
    const e = env({ ...CANARY, analysis: { interval: '1m', checks: [{ metric: 'error-rate', max: 0.005, 'on-no-data': onNoData }] } })
    const h = harness(e, { measure: (c) => (c.track === 'stable' ? ok(0) : { kind: 'no-data', detail: 'empty result' }) })
    const r = await h.run()
    expect(r.status).toBe(status)
    expect(r.measurements[0].verdict).toBe(verdict)
  })

  test.each<[string, number, string]>([
    ['max-increase 10% over a baseline of 200: 230 fails', 230, 'rolled-back'],
    ['max-increase 10% over a baseline of 200: 210 passes', 210, 'succeeded']
  ])('%s', async (_name, canary, status) => {
    const e = env({ ...CANARY, analysis: { interval: '1m', checks: [{ metric: 'p95', 'max-increase': '10%' }] } })
    const h = harness(e, { measure: (c) => ok(c.track === 'stable' ? 200 : canary) })
    const r = await h.run()
    expect(r.baseline).toEqual({ p95: 200 })
    expect(r.status).toBe(status)
    expect(r.steps[0].checks[0].upper).toBeCloseTo(220)
    if (status === 'rolled-back') expect(r.rollback?.bound).toBe(r.steps[0].checks[0].bound)
  })

  test('a check on the stable track measures stable during the pause', async () => {
    const e = env({ ...CANARY, analysis: { interval: '1m', checks: [{ metric: 'error-rate', max: 0.005, track: 'stable' }] } })
    const h = harness(e, { measure: (c) => ok(c.weight === 50 ? 0.9 : 0.001) })
    const r = await h.run()
    expect(r.rollback).toMatchObject({ step: 3, weight: 50 })
    expect(r.measurements.every((m) => m.track === 'stable')).toBe(true)
  })

  test('a check measured twice per round is measured once', async () => {
    const e = env({
      ...CANARY,
      steps: [{ weight: 100, pause: '3m' }],
      analysis: {
        interval: '1m',
        checks: [
          { metric: 'p95', max: 500 },
          { metric: 'p95', min: 1 }
        ]
      }
    })
    const h = harness(e, { measure: () => ok(100) })
    const r = await h.run()
    expect(r.measurements).toHaveLength(6)
    expect(h.measures.filter((m) => m.track === 'canary')).toHaveLength(3)
  })
})

describe('command failures roll back', () => {
  test.each<[string, Partial<Record<ActionName, Outcome | ((ctx: ActionContext) => Outcome)>>, string, string, number | undefined, number]>(
    [
      ['verify fails at step 1', { verify: 'failed' }, 'verify', 'verify failed (exit 1) at step 1 (5%)', 1, 5],
      [
        'set-weight times out at step 3',
        { 'set-weight': (c) => (c.weight === 50 ? 'timeout' : 'ok') },
        'command',
        'set-weight timeout at step 3 (50%)',
        3,
        50
      ],
      ['deploy fails', { deploy: 'failed' }, 'command', 'deploy failed (exit 1)', undefined, 0],
      ['promote fails', { promote: 'failed' }, 'command', 'promote failed (exit 1)', 4, 100]
    ]
  )('%s', async (_name, outcomes, trigger, reason, step, weight) => {
    const h = harness(env(CANARY), { outcomes })
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback).toMatchObject({ trigger, reason, weight })
    expect(r.rollback?.step).toBe(step)
    expect(names(h.actions).slice(-2)).toEqual(['rollback', 'verify-rollback'])
    expect(h.actions.at(-1)?.ctx).toMatchObject({ previousWeight: weight, weight: 0, track: 'stable', reason })
  })

  test('deploy failure runs no set-weight', async () => {
    const h = harness(env(CANARY), { outcomes: { deploy: 'timeout' } })
    await h.run()
    expect(names(h.actions)).toEqual(['deploy', 'rollback', 'verify-rollback'])
  })

  test('a runner that throws counts as a failed command', async () => {
    const h = harness(env(CANARY), {
      outcomes: {
        verify: () => {
          throw new Error('spawn EACCES')
        }
      }
    })
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback).toMatchObject({ trigger: 'verify', step: 1 })
  })
})

describe('rollback outcomes', () => {
  test.each<[string, Partial<Record<ActionName, Outcome>>, string[]]>([
    ['rollback fails', { verify: 'failed', rollback: 'failed' }, ['rollback']],
    ['verify-rollback times out', { verify: 'failed', 'verify-rollback': 'timeout' }, ['rollback', 'verify-rollback']]
  ])('%s → rollback-failed, traffic still split', async (_name, outcomes, ran) => {
    const e = env(CANARY)
    const h = harness(e, { outcomes: { ...outcomes, verify: (c) => (c.weight === 25 ? 'failed' : 'ok') } })
    const r = await h.run()
    expect(r.status).toBe('rollback-failed')
    expect(r.finalWeight).toBe(25)
    expect(r.rollback?.verified).toBe(false)
    expect(r.rollback?.commands.map((c) => c.action)).toEqual(ran)
    expect(h.log.filter((l) => l.startsWith('traffic false'))).toEqual([])
  })

  test('without rollback commands configured it is rolled-back, unverified', async () => {
    const h = harness(env({ ...CANARY, actions: { verify: 'v' } }), { outcomes: { verify: 'failed' } })
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback?.verified).toBe(false)
    expect(r.rollback?.commands.map((c) => c.outcome)).toEqual(['skipped', 'skipped'])
  })

  test('an unexpected exception rolls back with trigger error', async () => {
    const h = harness(env(CANARY), {
      measure: (c) => {
        if (c.weight === 25) throw new Error('provider bug')
        return ok(0.001)
      }
    })
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback).toMatchObject({ trigger: 'error', step: 2, weight: 25 })
    expect(r.rollback?.reason).toContain('provider bug')
  })
})

describe('cancellation', () => {
  /** A FakeClock whose sleeps that cross `at` abort the controller first (a SIGTERM arriving mid-sleep). */
  class AbortingClock extends FakeClock {
    constructor(
      private readonly at: number,
      private readonly ctl: AbortController
    ) {
      super()
    }
    override sleep(ms: number, signal?: AbortSignal): Promise<void> {
      if (this.now() + ms > this.at && !this.ctl.signal.aborted) this.ctl.abort('cancelled (SIGTERM)')
      return super.sleep(ms, signal)
    }
  }

  test('abort mid-pause stops waiting and rolls back with a fresh signal', async () => {
    const ctl = new AbortController()
    const start = new FakeClock().now()
    const clock = new AbortingClock(start + 15 * M + 30 * S, ctl)
    const h = harness(env(CANARY), { clock, signal: ctl.signal })
    const r: Recorded = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback).toMatchObject({ trigger: 'cancelled', reason: 'cancelled (SIGTERM)', step: 2, weight: 25 })
    expect(clock.now()).toBe(start + 15 * M)
    expect(r.steps.map((s) => s.result)).toEqual(['passed', 'aborted'])
    const rb = h.actions.filter((a) => a.name === 'rollback' || a.name === 'verify-rollback')
    expect(rb.map((a) => a.aborted)).toEqual([false, false])
    expect(r.measurements.filter((m) => m.step === 2)).toHaveLength(5)
  })

  test('an abort without a reason still rolls back', async () => {
    const ctl = new AbortController()
    const h = harness(env(CANARY), { signal: ctl.signal, outcomes: { verify: () => (ctl.abort(), 'aborted') } })
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback).toMatchObject({ trigger: 'cancelled', reason: 'cancelled', step: 1 })
  })

  test('abort before deploy: failed, nothing run', async () => {
    const ctl = new AbortController()
    ctl.abort('cancelled (SIGINT)')
    const h = harness(env(CANARY), { signal: ctl.signal })
    const r = await h.run()
    expect(r.status).toBe('failed')
    expect(r.finalWeight).toBe(0)
    expect(r.error).toContain('cancelled (SIGINT)')
    expect(h.actions).toEqual([])
    expect(h.log).toEqual([])
  })

  test('abort during the baseline: failed, no action run', async () => {
    const ctl = new AbortController()
    const h = harness(env(CANARY), {
      signal: ctl.signal,
      measure: () => (ctl.abort('cancelled (SIGTERM)'), { kind: 'error', detail: 'aborted' })
    })
    const r = await h.run()
    expect(r.status).toBe('failed')
    expect(h.actions).toEqual([])
  })
})

describe('strategies and timing', () => {
  test('blue-green: preview at weight 0 analysed on canary, then 100', async () => {
    const e = env({
      strategy: 'blue-green',
      steps: [
        { weight: 0, pause: '2m' },
        { weight: 100, pause: '3m' }
      ],
      analysis: CANARY.analysis,
      actions: ALL_ACTIONS
    })
    const h = harness(e)
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    expect(h.actions.filter((a) => a.name === 'set-weight').map((a) => a.ctx.weight)).toEqual([0, 100])
    expect(r.measurements.map((m) => [m.weight, m.track])).toEqual([
      [0, 'canary'],
      [0, 'canary'],
      [100, 'canary'],
      [100, 'canary'],
      [100, 'canary']
    ])
    expect(h.measures.filter((m) => m.track === 'canary').map((m) => m.weight)).toEqual([0, 0, 100, 100, 100])
  })

  test('all-at-once: one step at 100', async () => {
    const e = env({ strategy: 'all-at-once', steps: [{ weight: 100, pause: '2m' }], analysis: CANARY.analysis, actions: ALL_ACTIONS })
    const h = harness(e)
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    expect(names(h.actions)).toEqual(['deploy', 'set-weight', 'verify', 'promote'])
    expect(r.steps.map((s) => s.weight)).toEqual([100])
    expect(r.measurements).toHaveLength(2)
  })

  test('initial-delay is honoured: first measurement after delay + interval', async () => {
    const e = env({
      ...CANARY,
      steps: [{ weight: 100, pause: '10m' }],
      analysis: { interval: '1m', 'initial-delay': '3m', checks: [{ metric: 'error-rate', max: 0.005 }] }
    })
    const h = harness(e)
    const r = await h.run()
    const verifyAt = h.actions.find((a) => a.name === 'verify')?.at ?? NaN
    expect(r.measurements.map((m) => (m.at - verifyAt) / M)).toEqual([4, 5, 6, 7, 8, 9, 10])
    expect(r.steps[0].durationMs).toBe(10 * M)
  })
})

test('each measurement round is one event carrying every check, at its offset into the pause', async () => {
  const e = env({
    ...CANARY,
    steps: [
      { weight: 50, pause: '2m' },
      { weight: 100, pause: '0s' }
    ],
    analysis: {
      interval: '1m',
      checks: [
        { metric: 'error-rate', max: 0.005 },
        { metric: 'p95', max: 500 }
      ]
    }
  })
  const h = harness(e, { measure: (c) => ok(c.metric === 'p95' ? 900 : 0.001) })
  await h.run()
  expect(h.log.filter((l) => l.startsWith('round'))).toEqual(['round step 1 +60000ms 0:pass 1:fail'])
})

describe('no blind spot at step boundaries (SPEC §4 Analysis)', () => {
  const boundary = (pause = '2500ms') =>
    env({
      steps: [
        { weight: 50, pause },
        { weight: 100, pause: '3s' }
      ],
      analysis: { interval: '1s', checks: [{ metric: 'error-rate', max: 0.005 }] },
      actions: ALL_ACTIONS
    })

  test('measurements continue through set-weight and verify, at the interval, and the tail of the pause is measured', async () => {
    const h = harness(boundary(), { actionMs: { 'set-weight': 300, verify: 1500 } })
    const start = h.clock.now()
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    const step1 = r.measurements.filter((m) => m.step === 1).map((m) => m.at - start)
    // step 1 starts at 0: rounds at 1 s and 2 s meet set-weight/verify (done at 1.8 s), 3 s and 4 s the pause,
    // and the boundary round at the pause's end, 1.8 + 2.5 = 4.3 s
    expect(step1).toEqual([1000, 2000, 3000, 4000, 4300])
    const gaps = r.measurements.slice(1).map((m, i) => m.at - r.measurements[i].at)
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1000)
  })

  test('a breach right after the last in-pause measurement rolls back before the next set-weight', async () => {
    let breachAt = Infinity
    const h = harness(boundary(), {
      actionMs: { verify: 1500 },
      measure: (c) => ok(c.at >= breachAt ? 0.5 : 0.001)
    })
    const start = h.clock.now()
    // step 1: verify ends at 1.5 s, the pause at 4.0 s; the last in-pause round is at 3.0 s (3.5 s when
    // rounds were counted from the pause's start, with no boundary round: then 100% came at 4.0 s unseen)
    breachAt = start + 3501
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback?.step).toBe(1)
    expect(r.rollback?.measurement?.at).toBe(start + 4000)
    expect(h.actions.filter((a) => a.name === 'set-weight').map((a) => a.ctx.weight)).toEqual([50])
  })

  test('a breach while verify runs is caught at the next interval: verify is aborted and the canary rolled back', async () => {
    let breachAt = Infinity
    const h = harness(boundary('1s'), { actionMs: { verify: 3000 }, measure: (c) => ok(c.at >= breachAt ? 0.5 : 0.001) })
    const start = h.clock.now()
    // step 2 starts at 3 s + 1 s pause = 4 s; its verify runs 4 s … 7 s; the breach comes at 4.2 s
    breachAt = start + 4200
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback?.step).toBe(2)
    expect(r.rollback?.startedAt).toBe(start + 5000)
    expect(h.log).toContain('action verify aborted')
    expect(r.commands.find((c) => c.action === 'verify' && c.step === 2)?.outcome).toBe('aborted')
    expect(r.rollback?.trigger).toBe('analysis')
  })

  test.each([0, 1, 250, 999, 1000, 1001, 1499, 2999, 3001, 3999, 4000])(
    'breach at +%d ms into step 2 (slow verify): rollback within one interval, never at 100%%',
    async (offset) => {
      let breachAt = Infinity
      const e = env({
        steps: [
          { weight: 10, pause: '2500ms' },
          { weight: 50, pause: '2500ms' },
          { weight: 100, pause: '2s' }
        ],
        analysis: { interval: '1s', checks: [{ metric: 'error-rate', max: 0.005 }] },
        actions: ALL_ACTIONS
      })
      const h = harness(e, { actionMs: { verify: 1500 }, measure: (c) => ok(c.at >= breachAt ? 0.5 : 0.001) })
      const start = h.clock.now()
      breachAt = start + 4000 + offset // step 2 starts at 1.5 + 2.5 = 4 s and its boundary round is at 8 s
      const r = await h.run()
      expect(r.status).toBe('rolled-back')
      expect((r.rollback?.startedAt ?? Infinity) - breachAt).toBeLessThanOrEqual(1000)
      expect(h.actions.some((a) => a.name === 'set-weight' && a.ctx.weight === 100)).toBe(false)
    }
  )
})

describe('for, consecutive-failure-limit, severity, min-samples', () => {
  const oneStep = (analysis: Record<string, unknown>) =>
    env({ steps: [{ weight: 100, pause: '2m' }], analysis: { interval: '10s', ...analysis }, actions: ALL_ACTIONS })

  test('for: a breach shorter than for never counts; one that lasts for rolls back once it has', async () => {
    let from = Infinity
    let to = Infinity
    const e = oneStep({ checks: [{ metric: 'error-rate', max: 0.005, for: '30s' }] })
    const short = harness(e, { measure: (c) => ok(c.at >= from && c.at < to ? 0.5 : 0.001) })
    const s0 = short.clock.now()
    ;[from, to] = [s0 + 20_000, s0 + 45_000] // out at 20, 30, 40 s: lasted 20 s
    expect((await short.run()).status).toBe('succeeded')
    const long = harness(e, { measure: (c) => ok(c.at >= from ? 0.5 : 0.001) })
    const l0 = long.clock.now()
    ;[from, to] = [l0 + 20_000, Infinity]
    const r = await long.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback?.measurement?.at).toBe(l0 + 50_000)
    expect(r.measurements.filter((m) => m.verdict === 'pending').map((m) => m.at - l0)).toEqual([20_000, 30_000, 40_000])
  })

  test('consecutive-failure-limit rolls back on N in a row whatever failure-limit says; scattered failures do not', async () => {
    const e = oneStep({ 'failure-limit': 100, 'consecutive-failure-limit': 3, checks: [{ metric: 'error-rate', max: 0.005 }] })
    const scattered = harness(e, { measure: (c) => ok(Math.floor(c.at / 10_000) % 3 === 0 ? 0.001 : 0.5) })
    expect((await scattered.run()).status).toBe('succeeded')
    let from = Infinity
    const run = harness(e, { measure: (c) => ok(c.at >= from ? 0.5 : 0.001) })
    const s0 = run.clock.now()
    from = s0 + 40_000
    const r = await run.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback?.measurement?.at).toBe(s0 + 60_000)
    expect(r.rollback?.reason).toContain('3 failed measurements in a row = consecutive-failure-limit 3')
  })

  test('an advisory check is reported, never rolls back', async () => {
    const e = oneStep({
      checks: [
        { metric: 'p95', max: 100, severity: 'advisory' },
        { metric: 'error-rate', max: 0.005 }
      ]
    })
    const h = harness(e, { measure: (c) => ok(c.metric === 'p95' ? 900 : 0.001) })
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    expect(r.steps[0].checks[0]).toMatchObject({ severity: 'advisory', failures: 12 })
  })

  test('min-samples: a step whose check saw too few measurements with data rolls back as inconclusive', async () => {
    const e = oneStep({ checks: [{ metric: 'error-rate', max: 0.005, 'on-no-data': 'ignore', 'min-samples': 5 }] })
    const empty = harness(e, { measure: (c) => (c.at % 30_000 === 0 ? ok(0.001) : { kind: 'no-data', detail: 'empty result' }) })
    const r = await empty.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback?.reason).toContain('inconclusive: 4 of min-samples 5 measurements with data')
    const enough = harness(e, { measure: (c) => (c.at % 20_000 === 0 ? ok(0.001) : { kind: 'no-data', detail: 'empty result' }) })
    expect((await enough.run()).status).toBe('succeeded')
  })
})

test('min-samples and compared checks are not judged for a last step without a pause (nothing was meant to be sampled)', async () => {
  const e = env({
    steps: [
      { weight: 50, pause: '1m' },
      { weight: 100, pause: 0 }
    ],
    analysis: {
      interval: '10s',
      checks: [
        { metric: 'error-rate', max: 0.005, 'min-samples': 3 },
        { metric: 'p95', compare: 'stable', 'min-samples': 3 }
      ]
    },
    actions: ALL_ACTIONS
  })
  const r = await harness(e, { measure: (c) => ok(c.metric === 'p95' ? 200 + (c.at % 7) : 0.001) }).run()
  expect(r.status).toBe('succeeded')
  expect(r.steps[1].checks.map((c) => [c.samples, c.shortfall, c.comparison])).toEqual([
    [0, undefined, undefined],
    [0, undefined, undefined]
  ])
  expect(r.steps[0].checks[1].comparison?.verdict).toBe('pass')
})

describe('the statistical check (compare: stable)', () => {
  const compared = (extra: Record<string, unknown> = {}) =>
    env({
      steps: [
        { weight: 25, pause: '5m' },
        { weight: 100, pause: '5m' }
      ],
      analysis: {
        interval: '10s',
        checks: [{ metric: 'p95', compare: 'stable', direction: 'increase', tolerance: '10%', 'min-samples': 20, ...extra }]
      },
      actions: ALL_ACTIONS
    })
  /** A deterministic spread of 200 ± 20 that differs per round and track. */
  const noisy = (c: MeasureCall, shift: number) => ok(200 * (1 + shift) + 20 * Math.sin(c.at / 7_000 + (c.track === 'canary' ? 1 : 0)))

  test('both tracks measured every round; a healthy canary passes with the verdict and interval on the step', async () => {
    const h = harness(compared(), { measure: (c) => noisy(c, 0) })
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    const rounds = new Map<number, string[]>()
    for (const m of h.measures.filter((x) => x.weight > 0)) rounds.set(m.at, [...(rounds.get(m.at) ?? []), m.track].sort())
    expect([...rounds.values()].every((t) => t.join() === 'canary,stable')).toBe(true)
    const cmp = r.steps[0].checks[0].comparison
    expect(cmp).toMatchObject({
      verdict: 'pass',
      failed: false,
      canarySamples: 30,
      stableSamples: 30,
      test: 'mann-whitney',
      direction: 'increase'
    })
    expect(cmp?.lower).toBeLessThanOrEqual(cmp?.estimate ?? NaN)
  })

  test('a 30% regression is judged high at the end of the first pause and rolled back before the next weight', async () => {
    const h = harness(compared(), { measure: (c) => noisy(c, c.track === 'canary' ? 0.3 : 0) })
    const start = h.clock.now()
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback?.step).toBe(1)
    expect(r.rollback?.startedAt).toBe(start + 5 * M)
    expect(r.steps[0].checks[0].comparison).toMatchObject({ verdict: 'high', failed: true })
    expect(r.rollback?.reason).toMatch(/^p95 canary vs stable high \(fails\): shift \+/)
    expect(h.actions.filter((a) => a.name === 'set-weight').map((a) => a.ctx.weight)).toEqual([25])
  })

  test('direction: increase lets a drop pass', async () => {
    const h = harness(compared(), { measure: (c) => noisy(c, c.track === 'canary' ? -0.3 : 0) })
    const r = await h.run()
    expect(r.status).toBe('succeeded')
    expect(r.steps[0].checks[0].comparison?.verdict).toBe('low')
  })

  test('too few samples is inconclusive and rolls back', async () => {
    const h = harness(compared({ 'min-samples': 40 }), { measure: (c) => noisy(c, 0) })
    const r = await h.run()
    expect(r.status).toBe('rolled-back')
    expect(r.rollback?.reason).toContain('inconclusive: 30 canary and 30 stable measurements with data, min-samples 40')
  })
})
