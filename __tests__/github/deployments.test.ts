import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { findActiveDeployment, markInactive, scanLock } from '../../src/github/deployments.js'
import { access, SHA, testClient } from './access.js'

const HOUR = 3_600_000
const NOW = Date.UTC(2026, 5, 1, 12, 0, 0)

let server: GitHubServer
beforeEach(async () => {
  server = await startGitHubServer()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
})

describe('deployments', () => {
  test('creates a deployment and posts its statuses', async () => {
    const gh = access(server.url)
    const id = await gh.createDeployment({
      environment: 'production',
      sha: SHA,
      ref: 'refs/heads/main',
      payload: { version: '1.2.3' },
      productionEnvironment: true,
      description: 'Stagegate: checkout-api 1.2.3'
    })
    const dep = server.state.deployments.find((d) => d.id === id)
    expect(dep).toMatchObject({
      environment: 'production',
      sha: SHA,
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
      payload: { version: '1.2.3' }
    })
    await gh.setDeploymentStatus(id, 'in_progress', { logUrl: 'https://github.com/acme/shop/actions/runs/1', description: 'rolling out' })
    await gh.setDeploymentStatus(id, 'success', {
      environmentUrl: 'https://shop.example.com',
      logUrl: 'https://github.com/acme/shop/actions/runs/1'
    })
    expect(server.state.statusesOf(id).map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(server.state.statusesOf(id)[0].environment_url).toBe('https://shop.example.com')
  })

  test.each([
    ['in_progress, 1 h old', ['in_progress'], 1, true],
    ['queued, 5 h old', ['queued'], 5, true],
    ['in_progress, 7 h old (stale)', ['in_progress'], 7, false],
    ['finished with success', ['in_progress', 'success'], 1, false],
    ['finished with failure', ['in_progress', 'failure'], 1, false]
  ])('the 6 h lock: %s', async (_name, statuses, ageHours, locked) => {
    const gh = access(server.url)
    const dep = server.state.addDeployment({ environment: 'production', sha: 'b'.repeat(40), createdAt: NOW - ageHours * HOUR, statuses })
    server.state.addDeployment({ environment: 'staging', sha: SHA, createdAt: NOW - HOUR, statuses: ['in_progress'] })
    const active = await findActiveDeployment(gh, 'production', NOW)
    expect(active === null ? null : active.id).toBe(locked ? dep.id : null)
    if (active) expect(active.sha).toBe('b'.repeat(40))
  })

  test('marks the given earlier deployments inactive, keeping the new one', async () => {
    const gh = access(server.url)
    const old = server.state.addDeployment({
      environment: 'production',
      sha: 'c'.repeat(40),
      createdAt: NOW - 48 * HOUR,
      statuses: ['success']
    })
    const now = server.state.addDeployment({ environment: 'production', sha: SHA, createdAt: NOW, statuses: ['success'] })
    await markInactive(gh, [old.id, now.id], now.id)
    expect(server.state.statusesOf(old.id)[0]).toMatchObject({ state: 'inactive', description: `superseded by ${now.id}` })
    expect(server.state.statusesOf(now.id)[0].state).toBe('success')
  })

  test('a success status asks GitHub to mark earlier ones inactive (auto_inactive); other states do not', async () => {
    const octokit = testClient(server.url)
    const gh = access(server.url, {}, undefined, octokit)
    const bodies: unknown[] = []
    octokit.hook.before('request', (o) => {
      if (o.method === 'POST') bodies.push((o as { auto_inactive?: unknown }).auto_inactive)
    })
    const dep = server.state.addDeployment({ environment: 'production', sha: SHA, createdAt: NOW })
    await gh.setDeploymentStatus(dep.id, 'in_progress')
    await gh.setDeploymentStatus(dep.id, 'success')
    await gh.setDeploymentStatus(dep.id, 'failure')
    expect(bodies).toEqual([false, true, false])
  })
})

const STAGEGATE = 'Stagegate: checkout-api 1.2.3'
type Seed = { ageMin: number; statuses: string[]; stagegate?: boolean; statusDescription?: string }

describe('the lock scan (scanLock)', () => {
  function seed(list: Seed[]): number[] {
    return list.map((d) => {
      const dep = server.state.addDeployment({
        environment: 'production',
        sha: 'e'.repeat(40),
        createdAt: NOW - d.ageMin * 60_000,
        description: d.stagegate === false ? 'other tool' : STAGEGATE
      })
      for (const st of d.statuses) server.state.addDeploymentStatus(dep.id, { state: st, description: d.statusDescription ?? st })
      return dep.id as number
    })
  }

  // oldest first; `want` is the index of the deployment that holds the lock (or null)
  test.each<[string, Seed[], number | null]>([
    ['no status, 1 min old: a run starting (pending)', [{ ageMin: 1, statuses: [] }], 0],
    ['no status, 20 min old: abandoned, not a lock', [{ ageMin: 20, statuses: [] }], null],
    ['in_progress, 2 h old', [{ ageMin: 120, statuses: ['in_progress'] }], 0],
    ['pending status', [{ ageMin: 3, statuses: ['pending'] }], 0],
    [
      'two active: the lowest id holds it',
      [
        { ageMin: 30, statuses: ['in_progress'] },
        { ageMin: 1, statuses: [] }
      ],
      0
    ],
    [
      'an active one behind a blocked one (failure, "blocked: …")',
      [
        { ageMin: 30, statuses: ['in_progress'] },
        { ageMin: 5, statuses: ['in_progress', 'failure'], statusDescription: 'blocked: deployment 1 …' }
      ],
      0
    ],
    [
      "an active one behind another tool's success",
      [
        { ageMin: 30, statuses: ['in_progress'] },
        { ageMin: 5, statuses: ['success'], stagegate: false }
      ],
      0
    ],
    ['finished', [{ ageMin: 30, statuses: ['in_progress', 'success'] }], null]
  ])('%s', async (_name, list, want) => {
    const ids = seed(list)
    const scan = await scanLock(access(server.url), 'production', NOW)
    expect(scan.active?.id ?? null).toBe(want === null ? null : ids[want])
  })

  test('deployments newer than ours (a higher id) never block us: the lower id goes first', async () => {
    const [ours, newer] = seed([
      { ageMin: 2, statuses: ['in_progress'] },
      { ageMin: 1, statuses: [] }
    ])
    expect((await scanLock(access(server.url), 'production', NOW, ours)).active).toBeNull()
    expect((await scanLock(access(server.url), 'production', NOW, newer)).active?.id).toBe(ours)
  })

  test('steady state, 30 earlier deployments (one an hour): one listing and one status read', async () => {
    const list: Seed[] = []
    for (let i = 30; i >= 1; i--)
      list.push({ ageMin: i * 60, statuses: i === 1 ? ['in_progress', 'success'] : ['in_progress', 'success', 'inactive'] })
    const ids = seed(list)
    const scan = await scanLock(access(server.url), 'production', NOW)
    expect(scan).toEqual({ active: null, succeeded: [ids[29]] })
    expect(server.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '').replace(/\d+/g, 'N')}`)).toEqual([
      'GET /repos/acme/shop/deployments',
      'GET /repos/acme/shop/deployments/N/statuses'
    ])
  })

  test('a paused rollout days old behind days-old blocked attempts is still seen (the page already listed, no extra request)', async () => {
    const paused = server.state.addDeployment({
      environment: 'production',
      sha: 'e'.repeat(40),
      createdAt: NOW - 3 * 24 * HOUR,
      description: STAGEGATE,
      statuses: ['in_progress'],
      payload: { kind: 'stagegate/paused-rollout' }
    })
    seed([
      { ageMin: 2 * 24 * 60, statuses: ['in_progress', 'failure'], statusDescription: 'blocked: paused rollout' },
      { ageMin: 24 * 60, statuses: ['in_progress', 'failure'], statusDescription: 'blocked: paused rollout' }
    ])
    const scan = await scanLock(access(server.url), 'production', NOW)
    expect(scan.paused).toBe(paused.id)
    expect(scan.active).toBeNull()
    expect(server.requests).toHaveLength(2)
  })

  test('the last deployment was days ago: its status is still read once (to supersede it)', async () => {
    const ids = seed([
      { ageMin: 3 * 24 * 60, statuses: ['success'] },
      { ageMin: 2 * 24 * 60, statuses: ['success'] }
    ])
    expect(await scanLock(access(server.url), 'production', NOW)).toEqual({ active: null, succeeded: [ids[1]] })
    expect(server.requests).toHaveLength(2)
  })
})
