/**
 * Rollouts that outlive a job (SPEC §4) on the real stack: the bundled action, Prometheus and
 * nginx, GitHub behind the contract server. Each job is its own process (main and post steps, as
 * the runner runs them); nothing but the GitHub Deployments carries the rollout between them.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runJob, type StepResult } from '../../scripts/lib/runner.mjs'
import { startLoad, type Load } from '../support/load.js'
import { EXAMPLE_DEPLOY_CONFIG, stackSkipReason, startStack, type Stack, type StackOptions } from '../support/stack.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

jest.setTimeout(150_000)

const skip = stackSkipReason()
// eslint-disable-next-line jest/expect-expect -- a placeholder that makes the skip visible (skip-reporter.cjs counts it)
if (skip) test.skip(`skipped: ${skip}`, () => undefined)
const describeStack = skip ? describe.skip : describe

let stack: Stack | undefined
let load: Load | undefined
let github: GitHubServer | undefined

afterEach(async () => {
  await load?.stop()
  await stack?.stop()
  if (github) expect(github.violations).toEqual([])
  await github?.close()
  load = stack = github = undefined
})

async function up(opts: StackOptions = {}): Promise<Stack> {
  stack = await startStack(opts)
  load = startLoad(stack.nginxUrl, { rps: 60, maxRequests: 12_000, maxSeconds: 140 })
  github = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  await stack.waitForQuery('sum(rate(http_requests_total{track="stable"}[5s]))', (v) => v !== undefined && v > 0, 20_000)
  return stack
}

/** The example config with an 18 s job budget and a 30 s pause at 25 %: step 2 is handed off, the other steps fit in a job. */
const HANDED_OFF = (cfg: string) =>
  cfg
    .replace('{ weight: 25, pause: 3s }', '{ weight: 25, pause: 30s }')
    .replace('    strategy: canary\n', '    strategy: canary\n    job-budget: 18s\n')

/** One job: the bundled action's main and post steps in their own processes, with the same workspace config. */
async function job(s: Stack, inputs: Record<string, string>): Promise<{ main: StepResult; post: StepResult }> {
  const dir = makeRunnerDir('stagegate-durable-')
  fs.mkdirSync(path.join(dir, 'workspace', '.github'))
  fs.writeFileSync(path.join(dir, 'workspace', '.github', 'deploy.yml'), HANDED_OFF(fs.readFileSync(EXAMPLE_DEPLOY_CONFIG, 'utf8')))
  const r = await runJob({
    dir,
    inputs: { environment: 'production', version: 'v2.0.0', ...inputs },
    env: s.env,
    token: 'ghs_e2e',
    apiUrl: (github as GitHubServer).url
  })
  if (!r.main.report) throw new Error(`no report; output:\n${r.main.stdout}\n${s.logs()}`)
  return r
}

function expectStatus(r: StepResult, status: string): void {
  if (r.outputs.status !== status)
    throw new Error(
      `status ${r.outputs.status}, expected ${status}\n${JSON.stringify({ error: r.report?.error, rollback: r.report?.rollback }, null, 1)}\n${r.stdout.slice(-4000)}`
    )
}

async function weightServed(s: Stack): Promise<number> {
  const c = await s.countTracks(200)
  expect(c.errors).toBe(0)
  return Math.round((100 * c.canary) / 200)
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describeStack('rollouts that outlive a job, on Prometheus + nginx', () => {
  test('hand-off at 25 %, the process exits, a resume before the pause ends changes nothing, one after it promotes', async () => {
    const s = await up()
    const first = await job(s, {})
    expectStatus(first.main, 'paused')
    expect(first.main.outputs['final-weight']).toBe('25')
    expect(first.post.stdout).not.toMatch(/rolled back from the post step/) // paused on purpose
    const pausedId = Number(first.main.outputs['deployment-id'])
    expect(github!.state.statusesOf(pausedId)[0]).toMatchObject({
      state: 'in_progress',
      description: expect.stringMatching(/^paused at 25% since/)
    })
    const served = await weightServed(s)
    expect(served).toBeGreaterThan(10)
    expect(served).toBeLessThan(45)

    const early = await job(s, { mode: 'resume' })
    expect(Date.now()).toBeLessThan(github!.state.deployments.find((d) => d.id === pausedId)?.payload.pauseEndsAt as number)
    expectStatus(early.main, 'paused')
    expect(early.main.outputs['deployment-id']).toBe(String(pausedId))
    expect(early.main.outputs['final-weight']).toBe('25')
    expect(github!.state.statusesOf(pausedId)[0].description).toMatch(/checked/)
    expect(github!.state.statusesOf(pausedId)[0].state).toBe('in_progress')

    const endsAt = github!.state.deployments.find((d) => d.id === pausedId)?.payload.pauseEndsAt as number
    await sleep(endsAt - Date.now() + 500)
    const late = await job(s, { mode: 'resume' })
    expectStatus(late.main, 'succeeded')
    expect(late.main.code).toBe(0)
    expect(late.main.report.steps.map((x: { weight: number; result: string }) => [x.weight, x.result])).toEqual([
      [5, 'passed'],
      [25, 'passed'],
      [50, 'passed'],
      [100, 'passed']
    ])
    expect(late.main.report.pause.jobs.map((j: { mode: string }) => j.mode)).toEqual(['deploy', 'resume'])
    expect(late.main.summary).toMatch(/### Across jobs/)
    expect(github!.state.statusesOf(pausedId)[0].state).toBe('inactive')
    expect(await weightServed(s)).toBe(100)
  })

  test('the canary breaks while paused: the next resume rolls back to 100 % stable', async () => {
    const s = await up()
    const first = await job(s, {})
    expectStatus(first.main, 'paused')
    await s.setCanary({ errorRate: 0.3 })
    // the resume measures the config's error-rate (a 5 s ratio): wait until that ratio itself is past its bound
    await s.waitForQuery(
      'sum(rate(http_requests_total{track="canary",code=~"5.."}[5s])) / sum(rate(http_requests_total{track="canary"}[5s]))',
      (v) => v !== undefined && v > 0.1,
      30_000
    )
    const r = await job(s, { mode: 'resume' })
    expectStatus(r.main, 'rolled-back')
    expect(r.main.outputs['rollback-reason']).toMatch(/error-rate \S+ > 0\.05/)
    expect(await weightServed(s)).toBe(0)
    expect(github!.state.statusesOf(Number(first.main.outputs['deployment-id']))[0].state).toBe('inactive')
  })
})
