import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { Gate as GateSchema, type GateConfig } from '../../src/config/schema.js'
import { githubChecksGate } from '../../src/gates/github-checks.js'
import { githubDeploymentGate } from '../../src/gates/github-deployment.js'
import { codeScanningGate, dependabotGate } from '../../src/gates/code-scanning.js'
import { approvalGate } from '../../src/gates/approval.js'
import { FakeClock } from '../../src/rollout/clock.js'
import { access, gateContext, SHA } from './access.js'

let server: GitHubServer
beforeEach(async () => {
  server = await startGitHubServer()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
})

function cfg<T extends GateConfig['type']>(raw: { type: T } & Record<string, unknown>): Extract<GateConfig, { type: T }> {
  return GateSchema.parse({ name: 'g', ...raw }) as Extract<GateConfig, { type: T }>
}

const ctx = (environment = 'production', clock = new FakeClock()) => gateContext(access(server.url), environment, clock)

describe('github-checks', () => {
  test.each<[Record<string, unknown>, number]>([
    [{}, 120_000],
    [{ wait: '10m' }, 660_000],
    [{ wait: '30s', timeout: '5m' }, 300_000]
  ])('an attempt may take long enough for `wait` (%j → %d ms)', (raw, ms) => {
    expect(githubChecksGate.timeoutMs?.(cfg({ type: 'github-checks', ...raw }))).toBe(ms)
  })

  test('passes when runs and statuses are success, neutral or skipped; ignored names excepted', async () => {
    server.state.addCheckRun(SHA, 'build', 'completed', 'success')
    server.state.addCheckRun(SHA, 'lint', 'completed', 'neutral')
    server.state.addCheckRun(SHA, 'docs', 'completed', 'skipped')
    server.state.addCheckRun(SHA, 'deploy', 'in_progress')
    server.state.addCommitStatus(SHA, 'ci/legacy', 'success')
    const out = await githubChecksGate.check(cfg({ type: 'github-checks', ignore: ['deploy'] }), ctx())
    expect(out).toEqual({ passed: true, detail: '4 checks green on 3f78685' })
  })

  test('reads every page of commit statuses: a failure on the second page fails the gate', async () => {
    for (let i = 0; i < 120; i++) server.state.addCommitStatus(SHA, `ci/shard-${i}`, i === 110 ? 'failure' : 'success')
    const out = await githubChecksGate.check(cfg({ type: 'github-checks' }), ctx())
    expect(out).toEqual({ passed: false, detail: '1 check failed on 3f78685: ci/shard-110 (failure)' })
    expect(server.requests.filter((q) => q.path.includes('/status')).length).toBe(2)
  })

  test("does not wait on this run's own running jobs, but counts its finished ones", async () => {
    server.state.addCheckRun(SHA, 'build', 'completed', 'success', 4242)
    server.state.addCheckRun(SHA, 'release', 'in_progress', null, 4242)
    const out = await githubChecksGate.check(cfg({ type: 'github-checks' }), ctx())
    expect(out).toEqual({ passed: true, detail: "1 check green on 3f78685 (not waiting on this run's own running jobs: release)" })
    server.state.addCheckRun(SHA, 'unit', 'completed', 'failure', 4242)
    expect((await githubChecksGate.check(cfg({ type: 'github-checks' }), ctx())).passed).toBe(false)
  })

  test.each([
    ['a failed check run', () => server.state.addCheckRun(SHA, 'test', 'completed', 'failure'), 'test (failure)'],
    ['a cancelled check run', () => server.state.addCheckRun(SHA, 'e2e', 'completed', 'cancelled'), 'e2e (cancelled)'],
    ['a failed commit status', () => server.state.addCommitStatus(SHA, 'ci/jenkins', 'failure'), 'ci/jenkins (failure)'],
    ['a running check without wait', () => server.state.addCheckRun(SHA, 'slow', 'queued'), 'still running']
  ])('fails on %s', async (_n, seed, want) => {
    server.state.addCheckRun(SHA, 'build', 'completed', 'success')
    seed()
    const out = await githubChecksGate.check(cfg({ type: 'github-checks' }), ctx())
    expect(out.passed).toBe(false)
    expect(out.detail).toContain(want)
  })

  test('with wait, polls until the running check completes', async () => {
    const run = server.state.addCheckRun(SHA, 'test', 'in_progress')
    const clock = new FakeClock()
    const start = clock.now()
    let polls = 0
    const sleep = clock.sleep.bind(clock)
    clock.sleep = async (ms, signal) => {
      if (++polls === 2) Object.assign(run, { status: 'completed', conclusion: 'success' })
      return sleep(ms, signal)
    }
    const out = await githubChecksGate.check(cfg({ type: 'github-checks', wait: '10m' }), ctx('production', clock))
    expect(out.passed).toBe(true)
    expect(polls).toBe(2)
    expect(clock.now() - start).toBe(5_000 + 10_000) // back-off 5 s, then 10 s
  })

  test('with wait, gives up at the deadline and names what is still running', async () => {
    server.state.addCheckRun(SHA, 'test', 'queued')
    const clock = new FakeClock()
    const start = clock.now()
    const out = await githubChecksGate.check(cfg({ type: 'github-checks', wait: '3m' }), ctx('production', clock))
    expect(out.passed).toBe(false)
    expect(out.detail).toContain('after waiting 180s: test (queued)')
    expect(clock.now() - start).toBe(180_000)
  })

  test('reads every page of check runs (150 runs, the failing one on page 2)', async () => {
    for (let i = 0; i < 150; i++) server.state.addCheckRun(SHA, `job-${i}`, 'completed', i === 140 ? 'failure' : 'success')
    const out = await githubChecksGate.check(cfg({ type: 'github-checks' }), ctx())
    expect(out).toEqual({ passed: false, detail: '1 check failed on 3f78685: job-140 (failure)' })
    const pages = server.requests.filter((r) => r.path.includes('/check-runs'))
    expect(pages).toHaveLength(2)
    expect(pages.every((r) => r.path.includes('per_page=100'))).toBe(true)
  })

  test.each([
    ['get /repos/{owner}/{repo}/commits/{ref}/check-runs', '"checks: read"'],
    ['get /repos/{owner}/{repo}/commits/{ref}/status', '"statuses: read"']
  ])('403 on %s fails with the permission hint', async (key, want) => {
    server.state.forbid.set(key, 403)
    const out = await githubChecksGate.check(cfg({ type: 'github-checks' }), ctx())
    expect(out.passed).toBe(false)
    expect(out.detail).toContain(`add ${want} under permissions:`)
  })
})

describe('github-deployment', () => {
  test.each([
    ['latest status success', 'staging', SHA, ['in_progress', 'success'], true, 'deployed to "staging"'],
    ['success, later superseded (inactive)', 'staging', SHA, ['success', 'inactive'], true, 'deployed to "staging"'],
    ['latest status failure', 'staging', SHA, ['success', 'failure'], false, 'no successful deployment'],
    ['another SHA was deployed', 'staging', 'e'.repeat(40), ['success'], false, 'no deployment of 3f78685'],
    ['another environment', 'qa', SHA, ['success'], false, 'no deployment of 3f78685 to "staging"']
  ])('%s', async (_n, environment, sha, statuses, passed, want) => {
    server.state.addDeployment({ environment, sha, statuses })
    const out = await githubDeploymentGate.check(cfg({ type: 'github-deployment', environment: 'staging' }), ctx())
    expect(out.passed).toBe(passed)
    expect(out.detail).toContain(want)
  })

  test('404 fails with the deployments permission hint', async () => {
    server.state.forbid.set('get /repos/{owner}/{repo}/deployments', 404)
    const out = await githubDeploymentGate.check(cfg({ type: 'github-deployment', environment: 'staging' }), ctx())
    expect(out).toMatchObject({ passed: false })
    expect(out.detail).toContain('add "deployments: write" under permissions:')
  })
})

describe('code-scanning and dependabot', () => {
  test.each([
    ['no alerts', [], 'critical', true],
    ['a high alert under fail-on critical', ['high'], 'critical', true],
    ['a critical alert', ['low', 'critical'], 'critical', false],
    ['a medium alert under fail-on medium', ['medium'], 'medium', false],
    ['a low alert under fail-on medium', ['low'], 'medium', true]
  ] as const)('code-scanning: %s', async (_n, severities, failOn, passed) => {
    for (const s of severities) server.state.addCodeScanningAlert(s)
    server.state.addCodeScanningAlert('critical', 'dismissed')
    server.state.addCodeScanningAlert(null) // a non-security alert has no security severity
    const out = await codeScanningGate.check(cfg({ type: 'code-scanning', 'fail-on': failOn }), ctx())
    expect(out.passed).toBe(passed)
    if (!passed) expect(out.detail).toMatch(/open code-scanning alert.* at or above/)
  })

  test.each([
    ['only fixed criticals', [], 'critical', true],
    ['an open high under fail-on high', ['high'], 'high', false],
    ['an open medium under fail-on high', ['medium'], 'high', true]
  ] as const)('dependabot: %s', async (_n, severities, failOn, passed) => {
    for (const s of severities) server.state.addDependabotAlert(s)
    server.state.addDependabotAlert('critical', 'fixed')
    const out = await dependabotGate.check(cfg({ type: 'dependabot', 'fail-on': failOn }), ctx())
    expect(out.passed).toBe(passed)
  })

  test('dependabot reads every page (cursor pagination)', async () => {
    for (let i = 0; i < 120; i++) server.state.addDependabotAlert('low')
    server.state.addDependabotAlert('critical', 'open', 'left-pad')
    const out = await dependabotGate.check(cfg({ type: 'dependabot' }), ctx())
    expect(out.passed).toBe(false)
    expect(out.detail).toContain('critical left-pad')
  })

  test.each([
    [codeScanningGate, 'code-scanning', 'get /repos/{owner}/{repo}/code-scanning/alerts'],
    [dependabotGate, 'dependabot', 'get /repos/{owner}/{repo}/dependabot/alerts']
  ] as const)('%#: 403 fails with the security-events hint', async (gate, type, key) => {
    server.state.forbid.set(key, 403)
    const out = await gate.check(cfg({ type }) as never, ctx())
    expect(out.passed).toBe(false)
    expect(out.detail).toContain('add "security-events: read" under permissions:')
  })
})

describe('approval', () => {
  test.each([
    ['one approval by someone else', [['bob', 'approved']], 1, false, true],
    ['only the actor approved, distinct-from-actor', [['alice', 'approved']], 1, true, false],
    ['only the actor approved, actor allowed', [['alice', 'approved']], 1, false, true],
    [
      'two needed, one plus the actor',
      [
        ['alice', 'approved'],
        ['bob', 'approved']
      ],
      2,
      true,
      false
    ],
    [
      'two distinct approvers',
      [
        ['carol', 'approved'],
        ['bob', 'approved']
      ],
      2,
      true,
      true
    ],
    [
      'a rejection',
      [
        ['bob', 'approved'],
        ['carol', 'rejected']
      ],
      1,
      false,
      false
    ],
    ['no reviews', [], 1, false, false]
  ] as const)('%s', async (_n, reviews, min, distinct, passed) => {
    for (const [user, state] of reviews) server.state.addApproval(4242, user, state, ['production'])
    server.state.addApproval(4242, 'dave', 'approved', ['staging'])
    const out = await approvalGate.check(cfg({ type: 'approval', min, 'distinct-from-actor': distinct }), ctx())
    expect(out.passed).toBe(passed)
    expect(out.approvals?.map((a) => a.user)).toEqual(reviews.map(([u]) => u))
  })

  test('403 fails with the actions hint', async () => {
    server.state.forbid.set('get /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', 403)
    const out = await approvalGate.check(cfg({ type: 'approval' }), ctx())
    expect(out.detail).toContain('add "actions: read" under permissions:')
  })
})

describe('every GitHub gate without GitHub access', () => {
  test.each([
    [githubChecksGate, { type: 'github-checks' }],
    [githubDeploymentGate, { type: 'github-deployment', environment: 'staging' }],
    [codeScanningGate, { type: 'code-scanning' }],
    [dependabotGate, { type: 'dependabot' }],
    [approvalGate, { type: 'approval' }]
  ] as const)('%#: fails clearly and is read-only', async (gate, raw) => {
    const c = cfg(raw as never)
    const out = await gate.check(c as never, gateContext(undefined))
    expect(out.passed).toBe(false)
    expect(out.detail).toContain('no GitHub access')
    expect(gate.readOnly(c as never, { metrics: new Map() })).toBe(true)
  })
})
