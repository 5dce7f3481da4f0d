/**
 * Never leak (issue 8, items 3, 4 and 9): the bundle, run as the runner runs it, against the
 * GitHub contract server and a local HTTP server that records every request and echoes the
 * Authorization header back (as a misbehaving metrics server does).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { execFileSync } from 'node:child_process'
import { makeRunnerDir, runStep, type StepOptions } from '../../scripts/lib/runner.mjs'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

jest.setTimeout(90_000)

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const PASSWORD = 'hunter2-Pa55'
const BASIC = Buffer.from(`user:${PASSWORD}`).toString('base64')
const RUNTIME_TOKEN = 'runtime-token-that-must-stay-on-the-runner'

let gh: GitHubServer
let echo: http.Server
let echoUrl: string
const seen: { method: string; url: string; auth: string }[] = []

beforeAll(async () => {
  echo = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization ?? '' })
    res.writeHead(500, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ error: 'bad gateway', 'you-sent': `Authorization: ${req.headers.authorization ?? ''}`, query: req.url }))
  })
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', () => r()))
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => echo.close(() => r())))

beforeEach(async () => {
  seen.length = 0
  gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  gh.state.addCheckRun(SHA, 'build', 'completed', 'success')
  gh.state.addPull(SHA, 7)
})
afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})

function workspace(cfg: string): string {
  const dir = makeRunnerDir('stagegate-leak-')
  fs.mkdirSync(path.join(dir, 'workspace', '.github'))
  fs.writeFileSync(path.join(dir, 'workspace', '.github', 'deploy.yml'), cfg)
  return dir
}

function run(dir: string, over: Partial<StepOptions> = {}) {
  return runStep({ dir, inputs: { environment: 'production' }, token: 'ghs_contracttoken', apiUrl: gh.url, ...over })
}

// ------------------------------------------------------------------ item 4: credentials in every sink

const LEAKY = `version: 1
service: checkout-api
metrics:
  error-rate:
    provider: command
    run: 'echo "cannot reach $PROM_URL" >&2; exit 3'
environments:
  production:
    gates:
      - { name: smoke, type: command, required: false, run: 'echo "smoke failed against $PROM_URL"; exit 1' }
      - name: upstream
        type: http
        required: false
        url: "{{ env.ECHO_URL }}/health"
    steps:
      - { weight: 50, pause: 400ms }
      - { weight: 100, pause: 400ms }
    analysis:
      interval: 100ms
      checks:
        - { metric: error-rate, max: 1, on-no-data: fail }
      inconclusive-limit: 0
    actions:
      set-weight: echo "$STAGEGATE_WEIGHT" > "$GITHUB_WORKSPACE/weight"
      rollback: echo "rolling back from $PROM_URL" >&2; echo 0 > "$GITHUB_WORKSPACE/weight"
`

test('a password printed by a gate, a metric and an echoing server reaches no summary, comment, report, audit, output or Deployment status', async () => {
  const dir = workspace(LEAKY)
  const promUrl = `https://user:${PASSWORD}@prom.internal:9090`
  const r = await run(dir, { env: { PROM_URL: promUrl, ECHO_URL: echoUrl.replace('http://', `http://user:${PASSWORD}@`) } })
  expect(r.outputs.status).toBe('rolled-back')
  expect(seen.some((q) => q.auth === `Basic ${BASIC}`)).toBe(true) // the server did get (and echo) the credential
  const reportPath = r.reportPath ?? ''
  const auditPath = reportPath.replace(/-report\.json$/, '-audit.jsonl')
  const comment = (gh.state.comments.get(7) ?? []).map((c) => c.body).join('\n')
  const statuses = gh.state.deployments.flatMap((d) => gh.state.statusesOf(d.id as number).map((s) => String(s.description ?? '')))
  const sinks: Record<string, string> = {
    summary: r.summary,
    comment,
    report: fs.readFileSync(reportPath, 'utf8'),
    audit: fs.readFileSync(auditPath, 'utf8'),
    outputs: JSON.stringify(r.outputs),
    'rollback-reason': r.outputs['rollback-reason'],
    'deployment statuses': statuses.join('\n')
  }
  for (const [name, text] of Object.entries(sinks)) {
    for (const secret of [PASSWORD, BASIC, `user:${PASSWORD}`, encodeURIComponent(PASSWORD)]) {
      expect({ sink: name, leaks: text.includes(secret) }).toEqual({ sink: name, leaks: false })
    }
  }
  // what the commands said still arrives, with the credential cut out
  expect(r.outputs['rollback-reason']).toContain('cannot reach https://***@prom.internal:9090')
  expect(sinks.report).toContain('smoke failed against https://***@prom.internal:9090')
  expect(sinks.report).toContain('Authorization: Basic ***')
  expect(comment).toMatch(/rolled back/i)
  // the runner masks them in the log
  for (const secret of [PASSWORD, BASIC]) expect(r.stdout).toContain(`::add-mask::${secret}`)
})

// ------------------------------------------------------------------ item 3: runner tokens never resolve

test("a placeholder naming the runner's token is refused at its line before any request", async () => {
  const cfg = `version: 1
service: checkout-api
metrics:
  probe:
    provider: http
    url: "{{ env.ECHO_URL }}/q?t={{ env.ACTIONS_RUNTIME_TOKEN }}"
    value: $.v
environments:
  production:
    analysis:
      checks: [{ metric: probe, max: 1 }]
`
  const dir = workspace(cfg)
  const r = await run(dir, {
    inputs: { environment: 'production', mode: 'plan' },
    env: { ECHO_URL: echoUrl, ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN }
  })
  expect(r.code).toBe(1)
  expect(r.stdout).toContain(
    '::error title=Stagegate config,file=.github/deploy.yml,line=6,col=10::metrics.probe.url: placeholder "{{ env.ACTIONS_RUNTIME_TOKEN }}" is refused'
  )
  expect(seen).toEqual([])
  expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([])
})

const PROBING = `version: 1
service: checkout-api
metrics:
  latency:
    provider: prometheus
    address: "{{ env.ECHO_URL }}"
    query: up
environments:
  production:
    gates:
      - { name: ci, type: github-checks }
      - { name: upstream, type: http, url: "{{ env.ECHO_URL }}/health" }
      - { name: fast, type: metric, metric: latency, max: 1 }
    analysis:
      checks: [{ metric: latency, max: 1 }]
    actions:
      set-weight: touch "$GITHUB_WORKSPACE/moved"
      rollback: "true"
`
const prEvent = (head: string) => ({
  pull_request: { number: 7, head: { sha: SHA, repo: { full_name: head } }, base: { repo: { full_name: 'acme/checkout' } } }
})

test("plan mode on a fork's pull request makes no request the config names and says so; GitHub API gates still run", async () => {
  const dir = workspace(PROBING)
  const r = await run(dir, {
    inputs: { environment: 'production', mode: 'plan' },
    eventName: 'pull_request',
    event: prEvent('mallory/checkout'),
    env: { ECHO_URL: echoUrl }
  })
  expect(r.outputs.status).toBe('planned')
  expect(seen).toEqual([])
  const gates = Object.fromEntries(
    r.report.gates.map((g: { name: string; status: string; detail: string }) => [g.name, [g.status, g.detail]])
  )
  expect(gates.ci[0]).toBe('passed')
  expect(gates.upstream).toEqual([
    'skipped',
    'not evaluated: pull request from another repository (mallory/checkout); plan mode makes no request its config names'
  ])
  expect(gates.fast[0]).toBe('skipped')
  expect(r.report.notes.join('\n')).toContain(
    'pull request from another repository (mallory/checkout): its config is untrusted, so plan mode made no request the config names'
  )
  expect(r.summary).toContain('plan mode made no request the config names')
  expect(fs.existsSync(path.join(dir, 'workspace', 'moved'))).toBe(false)
})

test('the same plan on a pull request from the repository itself does probe (the control of the test above)', async () => {
  const dir = workspace(PROBING)
  const r = await run(dir, {
    inputs: { environment: 'production', mode: 'plan' },
    eventName: 'pull_request',
    event: prEvent('acme/checkout'),
    env: { ECHO_URL: echoUrl }
  })
  expect(r.outputs.status).toBe('planned')
  expect(seen.length).toBeGreaterThan(0)
})

test('mode: deploy on a pull request from another repository is refused (head full_name differs from base)', async () => {
  const r = await run(workspace(PROBING), { eventName: 'pull_request', event: prEvent('mallory/checkout'), env: { ECHO_URL: echoUrl } })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/refused on a pull_request from a fork \(mallory\/checkout/)
  expect(seen).toEqual([])
})

// ------------------------------------------------------------------ item 9: files and paths

test('a version of ".." in a URL path is refused, not normalised into another address', async () => {
  const cfg = `version: 1
service: checkout-api
environments:
  production:
    gates:
      - { name: versioned, type: http, url: "{{ env.ECHO_URL }}/api/{{ version }}/health" }
    strategy: all-at-once
`
  const r = await run(workspace(cfg), { inputs: { environment: 'production', version: '..' }, env: { ECHO_URL: echoUrl } })
  expect(r.outputs.status).toBe('blocked')
  expect(r.report.gates[0].detail).toMatch(
    /\{\{ version \}\} renders "\.\.", a "\." or "\.\." URL path segment that would be normalised away/
  )
  expect(seen).toEqual([])
})

test('a config path that is a FIFO fails at once with a clear error (it used to block forever)', async () => {
  const dir = workspace('')
  const cfg = path.join(dir, 'workspace', '.github', 'deploy.yml')
  fs.rmSync(cfg)
  execFileSync('mkfifo', [cfg])
  const r = await run(dir)
  expect(r.code).toBe(1)
  expect(r.stdout).toContain(
    '::error title=Stagegate config,file=.github/deploy.yml,line=1,col=1::config file could not be read (it is a FIFO (named pipe), not a regular file)'
  )
})

const SMALL = `version: 1
service: checkout-api
environments:
  production:
    strategy: all-at-once
`

test('a full RUNNER_TEMP (ENOSPC) does not lose the report: it goes to the next directory and report-path says where', async () => {
  const dir = workspace(SMALL)
  for (const f of ['stagegate-production-report.json', 'stagegate-production-audit.jsonl'])
    fs.symlinkSync('/dev/full', path.join(dir, 'temp', f))
  const tmp = path.join(dir, 'tmp2')
  fs.mkdirSync(tmp)
  const r = await run(dir, { env: { TMPDIR: tmp } })
  expect(r.outputs.status).toBe('succeeded')
  expect(r.code).toBe(0)
  expect(r.outputs['report-path']).toBe(path.join(tmp, 'stagegate-production-report.json'))
  expect(r.report.status).toBe('succeeded')
  expect(fs.readFileSync(path.join(tmp, 'stagegate-production-audit.jsonl'), 'utf8')).toContain('"environment":"production"')
  expect(r.stdout).toMatch(/::warning::could not write the JSON report to .*\/temp \(ENOSPC\); wrote it to /)
})

test('when no directory takes the report, the step fails loudly naming each directory', async () => {
  const dir = workspace(SMALL)
  const blocker = path.join(dir, 'a-file')
  fs.writeFileSync(blocker, '')
  for (const f of ['stagegate-production-report.json', 'stagegate-production-audit.jsonl'])
    fs.symlinkSync('/dev/full', path.join(dir, 'workspace', f))
  const r = await run(dir, { env: { RUNNER_TEMP: path.join(blocker, 'temp'), TMPDIR: path.join(blocker, 'tmp') } })
  expect(r.code).toBe(1)
  expect(r.outputs['report-path']).toBe('')
  expect(r.stdout).toMatch(
    /::error::the JSON report and the audit trail could not be written to any directory: .*a-file\/temp \(ENOTDIR\); .*a-file\/tmp \(ENOTDIR\); .*workspace \(ENOSPC\); report-path is empty/
  )
  expect(r.stdout).toMatch(/::error::Stagegate succeeded, but the JSON report and the audit trail could not be written/)
})
