import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { createDeployment, findActiveDeployment, markPreviousInactive, setDeploymentStatus } from '../../src/github/deployments.js'
import { access, SHA } from './access.js'

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
    const id = await createDeployment(gh, {
      environment: 'production',
      sha: SHA,
      ref: 'refs/heads/main',
      payload: { version: '1.2.3' },
      productionEnvironment: true,
      description: 'Stagegate: checkout-api 1.2.3'
    })
    const dep = server.state.deployments.find((d) => d.id === id)
    expect(dep).toMatchObject({ environment: 'production', sha: SHA, auto_merge: false, required_contexts: [], production_environment: true, payload: { version: '1.2.3' } })
    await setDeploymentStatus(gh, id, 'in_progress', { logUrl: 'https://github.com/acme/shop/actions/runs/1', description: 'rolling out' })
    await setDeploymentStatus(gh, id, 'success', { environmentUrl: 'https://shop.example.com', logUrl: 'https://github.com/acme/shop/actions/runs/1' })
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

  test('marks earlier successful deployments inactive, keeping the new one', async () => {
    const gh = access(server.url)
    const old = server.state.addDeployment({ environment: 'production', sha: 'c'.repeat(40), createdAt: NOW - 48 * HOUR, statuses: ['success'] })
    const failed = server.state.addDeployment({ environment: 'production', sha: 'd'.repeat(40), createdAt: NOW - 24 * HOUR, statuses: ['failure'] })
    const now = server.state.addDeployment({ environment: 'production', sha: SHA, createdAt: NOW, statuses: ['success'] })
    await markPreviousInactive(gh, 'production', now.id)
    expect(server.state.statusesOf(old.id)[0].state).toBe('inactive')
    expect(server.state.statusesOf(failed.id)[0].state).toBe('failure')
    expect(server.state.statusesOf(now.id)[0].state).toBe('success')
  })
})
