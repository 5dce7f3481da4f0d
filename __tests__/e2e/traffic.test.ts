/**
 * The built-in traffic adapters against the real servers: the bundled action (dist/) with
 * `traffic: { type: nginx }` and `traffic: { type: haproxy }` instead of set-weight / verify /
 * rollback scripts, on the real stack (two sample-service tracks scraped by Prometheus, nginx,
 * and a real HAProxy started here). Each scenario asserts the outcome, that every shift was
 * verified by reading the weight back, and the traffic the server really sends afterwards.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runStep, type StepResult } from '../../scripts/lib/runner.mjs'
import { startLoad, type Load } from '../support/load.js'
import { EXAMPLE_DEPLOY_CONFIG, stackSkipReason, startStack, type Stack, type StackOptions } from '../support/stack.js'
import { haproxySkipReason, startHaproxy, type Haproxy } from '../support/haproxy.js'

jest.setTimeout(120_000)

const skip = stackSkipReason() ?? haproxySkipReason()
if (skip) console.warn(`traffic adapter e2e skipped: ${skip}`)
const describeStack = skip ? describe.skip : describe

let stack: Stack | undefined
let load: Load | undefined
let haproxy: Haproxy | undefined

afterEach(async () => {
  await load?.stop()
  await haproxy?.stop()
  await stack?.stop()
  load = stack = haproxy = undefined
})

const NGINX_TRAFFIC = `    traffic:
      type: nginx
      upstream-file: "{{ env.NGINX_UPSTREAM_FILE }}"
      stable: "{{ env.NGINX_STABLE_SERVER }}"
      canary: "{{ env.NGINX_CANARY_SERVER }}"
      nginx: ["{{ env.NGINX_BIN }}", -p, "{{ env.NGINX_PREFIX }}", -c, "{{ env.NGINX_CONF }}"]
      status-url: "{{ env.NGINX_URL }}/__stagegate/weight"
      timeout: 30s
`
const HAPROXY_TRAFFIC = `    traffic:
      type: haproxy
      socket: "{{ env.HAPROXY_SOCKET }}"
      backend: app
      stable: stable
      canary: canary
      timeout: 30s
`

/** examples/deploy.yml with only `deploy` left of the actions and the traffic block instead of the scripts. */
function withAdapter(block: string, extraGate = ''): string {
  const cfg = fs.readFileSync(EXAMPLE_DEPLOY_CONFIG, 'utf8')
  const actions = / {4}actions:\n( {6}.*\n)+/.exec(cfg)
  if (!actions) throw new Error('examples/deploy.yml has no actions block')
  const replaced = cfg.replace(actions[0], `    actions:\n      timeout: 1m\n      deploy: bash "$NGINX_SCRIPTS/deploy.sh"\n${block}`)
  return extraGate ? replaced.replace(/ {6}- name: nginx-up\n( {8}.*\n)+/, extraGate) : replaced
}

async function up(opts: StackOptions, through: 'nginx' | 'haproxy'): Promise<Stack> {
  stack = await startStack(opts)
  if (through === 'haproxy') haproxy = await startHaproxy(stack.dir, stack.stableUrl, stack.canaryUrl)
  load = startLoad(through === 'haproxy' ? haproxy!.url : stack.nginxUrl, { rps: 60, maxRequests: 10_000, maxSeconds: 110 })
  await stack.waitForQuery('sum(rate(http_requests_total{track="stable"}[5s]))', (v) => v !== undefined && v > 0, 20_000)
  return stack
}

async function deploy(s: Stack, config: string, env: Record<string, string> = {}): Promise<StepResult> {
  const dir = makeRunnerDir('stagegate-traffic-e2e-')
  const gh = path.join(dir, 'workspace', '.github')
  fs.mkdirSync(gh)
  fs.writeFileSync(path.join(gh, 'deploy.yml'), config)
  const r = await runStep({ dir, inputs: { environment: 'production', version: 'v2.0.0' }, env: { ...s.env, ...env } })
  if (!r.report) throw new Error(`no report; output:\n${r.stdout}\n${s.logs()}`)
  return r
}

function expectStatus(r: StepResult, status: string): void {
  if (r.outputs.status !== status) {
    const why = JSON.stringify(
      { gates: r.report?.gates, rollback: r.report?.rollback, error: r.report?.error, commands: r.report?.commands },
      null,
      1
    )
    throw new Error(`status ${r.outputs.status}, expected ${status}\n${why}\n${r.stdout.slice(-4000)}`)
  }
}

type Cmd = { action: string; outcome: string; weight: number }
const commands = (r: StepResult) => (r.report.commands as Cmd[]).map((c) => `${c.action}@${c.weight}:${c.outcome}`)

describeStack('traffic: nginx (weighted upstream file + reload) on the real nginx', () => {
  test('a healthy canary is promoted; every shift verified from what nginx serves', async () => {
    const s = await up({}, 'nginx')
    const r = await deploy(s, withAdapter(NGINX_TRAFFIC))
    expectStatus(r, 'succeeded')
    expect(commands(r)).toEqual([
      'deploy@0:ok',
      'set-weight@5:ok',
      'verify@5:ok',
      'set-weight@25:ok',
      'verify@25:ok',
      'set-weight@50:ok',
      'verify@50:ok',
      'set-weight@100:ok',
      'verify@100:ok',
      'promote@100:skipped'
    ])
    expect(r.stdout).toMatch(/\[verify\] verified: the router sends 25% to the canary/)
    expect(fs.readFileSync(s.env.NGINX_UPSTREAM_FILE, 'utf8')).toMatch(/server [\d.:]+ weight=100;/)
    const count = await s.countTracks(50)
    expect(count).toMatchObject({ canary: 50, stable: 0, errors: 0 })
  })

  test('a failing canary is rolled back through the adapter; verify-rollback reads 0% back', async () => {
    const s = await up({ canary: { errorRate: 0.5 } }, 'nginx')
    const r = await deploy(s, withAdapter(NGINX_TRAFFIC))
    expectStatus(r, 'rolled-back')
    expect(r.report.rollback).toMatchObject({ step: 1, verified: true })
    expect(commands(r).slice(-2)).toEqual(['rollback@0:ok', 'verify-rollback@0:ok'])
    expect(r.outputs['final-weight']).toBe('0')
    const count = await s.countTracks(50)
    expect(count).toMatchObject({ stable: 50, canary: 0, errors: 0 })
  })

  test('nginx refusing the upstream file fails set-weight, keeps the previous file, and rolls back', async () => {
    const s = await up({}, 'nginx')
    // an upstream name nginx.conf does not use is fine for nginx; a server that is not host:port is not
    const broken = NGINX_TRAFFIC.replace('canary: "{{ env.NGINX_CANARY_SERVER }}"', 'canary: "{{ env.BROKEN_SERVER }}"')
    const r = await deploy(s, withAdapter(broken), { BROKEN_SERVER: 'no-such-host.invalid:1' })
    expectStatus(r, 'rolled-back')
    expect(r.outputs['rollback-reason']).toMatch(/^set-weight failed/)
    expect(r.stdout).toMatch(/nginx refused the new upstream file; the previous one is back in place/)
    expect(r.report.rollback.verified).toBe(true)
    const count = await s.countTracks(20)
    expect(count).toMatchObject({ stable: 20, errors: 0 })
  })
})

describeStack('traffic: haproxy (runtime API server weights) on a real HAProxy', () => {
  const HAPROXY_GATE = `      - name: haproxy-up\n        type: http\n        url: "{{ env.HAPROXY_URL }}/healthz"\n        expect: { status: 200 }\n`

  test('a healthy canary is promoted; HAProxy reports the weights and sends all traffic to the canary', async () => {
    const s = await up({}, 'haproxy')
    const r = await deploy(s, withAdapter(HAPROXY_TRAFFIC, HAPROXY_GATE), { HAPROXY_SOCKET: haproxy!.socket, HAPROXY_URL: haproxy!.url })
    expectStatus(r, 'succeeded')
    expect(commands(r).filter((c) => c.startsWith('verify'))).toEqual(['verify@5:ok', 'verify@25:ok', 'verify@50:ok', 'verify@100:ok'])
    expect((await haproxy!.command('get weight app/canary')).trim()).toBe('100 (initial 0)')
    expect((await haproxy!.command('get weight app/stable')).trim()).toBe('0 (initial 100)')
    expect(await haproxy!.count(30)).toEqual({ stable: 0, canary: 30, errors: 0 })
  })

  test('a failing canary is rolled back: weights back to 100/0, verified, all traffic on stable', async () => {
    const s = await up({ canary: { errorRate: 0.5 } }, 'haproxy')
    const r = await deploy(s, withAdapter(HAPROXY_TRAFFIC, HAPROXY_GATE), { HAPROXY_SOCKET: haproxy!.socket, HAPROXY_URL: haproxy!.url })
    expectStatus(r, 'rolled-back')
    expect(r.report.rollback).toMatchObject({ verified: true })
    expect(commands(r).slice(-2)).toEqual(['rollback@0:ok', 'verify-rollback@0:ok'])
    expect((await haproxy!.command('get weight app/canary')).trim()).toBe('0 (initial 0)')
    expect(await haproxy!.count(30)).toEqual({ stable: 30, canary: 0, errors: 0 })
  })

  test('a wrong server name: nothing changes, set-weight and rollback fail loudly (rollback-failed, never green)', async () => {
    const s = await up({}, 'haproxy')
    const r = await deploy(s, withAdapter(HAPROXY_TRAFFIC.replace('canary: canary', 'canary: canry'), HAPROXY_GATE), {
      HAPROXY_SOCKET: haproxy!.socket,
      HAPROXY_URL: haproxy!.url
    })
    expectStatus(r, 'rollback-failed')
    expect(r.stdout).toMatch(/unexpected answer to get weight canry: No such server/)
    expect((await haproxy!.command('get weight app/stable')).trim()).toBe('100 (initial 100)')
  })
})
