/**
 * The run record: built by its one writer from real engine runs on a fake clock, it round-trips
 * through JSON unchanged, and `parseRecord` reads it back (and refuses anything else).
 */
import { describe, expect, test } from '@jest/globals'
import { ConfigSchema, Gate as GateSchema, type EnvironmentConfig, type GateConfig } from '../../src/config/schema.js'
import { FakeClock } from '../../src/rollout/clock.js'
import { buildPlan } from '../../src/rollout/plan.js'
import { describeAnalysis } from '../../src/analysis/describe.js'
import { runRollout } from '../../src/rollout/engine.js'
import { runGates } from '../../src/gates/runner.js'
import type { GateContext } from '../../src/gates/types.js'
import type { CommandResult } from '../../src/actions/types.js'
import { RunRecorder } from '../../src/record/recorder.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import { parseRecord, RecordError } from '../../src/record/parse.js'
import type { RunRecord } from '../../src/record/types.js'
import { statusLine } from '../../src/report/markdown.js'
import { phaseOrder } from '../../src/risk/phases.js'
import { BASICS } from '../support/recorded.js'

function env(e: Record<string, unknown>): EnvironmentConfig {
  return ConfigSchema.parse({
    version: 1,
    service: 'svc',
    metrics: { 'error-rate': { provider: 'command', run: 'echo 0' } },
    environments: { prod: e }
  }).environments.prod
}

const ENV = env({
  steps: [
    { weight: 10, pause: '5m' },
    { weight: 50, pause: '5m' },
    { weight: 100, pause: '5m' }
  ],
  analysis: {
    interval: '1m',
    checks: [
      { metric: 'error-rate', max: 0.01 },
      { metric: 'error-rate', 'max-increase': 50 }
    ]
  },
  actions: { deploy: 'd', 'set-weight': 's', verify: 'v', promote: 'p', rollback: 'r', 'verify-rollback': 'vr' }
})

const ok: CommandResult = { exitCode: 0, outcome: 'ok', durationMs: 5, stdout: '', stderr: '' }
const failed: CommandResult = { exitCode: 1, outcome: 'failed', durationMs: 5, stdout: '', stderr: 'boom' }

interface Scenario {
  /** The error rate at a weight (the canary breaches above 0.01). */
  errorRate: (weight: number) => number
  rollback?: CommandResult
}

/** A deploy the way flow/deploy.ts records one: plan, engine events into the recorder, outcome, analysis, close. */
async function deployRecord(sc: Scenario): Promise<{ rec: RunRecorder; seen: string[] }> {
  const clock = new FakeClock()
  const rec = new RunRecorder(BASICS, clock.now(), clock)
  const plan = buildPlan(ENV)
  rec.planned(plan, phaseOrder(ENV, plan))
  const seen: string[] = []
  const outcome = await runRollout(
    { env: ENV, plan },
    {
      clock,
      signal: new AbortController().signal,
      log: new MemoryRuntime(),
      runAction: async (name) => (name === 'rollback' && sc.rollback ? sc.rollback : ok),
      measure: async (_m, _t, weight) => ({ kind: 'value', value: sc.errorRate(weight) }),
      events: rec.engineEvents({
        onStepStart: (s) => seen.push(`${rec.view.status} step ${s.index}`),
        onCommand: (c, part) =>
          rec.audit('action', c.action, {
            step: c.step,
            weight: c.weight,
            result: c.outcome,
            ...(part === 'rollback' ? { detail: 'rollback path' } : {})
          })
      })
    }
  )
  rec.rolloutEnded(outcome)
  rec.analysisPlanned(describeAnalysis(ENV.analysis, rec.view.baseline))
  rec.close(clock.now(), 0)
  return { rec, seen }
}

/** A run blocked by a real gate: a deploy window with no allowed time. */
async function blockedRecord(): Promise<RunRecorder> {
  const clock = new FakeClock()
  const rec = new RunRecorder(BASICS, clock.now(), clock)
  const gates = [GateSchema.parse({ name: 'deploy-window', type: 'window', allow: [] }) as GateConfig]
  const ctx = {
    clock,
    template: {},
    runCommand: async () => ok,
    commandEnv: {},
    workspace: '.',
    metrics: new Map(),
    environment: 'prod'
  } as unknown as Omit<GateContext, 'signal'>
  const res = await runGates(gates, {
    ctx,
    signal: new AbortController().signal,
    log: new MemoryRuntime(),
    overrides: { names: [], reason: '' }
  })
  rec.gatesDone(res)
  for (const g of res.records) rec.audit('gates', `gate ${g.name}`, { result: g.status, detail: g.detail })
  rec.blocked()
  rec.close(clock.now(), 0)
  return rec
}

const SCENARIOS: [string, () => Promise<RunRecorder>, RunRecord['status']][] = [
  ['succeeded', async () => (await deployRecord({ errorRate: () => 0.001 })).rec, 'succeeded'],
  ['rolled back', async () => (await deployRecord({ errorRate: (w) => (w >= 50 ? 0.2 : 0.001) })).rec, 'rolled-back'],
  [
    'rollback failed',
    async () => (await deployRecord({ errorRate: (w) => (w >= 50 ? 0.2 : 0.001), rollback: failed })).rec,
    'rollback-failed'
  ],
  ['blocked', blockedRecord, 'blocked']
]

describe('a record from a real run round-trips through JSON unchanged', () => {
  test.each(SCENARIOS)('%s', async (_name, build, status) => {
    const r = (await build()).view
    expect(r.status).toBe(status)
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r)
    expect(parseRecord(JSON.stringify(r))).toStrictEqual(r)
  })
})

describe('what the recorder keeps', () => {
  test('a rolled-back run: steps with their checks, every measurement, the rollback with its commands', async () => {
    const { rec } = await deployRecord({ errorRate: (w) => (w >= 50 ? 0.2 : 0.001) })
    const r = rec.view
    expect(r.steps.map((s) => [s.index, s.result])).toEqual([
      [1, 'passed'],
      [2, 'failed']
    ])
    expect(r.steps[1].checks[0]).toMatchObject({ failures: 1, samples: 1 })
    expect(r.measurements.filter((m) => m.step === 2 && m.verdict === 'fail').length).toBeGreaterThan(0)
    expect(r.baseline).toEqual({ 'error-rate': 0.001 })
    expect(r.rollback).toMatchObject({ trigger: 'analysis', step: 2, weight: 50, verified: true })
    expect(r.rollback?.commands.map((c) => c.action)).toEqual(['rollback', 'verify-rollback'])
    expect(r.commands.map((c) => c.action)).toEqual([
      'deploy',
      'set-weight',
      'verify',
      'set-weight',
      'verify',
      'rollback',
      'verify-rollback'
    ])
    expect(r.finalWeight).toBe(0)
  })

  test('status is `running` while the run goes on, and renderers say so', async () => {
    const { seen } = await deployRecord({ errorRate: () => 0.001 })
    expect(seen).toEqual(['running step 1', 'running step 2', 'running step 3'])
    const rec = new RunRecorder(BASICS, 0, new FakeClock())
    expect(statusLine(rec.view)).toContain('🔄')
    expect(statusLine(rec.view)).toContain('in progress')
  })

  test('a run closed without an outcome is failed, and says why', () => {
    const rec = new RunRecorder(BASICS, 0, new FakeClock())
    rec.close(1000, 3)
    expect(rec.view).toMatchObject({ status: 'failed', error: 'the run ended without an outcome', durationMs: 1000, apiRequests: 3 })
  })

  test('events hand over copies: changing what an event carried leaves the record alone', () => {
    const rec = new RunRecorder(BASICS, 0, new FakeClock())
    const events = rec.engineEvents()
    const step = { index: 1, weight: 10, pauseMs: 0, startedAt: 0, durationMs: 0, result: 'running' as const, checks: [] }
    events.onStepStart?.(step, 1)
    step.weight = 99
    expect(rec.view.steps[0].weight).toBe(10)
    expect(() => rec.stepEnded({ ...step, index: 2 })).toThrow('step 2 was never started')
  })

  test('a snapshot is detached from the live record', () => {
    const rec = new RunRecorder(BASICS, 0, new FakeClock())
    const snap = rec.snapshot()
    rec.note('later')
    expect(snap.notes).toEqual([])
    expect(rec.view.notes).toEqual(['later'])
  })
})

describe('parseRecord refuses what is not a run record', () => {
  const good = async () => JSON.parse(JSON.stringify((await blockedRecord()).view)) as Record<string, unknown>
  test.each<[string, (r: Record<string, unknown>) => unknown, string]>([
    ['an unknown key', (r) => ({ ...r, extra: 1 }), '(root): Unrecognized key: "extra"'],
    ['an unknown status', (r) => ({ ...r, status: 'exploded' }), 'status:'],
    ['a missing field', ({ steps: _steps, ...r }) => r, 'steps:'],
    ['a wrong type deep inside', (r) => ({ ...r, gates: [{ ...(r.gates as object[])[0], durationMs: '12' }] }), 'gates.0.durationMs:'],
    ['another schema version', (r) => ({ ...r, schemaVersion: 2 }), 'schemaVersion:'],
    ['not an object', () => [1, 2], '(root):']
  ])('%s', async (_name, mutate, message) => {
    const bad = mutate(await good())
    expect(() => parseRecord(bad)).toThrow(message)
  })

  test('text that is not JSON', () => {
    expect(() => parseRecord('{"status":')).toThrow(RecordError)
    expect(() => parseRecord('{"status":')).toThrow(/^run record: not JSON/)
  })
})
