/**
 * Risk from the change, through the bundle as the runner runs it and the GitHub contract server
 * (every request checked against GitHub's OpenAPI description): PR labels, title and files pick
 * the profile; a hotfix needs a reason; backup → migrate → … → rollback → migrate-rollback.
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runStep, type StepOptions } from '../../scripts/lib/runner.mjs'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

jest.setTimeout(60_000)

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' // the runner harness's GITHUB_SHA
const RUN_ID = 4242
let gh: GitHubServer

beforeEach(async () => {
  gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  gh.state.addCheckRun(SHA, 'build', 'completed', 'success')
})

afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})

const LOG = 'echo "$0 $STAGEGATE_CHANGE_TYPE/$STAGEGATE_RISK w=$STAGEGATE_WEIGHT" >> "$GITHUB_WORKSPACE/log"'
const act = (name: string, extra = '') => `      ${name}: ${extra}${LOG.replace('$0', name)}\n`

function config(opts: { migrate?: string; verify?: string } = {}): string {
  return `version: 1
service: checkout-api
metrics:
  errors: { provider: command, run: echo 0 }
environments:
  production:
    gates:
      - { name: ci-green, type: github-checks }
      - { name: change-board, type: command, run: "true" }
    steps:
      - { weight: 10, pause: 100ms }
      - { weight: 100, pause: 100ms }
    analysis:
      interval: 40ms
      checks:
        - { metric: errors, max: 1 }
    actions:
${act('backup', 'echo "dumped 3 tables for $STAGEGATE_SERVICE"; ')}${act('migrate', opts.migrate ?? '')}${act('migrate-rollback')}${act('set-weight')}${act('verify', opts.verify ?? '')}${act('rollback')}    profiles:
      low:
        steps: [{ weight: 50, pause: 50ms }, { weight: 100, pause: 50ms }]
      high:
        steps: [{ weight: 1, pause: 50ms }, { weight: 5, pause: 50ms }, { weight: 25, pause: 50ms }, { weight: 50, pause: 50ms }, { weight: 100, pause: 80ms }]
        approvals: 2
      hotfix:
        steps: [{ weight: 50, pause: 50ms }, { weight: 100, pause: 50ms }]
        skip-gates: [change-board]
`
}

function workspace(cfg = config()): string {
  const dir = makeRunnerDir('stagegate-risk-')
  fs.mkdirSync(path.join(dir, 'workspace', '.github'))
  fs.writeFileSync(path.join(dir, 'workspace', '.github', 'deploy.yml'), cfg)
  return dir
}

const log = (dir: string) => {
  const f = path.join(dir, 'workspace', 'log')
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim().split('\n') : []
}

function run(dir: string, over: Partial<StepOptions> = {}) {
  return runStep({ dir, inputs: { environment: 'production' }, token: 'ghs_contracttoken', apiUrl: gh.url, ...over })
}

const pullRequestEvent = (number: number, title: string, labels: string[] = []) => ({
  number,
  pull_request: { number, title, state: 'open', labels: labels.map((name) => ({ name })), head: { sha: SHA, repo: { fork: false } } }
})

test("push: the commit's PR touches migrations/ → risk high, the high profile (five steps, two approvals), phases in order", async () => {
  gh.state.addPull(SHA, 7, 'open', {
    title: 'feat(orders): add the orders table',
    files: [
      { path: 'src/orders.ts', lines: 80 },
      { path: 'migrations/0042_orders.sql', lines: 20 }
    ]
  })
  gh.state.addApproval(RUN_ID, 'bob', 'approved', ['production'])
  gh.state.addApproval(RUN_ID, 'carol', 'approved', ['production'])
  const dir = workspace()
  const r = await run(dir)
  expect(r.outputs.status).toBe('succeeded')
  expect(r.outputs).toMatchObject({ 'change-type': 'feature', risk: 'high' })
  expect(r.report.change).toMatchObject({ type: 'feature', risk: 'high', pr: 7, files: 2, lines: 100, profile: { name: 'high' } })
  expect(r.report.change.matched.map((m: { rule: string }) => m.rule)).toEqual(['migrations', 'conventional-feature'])
  expect(r.report.plan.map((s: { weight: number }) => s.weight)).toEqual([1, 5, 25, 50, 100])
  expect(r.report.gates.find((g: { name: string }) => g.name === 'risk-approvals')).toMatchObject({ status: 'passed' })
  expect(log(dir)).toEqual([
    'backup feature/high w=0',
    'migrate feature/high w=0',
    ...[1, 5, 25, 50, 100].flatMap((w) => [`set-weight feature/high w=${w}`, `verify feature/high w=${w}`])
  ])
  expect(r.report.backup).toMatchObject({ outcome: 'ok', output: 'dumped 3 tables for checkout-api\n', truncated: false })
  expect(r.summary).toMatch(/### Change: feature · 🟠 risk \*\*high\*\*/)
  expect(r.summary).toMatch(/\*\*Profile:\*\* \*\*high\*\*/)
  expect(r.summary).toContain('dumped 3 tables')
  const comment = gh.state.comments.get(7)?.[0]?.body as string
  expect(comment).toMatch(/\*\*Change:\*\* feature · 🟠 risk \*\*high\*\* \(migrations, conventional-feature\)/)
  expect(r.report.audit).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ phase: 'classify', action: 'change classified', result: 'feature/high' }),
      expect.objectContaining({ phase: 'classify', action: 'profile', result: 'high' }),
      expect.objectContaining({ phase: 'migrate', action: 'migrate', result: 'ok' })
    ])
  )
  expect((gh.state.deployments[0].payload as { change: unknown }).change).toEqual({
    type: 'feature',
    risk: 'high',
    profile: 'high',
    hotfix: null
  })
  // the commit's PR is looked up once (classification and the comment share it); its files once
  expect(gh.requests.filter((q) => q.path.includes('/commits/') && q.path.includes('/pulls'))).toHaveLength(1)
  expect(gh.requests.filter((q) => q.path.includes('/pulls/7/files'))).toHaveLength(1)
})

test('pull_request, plan mode: a docs-only PR → risk low, the low profile; the plan lists the phases in order', async () => {
  gh.state.addPull(SHA, 8, 'open', { title: 'docs: runbook for the checkout', files: [{ path: 'docs/runbook.md' }, { path: 'README.md' }] })
  const r = await run(workspace(), {
    inputs: { environment: 'production', mode: 'plan' },
    eventName: 'pull_request',
    event: pullRequestEvent(8, 'docs: runbook for the checkout')
  })
  expect(r.outputs.status).toBe('planned')
  expect(r.outputs).toMatchObject({ 'change-type': 'docs', risk: 'low' })
  expect(r.report.change.profile).toMatchObject({
    name: 'low',
    why: expect.stringMatching(/risk low \(rule docs-only: all 2 changed files match/)
  })
  expect(r.report.plan.map((s: { weight: number }) => s.weight)).toEqual([50, 100])
  expect(r.report.phases).toEqual([
    'gates',
    'backup',
    'migrate',
    'baseline',
    'step 1: 50%',
    'step 2: 100%',
    'on failure: rollback → migrate-rollback'
  ])
  expect(r.summary).toContain(
    '**Phases:** gates → backup → migrate → baseline → step 1: 50% → step 2: 100% → on failure: rollback → migrate-rollback'
  )
  expect(gh.state.comments.get(8)?.[0]?.body).toMatch(/risk \*\*low\*\*[^\n]*profile: \*\*low\*\*/)
  expect(log(workspace())).toEqual([]) // plan mode runs no phase
  // the event carries the PR: only its files are requested, never the commit's PRs or the PR object
  expect(gh.requests.filter((q) => q.path.includes('/pulls')).map((q) => q.path.replace(/\?.*/, ''))).toEqual([
    '/repos/acme/checkout/pulls/8/files'
  ])
})

test("a hotfix without a reason is refused at the hotfix profile's line: no Deployment, no command", async () => {
  gh.state.addPull(SHA, 9, 'open', { title: 'fix: stop double charges', labels: ['hotfix'], files: [{ path: 'src/pay.ts' }] })
  const cfg = config()
  const line = cfg.split('\n').findIndex((l) => l === '      hotfix:') + 1
  const dir = workspace(cfg)
  const r = await run(dir)
  expect(r.code).toBe(1)
  expect(r.stdout).toContain(
    `::error title=Stagegate config,file=.github/deploy.yml,line=${line},col=7::environments.production.profiles.hotfix: this change is a hotfix`
  )
  expect(r.stdout).toMatch(/set the `reason` input/)
  expect(gh.state.deployments).toHaveLength(0)
  expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([])
  expect(log(dir)).toEqual([])
})

test('a hotfix with a reason: the hotfix profile, shown first in the summary, on the comment and the Deployment', async () => {
  gh.state.addPull(SHA, 9, 'open', { title: 'fix: stop double charges', labels: ['hotfix'], files: [{ path: 'src/pay.ts' }] })
  const dir = workspace()
  const r = await run(dir, { inputs: { environment: 'production', reason: 'INC-4711 double charges' } })
  expect(r.outputs.status).toBe('succeeded')
  expect(r.outputs['change-type']).toBe('hotfix')
  expect(r.report.change.hotfix).toEqual({ reason: 'INC-4711 double charges', actor: 'octocat' })
  expect(r.report.gates.map((g: { name: string }) => g.name)).toEqual(['ci-green']) // change-board skipped
  expect(r.report.plan.map((s: { weight: number }) => s.weight)).toEqual([50, 100])
  expect(r.summary.split('\n\n')[1]).toMatch(/HOTFIX\*\* by octocat — INC-4711 double charges/)
  expect(gh.state.comments.get(9)?.[0]?.body).toMatch(/HOTFIX\*\* by octocat/)
  const statuses = gh.state.statusesOf(gh.state.deployments[0].id as number).map((s) => s.description)
  expect(statuses.every((d) => String(d).startsWith('HOTFIX · '))).toBe(true)
  expect(r.report.audit).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ phase: 'classify', action: 'hotfix', detail: 'by octocat: INC-4711 double charges' })
    ])
  )
})

test('a failed migrate runs migrate-rollback and nothing else: rolled-back, nothing deployed', async () => {
  gh.state.addPull(SHA, 7, 'open', { title: 'feat: x', files: [{ path: 'src/a.ts' }] })
  const dir = workspace(config({ migrate: 'echo "ERROR relation exists" >&2; exit 3; ' }))
  const r = await run(dir)
  expect(r.outputs.status).toBe('rolled-back')
  expect(r.outputs['rollback-reason']).toBe('migrate failed (exit 3)')
  expect(log(dir)).toEqual(['backup feature/medium w=0', 'migrate-rollback feature/medium w=0'])
  expect(r.report.rollback.commands).toEqual([expect.objectContaining({ action: 'migrate-rollback', outcome: 'ok' })])
  expect(r.report.audit).toEqual(
    expect.arrayContaining([expect.objectContaining({ phase: 'migrate', result: 'failed', detail: 'ERROR relation exists' })])
  )
})

test('a rollback after migrate: rollback, then migrate-rollback, in that order', async () => {
  gh.state.addPull(SHA, 7, 'open', { title: 'feat: x', files: [{ path: 'src/a.ts' }] })
  const dir = workspace(config({ verify: 'test "$STAGEGATE_WEIGHT" != 100 || exit 1; ' }))
  const r = await run(dir)
  expect(r.outputs.status).toBe('rolled-back')
  expect(log(dir)).toEqual([
    'backup feature/medium w=0',
    'migrate feature/medium w=0',
    'set-weight feature/medium w=10',
    'verify feature/medium w=10',
    'set-weight feature/medium w=100',
    'rollback feature/medium w=0',
    'migrate-rollback feature/medium w=0'
  ])
  expect(r.report.rollback.commands.map((c: { action: string }) => c.action)).toEqual(['rollback', 'verify-rollback', 'migrate-rollback'])
})

test('workflow_dispatch: change-type and risk set by hand are used and recorded', async () => {
  const r = await run(workspace(), {
    inputs: { environment: 'production', mode: 'plan', 'change-type': 'config', risk: 'low' },
    eventName: 'workflow_dispatch',
    event: { inputs: {} }
  })
  expect(r.outputs).toMatchObject({ status: 'planned', 'change-type': 'config', risk: 'low' })
  expect(r.report.change.matched).toEqual([
    expect.objectContaining({ rule: 'input change-type', origin: 'input', why: 'set by hand by octocat' }),
    expect.objectContaining({ rule: 'input risk', origin: 'input', risk: 'low' })
  ])
  expect(r.report.change.profile.name).toBe('low')
})

test('a hand-set risk below what the rules say needs a reason', async () => {
  gh.state.addPull(SHA, 7, 'open', { title: 'feat: x', files: [{ path: 'migrations/1.sql' }] })
  const dir = workspace()
  const r = await run(dir, { inputs: { environment: 'production', risk: 'low' } })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/input "risk" \(low\) is lower than the risk the change's rules give \(high/)
  expect(gh.state.deployments).toHaveLength(0)
  expect(log(dir)).toEqual([])
})

test.each(['release', 'workflow_dispatch'])("%s: the commit's PR classifies the change (plan mode)", async (eventName) => {
  gh.state.addPull(SHA, 11, 'closed', { title: 'feat: orders', merged: true, files: [{ path: 'db/migrate/20260101_orders.rb' }] })
  const r = await run(workspace(), { inputs: { environment: 'production', mode: 'plan' }, eventName, event: {} })
  expect(r.outputs).toMatchObject({ status: 'planned', 'change-type': 'feature', risk: 'high' })
  expect(r.report.change).toMatchObject({
    pr: 11,
    source: expect.stringMatching(/pull request #11 \(the pull request of commit a1b2c3d\)/),
    profile: { name: 'high' }
  })
  expect(gh.state.comments.get(11)).toBeUndefined() // a merged PR classifies the change; the comment policy stays as it was
})

test('a docs-only PR of 150 files: the files are paginated (2 requests) and it is still low', async () => {
  const files = Array.from({ length: 150 }, (_, i) => ({ path: `docs/page-${i}.md` }))
  gh.state.addPull(SHA, 12, 'open', { title: 'docs: everything', files })
  const r = await run(workspace(), { inputs: { environment: 'production', mode: 'plan' } })
  expect(r.report.change).toMatchObject({ risk: 'low', files: 150 })
  expect(gh.requests.filter((q) => q.path.includes('/pulls/12/files'))).toHaveLength(2)
})

test("the PR's files cannot be listed: the risk is at least high, with a warning", async () => {
  gh.state.addPull(SHA, 13, 'open', { title: 'docs: x', files: [{ path: 'docs/x.md' }] })
  gh.state.forbid.set('get /repos/{owner}/{repo}/pulls/{pull_number}/files', 403)
  const r = await run(workspace(), { inputs: { environment: 'production', mode: 'plan' } })
  expect(r.report.change).toMatchObject({ risk: 'high', profile: { name: 'high' } })
  expect(r.report.change.matched.map((m: { rule: string }) => m.rule)).toContain('files-unknown')
  expect(r.stdout).toMatch(/::warning::change classification: could not list the files of PR #13/)
})

test('plan mode on a hotfix PR without a reason: the hotfix plan, saying a deploy needs the reason', async () => {
  gh.state.addPull(SHA, 9, 'open', { title: 'fix: stop double charges', labels: ['hotfix'], files: [{ path: 'src/pay.ts' }] })
  const r = await run(workspace(), { inputs: { environment: 'production', mode: 'plan' } })
  expect(r.outputs.status).toBe('planned')
  expect(r.report.change.profile).toMatchObject({
    name: 'hotfix',
    why: expect.stringMatching(/mode deploy refuses it without the `reason` input/)
  })
  expect(r.stdout).toMatch(/::warning::plan: this change is a hotfix/)
})
