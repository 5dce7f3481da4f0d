/**
 * The kubectl / gcloud / aws adapters run their exact CLI invocations against a recording
 * stand-in (__tests__/support/cli-standin.mjs) installed on PATH under the real names: every
 * argv is recorded as JSON, checked like the real CLI checks it, and applied to a stateful copy
 * of the resource, so `verify` reads back what `set-weight` wrote. No shell is involved: values
 * with shell metacharacters arrive verbatim.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ConfigSchema, type TrafficConfig } from '../../src/config/schema.js'
import { trafficAction } from '../../src/traffic/index.js'
import type { TemplateContext } from '../../src/metrics/types.js'
import type { ActionName } from '../../src/config/schema.js'

const STANDIN = path.resolve('__tests__/support/cli-standin.mjs')
let dir: string
const savedPath = process.env.PATH

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-standin-'))
  fs.mkdirSync(path.join(dir, 'bin'))
  for (const tool of ['kubectl', 'gcloud', 'aws']) {
    // the stand-in reads its tool name from argv[1]: give it one per name
    fs.copyFileSync(STANDIN, path.join(dir, 'bin', `${tool}.mjs`))
    fs.writeFileSync(
      path.join(dir, 'bin', tool),
      `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, 'bin', `${tool}.mjs`)}" "$@"\n`,
      { mode: 0o755 }
    )
  }
  process.env.PATH = `${path.join(dir, 'bin')}${path.delimiter}${savedPath}`
  process.env.STANDIN_DIR = dir
})
afterAll(() => {
  process.env.PATH = savedPath
  delete process.env.STANDIN_DIR
  fs.rmSync(dir, { recursive: true, force: true })
})

const ctx: TemplateContext = {
  env: { ROUTE_NS: 'shop' },
  track: 'canary',
  version: 'v2',
  environment: 'production',
  service: 'checkout',
  sha: 'abc',
  weight: 0
}
function setState(s: unknown): void {
  fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify(s))
  fs.writeFileSync(path.join(dir, 'calls.jsonl'), '')
}
function calls(): { tool: string; args: string[] }[] {
  return fs
    .readFileSync(path.join(dir, 'calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
}
function state(): any {
  return JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'))
}
/** The traffic block as the schema leaves it (defaults filled in). */
function traffic(block: Record<string, unknown>): TrafficConfig {
  const cfg = ConfigSchema.parse({ version: 1, service: 's', environments: { production: { traffic: block } } })
  return cfg.environments.production.traffic!
}
const signal = new AbortController().signal
const act = (cfg: TrafficConfig, name: ActionName, weight: number) =>
  trafficAction(cfg, name, { weight, previousWeight: 0, track: 'canary', step: 1 }, { ...ctx, weight }, signal)

describe('gateway-api (kubectl patch httproute)', () => {
  const route = () => ({
    httproutes: {
      'shop/checkout': {
        kind: 'HTTPRoute',
        spec: {
          rules: [
            {
              backendRefs: [
                { name: 'checkout-stable', port: 80, weight: 100 },
                { name: 'checkout-canary', port: 80, weight: 0 }
              ]
            }
          ]
        }
      }
    }
  })
  const cfg = traffic({
    type: 'gateway-api',
    route: 'checkout',
    namespace: '{{ env.ROUTE_NS }}',
    context: 'prod',
    stable: 'checkout-stable',
    canary: 'checkout-canary'
  })
  beforeEach(() => setState(route()))

  test('set-weight patches both backendRef weights (guarded by test ops), verify reads them back', async () => {
    expect(await act(cfg, 'set-weight', 25)).toMatchObject({ outcome: 'ok' })
    expect(await act(cfg, 'verify', 25)).toMatchObject({ outcome: 'ok' })
    expect(state().httproutes['shop/checkout'].spec.rules[0].backendRefs.map((r: any) => r.weight)).toEqual([75, 25])
    const [get, patch, get2] = calls()
    expect(get).toEqual({
      tool: 'kubectl',
      args: ['--context', 'prod', '--namespace', 'shop', 'get', 'httproute', 'checkout', '--output', 'json']
    })
    expect(patch.args.slice(0, 8)).toEqual(['--context', 'prod', '--namespace', 'shop', 'patch', 'httproute', 'checkout', '--type'])
    expect(JSON.parse(patch.args[10])).toEqual([
      { op: 'test', path: '/spec/rules/0/backendRefs/0/name', value: 'checkout-stable' },
      { op: 'test', path: '/spec/rules/0/backendRefs/1/name', value: 'checkout-canary' },
      { op: 'add', path: '/spec/rules/0/backendRefs/0/weight', value: 75 },
      { op: 'add', path: '/spec/rules/0/backendRefs/1/weight', value: 25 }
    ])
    expect(get2).toEqual(get)
  })

  test('verify fails when the route serves another weight; rollback + verify-rollback put it at 0', async () => {
    await act(cfg, 'set-weight', 50)
    const bad = await act(cfg, 'verify', 25)
    expect(bad).toMatchObject({ outcome: 'failed', exitCode: 1 })
    expect(bad!.stderr).toContain('sends 50% to the canary, expected 25%')
    expect(await act(cfg, 'rollback', 50)).toMatchObject({ outcome: 'ok' })
    expect(await act(cfg, 'verify-rollback', 50)).toMatchObject({ outcome: 'ok' })
    expect(state().httproutes['shop/checkout'].spec.rules[0].backendRefs.map((r: any) => r.weight)).toEqual([100, 0])
  })

  test('a backendRef that is not in the rule fails set-weight without patching', async () => {
    const wrong = traffic({ type: 'gateway-api', route: 'checkout', namespace: 'shop', stable: 'checkout-stable', canary: 'checkout-v2' })
    const res = await act(wrong, 'set-weight', 5)
    expect(res).toMatchObject({ outcome: 'failed' })
    expect(res!.stderr).toContain('no backendRef named checkout-v2 (it has: checkout-stable, checkout-canary)')
    expect(calls().map((c) => c.args[2])).toEqual(['get'])
  })

  test('values reach kubectl verbatim, never through a shell', async () => {
    const evil = traffic({ type: 'gateway-api', route: 'x;touch $HOME/pwned`id`', namespace: 'shop', stable: 'a', canary: 'b' })
    const res = await act(evil, 'set-weight', 5)
    expect(res!.stderr).toContain('httproute "x;touch $HOME/pwned`id`" not found')
    expect(calls()[0].args[4]).toBe('x;touch $HOME/pwned`id`')
  })
})

describe('ingress-nginx (kubectl annotate canary-weight)', () => {
  const cfg = traffic({ type: 'ingress-nginx', ingress: 'checkout-canary', namespace: 'shop' })
  const ing = (canary: string) => ({
    ingresses: {
      'shop/checkout-canary': {
        metadata: { annotations: { 'nginx.ingress.kubernetes.io/canary': canary, 'nginx.ingress.kubernetes.io/canary-weight': '0' } }
      }
    }
  })

  test('annotates with --overwrite and reads the annotation back', async () => {
    setState(ing('true'))
    expect(await act(cfg, 'set-weight', 10)).toMatchObject({ outcome: 'ok' })
    expect(await act(cfg, 'verify', 10)).toMatchObject({ outcome: 'ok' })
    expect(calls()).toEqual([
      {
        tool: 'kubectl',
        args: [
          '--namespace',
          'shop',
          'annotate',
          'ingress',
          'checkout-canary',
          'nginx.ingress.kubernetes.io/canary-weight=10',
          '--overwrite'
        ]
      },
      { tool: 'kubectl', args: ['--namespace', 'shop', 'get', 'ingress', 'checkout-canary', '--output', 'json'] }
    ])
    expect(await act(cfg, 'rollback', 10)).toMatchObject({ outcome: 'ok' })
    expect(await act(cfg, 'verify-rollback', 10)).toMatchObject({ outcome: 'ok' })
  })

  test('verify fails on an Ingress that is not marked canary (its weight would move nothing)', async () => {
    setState(ing('false'))
    await act(cfg, 'set-weight', 10)
    const res = await act(cfg, 'verify', 10)
    expect(res!.stderr).toContain('is not a canary Ingress')
  })
})

describe('cloud-run (gcloud run services update-traffic --to-tags)', () => {
  const cfg = traffic({ type: 'cloud-run', service: 'checkout', region: 'europe-west1', project: 'acme-prod' })
  const svc = () => ({
    services: {
      'acme-prod/europe-west1/checkout': {
        status: {
          traffic: [
            { revisionName: 'checkout-00041', tag: 'stable', percent: 100 },
            { revisionName: 'checkout-00042', tag: 'canary' }
          ]
        }
      }
    }
  })
  beforeEach(() => setState(svc()))

  test('moves traffic between the tags and reads status.traffic back', async () => {
    expect(await act(cfg, 'set-weight', 25)).toMatchObject({ outcome: 'ok' })
    expect(await act(cfg, 'verify', 25)).toMatchObject({ outcome: 'ok' })
    expect(calls()).toEqual([
      {
        tool: 'gcloud',
        args: [
          'run',
          'services',
          'update-traffic',
          'checkout',
          '--region',
          'europe-west1',
          '--project',
          'acme-prod',
          '--to-tags',
          'stable=75,canary=25',
          '--quiet',
          '--format',
          'json'
        ]
      },
      {
        tool: 'gcloud',
        args: ['run', 'services', 'describe', 'checkout', '--region', 'europe-west1', '--project', 'acme-prod', '--format', 'json']
      }
    ])
    expect(await act(cfg, 'rollback', 25)).toMatchObject({ outcome: 'ok' })
    expect(await act(cfg, 'verify-rollback', 25)).toMatchObject({ outcome: 'ok' })
    expect(state().services['acme-prod/europe-west1/checkout'].status.traffic).toEqual([
      { revisionName: 'checkout-00041', tag: 'stable', percent: 100 },
      { revisionName: 'checkout-00042', tag: 'canary' }
    ])
  })

  test('a missing canary tag is a clear failure', async () => {
    const other = traffic({ type: 'cloud-run', service: 'checkout', region: 'europe-west1', project: 'acme-prod', 'canary-tag': 'green' })
    const res = await act(other, 'set-weight', 25)
    expect(res).toMatchObject({ outcome: 'failed' })
    expect(res!.stderr).toContain('Tag [green] does not exist')
  })
})

describe('aws-alb (aws elbv2 modify-listener, weighted forward)', () => {
  const L = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2'
  const TG1 = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/blue/73e2d6bc24d8a067'
  const TG2 = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/green/2453ed029918f21f'
  const cfg = traffic({ type: 'aws-alb', 'listener-arn': L, stable: TG1, canary: TG2, region: 'eu-west-1' })
  beforeEach(() =>
    setState({
      listeners: {
        [L]: {
          ListenerArn: L,
          DefaultActions: [
            {
              Type: 'forward',
              TargetGroupArn: TG1,
              ForwardConfig: {
                TargetGroups: [{ TargetGroupArn: TG1, Weight: 1 }],
                TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 300 }
              }
            }
          ]
        }
      }
    })
  )

  test('writes a weighted forward action keeping stickiness, and reads it back', async () => {
    expect(await act(cfg, 'set-weight', 5)).toMatchObject({ outcome: 'ok' })
    expect(await act(cfg, 'verify', 5)).toMatchObject({ outcome: 'ok' })
    const [describe1, modify, describe2] = calls()
    expect(describe1).toEqual({
      tool: 'aws',
      args: ['elbv2', 'describe-listeners', '--listener-arns', L, '--region', 'eu-west-1', '--output', 'json']
    })
    expect(modify.args.slice(0, 5)).toEqual(['elbv2', 'modify-listener', '--listener-arn', L, '--default-actions'])
    expect(JSON.parse(modify.args[5])).toEqual([
      {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: TG1, Weight: 95 },
            { TargetGroupArn: TG2, Weight: 5 }
          ],
          TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 300 }
        }
      }
    ])
    expect(modify.args.slice(6)).toEqual(['--region', 'eu-west-1', '--output', 'json'])
    expect(describe2).toEqual(describe1)
    expect(await act(cfg, 'rollback', 5)).toMatchObject({ outcome: 'ok' })
    expect(await act(cfg, 'verify-rollback', 5)).toMatchObject({ outcome: 'ok' })
  })

  test("a wrong listener fails with the CLI's message", async () => {
    const res = await act(traffic({ type: 'aws-alb', 'listener-arn': 'arn:nope', stable: TG1, canary: TG2 }), 'set-weight', 5)
    expect(res).toMatchObject({ outcome: 'failed' })
    expect(res!.stderr).toContain('ListenerNotFound')
  })
})

describe('every adapter', () => {
  test("deploy and promote stay the user's (null: not configured)", async () => {
    const cfg = traffic({ type: 'ingress-nginx', ingress: 'x' })
    expect(await act(cfg, 'deploy', 0)).toBeNull()
    expect(await act(cfg, 'promote', 100)).toBeNull()
  })

  test('a CLI that is not installed fails with a clear message', async () => {
    setState({})
    const res = await act(traffic({ type: 'ingress-nginx', ingress: 'x', kubectl: 'kubectl-not-installed-here' }), 'set-weight', 5)
    expect(res).toMatchObject({ outcome: 'failed' })
    expect(res!.stderr).toContain('kubectl-not-installed-here: command not found')
  })

  test('non-integer weights are refused by the integer routers', async () => {
    setState({})
    const res = await act(traffic({ type: 'ingress-nginx', ingress: 'x' }), 'set-weight', 2.5)
    expect(res!.stderr).toContain('whole percents 0..100, not 2.5')
    expect(calls()).toEqual([])
  })
})
