/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY, proven against a real proxy: Debian's tinyproxy, started
 * here with its own config on a free 127.0.0.1 port (under the shared stack lock, as .ci/run
 * does for every real server). The bundle runs as the runner runs it with the proxy variables
 * set; tinyproxy's own log must show the GitHub request and the metric request, and a host in
 * NO_PROXY must be reached directly (its server sees the request, the proxy's log never names it).
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { makeRunnerDir, runStep } from '../../scripts/lib/runner.mjs'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

jest.setTimeout(90_000)

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const TINYPROXY = ['/usr/bin/tinyproxy', '/usr/sbin/tinyproxy'].find((p) => fs.existsSync(p))

let proxy: { child: ChildProcess; port: number; log: string; dir: string } | undefined
let gh: GitHubServer
const metricHits: { proxied: string[]; direct: string[] } = { proxied: [], direct: [] }
const servers: http.Server[] = []

async function metricServer(hits: string[]): Promise<number> {
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '')
    res.setHeader('content-type', 'application/json')
    res.end('{"rate":0.001}')
  })
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return (server.address() as AddressInfo).port
}

async function freePort(): Promise<number> {
  const s = http.createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const port = (s.address() as AddressInfo).port
  await new Promise((r) => s.close(r))
  return port
}

async function startTinyproxy(): Promise<NonNullable<typeof proxy>> {
  const dir = fs.mkdtempSync(path.join(makeRunnerDir('stagegate-proxy-'), 'tp-'))
  const port = await freePort()
  const log = path.join(dir, 'tinyproxy.log')
  fs.writeFileSync(
    path.join(dir, 'tinyproxy.conf'),
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 30',
      `LogFile "${log}"`,
      'LogLevel Info',
      `PidFile "${path.join(dir, 'tinyproxy.pid')}"`,
      'MaxClients 20',
      'Allow 127.0.0.1'
    ].join('\n') + '\n'
  )
  // -d: stay in the foreground, so the test owns the process and ends it by its pid.
  const child = spawn(TINYPROXY as string, ['-d', '-c', path.join(dir, 'tinyproxy.conf')], { stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    if (fs.existsSync(log) && /listening on|Listening on/i.test(fs.readFileSync(log, 'utf8'))) return { child, port, log, dir }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`tinyproxy did not start:\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '(no log)'}`)
}

beforeAll(async () => {
  if (!TINYPROXY) throw new Error('tinyproxy is not installed: run scripts/install-extras.sh')
  proxy = await startTinyproxy()
  gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  gh.state.addCheckRun(SHA, 'build', 'completed', 'success')
})

afterAll(async () => {
  proxy?.child.kill('SIGTERM')
  for (const s of servers) s.close()
  await gh?.close()
})

test('GitHub and metric requests go through HTTPS_PROXY/HTTP_PROXY; a NO_PROXY host is reached directly', async () => {
  const viaProxy = await metricServer(metricHits.proxied)
  const direct = await metricServer(metricHits.direct)
  const dir = makeRunnerDir('stagegate-proxy-run-')
  fs.mkdirSync(path.join(dir, 'workspace', '.github'))
  fs.writeFileSync(
    path.join(dir, 'workspace', '.github', 'deploy.yml'),
    `version: 1
service: checkout-api
metrics:
  via-proxy: { provider: http, url: "http://127.0.0.1:${viaProxy}/rate", value: $.rate }
  no-proxy: { provider: http, url: "http://localhost:${direct}/rate", value: $.rate }
environments:
  production:
    gates:
      - { name: ci-green, type: github-checks }
    steps:
      - { weight: 50, pause: 300ms }
      - { weight: 100, pause: 0s }
    analysis:
      interval: 100ms
      checks:
        - { metric: via-proxy, max: 0.05 }
        - { metric: no-proxy, max: 0.05 }
    actions:
      set-weight: "true"
      rollback: "true"
`
  )
  const proxyUrl = `http://127.0.0.1:${proxy!.port}`
  const r = await runStep({
    dir,
    inputs: { environment: 'production' },
    token: 'ghs_contracttoken',
    apiUrl: gh.url,
    env: { HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl, NO_PROXY: 'localhost' }
  })
  expect(r.outputs.status).toBe('succeeded')
  expect(gh.violations).toEqual([])
  const log = fs.readFileSync(proxy!.log, 'utf8')
  const ghPort = new URL(gh.url).port
  // tinyproxy logs each request it relays: "CONNECT 127.0.0.1:port" (tunnel) or "GET http://…"
  expect(log).toMatch(new RegExp(`(CONNECT 127\\.0\\.0\\.1:${ghPort}|http://127\\.0\\.0\\.1:${ghPort}/)`))
  expect(log).toMatch(new RegExp(`(CONNECT 127\\.0\\.0\\.1:${viaProxy}|http://127\\.0\\.0\\.1:${viaProxy}/)`))
  expect(log).not.toMatch(new RegExp(`localhost:${direct}|:${direct}\\b`))
  expect(metricHits.proxied.length).toBeGreaterThan(0)
  expect(metricHits.direct.length).toBeGreaterThan(0)
  expect(gh.requests.length).toBeGreaterThan(0)
})

test('without proxy variables nothing goes through the proxy', async () => {
  const before = fs.readFileSync(proxy!.log, 'utf8').length
  const port = await metricServer([])
  const dir = makeRunnerDir('stagegate-proxy-none-')
  fs.mkdirSync(path.join(dir, 'workspace', '.github'))
  fs.writeFileSync(
    path.join(dir, 'workspace', '.github', 'deploy.yml'),
    `version: 1
service: checkout-api
metrics:
  m: { provider: http, url: "http://127.0.0.1:${port}/rate", value: $.rate }
environments:
  production:
    steps:
      - { weight: 100, pause: 200ms }
    analysis:
      interval: 100ms
      checks:
        - { metric: m, max: 0.05 }
    actions:
      set-weight: "true"
      rollback: "true"
`
  )
  const r = await runStep({ dir, inputs: { environment: 'production' }, token: 'ghs_contracttoken', apiUrl: gh.url })
  expect(r.outputs.status).toBe('succeeded')
  expect(fs.readFileSync(proxy!.log, 'utf8').slice(before)).not.toMatch(/CONNECT|GET http/)
})

// tinyproxy really is a proxy here (not a port that happens to answer): curl through it works.
test('the tinyproxy under test relays a plain request', async () => {
  const hits: string[] = []
  const port = await metricServer(hits)
  const { stdout: out } = await promisify(execFile)(
    'curl',
    ['-s', '--max-time', '20', '--proxy', `http://127.0.0.1:${proxy!.port}`, `http://127.0.0.1:${port}/ping`],
    { encoding: 'utf8' }
  )
  expect(out).toContain('rate')
  expect(hits).toEqual(['/ping'])
})
