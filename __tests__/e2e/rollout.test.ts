/**
 * The bundled action against the real stack: two sample-service processes behind nginx, scraped
 * by Prometheus every second, load flowing through nginx. The config is examples/deploy.yml (the
 * prometheus provider, the example nginx scripts). Each scenario asserts the outcome, the outputs,
 * the summary, and the traffic nginx really serves afterwards.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { makeRunnerDir, runStep, type StepResult } from '../../scripts/lib/runner.mjs'
import { startLoad, type Load } from '../support/load.js'
import { EXAMPLE_DEPLOY_CONFIG, stackSkipReason, startStack, type Stack, type StackOptions } from '../support/stack.js'

jest.setTimeout(120_000)

const skip = stackSkipReason()
// eslint-disable-next-line jest/expect-expect -- a placeholder that makes the skip visible (skip-reporter.cjs counts it)
if (skip) test.skip(`skipped: ${skip}`, () => undefined)
const describeStack = skip ? describe.skip : describe

let stack: Stack | undefined
let load: Load | undefined

afterEach(async () => {
  await load?.stop()
  await stack?.stop()
  load = undefined
  stack = undefined
})

async function up(opts: StackOptions = {}): Promise<Stack> {
  stack = await startStack(opts)
  load = startLoad(stack.nginxUrl, { rps: 60, maxRequests: 10_000, maxSeconds: 110 })
  // the healthy-before gate needs a stable error rate: two scrapes with traffic in the [5s] window
  await stack.waitForQuery('sum(rate(http_requests_total{track="stable"}[5s]))', (v) => v !== undefined && v > 0, 20_000)
  return stack
}

type OnOutput = (chunk: string, child: ChildProcess, all: string) => void

async function deploy(s: Stack, edit: (cfg: string) => string = (c) => c, onOutput?: OnOutput): Promise<StepResult> {
  const dir = makeRunnerDir('stagegate-e2e-')
  const gh = path.join(dir, 'workspace', '.github')
  fs.mkdirSync(gh)
  fs.writeFileSync(path.join(gh, 'deploy.yml'), edit(fs.readFileSync(EXAMPLE_DEPLOY_CONFIG, 'utf8')))
  const r = await runStep({ dir, inputs: { environment: 'production', version: 'v2.0.0' }, env: s.env, onOutput })
  if (!r.report) throw new Error(`no report; output:\n${r.stdout}\n${s.logs()}`)
  return r
}

/** Fires `act` once, when the action's log first matches `pattern`. */
function when(pattern: RegExp, act: (child: ChildProcess) => void): OnOutput & { fired: () => boolean } {
  let done = false
  const fn = ((_chunk: string, child: ChildProcess, all: string) => {
    if (!done && pattern.test(all)) {
      done = true
      act(child)
    }
  }) as OnOutput & { fired: () => boolean }
  fn.fired = () => done
  return fn
}

const pause = (step: number, value: string) => (cfg: string) => {
  const weights = [5, 25, 50, 100]
  return cfg.replace(`{ weight: ${weights[step - 1]}, pause: 3s }`, `{ weight: ${weights[step - 1]}, pause: ${value} }`)
}

/** Asserts the final status, showing the gates, the rollback and the log when it differs. */
function expectStatus(r: StepResult, status: string): void {
  if (r.outputs.status !== status) {
    const why = JSON.stringify({ gates: r.report?.gates, rollback: r.report?.rollback, error: r.report?.error }, null, 1)
    throw new Error(`status ${r.outputs.status}, expected ${status}\n${why}\n${r.stdout.slice(-4000)}`)
  }
}

async function expectAllOn(s: Stack, track: 'stable' | 'canary'): Promise<void> {
  const count = await s.countTracks(100)
  expect(count.errors).toBe(0)
  expect(count[track]).toBe(100)
}

describeStack('the bundled action on Prometheus + nginx', () => {
  test('1. a healthy canary is promoted: succeeded, 100% canary', async () => {
    const s = await up()
    const r = await deploy(s)
    expectStatus(r, 'succeeded')
    expect(r.outputs['final-weight']).toBe('100')
    expect(r.outputs['rollback-reason']).toBe('')
    expect(r.code).toBe(0)
    expect(r.report.steps.map((x: { weight: number; result: string }) => [x.weight, x.result])).toEqual([
      [5, 'passed'],
      [25, 'passed'],
      [50, 'passed'],
      [100, 'passed']
    ])
    expect(r.report.baseline['p95-latency-ms']).toBeGreaterThan(0)
    expect(r.report.measurements.filter((m: { verdict: string }) => m.verdict === 'pass').length).toBeGreaterThan(12)
    // the live progress line, once per measurement round
    expect(r.stdout).toMatch(/step 1\/4 5% · \S+\/3s · error-rate \S+ ≤ 0\.05 ✓ · p95-latency-ms \S+ ≤ \S+ ✓/)
    expect(r.summary.split('\n')[0]).toMatch(/succeeded/)
    expect(r.summary).toMatch(/```mermaid/)
    await expectAllOn(s, 'canary')
  })

  test('2. a canary answering 20% 5xx is rolled back in step 1: 100% stable', async () => {
    const s = await up({ canary: { errorRate: 0.2 } })
    const r = await deploy(s)
    expectStatus(r, 'rolled-back')
    expect(r.code).toBe(1)
    expect(r.report.rollback.step).toBe(1)
    expect(r.report.rollback.verified).toBe(true)
    // either the analysis (error-rate over 0.05) or the verify action (5xx through nginx) caught it first
    expect(r.outputs['rollback-reason']).toMatch(/error-rate \S+ > 0\.05|verify/)
    expect(r.summary).toContain(r.outputs['rollback-reason'].slice(0, 40))
    expect(r.outputs['final-weight']).toBe('0')
    await expectAllOn(s, 'stable')
  })

  test('3. latency doubling only at 50% is rolled back at step 3 through max-increase', async () => {
    const s = await up()
    const slowAt50 = when(/Step 3\/4/, () => void s.setCanary({ latencyMs: 40 }))
    const r = await deploy(s, pause(3, '15s'), slowAt50)
    expect(slowAt50.fired()).toBe(true)
    expectStatus(r, 'rolled-back')
    expect(r.report.rollback).toMatchObject({ step: 3, weight: 50, trigger: 'analysis', verified: true })
    expect(r.report.rollback.bound).toMatch(/\+50% of baseline/)
    expect(r.outputs['rollback-reason']).toMatch(/^p95-latency-ms \S+ > \S+ at step 3 \(50%\)/)
    expect(r.report.steps.slice(0, 2).map((x: { result: string }) => x.result)).toEqual(['passed', 'passed'])
    expect(r.summary).toMatch(/p95-latency-ms/)
    await expectAllOn(s, 'stable')
  })

  test('4. Prometheus stopped mid-pause: inconclusive measurements roll back after inconclusive-limit', async () => {
    const s = await up()
    const stopProm = when(/Step 2\/4/, () => void s.stopPrometheus())
    const r = await deploy(s, pause(2, '20s'), stopProm)
    expect(stopProm.fired()).toBe(true)
    expectStatus(r, 'rolled-back')
    expect(r.report.rollback).toMatchObject({ step: 2, trigger: 'analysis', verified: true })
    expect(r.outputs['rollback-reason']).toMatch(/inconclusive measurements > inconclusive-limit 2 at step 2/)
    expect(r.outputs['rollback-reason']).toMatch(/measurement failed: prometheus/)
    expect(r.summary).toMatch(/inconclusive/)
    await expectAllOn(s, 'stable')
  })

  test('5. SIGTERM to the action mid-pause rolls back before exit: 100% stable', async () => {
    const s = await up()
    const term = when(/step 2\/4 25% ·/, (child) => void child.kill('SIGTERM'))
    const r = await deploy(s, pause(2, '30s'), term)
    expect(term.fired()).toBe(true)
    expectStatus(r, 'rolled-back')
    expect(r.outputs['rollback-reason']).toMatch(/SIGTERM/)
    expect(r.report.rollback).toMatchObject({ trigger: 'cancelled', step: 2, verified: true })
    expect(JSON.parse(r.state.stagegate).split).toBe(false)
    await expectAllOn(s, 'stable')
  })
})
