/**
 * run() in-process: the whole main step on a FakeClock (a 2-hour plan runs in milliseconds) with
 * the in-memory runtime, real bash commands in a temp workspace, a real HTTP metric source on
 * 127.0.0.1 and, where GitHub is the point, the contract server. Inputs and the runner's
 * variables come from an injected env object (process.env is never changed). The bundle run as
 * the runner (__tests__/integration) stays the outer proof; this is the fast inner one.
 */
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { run, runPost } from '../../src/main.js'
import { FakeClock } from '../../src/rollout/clock.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import type { DeployReport } from '../../src/report/types.js'
import { startGitHubServer } from '../support/github-server.js'

jest.setTimeout(30_000)

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

const SCRIPTS: Record<string, string> = {
  'deploy.sh': 'echo "deploy $STAGEGATE_VERSION" >> calls',
  'set-weight.sh': 'echo "set-weight $STAGEGATE_WEIGHT" >> calls',
  'verify.sh': 'echo "verify $STAGEGATE_WEIGHT" >> calls',
  'promote.sh': 'echo promote >> calls',
  'rollback.sh': 'echo "rollback $STAGEGATE_REASON" >> calls\ntest ! -e rollback-breaks',
  'verify-rollback.sh': 'echo verify-rollback >> calls'
}

/** The metric source: the canary's error rate is bad from `badFrom` percent on; every request is kept. */
const metric = {
  badFrom: 101,
  seen: [] as { track: string; weight: number }[],
  onRequest: (_track: string, _weight: number): void => undefined
}
let server: http.Server
let metricUrl = ''

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.method === 'POST') return receiveHook(req, res)
    const q = new URL(req.url ?? '/', 'http://x').searchParams
    const track = q.get('track') ?? ''
    const weight = Number(q.get('weight'))
    metric.seen.push({ track, weight })
    metric.onRequest(track, weight)
    const value = track === 'canary' && weight >= metric.badFrom ? 0.2 : 0.001
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  metricUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/error-rate?track={{ track }}&weight={{ weight }}`
})

/** Notifications posted to the same server (POST /hook/<token>): each body, parsed. */
let hooks: { event?: string }[] = []
function receiveHook(req: http.IncomingMessage, res: http.ServerResponse): void {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    hooks.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { event?: string })
    res.writeHead(204).end()
  })
}

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

afterEach(() => {
  metric.badFrom = 101
  metric.seen = []
  metric.onRequest = () => undefined
  hooks = []
})

function config(opts: { allow?: string; notify?: boolean } = {}): string {
  return `version: 1
service: checkout-api
${opts.notify ? 'notify:\n  - { type: webhook, url: "{{ env.HOOK_URL }}", events: [started, succeeded] }\n' : ''}metrics:
  error-rate:
    provider: http
    url: "${metricUrl}"
    value: $.value
environments:
  production:
    gates:
      - { name: window, type: window, allow: [{ days: mon-sun, hours: "${opts.allow ?? '00:00-24:00'}" }] }
    steps:
      - { weight: 5, pause: 30m }
      - { weight: 25, pause: 30m }
      - { weight: 50, pause: 30m }
      - { weight: 100, pause: 30m }
    analysis:
      interval: 1m
      checks:
        - { metric: error-rate, max: 0.05 }
    actions:
      deploy: ./scripts/deploy.sh
      set-weight: ./scripts/set-weight.sh
      verify: ./scripts/verify.sh
      promote: ./scripts/promote.sh
      rollback: ./scripts/rollback.sh
      verify-rollback: ./scripts/verify-rollback.sh
`
}

interface Job {
  ws: string
  env: NodeJS.ProcessEnv
  rt: MemoryRuntime
}

/** A workspace with the config and the scripts, and the env a runner would give the step. */
function job(cfg: string, inputs: Record<string, string> = {}, more: NodeJS.ProcessEnv = {}): Job {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-run-'))
  const ws = path.join(dir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'), { recursive: true })
  fs.mkdirSync(path.join(ws, 'scripts'))
  fs.mkdirSync(path.join(dir, 'temp'))
  fs.writeFileSync(path.join(ws, '.github', 'deploy.yml'), cfg)
  for (const [name, body] of Object.entries(SCRIPTS))
    fs.writeFileSync(path.join(ws, 'scripts', name), `#!/usr/bin/env bash\nset -e\n${body}\n`, { mode: 0o755 })
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: SHA,
    GITHUB_ACTOR: 'alice',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: path.join(dir, 'temp'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    INPUT_ENVIRONMENT: 'production',
    INPUT_VERSION: 'v1.2.3',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...more
  }
  return { ws, env, rt: new MemoryRuntime(env) }
}

const calls = (j: Job): string[] => {
  const f = path.join(j.ws, 'calls')
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim().split('\n') : []
}

const reportOf = (j: Job): DeployReport => JSON.parse(fs.readFileSync(j.rt.outputs['report-path'], 'utf8')) as DeployReport

const savedState = (j: Job) => JSON.parse(j.rt.state.stagegate ?? '{}') as { split?: boolean; done?: boolean; weight?: number }

test('succeeded: a 2-hour plan on the fake clock, the GitHub Deployment written to the contract server', async () => {
  const gh = await startGitHubServer({ owner: 'acme', repo: 'shop' })
  try {
    const j = job(
      config(),
      { 'github-token': 'ghs_testtoken' },
      { GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: gh.url, GITHUB_RUN_ID: '4242' }
    )
    const clock = new FakeClock()
    await run({ runtime: j.rt, env: j.env, clock })
    expect(j.rt.failures).toEqual([])
    expect(j.rt.outputs).toMatchObject({ status: 'succeeded', 'final-weight': '100', 'failed-gates': '', 'rollback-reason': '' })
    expect(calls(j)).toEqual([
      'deploy v1.2.3',
      'set-weight 5',
      'verify 5',
      'set-weight 25',
      'verify 25',
      'set-weight 50',
      'verify 50',
      'set-weight 100',
      'verify 100',
      'promote'
    ])
    const report = reportOf(j)
    expect(report.status).toBe('succeeded')
    expect(report.steps.map((s) => [s.weight, s.result])).toEqual([
      [5, 'passed'],
      [25, 'passed'],
      [50, 'passed'],
      [100, 'passed']
    ])
    expect(report.durationMs).toBeGreaterThanOrEqual(2 * 3600_000) // fake time: four 30-minute pauses
    // the Deployment: created, in_progress, then success; every request valid against the OpenAPI description
    const id = Number(j.rt.outputs['deployment-id'])
    expect(id).toBeGreaterThan(0)
    expect(gh.state.statusesOf(id).map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(gh.violations).toEqual([])
    // the runtime saw what the runner would: groups per phase, the verdict, the summary, the saved state, the masked token
    expect(j.rt.messages('group')).toEqual(
      expect.arrayContaining(['Gates (1)', expect.stringMatching(/^Step 1\/4 · 5% · pause 1800s$/), expect.stringMatching(/^Promote · /)])
    )
    expect(j.rt.messages('group')).toHaveLength(j.rt.messages('endgroup').length)
    expect(j.rt.summary).toContain('checkout-api')
    expect(savedState(j)).toMatchObject({ done: true, split: false })
    expect(j.rt.secrets).toContain('ghs_testtoken')
    expect(j.rt.log).not.toContain('ghs_testtoken')
  } finally {
    await gh.close()
  }
})

test('blocked: a closed window blocks the deploy; nothing runs; the step fails with an error annotation', async () => {
  const j = job(config({ allow: '00:00-01:00' }))
  await run({ runtime: j.rt, env: j.env, clock: new FakeClock() })
  expect(calls(j)).toEqual([])
  expect(j.rt.outputs).toMatchObject({ status: 'blocked', 'failed-gates': 'window', 'final-weight': '0' })
  expect(j.rt.failures).toEqual([expect.stringMatching(/^Stagegate blocked the deploy: required gate\(s\) failed: window/)])
  expect(j.rt.messages('error')).toContain('blocked by required gate(s): window')
  expect(j.rt.messages('notice')).toEqual([expect.stringMatching(/^No github-token/)])
  expect(reportOf(j).gates.map((g) => [g.name, g.status])).toEqual([['window', 'failed']])
  expect(metric.seen).toEqual([])
})

test('blocked by the lock: another rollout of the environment is in progress; nothing runs, our Deployment ends failure', async () => {
  const gh = await startGitHubServer({ owner: 'acme', repo: 'shop' })
  try {
    const clock = new FakeClock()
    const other = gh.state.addDeployment({
      environment: 'production',
      sha: 'f'.repeat(40),
      statuses: ['in_progress'],
      createdAt: clock.now() - 3600_000
    })
    const j = job(
      config(),
      { 'github-token': 'ghs_testtoken' },
      { GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: gh.url, GITHUB_RUN_ID: '4242' }
    )
    await run({ runtime: j.rt, env: j.env, clock })
    expect(calls(j)).toEqual([])
    expect(metric.seen).toEqual([])
    expect(j.rt.outputs.status).toBe('blocked')
    expect(j.rt.failures).toEqual([
      expect.stringMatching(new RegExp(`^Stagegate blocked the deploy: deployment ${String(other.id)} of "production"`))
    ])
    const ours = Number(j.rt.outputs['deployment-id'])
    expect(gh.state.statusesOf(ours).map((st) => st.state)).toEqual(['failure', 'in_progress'])
    expect(gh.state.statusesOf(other.id as number).map((st) => st.state)).toEqual(['in_progress'])
    expect(gh.violations).toEqual([])
  } finally {
    await gh.close()
  }
})

test('rolled back: the canary breaches at 25%, traffic goes back, the step fails with the reason', async () => {
  metric.badFrom = 25
  const j = job(config())
  await run({ runtime: j.rt, env: j.env, clock: new FakeClock() })
  expect(j.rt.outputs).toMatchObject({ status: 'rolled-back', 'final-weight': '0' })
  expect(j.rt.outputs['rollback-reason']).toMatch(/error-rate/)
  const c = calls(j)
  // analysis runs alongside set-weight 25 and may trip (and stop it) before its script wrote its line
  expect(c.slice(0, 3)).toEqual(['deploy v1.2.3', 'set-weight 5', 'verify 5'])
  expect(c).not.toContain('set-weight 50')
  expect(c).not.toContain('promote')
  expect(c.slice(-2)).toEqual([expect.stringMatching(/^rollback .*error-rate/), 'verify-rollback'])
  expect(j.rt.failures).toEqual([expect.stringMatching(/^Stagegate rolled back: .*error-rate/)])
  const report = reportOf(j)
  expect(report.rollback).toMatchObject({ trigger: 'analysis', verified: true })
  expect(report.steps.map((s) => s.result)).toEqual(['passed', 'failed'])
  expect(savedState(j)).toMatchObject({ done: true, split: false })
})

test('rollback-failed: the rollback command fails; the step says traffic may still be split and the post step will see it', async () => {
  metric.badFrom = 25
  const j = job(config())
  fs.writeFileSync(path.join(j.ws, 'rollback-breaks'), '')
  await run({ runtime: j.rt, env: j.env, clock: new FakeClock() })
  expect(j.rt.outputs).toMatchObject({ status: 'rollback-failed', 'final-weight': '25' })
  expect(calls(j)).not.toContain('verify-rollback')
  expect(j.rt.failures).toEqual([expect.stringMatching(/^Stagegate could NOT roll back \(traffic may still be split at 25%\)/)])
  expect(reportOf(j).rollback).toMatchObject({ verified: false })
  expect(savedState(j)).toMatchObject({ done: true, split: true, weight: 25 })
})

test('cancelled: an abort during step 2 rolls back before run() returns', async () => {
  const ac = new AbortController()
  metric.onRequest = (track, weight) => {
    if (track === 'canary' && weight === 25) ac.abort('the job was cancelled')
  }
  const j = job(config())
  await run({ runtime: j.rt, env: j.env, clock: new FakeClock(), signal: ac.signal })
  expect(j.rt.outputs.status).toBe('rolled-back')
  expect(j.rt.outputs['rollback-reason']).toContain('the job was cancelled')
  expect(calls(j).slice(-2)).toEqual(['rollback the job was cancelled', 'verify-rollback'])
  expect(calls(j)).not.toContain('set-weight 50')
  expect(reportOf(j).rollback).toMatchObject({ trigger: 'cancelled', verified: true })
  expect(savedState(j)).toMatchObject({ split: false })
  expect(j.rt.failures).toEqual([expect.stringMatching(/^Stagegate rolled back: the job was cancelled/)])
})

test('cancelled before traffic moved: the gates see the cancellation, nothing is deployed, the step fails; signal handlers restored', async () => {
  const ac = new AbortController()
  ac.abort('the job was cancelled')
  const before = process.listenerCount('SIGTERM')
  const j = job(config())
  await run({ runtime: j.rt, env: j.env, clock: new FakeClock(), signal: ac.signal })
  expect(process.listenerCount('SIGTERM')).toBe(before)
  expect(calls(j)).toEqual([])
  expect(metric.seen).toEqual([])
  expect(j.rt.outputs).toMatchObject({ status: 'failed', 'final-weight': '0' })
  expect(j.rt.failures).toEqual(['Stagegate failed: the job was cancelled while the gates ran; nothing was deployed'])
  expect(reportOf(j).gates.map((g) => [g.name, g.status, g.detail])).toEqual([['window', 'failed', 'cancelled']])
  expect(savedState(j)).toMatchObject({ done: true, split: false })
})

test('notifications: the webhook (its URL from the injected env, a secret) gets started and succeeded; the URL never reaches the log', async () => {
  const hook = `${metricUrl.split('/error-rate')[0]}/hook/t0ken-in-the-path`
  const j = job(config({ notify: true }), {}, { HOOK_URL: hook })
  await run({ runtime: j.rt, env: j.env, clock: new FakeClock() })
  expect(j.rt.failures).toEqual([])
  expect(j.rt.outputs.status).toBe('succeeded')
  expect(hooks.map((h) => h.event)).toEqual(['started', 'succeeded'])
  expect(j.rt.messages('info')).toEqual(
    expect.arrayContaining([expect.stringMatching(/^notify webhook: started /), expect.stringMatching(/^notify webhook: succeeded /)])
  )
  expect(j.rt.secrets).toContain(hook)
  expect(j.rt.log).not.toContain('t0ken-in-the-path')
  expect(fs.readFileSync(j.rt.outputs['report-path'], 'utf8')).not.toContain('t0ken-in-the-path')
})

test('plan: validates, probes the metric once on the stable track, runs no command, does not fail', async () => {
  const j = job(config(), { mode: 'plan' })
  await run({ runtime: j.rt, env: j.env, clock: new FakeClock() })
  expect(j.rt.failures).toEqual([])
  expect(j.rt.outputs).toMatchObject({ status: 'planned', 'final-weight': '0', 'deployment-id': '' })
  expect(calls(j)).toEqual([])
  expect(metric.seen).toEqual([{ track: 'stable', weight: 0 }])
  expect(j.rt.messages('info')).toContain('metric error-rate: 0.001')
  const report = reportOf(j)
  expect(report.plan.map((s) => s.weight)).toEqual([5, 25, 50, 100])
  expect(report.baseline).toEqual({ 'error-rate': 0.001 })
  expect(j.rt.summary).toContain('checkout-api')
})

test('a bad config: one error annotation at its file, line and column; nothing runs; the step fails', async () => {
  const j = job(config().replace('interval: 1m', 'intervall: 1m'))
  await run({ runtime: j.rt, env: j.env, clock: new FakeClock() })
  expect(calls(j)).toEqual([])
  expect(metric.seen).toEqual([])
  const annotations = j.rt.entries.filter((e) => e.kind === 'error' && e.properties)
  expect(annotations).toHaveLength(1)
  const line =
    config()
      .split('\n')
      .findIndex((l) => l.includes('interval: 1m')) + 1
  expect(annotations[0].properties).toEqual({ title: 'Stagegate config', file: '.github/deploy.yml', startLine: line, startColumn: 7 })
  expect(annotations[0].message).toContain('did you mean "interval"')
  expect(j.rt.failures).toHaveLength(1)
  expect(j.rt.outputs.status).toBe('failed')
})

describe('runPost in-process, from the state the main step saved', () => {
  async function afterRollbackFailed(): Promise<Job> {
    metric.badFrom = 25
    const j = job(config())
    fs.writeFileSync(path.join(j.ws, 'rollback-breaks'), '')
    await run({ runtime: j.rt, env: j.env, clock: new FakeClock() })
    expect(savedState(j)).toMatchObject({ done: true, split: true, weight: 25 })
    return j
  }

  test('the rollback works now: the post step rolls back, says so in the summary, and does not fail', async () => {
    const j = await afterRollbackFailed()
    fs.rmSync(path.join(j.ws, 'rollback-breaks'))
    const env = { ...j.env, STATE_stagegate: j.rt.state.stagegate }
    const post = new MemoryRuntime(env)
    await runPost({ runtime: post, env })
    expect(post.failures).toEqual([])
    expect(post.messages('warning')).toContain(
      'Traffic was left at 25% on the new version: the main step could not roll back; retrying from the post step'
    )
    expect(calls(j).slice(-2)).toEqual(['rollback the main step could not roll back; retrying from the post step', 'verify-rollback'])
    expect(post.messages('info')).toContain(
      'Stagegate post: rolled back from the post step (the main step could not roll back; retrying from the post step)'
    )
    expect(post.summary).toContain('**Stagegate post step:** rolled back from the post step')
  })

  test('the rollback fails again: the post step fails and says traffic may still be split', async () => {
    const j = await afterRollbackFailed()
    const env = { ...j.env, STATE_stagegate: j.rt.state.stagegate }
    const post = new MemoryRuntime(env)
    await runPost({ runtime: post, env })
    expect(post.failures).toEqual(['rollback failed (exit 1) in the post step; traffic may still be split at 25%'])
    expect(post.summary).toContain('🚨')
  })

  test('no saved state: nothing to do, nothing runs', async () => {
    const post = new MemoryRuntime({})
    await runPost({ runtime: post, env: {} })
    expect(post.entries).toEqual([{ kind: 'info', message: 'Stagegate post: no saved state; nothing to do.' }])
    expect(post.failures).toEqual([])
  })
})
