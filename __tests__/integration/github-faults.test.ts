/**
 * The bundled action, run as the runner runs it, against the GitHub contract server with
 * injected faults: two concurrent runs and the lock (slow or failing in_progress statuses, in
 * several orderings), requests that never answer (comment writes, POST /deployments), a forged
 * comment marker, a secondary rate limit with Retry-After, and the request count of a deploy in
 * steady state (30 earlier deployments).
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runJob, runStep, type StepOptions, type StepResult } from '../../scripts/lib/runner.mjs'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

jest.setTimeout(180_000)

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' // the runner harness's GITHUB_SHA
const STATUSES = /\/deployments\/\d+\/statuses$/
let gh: GitHubServer

beforeEach(async () => {
  gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  gh.state.addCheckRun(SHA, 'build', 'completed', 'success')
  gh.state.addPull(SHA, 7)
})

afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})

function config(steps = ['{ weight: 10, pause: 200ms }', '{ weight: 100, pause: 100ms }'], envName = 'production'): string {
  return `version: 1
service: checkout-api
environments:
  ${envName}:
    url: https://checkout.example.com
    gates:
      - { name: ci-green, type: github-checks }
    steps:
${steps.map((s) => `      - ${s}\n`).join('')}    actions:
      set-weight: echo "$RUN $STAGEGATE_WEIGHT" >> "$TRAFFIC_LOG"
      rollback: echo "$RUN 0" >> "$TRAFFIC_LOG"
`
}

function workspace(cfg = config()): string {
  const dir = makeRunnerDir('stagegate-ghf-')
  fs.mkdirSync(path.join(dir, 'workspace', '.github'))
  fs.writeFileSync(path.join(dir, 'workspace', '.github', 'deploy.yml'), cfg)
  return dir
}

const trafficLog = (dir: string) => path.join(dir, 'traffic.log')
const moves = (dir: string) => (fs.existsSync(trafficLog(dir)) ? fs.readFileSync(trafficLog(dir), 'utf8').trim().split('\n') : [])

/** One step; killed (SIGKILL) if it has not ended after `limitMs`, so a hang fails the test instead of stalling it. */
function run(dir: string, over: Partial<StepOptions> = {}, limitMs = 120_000): Promise<StepResult> {
  let child: ChildProcess | undefined
  const timer = setTimeout(() => child?.kill('SIGKILL'), limitMs)
  const env = { TRAFFIC_LOG: trafficLog(dir), RUN: path.basename(dir), ...(over.env ?? {}) }
  return runStep({
    dir,
    inputs: { environment: 'production' },
    token: 'ghs_contracttoken',
    apiUrl: gh.url,
    ...over,
    env,
    onOutput: (_c, c) => {
      child = c
    }
  }).finally(() => clearTimeout(timer))
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await sleep(10)
}
const states = (id: number) =>
  gh.state
    .statusesOf(id)
    .map((s) => s.state)
    .reverse()

// ----------------------------------------------------------------------------- the lock

test.each<[string, () => void, number]>([
  // B's own start-up, Deployment and status take about 1-2 s, so A's in_progress is still missing when B looks
  [
    'A’s in_progress takes 4 s; B starts 0.1 s after A’s Deployment exists',
    () => gh.inject({ method: 'POST', path: STATUSES, times: 1, delayMs: 4000 }),
    100
  ],
  ['A’s in_progress takes 4 s; B starts 1.5 s after', () => gh.inject({ method: 'POST', path: STATUSES, times: 1, delayMs: 4000 }), 1500],
  [
    'A’s in_progress takes 1.5 s; B starts 1.5 s after (A’s status lands first)',
    () => gh.inject({ method: 'POST', path: STATUSES, times: 1, delayMs: 1500 }),
    1500
  ],
  [
    'the first five status writes fail with 502; B starts 0.3 s after',
    () => gh.inject({ method: 'POST', path: STATUSES, times: 5, status: 502 }),
    300
  ]
])('two concurrent runs, %s: exactly one moves traffic (the lower Deployment id)', async (_name, fault, offsetMs) => {
  fault()
  const log = workspace()
  // A pauses 4 s at 10 %, so the runs overlap whatever the machine's speed
  const overlapping = config(['{ weight: 10, pause: 4s }', '{ weight: 100, pause: 100ms }'])
  const [dirA, dirB] = [workspace(overlapping), workspace(overlapping)]
  const shared = { TRAFFIC_LOG: trafficLog(log) }
  const a = run(dirA, { env: { ...shared, RUN: 'A' } })
  await until(() => gh.state.deployments.length === 1)
  await sleep(offsetMs)
  const b = run(dirB, { env: { ...shared, RUN: 'B' } })
  const [ra, rb] = await Promise.all([a, b])
  const movers = new Set(moves(log).map((l) => l.split(' ')[0]))
  expect([...movers]).toHaveLength(1)
  const winner = movers.has('A') ? ra : rb
  const loser = movers.has('A') ? rb : ra
  expect(winner.outputs.status).toBe('succeeded')
  expect(loser.outputs.status).toBe('blocked')
  expect(loser.report.error).toMatch(/two rollouts never shift the same traffic at once|concurrent-rollout lock cannot be taken/)
  const [idA, idB] = [Number(ra.outputs['deployment-id']), Number(rb.outputs['deployment-id'])]
  expect(idA).toBeLessThan(idB)
  if (loser === rb && /never shift/.test(String(rb.report.error))) expect(rb.report.error).toContain(`deployment ${idA}`)
  // the loser's Deployment is closed, so it holds no lock afterwards
  expect(states(Number(loser.outputs['deployment-id'])).at(-1)).toBe('failure')
})

test('a run whose own in_progress status cannot be written does not move traffic (fail closed)', async () => {
  gh.inject({ method: 'POST', path: STATUSES, times: 4, status: 502 }) // first try + 3 retries
  const dir = workspace()
  const r = await run(dir)
  expect(r.outputs.status).toBe('blocked')
  expect(r.report.error).toMatch(
    /could not set this run's deployment \d+ in_progress, so the concurrent-rollout lock cannot be taken; nothing was deployed/
  )
  expect(moves(dir)).toEqual([])
  expect(states(Number(r.outputs['deployment-id']))).toEqual(['failure'])
})

// ----------------------------------------------------------------------------- deadlines

test('comment writes that never answer: main still promotes, writes its report and outputs, exits; post leaves success alone', async () => {
  gh.inject({ method: 'POST', path: /\/issues\/7\/comments$/, hang: true })
  gh.inject({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, hang: true })
  const dir = workspace()
  let child: ChildProcess | undefined
  const timer = setTimeout(() => child?.kill('SIGKILL'), 90_000)
  const { main, post } = await runJob({
    dir,
    inputs: { environment: 'production' },
    token: 'ghs_contracttoken',
    apiUrl: gh.url,
    env: { TRAFFIC_LOG: trafficLog(dir), RUN: 'A', STAGEGATE_GITHUB_TIMEOUT: '1s' },
    onOutput: (_c, c) => {
      child = c
    }
  }).finally(() => clearTimeout(timer))
  expect(main.signal).toBeNull()
  expect(main.code).toBe(0)
  expect(main.outputs.status).toBe('succeeded')
  expect(main.outputs['final-weight']).toBe('100')
  expect(main.report.status).toBe('succeeded')
  expect(main.report.notes.join('\n')).toMatch(/pull request comment/)
  expect(gh.hung.length).toBeGreaterThanOrEqual(1)
  expect(post.code).toBe(0)
  const dep = gh.state.deployments[0]
  expect(states(dep.id as number)).toEqual(['in_progress', 'success'])
})

test('POST /deployments never answers: a clear failure before any traffic moves, no hang', async () => {
  gh.inject({ method: 'POST', path: /\/deployments$/, hang: true })
  const dir = workspace()
  const r = await run(dir, { env: { STAGEGATE_GITHUB_TIMEOUT: '1s' } }, 60_000)
  expect(r.signal).toBeNull()
  expect(r.code).toBe(1)
  expect(r.outputs.status).toBe('blocked')
  expect(r.report.error).toMatch(
    /could not create the GitHub Deployment, so the concurrent-rollout lock cannot be taken; nothing was deployed \(GitHub did not (answer|complete) POST .*deployments within 1s/
  )
  expect(moves(dir)).toEqual([])
  expect(gh.hung).toHaveLength(1) // a POST that timed out is not sent again (it may have landed)
})

// ----------------------------------------------------------------------------- the comment marker

test('version text with another environment’s marker cannot take over that comment; a human’s marked comment is not ours', async () => {
  const cfg = config().replace(
    'environments:\n',
    `environments:\n  staging:\n    steps: [{ weight: 100, pause: 0s }]\n    actions:\n      set-weight: "true"\n      rollback: "true"\n`
  )
  const forged = gh.state.addComment(7, '<!-- stagegate:environment=production -->\nI am not the bot', 'mallory')
  const prod = await run(workspace(cfg))
  expect(prod.outputs.status).toBe('succeeded')
  const ours = (gh.state.comments.get(7) ?? []).filter((c) => c.user.login === 'github-actions[bot]')
  expect(ours).toHaveLength(1)
  expect(forged.body).toBe('<!-- stagegate:environment=production -->\nI am not the bot')
  const prodBody = ours[0].body as string
  const staging = await run(workspace(cfg), { inputs: { environment: 'staging', version: 'v2 <!-- stagegate:environment=production -->' } })
  expect(staging.outputs.status).toBe('succeeded')
  const all = gh.state.comments.get(7) ?? []
  expect(all).toHaveLength(3)
  expect(all.find((c) => c.id === ours[0].id)?.body).toBe(prodBody)
  const stagingBody = String(all.at(-1)?.body)
  expect(stagingBody.startsWith('<!-- stagegate:environment=staging -->\n')).toBe(true)
  expect(stagingBody.match(/<!--/g)).toHaveLength(1)
})

// ----------------------------------------------------------------------------- rate limits

test('a secondary rate limit (429 with Retry-After) is waited out once by plugin-throttling, as GitHub asks', async () => {
  gh.inject({ method: 'GET', path: /\/check-runs$/, times: 1, status: 429, retryAfter: 2 })
  const r = await run(workspace())
  expect(r.outputs.status).toBe('succeeded')
  expect(r.stdout).toMatch(/GitHub secondary rate limit on GET \S*\/check-runs\S*; retrying after 2s/)
  expect(gh.requests.filter((q) => q.path.includes('/check-runs')).map((q) => q.status)).toEqual([429, 200])
})

// ----------------------------------------------------------------------------- requests per deploy

function seedHistory(n: number): void {
  const hour = 3_600_000
  for (let i = n; i >= 1; i--) {
    const d = gh.state.addDeployment({
      environment: 'production',
      sha: 'c'.repeat(40),
      createdAt: Date.now() - i * hour,
      description: `Stagegate: checkout-api v${i}`,
      production: true
    })
    for (const s of ['in_progress', 'success', ...(i > 1 ? ['inactive'] : [])])
      gh.state.addDeploymentStatus(d.id as number, { state: s, description: s === 'success' ? 'succeeded' : s })
  }
}

test.each([4, 10])(
  "steady state (30 earlier deployments), %i steps: at most 11 requests plus one comment edit per step, plus the risk classification's file listing",
  async (steps) => {
    seedHistory(30)
    const previous = gh.state.deployments.at(-1) as { id: number }
    const weights = Array.from({ length: steps }, (_, i) => Math.round(((i + 1) * 100) / steps))
    const dir = workspace(config(weights.map((w) => `{ weight: ${w}, pause: 1500ms }`)))
    const r = await run(dir)
    expect(r.outputs.status).toBe('succeeded')
    const edits = gh.requests.filter((q) => q.method === 'PATCH')
    // issue 13's classification reads the PR's changed files: one page per 100 files, counted apart
    const files = gh.requests.filter((q) => /\/pulls\/\d+\/files/.test(q.path))
    const rest = gh.requests.filter((q) => q.method !== 'PATCH' && !files.includes(q))
    expect(files.length).toBe(1)
    expect(rest.length).toBeLessThanOrEqual(11)
    expect(edits.length).toBeLessThanOrEqual(steps)
    expect(r.report.apiRequests).toBe(gh.requests.length)
    // the previous production Deployment was superseded (GitHub's auto_inactive skips production ones)
    expect(gh.state.statusesOf(previous.id)[0].state).toBe('inactive')
  }
)

test('main killed while writing the final status of a success: the post step writes success, never failure', async () => {
  const dep = gh.state.addDeployment({ environment: 'production', sha: SHA, statuses: ['in_progress'] })
  const saved = {
    split: false,
    weight: 100,
    environment: 'production',
    version: 'v1',
    service: 'checkout-api',
    actions: {},
    deploymentId: String(dep.id),
    done: true,
    finalStatus: 'succeeded'
  }
  const r = await run(workspace(), { entry: 'post', state: { stagegate: JSON.stringify(saved) } })
  expect(r.code).toBe(0)
  expect(states(dep.id as number)).toEqual(['in_progress', 'success'])
  expect(gh.state.statusesOf(dep.id as number)[0].description).toBe('succeeded (written by the post step)')
})
