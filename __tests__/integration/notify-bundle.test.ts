/**
 * Notifications wired into the bundled action (node dist/index.js, as the runner runs it): a
 * signed generic webhook and a Slack target on the local receiver get `started`, one `step` per
 * step and the final status; the webhook URLs (secrets) appear in no log, summary or report.
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runStep } from '../../scripts/lib/runner.mjs'
import { startReceiver, type Receiver } from '../support/webhook-receiver.js'

jest.setTimeout(60_000)
const SECRET = 'whsec-bundle-0123456789'
let rx: Receiver
beforeAll(async () => {
  rx = await startReceiver(SECRET)
})
afterAll(() => rx.close())

function workspace(badAt: number): string {
  const dir = makeRunnerDir()
  const ws = path.join(dir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'))
  fs.writeFileSync(
    path.join(ws, '.github', 'deploy.yml'),
    `version: 1
service: checkout-api
metrics:
  error-rate:
    provider: command
    run: 'if [ "$STAGEGATE_TRACK" = canary ] && [ "$(cat "$GITHUB_WORKSPACE/weight" 2>/dev/null || echo 0)" -ge ${badAt} ]; then echo 0.2; else echo 0.001; fi'
notify:
  - { type: webhook, url: "{{ env.HOOK_URL }}", secret: "{{ env.HOOK_SECRET }}" }
  - { type: slack, url: "{{ env.SLACK_URL }}", events: [rolled-back, rollback-failed, succeeded] }
environments:
  production:
    steps:
      - { weight: 10, pause: 500ms }
      - { weight: 100, pause: 500ms }
    analysis:
      interval: 250ms
      checks:
        - { metric: error-rate, max: 0.05 }
    actions:
      set-weight: echo "$STAGEGATE_WEIGHT" > "$GITHUB_WORKSPACE/weight"
      rollback: echo 0 > "$GITHUB_WORKSPACE/weight"
`
  )
  return dir
}

const env = () => ({
  HOOK_URL: `${rx.url}/hook/secret-hook-path`,
  HOOK_SECRET: SECRET,
  SLACK_URL: `${rx.url}/slack/T1/B1/slack-secret-path`
})

test('a promoted rollout notifies started, each step and succeeded; Slack only what it asked for', async () => {
  rx.received.length = 0
  const dir = workspace(101)
  const r = await runStep({ dir, inputs: { environment: 'production', version: 'v9' }, env: env() })
  expect(r.outputs.status).toBe('succeeded')
  const hook = rx.received.filter((x) => x.path === '/hook')
  expect(hook.map((x) => [x.body.event, x.body.weight])).toEqual([
    ['started', 0],
    ['step', 10],
    ['step', 100],
    ['succeeded', 100]
  ])
  expect(rx.received.filter((x) => x.path === '/slack').map((x) => x.body.text)).toEqual(['✅ checkout-api v9 promoted in production'])
  expect(rx.received.flatMap((x) => x.problems)).toEqual([])
  // registered as secrets: the runner masks them in the log from here on
  expect(r.stdout).toContain(`::add-mask::${env().HOOK_URL}`)
  expect(r.stdout).toContain(`::add-mask::${SECRET}`)
  const everything =
    r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n') +
    r.summary +
    JSON.stringify(r.report)
  for (const s of [SECRET, 'secret-hook-path', 'slack-secret-path']) expect(everything).not.toContain(s)
})

test('a rolled-back rollout says why and where traffic is', async () => {
  rx.received.length = 0
  const r = await runStep({ dir: workspace(10), inputs: { environment: 'production', version: 'v9' }, env: env() })
  expect(r.outputs.status).toBe('rolled-back')
  const last = rx.received.filter((x) => x.path === '/hook').at(-1)!
  expect(last.body).toMatchObject({
    event: 'rolled-back',
    weight: 0,
    why: expect.stringMatching(/^error-rate 0\.2 > 0\.05 at step 1 \(10%\)/)
  })
  const slack = rx.received.filter((x) => x.path === '/slack')
  expect(slack).toHaveLength(1)
  expect(JSON.stringify(slack[0].body.blocks)).toContain('error-rate 0.2 &gt; 0.05')
})
