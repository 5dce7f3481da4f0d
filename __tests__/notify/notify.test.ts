/**
 * Notifications against a local receiver (__tests__/support/webhook-receiver.ts) that plays
 * Slack, Teams, Discord and a signed generic webhook, and checks every payload against the
 * service's documented shape and limits (it answers 400 to a payload that breaks one).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { ConfigSchema, NOTIFY_EVENTS, type NotifyConfig, type NotifyEventName } from '../../src/config/schema.js'
import { newRecord } from '../../src/record/recorder.js'
import { buildEvent, finalEvent } from '../../src/notify/event.js'
import { deliver, signature } from '../../src/notify/index.js'
import { Notifications } from '../../src/notify/lazy.js'
import { slackEscape } from '../../src/notify/format.js'
import { notifySecrets } from '../../src/notify/secrets.js'
import type { DeployReport } from '../../src/report/types.js'
import type { TemplateContext } from '../../src/metrics/types.js'
import { startReceiver, type Receiver } from '../support/webhook-receiver.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'

const HOOK_SECRET = 'whsec-0123456789abcdef'
let rx: Receiver
const env: Record<string, string> = {}
const template = (): TemplateContext => ({
  env,
  track: 'stable',
  version: 'v2.0.0',
  environment: 'production',
  service: 'checkout-api',
  sha: 'a1b2c3d4e5',
  weight: 0
})

beforeAll(async () => {
  rx = await startReceiver(HOOK_SECRET)
  Object.assign(env, {
    SLACK_WEBHOOK_URL: `${rx.url}/slack/T0001/B0001/xoxb-secret-path`,
    TEAMS_WEBHOOK_URL: `${rx.url}/teams/workflows/abc?sig=teams-secret-sig`,
    DISCORD_WEBHOOK_URL: `${rx.url}/discord/1234/discord-secret-token`,
    HOOK_URL: `${rx.url}/hook`,
    HOOK_SECRET
  })
})
afterAll(() => rx.close())
beforeEach(() => {
  rx.received.length = 0
  rx.mode = 'ok'
})

function targets(extra: Record<string, unknown> = {}): NotifyConfig[] {
  const cfg = ConfigSchema.parse({
    version: 1,
    service: 'checkout-api',
    environments: { production: {} },
    notify: [
      { type: 'slack', url: '{{ env.SLACK_WEBHOOK_URL }}', ...extra },
      { type: 'teams', url: '{{ env.TEAMS_WEBHOOK_URL }}', ...extra },
      { type: 'discord', url: '{{ env.DISCORD_WEBHOOK_URL }}', ...extra },
      { type: 'webhook', url: '{{ env.HOOK_URL }}', secret: '{{ env.HOOK_SECRET }}', ...extra }
    ]
  })
  return cfg.notify
}

function report(patch: Partial<DeployReport> = {}): DeployReport {
  const r = newRecord(
    {
      service: 'checkout-api',
      environment: 'production',
      version: 'v2.0.0',
      sha: 'a1b2c3d4e5f6',
      mode: 'deploy',
      strategy: 'canary',
      runUrl: 'https://github.com/acme/shop/actions/runs/42',
      actor: 'ada'
    },
    Date.UTC(2026, 10, 26, 5, 0)
  )
  r.plan = [5, 25, 50, 100].map((weight, i) => ({ index: i + 1, weight, pauseMs: 60_000 })) as DeployReport['plan']
  return Object.assign(r, patch)
}

const REPORTS: Record<NotifyEventName, Partial<DeployReport>> = {
  started: {},
  step: { finalWeight: 5 },
  paused: { status: 'paused' as never, finalWeight: 25, error: 'until-promoted pause at step 2' },
  'rolled-back': {
    status: 'rolled-back',
    finalWeight: 0,
    rollback: { reason: 'error-rate 0.21 > 0.05 at step 2 (25%)' } as DeployReport['rollback']
  },
  'rollback-failed': {
    status: 'rollback-failed',
    finalWeight: 25,
    rollback: { reason: 'verify failed (exit 1) at step 2 (25%)' } as DeployReport['rollback']
  },
  succeeded: { status: 'succeeded', finalWeight: 100 },
  blocked: { status: 'blocked', failedGates: ['ci-green', 'deploy-window'] },
  failed: { status: 'failed', error: 'cancelled while the gates ran; nothing was deployed' }
}

describe('every event reaches every target in its documented shape', () => {
  test.each(NOTIFY_EVENTS.map((e) => [e]))('%s', async (event) => {
    const ev = buildEvent(
      event,
      report(REPORTS[event]),
      Date.UTC(2026, 10, 26, 5, 1),
      event === 'step' ? { step: { index: 1, total: 4 } } : {}
    )
    const out = await deliver(targets(), ev, template(), [], new MemoryRuntime())
    expect(out.map((d) => `${d.type}:${d.outcome}`)).toEqual(['slack:sent', 'teams:sent', 'discord:sent', 'webhook:sent'])
    expect(rx.received.map((r) => [r.path, r.problems])).toEqual(
      [
        ['/slack', []],
        ['/teams', []],
        ['/discord', []],
        ['/hook', []]
      ].sort((a, b) => rx.received.findIndex((r) => r.path === a[0]) - rx.received.findIndex((r) => r.path === b[0]))
    )
    for (const r of rx.received) {
      const text = r.raw
      expect(text).toContain('checkout-api v2.0.0') // what
      expect(text).toContain('production')
      if (r.path === '/hook')
        expect(r.body.weight).toBe(ev.weight) // where traffic is
      else expect(text).toContain(`${ev.weight}%`)
      expect(text).toContain('https://github.com/acme/shop/actions/runs/42') // the run
      if (ev.why) expect(text).toContain(r.path === '/slack' ? slackEscape(ev.why) : ev.why) // why
    }
  })
})

test('what each message says: rolled back, why, where traffic is, link', () => {
  const ev = buildEvent('rolled-back', report(REPORTS['rolled-back']), 0)
  expect(ev).toMatchObject({
    title: 'checkout-api v2.0.0 rolled back in production',
    why: 'error-rate 0.21 > 0.05 at step 2 (25%)',
    weight: 0,
    runUrl: 'https://github.com/acme/shop/actions/runs/42'
  })
  expect(buildEvent('step', report(), 0, { step: { index: 2, total: 4 } })).toMatchObject({
    title: 'checkout-api v2.0.0 shifted traffic in production to 25% (step 2/4)',
    weight: 25
  })
  expect(buildEvent('blocked', report(REPORTS.blocked), 0).why).toBe('required gate(s) failed: ci-green, deploy-window')
  expect(buildEvent('started', report(), 0).why).toBe('canary, 4 step(s): 5% → 25% → 50% → 100%')
})

test.each([
  ['succeeded', 'succeeded'],
  ['rolled-back', 'rolled-back'],
  ['rollback-failed', 'rollback-failed'],
  ['blocked', 'blocked'],
  ['failed', 'failed'],
  ['paused', 'paused'],
  ['planned', undefined],
  ['idle', undefined]
])('final status %s → event %s', (status, event) => {
  expect(finalEvent(status)).toBe(event)
})

test('limits hold for a huge reason: Slack section ≤ 3000, Discord content ≤ 2000 and embed ≤ 6000', async () => {
  const long = `error-rate ${'x'.repeat(20_000)}`
  const ev = { ...buildEvent('rolled-back', report(REPORTS['rolled-back']), 0), why: long, title: `t${'y'.repeat(5000)}` }
  const out = await deliver(targets(), ev, template(), [], new MemoryRuntime())
  expect(rx.received.flatMap((r) => r.problems)).toEqual([])
  expect(out.every((d) => d.outcome === 'sent')).toBe(true)
})

test('events filter per notifier', async () => {
  const only = targets({ events: ['rolled-back', 'rollback-failed'] })
  await deliver(only, buildEvent('step', report(), 0, { step: { index: 1, total: 4 } }), template(), [], new MemoryRuntime())
  expect(rx.received).toHaveLength(0)
  await deliver(only, buildEvent('rolled-back', report(REPORTS['rolled-back']), 0), template(), [], new MemoryRuntime())
  expect(rx.received).toHaveLength(4)
})

test('the generic webhook is signed with HMAC-SHA256 over the exact body; a wrong key is refused', async () => {
  const [, , , hook] = targets()
  await deliver([hook], buildEvent('succeeded', report(REPORTS.succeeded), 0), template(), [], new MemoryRuntime())
  const got = rx.received[0]
  expect(got.headers['x-stagegate-signature-256']).toBe(signature(HOOK_SECRET, got.raw))
  expect(got.body).toMatchObject({ schema: 'stagegate.notification/v1', event: 'succeeded', weight: 100 })
  env.WRONG = 'not-the-secret'
  const out = await deliver(
    [{ ...hook, secret: '{{ env.WRONG }}' } as NotifyConfig],
    buildEvent('succeeded', report(REPORTS.succeeded), 0),
    template(),
    [],
    new MemoryRuntime()
  )
  expect(rx.received[1].problems).toEqual(['bad or missing X-Stagegate-Signature-256'])
  expect(out[0]).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('HTTP 400') })
})

test('signature matches the GitHub-style reference value', () => {
  // echo -n '{"a":1}' | openssl dgst -sha256 -hmac key
  expect(signature('key', '{"a":1}')).toBe('sha256=88a67f24bbcdaed0e6c997404bb79a743baf44c6bab2f4c27328e3009d22e342')
})

test('a receiver answering 500 is one failed delivery, one request, no retry, no throw', async () => {
  rx.mode = 'error'
  const out = await deliver(
    targets().slice(0, 1),
    buildEvent('succeeded', report(REPORTS.succeeded), 0),
    template(),
    [],
    new MemoryRuntime()
  )
  expect(out).toEqual([{ type: 'slack', event: 'succeeded', outcome: 'failed', detail: expect.stringContaining('HTTP 500') }])
  expect(rx.received).toHaveLength(1)
})

test('a hung receiver is cut off at the notifier timeout; flush settles', async () => {
  rx.mode = 'hang'
  const hub = new Notifications(targets({ timeout: '200ms' }).slice(0, 2), template(), [], new MemoryRuntime())
  hub.emit('succeeded', report(REPORTS.succeeded), 0)
  const out = await hub.flush()
  expect(out.map((d) => `${d.type}:${d.outcome}`)).toEqual(['slack:failed', 'teams:failed'])
  expect(out[0].detail).toContain('timed out after 200ms')
})

test('secrets never leave in a payload, and failure details never show the webhook path', async () => {
  const secret = 'sk-live-abcdef123456'
  const ev = buildEvent(
    'rolled-back',
    report({ ...REPORTS['rolled-back'], rollback: { reason: `http at api: token ${secret} refused` } as DeployReport['rollback'] }),
    0
  )
  await deliver(targets(), ev, template(), [secret], new MemoryRuntime())
  expect(rx.received.map((r) => r.raw.includes(secret))).toEqual([false, false, false, false])
  expect(rx.received[0].raw).toContain('token *** refused')
  rx.mode = 'error'
  const out = await deliver(targets().slice(0, 1), ev, template(), [], new MemoryRuntime())
  expect(out[0].detail).not.toContain('xoxb-secret-path')
})

test('webhook URLs and signing keys are collected as secrets (from env and literal)', () => {
  const cfg = ConfigSchema.parse({
    version: 1,
    service: 's',
    environments: { production: {} },
    notify: [
      { type: 'slack', url: '{{ env.SLACK_WEBHOOK_URL }}' },
      { type: 'discord', url: 'https://discord.com/api/webhooks/1/literal-token' },
      { type: 'webhook', url: '{{ env.HOOK_URL }}', secret: '{{ env.HOOK_SECRET }}', headers: { 'content-language': 'en-GB' } }
    ]
  })
  expect(notifySecrets(cfg, env).sort()).toEqual(
    [env.SLACK_WEBHOOK_URL, 'https://discord.com/api/webhooks/1/literal-token', env.HOOK_URL, HOOK_SECRET].sort()
  )
})

test('config errors: unknown type and unknown event are refused with a hint', () => {
  const bad = (n: unknown) => ConfigSchema.safeParse({ version: 1, service: 's', environments: { p: {} }, notify: [n] })
  expect(JSON.stringify(bad({ type: 'slak', url: 'https://x' }).error?.issues)).toContain('did you mean \\"slack\\"')
  expect(bad({ type: 'slack', url: 'https://x', events: ['rollback'] }).success).toBe(false)
  expect(bad({ type: 'slack', url: 'https://x', timeout: '2m' }).success).toBe(false)
})
