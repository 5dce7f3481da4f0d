/**
 * Rollouts that outlive a job (SPEC §4), the bundled action run as the runner runs it against the
 * GitHub contract server (every request checked against GitHub's OpenAPI description). Each job
 * is its own process; only the GitHub Deployments carry the rollout from one job to the next.
 * Traffic is a file the actions write (`set-weight` appends each weight to a log).
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runJob, type StepOptions, type StepResult } from '../../scripts/lib/runner.mjs'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

jest.setTimeout(90_000)

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
let gh: GitHubServer

beforeEach(async () => {
  gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
})
afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})

/** Step 2 (50 %) pauses `pause`; the job budget is 20 s, so a longer pause is handed off. */
function config(pause = '1m', extra = ''): string {
  return `version: 1
service: checkout-api
environments:
  production:
    job-budget: 20s
${extra}    steps:
      - { weight: 10, pause: 100ms }
      - { weight: 50, pause: ${pause} }
      - { weight: 100, pause: 100ms }
    actions:
      set-weight: echo "$STAGEGATE_WEIGHT" >> "$TRAFFIC_LOG"
      promote: echo promote >> "$TRAFFIC_LOG"
      rollback: echo "0 $STAGEGATE_REASON" >> "$TRAFFIC_LOG"
`
}

/** One shared "traffic" log across jobs (the real world outside the runner); each job its own workspace with the same config. */
function world(cfg = config()) {
  const log = path.join(makeRunnerDir('stagegate-traffic-'), 'traffic.log')
  fs.writeFileSync(log, '')
  const job = (inputs: Record<string, string> = {}, over: Partial<StepOptions> & { config?: string } = {}) => {
    const dir = makeRunnerDir('stagegate-job-')
    fs.mkdirSync(path.join(dir, 'workspace', '.github'))
    fs.writeFileSync(path.join(dir, 'workspace', '.github', 'deploy.yml'), over.config ?? cfg)
    return runJob({
      dir,
      inputs: { environment: 'production', ...inputs },
      token: 'ghs_contracttoken',
      apiUrl: gh.url,
      env: { TRAFFIC_LOG: log },
      ...over
    })
  }
  const traffic = () => fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean)
  return { job, traffic, log }
}

const deployment = (id: string | number) => gh.state.deployments.find((d) => d.id === Number(id)) as Record<string, any>
const latest = (id: string | number) => gh.state.statusesOf(Number(id))[0]
const paused = (r: StepResult) => deployment(r.outputs['deployment-id'])

function expectStatus(r: StepResult, status: string): void {
  if (r.outputs.status !== status)
    throw new Error(
      `status ${r.outputs.status}, expected ${status}: ${r.report?.error ?? r.report?.rollback?.reason ?? ''}\n${r.stdout.slice(-3000)}`
    )
}

/** Makes the saved pause end now (the payload is what a later job reads; GitHub would have aged it). */
function agePause(id: string | number, byMs?: number): void {
  const p = deployment(id).payload
  const by = byMs ?? p.pauseEndsAt - Date.now() + 10
  for (const k of ['pausedAt', 'pauseEndsAt', 'startedAt'] as const) if (typeof p[k] === 'number') p[k] -= by
}

test('hand-off with a tiny job budget: status paused at 50 %, the rollout saved on an in_progress Deployment, the post step leaves it', async () => {
  const w = world()
  const { main, post } = await w.job()
  expectStatus(main, 'paused')
  expect(main.code).toBe(0) // paused is not in the default fail-on
  expect(main.outputs['final-weight']).toBe('50')
  expect(w.traffic()).toEqual(['10', '50'])
  const p = paused(main)
  expect(p.payload).toMatchObject({
    kind: 'stagegate/paused-rollout',
    step: 2,
    weight: 50,
    why: 'job-budget',
    environment: 'production',
    sha: SHA
  })
  expect(p.payload.configHash).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(latest(p.id)).toMatchObject({
    state: 'in_progress',
    description: expect.stringMatching(/^paused at 50% since .*, pause ends .*; promote: \/stagegate promote production$/)
  })
  const origin = deployment(p.payload.origin)
  expect(latest(origin.id)).toMatchObject({ state: 'inactive', description: `handed off to paused rollout ${p.id}` })
  expect(post.stdout).not.toMatch(/rolled back from the post step/)
  expect(w.traffic()).toEqual(['10', '50'])
  expect(main.summary).toMatch(/### Paused/)
})

test('a second run before the pause ends changes nothing (one status); one after it continues and promotes', async () => {
  const w = world(config('1h'))
  const first = (await w.job()).main
  expectStatus(first, 'paused')
  const before = gh.requests.length
  const early = (await w.job({ mode: 'resume' })).main
  expectStatus(early, 'paused')
  expect(early.outputs['deployment-id']).toBe(first.outputs['deployment-id'])
  expect(early.outputs['final-weight']).toBe('50')
  expect(w.traffic()).toEqual(['10', '50'])
  // a handful, whatever the rollout's length: list the Deployments, read the paused one's status, post one status
  expect(gh.requests.slice(before).map((r) => `${r.method} ${r.path.split('?')[0].replace(/\d+/g, 'N')}`)).toEqual([
    'GET /repos/acme/checkout/deployments',
    'GET /repos/acme/checkout/deployments/N/statuses',
    'POST /repos/acme/checkout/deployments/N/statuses'
  ])
  const writes = gh.requests.slice(before).filter((r) => r.method !== 'GET')
  expect(writes.map((r) => `${r.method} ${r.path.replace(/\d+/g, 'N')}`)).toEqual(['POST /repos/acme/checkout/deployments/N/statuses'])
  expect(latest(first.outputs['deployment-id']).description).toMatch(/checked \d\d:\d\d UTC/)

  agePause(first.outputs['deployment-id'])
  const late = (await w.job({ mode: 'resume' })).main
  expectStatus(late, 'succeeded')
  expect(w.traffic()).toEqual(['10', '50', '100', 'promote'])
  expect(latest(first.outputs['deployment-id']).state).toBe('inactive')
  const claim = deployment(late.outputs['deployment-id'])
  expect(claim.payload).toMatchObject({ kind: 'stagegate/claim', of: Number(first.outputs['deployment-id']) })
  expect(latest(claim.id).state).toBe('success')
  expect(late.report.steps.map((s: any) => [s.weight, s.result])).toEqual([
    [10, 'passed'],
    [50, 'passed'],
    [100, 'passed']
  ])
  expect(late.report.pause.jobs.map((j: any) => j.mode)).toEqual(['deploy', 'resume'])
  expect(late.summary).toMatch(/### Across jobs/)
})

test('promote ends an until-promoted pause now, with who and why in the report; nothing paused afterwards is idle', async () => {
  const w = world(config('until-promoted'))
  expectStatus((await w.job()).main, 'paused')
  const r = (await w.job({ mode: 'promote', reason: 'week 1 clean' })).main
  expectStatus(r, 'succeeded')
  expect(w.traffic()).toEqual(['10', '50', '100', 'promote'])
  expect(r.report.pause.decisions).toEqual([
    expect.objectContaining({ action: 'promote', actor: 'octocat', reason: 'week 1 clean', via: 'input' })
  ])
  expect(r.summary).toMatch(/\*\*promote\*\* by @octocat \(workflow input\).*: week 1 clean/)
  const again = (await w.job({ mode: 'resume' })).main
  expectStatus(again, 'idle')
  expect(again.code).toBe(0)
})

test('abort rolls back now with the reason; a changed config is refused except by abort', async () => {
  const w = world(config('until-promoted'))
  const first = (await w.job()).main
  const changed = config('until-promoted').replace('pause: 100ms }\n    actions', 'pause: 200ms }\n    actions')
  const refused = (await w.job({ mode: 'promote' }, { config: changed })).main
  expectStatus(refused, 'blocked')
  expect(refused.report.error).toMatch(/differs from the one this rollout started with/)
  expect(w.traffic()).toEqual(['10', '50'])
  const r = (await w.job({ mode: 'abort', reason: 'INC-7 error budget' }, { config: changed })).main
  expectStatus(r, 'rolled-back')
  expect(r.outputs['rollback-reason']).toBe('aborted by octocat: INC-7 error budget')
  expect(w.traffic()).toEqual(['10', '50', '0 aborted by octocat: INC-7 error budget'])
  expect(latest(first.outputs['deployment-id']).state).toBe('inactive')
})

test('expire: a rollout paused longer than expire-after is rolled back by the next resume, reason expired', async () => {
  const w = world(config('until-promoted', '    expire-after: 2d\n'))
  const first = (await w.job()).main
  agePause(first.outputs['deployment-id'], 3 * 86_400_000)
  const r = (await w.job({ mode: 'resume' })).main
  expectStatus(r, 'rolled-back')
  expect(r.outputs['rollback-reason']).toMatch(/^expired: paused for 3d, longer than expire-after 2d$/)
  expect(w.traffic().at(-1)).toMatch(/^0 expired/)
})

test('a paused rollout blocks a new deploy (naming it and how to promote or abort); abort is not blocked', async () => {
  const w = world(config('until-promoted'))
  const first = (await w.job()).main
  const second = (await w.job()).main
  expectStatus(second, 'blocked')
  expect(second.report.error).toMatch(
    new RegExp(
      `^a rollout of "production" is paused \\(deployment ${first.outputs['deployment-id']}: .* at 50%.*mode: promote.*mode: abort`
    )
  )
  expect(w.traffic()).toEqual(['10', '50'])
  const abort = (await w.job({ mode: 'abort', reason: 'start over' })).main
  expectStatus(abort, 'rolled-back')
  expect(w.traffic()).toEqual(['10', '50', '0 aborted by octocat: start over'])
  expectStatus((await w.job()).main, 'paused') // nothing paused any more: a new deploy goes ahead
})

test.each<[string, 'admin' | 'write' | 'read' | undefined, string, string]>([
  ['a maintainer-level writer promotes', 'write', 'succeeded', '+1'],
  ['a reader is refused', 'read', 'blocked', '-1'],
  ['a stranger is refused', undefined, 'blocked', '-1']
])('comment command: %s', async (_name, role, status, reaction) => {
  const w = world(config('until-promoted'))
  expectStatus((await w.job()).main, 'paused')
  if (role) gh.state.roles.set('carol', role)
  const event = {
    action: 'created',
    comment: { id: 991, body: '/stagegate promote production looks good', user: { login: 'carol' } },
    issue: { number: 7, pull_request: { url: 'x' } }
  }
  const r = (await w.job({}, { event, eventName: 'issue_comment' })).main
  expectStatus(r, status)
  expect(gh.state.reactions).toEqual([{ commentId: 991, content: reaction }])
  if (status === 'succeeded') {
    expect(r.report.pause.decisions).toEqual([
      expect.objectContaining({ action: 'promote', actor: 'carol', reason: 'looks good', via: 'comment' })
    ])
    expect(w.traffic()).toEqual(['10', '50', '100', 'promote'])
  } else {
    expect(r.report.error).toMatch(/carol.*needs write, maintain or admin/)
    expect(w.traffic()).toEqual(['10', '50'])
  }
})

test('two jobs racing on one paused rollout: exactly one moves traffic, the other says why and changes nothing', async () => {
  const w = world(config('1h'))
  const first = (await w.job()).main
  agePause(first.outputs['deployment-id'])
  const [a, b] = await Promise.all([w.job({ mode: 'resume' }), w.job({ mode: 'abort', reason: 'race' })])
  const statuses = [a.main.outputs.status, b.main.outputs.status].sort()
  const winner = [a.main, b.main].find((r) => r.outputs.status !== 'idle' && r.outputs.status !== 'blocked') as StepResult
  const loser = [a.main, b.main].find((r) => r !== winner) as StepResult
  expect(['rolled-back', 'succeeded']).toContain(winner.outputs.status)
  expect(['blocked', 'idle']).toContain(loser.outputs.status)
  expect(loser.report.error).toMatch(/another job is acting on paused rollout|already settled|is paused; nothing to do/)
  const moves = w.traffic().slice(2)
  expect(moves).toEqual(winner.outputs.status === 'succeeded' ? ['100', 'promote'] : ['0 aborted by octocat: race'])
  expect(statuses).toHaveLength(2)
})
