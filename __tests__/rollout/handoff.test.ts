/**
 * Rollouts that outlive a job (SPEC §4), in the engine: hand-off at a pause past the job's budget
 * or until promoted, and a later job resuming from the saved step, weight and tally.
 */
import { expect, test } from '@jest/globals'
import { ConfigSchema, type ActionName, type EnvironmentConfig } from '../../src/config/schema.js'
import { FakeClock } from '../../src/rollout/clock.js'
import { runRollout } from '../../src/rollout/engine.js'
import { buildPlan } from '../../src/rollout/plan.js'
import type { EngineDeps, HandOffPolicy, ResumeFrom } from '../../src/rollout/types.js'
import type { Measurement } from '../../src/metrics/types.js'
import type { RollbackRecord, StepRecord } from '../../src/report/types.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'

const M = 60_000
const H = 60 * M

function env(e: Record<string, unknown>): EnvironmentConfig {
  return ConfigSchema.parse({
    version: 1,
    service: 'svc',
    metrics: { 'error-rate': { provider: 'command', run: 'echo 0' } },
    environments: { prod: e }
  }).environments.prod
}

const ACTIONS = { deploy: 'd', 'set-weight': 's', verify: 'v', promote: 'p', rollback: 'r', 'verify-rollback': 'vr' }
const PHASED = env({
  steps: [
    { weight: 20, pause: '7d' },
    { weight: 50, pause: 'until-promoted' },
    { weight: 80, pause: '10m' },
    { weight: 100, pause: '10m' }
  ],
  'job-budget': '1h',
  analysis: { interval: '1m', checks: [{ metric: 'error-rate', max: 0.005 }] },
  actions: ACTIONS
})

type Resume = Omit<ResumeFrom, 'startedAt' | 'claim'> & { lost?: string }

function harness(
  e: EnvironmentConfig,
  o: { measure?: (at: number) => Measurement; resume?: Resume; policy?: Partial<HandOffPolicy> } = {}
) {
  const clock = new FakeClock()
  const actions: string[] = []
  const rounds: number[] = []
  const traffic: string[] = []
  const rollbacks: Array<Omit<RollbackRecord, 'commands' | 'verified'>> = []
  const steps: StepRecord[] = []
  const deps: EngineDeps = {
    log: new MemoryRuntime(),
    clock,
    signal: new AbortController().signal,
    runAction: async (name: ActionName, ctx) => {
      actions.push(name === 'set-weight' || name === 'verify' ? `${name} ${ctx.weight}` : name)
      return { exitCode: 0, outcome: 'ok', durationMs: 1, stdout: '', stderr: '' }
    },
    measure: async (_m, track) => {
      if (track === 'canary') rounds.push(clock.now())
      return (o.measure ?? (() => ({ kind: 'value', value: 0.001 })))(clock.now())
    },
    events: {
      onTrafficState: (split, w) => traffic.push(`${split} ${w}`),
      onRollbackStart: (rb) => rollbacks.push(rb),
      onStepEnd: (s) => steps.push(s)
    }
  }
  const saved: string[] = []
  const handOff: HandOffPolicy = {
    deadline: clock.now() + e['job-budget'],
    onInconclusive: e.analysis['on-inconclusive'],
    save: async (h) => void saved.push(`${h.why} ${h.weight}`),
    ...o.policy
  }
  const claims: number[] = []
  const resume: ResumeFrom | undefined = o.resume && {
    ...o.resume,
    startedAt: clock.now() - 2 * H,
    claim: async () => {
      claims.push(actions.length)
      return o.resume?.lost
    }
  }
  const run = async () => {
    const o = await runRollout({ env: e, plan: buildPlan(e), handOff, resume }, deps)
    return { ...o, rollback: rollbacks[0], steps }
  }
  return { clock, actions, rounds, traffic, run, saved, claims, start: clock.now() }
}

test('a week-long pause past the 1h job budget is handed off right after its weight is set and verified', async () => {
  const h = harness(PHASED)
  const r = await h.run()
  expect(r.status).toBe('paused')
  expect(r.finalWeight).toBe(20)
  expect(h.actions).toEqual(['deploy', 'set-weight 20', 'verify 20'])
  expect(r.handOff).toMatchObject({ step: 1, weight: 20, why: 'job-budget', pauseEndsAt: h.start + 7 * 24 * H })
  expect(h.rounds).toEqual([h.start]) // one round right before the canary is left alone
  expect(h.clock.now()).toBe(h.start) // no runner time spent waiting
  expect(h.traffic).toEqual(['true 0', 'true 20', 'false 20']) // not split for the post step: paused on purpose
  expect(r.handOff?.tally.summaries[0]).toMatchObject({ samples: 1, failures: 0 })
  expect(h.saved).toEqual(['job-budget 20'])
})

test('a hand-off that cannot be saved rolls back: traffic is never left split without a record of it', async () => {
  const h = harness(PHASED, { policy: { save: async () => 'GitHub said 403' } })
  const r = await h.run()
  expect(r.status).toBe('rolled-back')
  expect(r.rollback).toMatchObject({ trigger: 'error', reason: 'could not hand off: GitHub said 403', weight: 20 })
  expect(h.actions).toEqual(['deploy', 'set-weight 20', 'verify 20', 'rollback', 'verify-rollback'])
})

test('a resume that lost the claim to another job changes nothing', async () => {
  const tally = await tallyAfterHandOff()
  const h = harness(PHASED, {
    resume: { step: 1, weight: 20, baseline: {}, tally: tally!, then: 'continue', lost: 'deployment 9 claimed it first' }
  })
  const r = await h.run()
  expect(r).toMatchObject({ status: 'paused', lostClaim: 'deployment 9 claimed it first', finalWeight: 20 })
  expect(h.actions).toEqual([])
})

test('a breach in the round before hand-off rolls back in this job', async () => {
  const h = harness(PHASED, { measure: () => ({ kind: 'value', value: 0.5 }) })
  const r = await h.run()
  expect(r.status).toBe('rolled-back')
  expect(h.actions).toEqual(['deploy', 'set-weight 20', 'verify 20', 'rollback', 'verify-rollback'])
})

test('pauses inside the budget are held in the job; without a hand-off policy nothing is handed off', async () => {
  const short = env({
    steps: [
      { weight: 50, pause: '10m' },
      { weight: 100, pause: '10m' }
    ],
    'job-budget': '1h',
    actions: ACTIONS
  })
  const h = harness(short)
  expect((await h.run()).status).toBe('succeeded')
  expect(h.clock.now() - h.start).toBe(20 * M)
})

const tallyAfterHandOff = async () => (await harness(PHASED).run()).handOff?.tally

test('resume before the pause ends: one round on the live canary, no action, handed back', async () => {
  const tally = await tallyAfterHandOff()
  const h = harness(PHASED, { resume: { step: 1, weight: 20, baseline: { 'error-rate': 0.001 }, tally: tally!, then: 'watch' } })
  const r = await h.run()
  expect(r.status).toBe('paused')
  expect(h.actions).toEqual([])
  expect(h.rounds).toHaveLength(1)
  expect(h.claims).toEqual([]) // only watching: no claim, no Deployment of its own
})

test('resume whose round breaches: rolls back at once from the saved weight', async () => {
  const tally = await tallyAfterHandOff()
  const h = harness(PHASED, {
    measure: () => ({ kind: 'value', value: 0.5 }),
    resume: { step: 1, weight: 20, baseline: {}, tally: tally!, then: 'watch' }
  })
  const r = await h.run()
  expect(r.status).toBe('rolled-back')
  expect(h.actions).toEqual(['rollback', 'verify-rollback'])
  expect(h.claims).toEqual([0]) // claimed before the rollback moved anything
  expect(r.rollback).toMatchObject({ trigger: 'analysis', weight: 20, step: 1 })
})

test('resume after the pause: the step ends, the next weight is set, until-promoted hands off again', async () => {
  const tally = await tallyAfterHandOff()
  const h = harness(PHASED, { resume: { step: 1, weight: 20, baseline: {}, tally: tally!, then: 'continue' } })
  const r = await h.run()
  expect(r.status).toBe('paused')
  expect(h.actions).toEqual(['set-weight 50', 'verify 50'])
  expect(h.claims).toEqual([0])
  expect(r.handOff).toMatchObject({ step: 2, weight: 50, why: 'until-promoted', pauseEndsAt: null })
  expect(r.steps[0]).toMatchObject({ index: 1, result: 'passed', durationMs: 2 * H }) // the step lasted from its start in the first job
})

test('promote of the until-promoted step: continues through 80% and 100% (short pauses held in the job), then promote', async () => {
  const tally = (
    await harness(PHASED, { resume: { step: 1, weight: 20, baseline: {}, tally: (await tallyAfterHandOff())!, then: 'continue' } }).run()
  ).handOff?.tally
  const h = harness(PHASED, { resume: { step: 2, weight: 50, baseline: {}, tally: tally!, then: 'continue' } })
  const r = await h.run()
  expect(r.status).toBe('succeeded')
  expect(h.actions).toEqual(['set-weight 80', 'verify 80', 'set-weight 100', 'verify 100', 'promote'])
  expect(h.clock.now() - h.start).toBe(20 * M)
})

test.each<['abort' | 'expired', string]>([
  ['abort', 'aborted by bob: INC-7'],
  ['expired', 'expired: paused for 31d']
])('a %s rollback runs before any measurement', async (trigger, reason) => {
  const h = harness(PHASED, {
    resume: { step: 2, weight: 50, baseline: {}, tally: (await tallyAfterHandOff())!, then: { rollback: reason, trigger } }
  })
  const r = await h.run()
  expect(r.status).toBe('rolled-back')
  expect(h.rounds).toEqual([])
  expect(h.actions).toEqual(['rollback', 'verify-rollback'])
  expect(r.rollback).toMatchObject({ trigger, reason, weight: 50 })
})

test('past inconclusive-limit with on-inconclusive: pause, a person decides (handed off, not rolled back)', async () => {
  const e = env({
    steps: [{ weight: 25, pause: '30m' }, { weight: 100 }],
    analysis: { interval: '1m', 'inconclusive-limit': 2, 'on-inconclusive': 'pause', checks: [{ metric: 'error-rate', max: 0.005 }] },
    actions: ACTIONS
  })
  const h = harness(e, { measure: () => ({ kind: 'no-data', detail: 'empty result' }) })
  const r = await h.run()
  expect(r.status).toBe('paused')
  expect(r.handOff).toMatchObject({ step: 1, weight: 25, why: 'inconclusive', pauseEndsAt: null })
  const rolled = harness(
    env({
      steps: [{ weight: 25, pause: '30m' }, { weight: 100 }],
      analysis: { interval: '1m', 'inconclusive-limit': 2, checks: [{ metric: 'error-rate', max: 0.005 }] },
      actions: ACTIONS
    }),
    { measure: () => ({ kind: 'no-data', detail: 'empty result' }) }
  )
  expect((await rolled.run()).status).toBe('rolled-back')
})
