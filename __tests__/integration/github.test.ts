/**
 * The bundled action, run as the runner runs it, against the GitHub contract server (every
 * request checked against GitHub's OpenAPI description): the Deployment and its statuses, the
 * live PR comment across re-runs, a blocked run, approvals, a 502 burst, a missing permission,
 * and plan mode from a pull_request event.
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runJob, runStep, type StepOptions } from '../../scripts/lib/runner.mjs'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

jest.setTimeout(60_000)

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' // the runner harness's GITHUB_SHA
const RUN_ID = 4242
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

function config(gates = '      - { name: ci-green, type: github-checks }\n'): string {
  return `version: 1
service: checkout-api
environments:
  production:
    url: https://checkout.example.com
    gates:
${gates}    steps:
      - { weight: 10, pause: 200ms }
      - { weight: 100, pause: 100ms }
    actions:
      set-weight: echo "$STAGEGATE_WEIGHT" > "$GITHUB_WORKSPACE/weight"
      rollback: echo 0 > "$GITHUB_WORKSPACE/weight"
`
}

function workspace(cfg = config()): string {
  const dir = makeRunnerDir('stagegate-gh-')
  fs.mkdirSync(path.join(dir, 'workspace', '.github'))
  fs.writeFileSync(path.join(dir, 'workspace', '.github', 'deploy.yml'), cfg)
  return dir
}

function run(dir: string, over: Partial<StepOptions> = {}) {
  return runStep({ dir, inputs: { environment: 'production' }, token: 'ghs_contracttoken', apiUrl: gh.url, ...over })
}

const comments = () => gh.state.comments.get(7) ?? []
const deployments = () => gh.state.deployments
/** Oldest first (the API lists statuses newest first). */
const states = (id: number) =>
  gh.state
    .statusesOf(id)
    .map((s) => s.state)
    .reverse()
const latest = (id: number) => gh.state.statusesOf(id)[0]

test('the environment url is rendered for the Deployment (placeholders filled), as for notifications', async () => {
  const r = await run(
    workspace(config().replace('url: https://checkout.example.com', 'url: "https://{{ environment }}.checkout.example.com/{{ service }}"'))
  )
  expect(r.outputs.status).toBe('succeeded')
  const dep = deployments()[0]
  expect(latest(dep.id as number)).toMatchObject({ environment_url: 'https://production.checkout.example.com/checkout-api' })
})

test('a deploy creates one Deployment (in_progress → success) and one PR comment', async () => {
  const r = await run(workspace())
  expect(r.outputs.status).toBe('succeeded')
  expect(deployments()).toHaveLength(1)
  const dep = deployments()[0]
  expect(r.outputs['deployment-id']).toBe(String(dep.id))
  expect(dep).toMatchObject({ environment: 'production', sha: SHA, production_environment: true })
  expect((dep.payload as { plan: unknown[] }).plan).toHaveLength(2)
  expect(states(dep.id as number)[0]).toBe('in_progress')
  expect(states(dep.id as number).at(-1)).toBe('success')
  const last = latest(dep.id as number)
  expect(last).toMatchObject({
    environment_url: 'https://checkout.example.com',
    log_url: `https://github.com/acme/checkout/actions/runs/${RUN_ID}`
  })
  expect(comments()).toHaveLength(1)
  expect(comments()[0].body).toMatch(/succeeded/)
  expect(comments()[0].body).toContain(`/actions/runs/${RUN_ID}`)
  // created at the start, then updated in place as the rollout moved on
  expect(gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/issues/7/comments'))).toHaveLength(1)
  expect(gh.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/issues/comments/')).length).toBeGreaterThanOrEqual(1)
  expect(r.report.apiRequests).toBe(gh.requests.length)
  expect(r.report.audit.at(-1)).toMatchObject({
    action: 'github api budget',
    detail: `${gh.requests.length} REST requests (retries included)`
  })
})

test('a re-run updates the same comment in place, never a second copy', async () => {
  const dir = workspace()
  await run(dir)
  const first = comments()[0]
  gh.state.addComment(7, 'an unrelated comment by a human', 'alice')
  const r = await run(workspace())
  expect(r.outputs.status).toBe('succeeded')
  const ours = comments().filter((c) => String(c.body).includes('stagegate'))
  expect(ours).toHaveLength(1)
  expect(ours[0].id).toBe(first.id)
  expect(comments()).toHaveLength(2)
})

test('failed checks block the run: the comment and the Deployment say why; no command runs', async () => {
  gh.state.addCheckRun(SHA, 'unit-tests', 'completed', 'failure')
  const dir = workspace()
  const r = await run(dir)
  expect(r.outputs.status).toBe('blocked')
  expect(r.outputs['failed-gates']).toBe('ci-green')
  expect(r.code).toBe(1)
  expect(fs.existsSync(path.join(dir, 'workspace', 'weight'))).toBe(false)
  const dep = deployments()[0]
  const last = latest(dep.id as number)
  expect(last?.state).toBe('failure')
  expect(String(last?.description)).toBe('blocked: required gate(s) failed: ci-green')
  expect(comments()[0].body).toMatch(/blocked/)
  expect(comments()[0].body).toMatch(/unit-tests/)
  expect(r.summary).toMatch(/unit-tests/)
})

test('environment approvals are shown in the summary and the report', async () => {
  gh.state.addApproval(RUN_ID, 'bob', 'approved', ['production'], 'LGTM, watched staging for an hour')
  const r = await run(workspace(config('      - { name: reviewed, type: approval, min: 1, distinct-from-actor: true }\n')))
  expect(r.outputs.status).toBe('succeeded')
  expect(r.report.approvals).toEqual([
    expect.objectContaining({ user: 'bob', state: 'approved', comment: 'LGTM, watched staging for an hour' })
  ])
  expect(r.summary).toMatch(/bob/)
  expect(r.summary).toMatch(/LGTM, watched staging for an hour/)
})

test('a burst of 502s from the API is survived through the retry plugin', async () => {
  gh.failNext(3, 502)
  const r = await run(workspace())
  expect(r.outputs.status).toBe('succeeded')
  expect(gh.requests.filter((q) => q.status === 502)).toHaveLength(3)
  expect(deployments()).toHaveLength(1)
  expect(comments()).toHaveLength(1)
})

test('a missing permission fails the gate with the permissions: entry to add', async () => {
  gh.state.forbid.set('get /repos/{owner}/{repo}/commits/{ref}/check-runs', 403)
  const r = await run(workspace())
  expect(r.outputs.status).toBe('blocked')
  expect(r.report.gates[0].detail).toMatch(/"checks: read" under permissions:/)
  expect(r.summary).toMatch(/checks: read/)
})

test('plan mode on a pull_request posts the plan as the PR comment and changes nothing', async () => {
  const dir = workspace()
  const event = { pull_request: { number: 7, head: { sha: SHA, repo: { fork: true } } } }
  const r = await run(dir, { inputs: { environment: 'production', mode: 'plan' }, eventName: 'pull_request', event })
  expect(r.outputs.status).toBe('planned')
  expect(r.outputs['deployment-id']).toBe('')
  expect(r.code).toBe(0)
  expect(deployments()).toHaveLength(0)
  expect(gh.requests.filter((q) => q.method !== 'GET' && !q.path.includes('/comments'))).toEqual([])
  expect(fs.existsSync(path.join(dir, 'workspace', 'weight'))).toBe(false)
  expect(comments()).toHaveLength(1)
  expect(gh.requests.filter((q) => q.path.includes('/comments') && q.method !== 'GET')).toHaveLength(1) // posted once
  expect(comments()[0].body).toMatch(/planned|plan/i)
  expect(comments()[0].body).toMatch(/10%/)
  expect(r.summary).toMatch(/estimated minimum duration/)
})

test('mode: deploy on a pull_request from a fork is refused with a clear message', async () => {
  const event = { pull_request: { number: 7, head: { sha: SHA, repo: { fork: true } } } }
  const r = await run(workspace(), { eventName: 'pull_request', event })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/refused on a pull_request from a fork/)
  expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([])
})

test('an in-progress deployment of the environment younger than 6 h blocks the run, named in the report', async () => {
  const other = gh.state.addDeployment({ environment: 'production', sha: 'f'.repeat(40), statuses: ['in_progress'] })
  const dir = workspace()
  const r = await run(dir)
  expect(r.outputs.status).toBe('blocked')
  expect(r.report.error).toContain(`deployment ${other.id}`)
  expect(r.summary).toContain(`deployment ${other.id}`)
  // our own Deployment was created first (so two runs starting together cannot both pass), then failed
  const ours = Number(r.outputs['deployment-id'])
  expect(deployments().map((d) => d.id)).toEqual([other.id, ours])
  expect(states(ours)).toEqual(['in_progress', 'failure'])
  expect(latest(ours).description).toMatch(/^blocked: deployment \d+ of "production"/)
  expect(states(other.id as number)).toEqual(['in_progress'])
  expect(fs.existsSync(path.join(dir, 'workspace', 'weight'))).toBe(false)
})

test('an in-progress deployment older than 6 h does not block', async () => {
  gh.state.addDeployment({
    environment: 'production',
    sha: 'f'.repeat(40),
    statuses: ['in_progress'],
    createdAt: Date.now() - 7 * 3600_000
  })
  const r = await run(workspace())
  expect(r.outputs.status).toBe('succeeded')
})

test.each<[string, object]>([
  ['workflow_dispatch', { inputs: { environment: 'production' } }],
  ['release', { release: { tag_name: 'v1.4.2', target_commitish: 'main' } }],
  ['push', { after: SHA }]
])('works from a %s event: one Deployment, succeeded', async (eventName, event) => {
  const r = await run(workspace(), { eventName, event })
  expect(r.outputs.status).toBe('succeeded')
  expect(deployments()).toHaveLength(1)
  expect(states(deployments()[0].id as number)).toEqual(['in_progress', 'success'])
})

test('from a deployment event it reports on that Deployment instead of creating another', async () => {
  const given = gh.state.addDeployment({ environment: 'production', sha: SHA })
  const event = { deployment: { id: given.id, environment: 'production', sha: SHA, ref: 'main' } }
  const r = await run(workspace(), { eventName: 'deployment', event })
  expect(r.outputs.status).toBe('succeeded')
  expect(r.outputs['deployment-id']).toBe(String(given.id))
  expect(deployments()).toHaveLength(1)
  expect(states(given.id as number)).toEqual(['in_progress', 'success'])
})

test('a main step killed mid-rollout: the post step rolls back and closes the Deployment (no 6-hour lock)', async () => {
  const dir = workspace(config().replace('{ weight: 10, pause: 200ms }', '{ weight: 10, pause: 60s }'))
  let sent = false
  const { main, post } = await runJob({
    dir,
    inputs: { environment: 'production' },
    token: 'ghs_contracttoken',
    apiUrl: gh.url,
    onOutput: (_chunk, child, all) => {
      if (!sent && /Step 1\/2/.test(all)) {
        sent = true
        setTimeout(() => child.kill('SIGKILL'), 300)
      }
    }
  })
  expect(main.signal).toBe('SIGKILL')
  expect(post.code).toBe(0)
  expect(fs.readFileSync(path.join(dir, 'workspace', 'weight'), 'utf8').trim()).toBe('0')
  const dep = deployments()[0]
  expect(states(dep.id as number)).toEqual(['in_progress', 'failure'])
  expect(latest(dep.id as number).description).toMatch(/rolled back from the post step/)
  // the next run is not blocked by the killed one
  const next = await run(workspace())
  expect(next.outputs.status).toBe('succeeded')
})

test('when the deployments cannot be read, the run fails closed: blocked, with the permission to add', async () => {
  gh.state.forbid.set('get /repos/{owner}/{repo}/deployments', 403)
  const dir = workspace()
  const r = await run(dir)
  expect(r.outputs.status).toBe('blocked')
  expect(r.report.error).toMatch(/could not read the deployments of "production" to rule out a concurrent rollout/)
  expect(r.report.error).toMatch(/"deployments: (read|write)" under permissions:/)
  expect(fs.existsSync(path.join(dir, 'workspace', 'weight'))).toBe(false)
})
