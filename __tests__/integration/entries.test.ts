/**
 * The entries as a runner that loads them and calls run() uses them (@github/local-action:
 * `local-action run . src/main.ts .env --post src/post.ts`): both export run(), importing them
 * does nothing by itself, and a SIGTERM to the process while main's run() pauses rolls back,
 * because run() installs its own signal handlers (and removes them when it returns).
 */
import { afterEach, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { inputEnv, makeRunnerDir, parseFileCommands } from '../../scripts/lib/runner.mjs'

const CONFIG = `version: 1
service: checkout-api
environments:
  production:
    steps:
      - { weight: 5, pause: 0s }
      - { weight: 25, pause: 60s }
      - { weight: 100, pause: 0s }
    actions:
      set-weight: 'echo "set-weight $STAGEGATE_WEIGHT" >> calls; echo "$STAGEGATE_WEIGHT" > weight'
      rollback: 'echo "rollback $STAGEGATE_REASON" >> calls; echo 0 > weight'
      verify-rollback: 'echo verify-rollback >> calls; test "$(cat weight)" = 0'
`

const saved = { ...process.env }
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  process.exitCode = undefined // core.setFailed on a rolled-back run must not fail the test process
})

/** A runner-like directory, and process.env set up as the runner (or local-action's .env) would. */
function runnerEnv(state: Record<string, string> = {}): { dir: string; ws: string } {
  const dir = makeRunnerDir()
  const ws = path.join(dir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'))
  fs.writeFileSync(path.join(ws, '.github', 'deploy.yml'), CONFIG)
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_EVENT_PATH: 'event.json' }
  for (const [k, f] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, f), k === 'GITHUB_EVENT_PATH' ? '{}' : '')
    process.env[k] = path.join(dir, f)
  }
  Object.assign(process.env, inputEnv({ environment: 'production' }), {
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(dir, 'temp'),
    GITHUB_REPOSITORY: 'acme/checkout',
    GITHUB_RUN_ID: '7',
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_API_URL: 'http://127.0.0.1:9'
  })
  for (const [k, v] of Object.entries(state)) process.env[`STATE_${k}`] = v
  return { dir, ws }
}

const lines = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : [])

jest.setTimeout(30_000)

test('main: run() turns a SIGTERM sent to the process mid-pause into a rollback, and removes its handlers when it returns', async () => {
  const { dir, ws } = runnerEnv()
  const { run } = await import('../../src/main.js')
  const before = process.listenerCount('SIGTERM')
  const beforeInt = process.listenerCount('SIGINT')
  // Jest gives each test file its own \`process\` object, and src/ registers its handlers on that
  // one: the signal is delivered there, to every listener, as Node delivers a real SIGTERM.
  // Without handlers of its own, run() would sit out the 60 s pause and never roll back.
  const timer = setInterval(() => {
    if (lines(path.join(ws, 'calls')).includes('set-weight 25')) {
      clearInterval(timer)
      setTimeout(() => process.emit('SIGTERM', 'SIGTERM'), 200)
    }
  }, 50)
  try {
    await run()
  } finally {
    clearInterval(timer)
  }
  const outputs = parseFileCommands(path.join(dir, 'output'))
  expect(outputs.status).toBe('rolled-back')
  expect(outputs['rollback-reason']).toMatch(/SIGTERM/)
  expect(lines(path.join(ws, 'calls'))).toEqual([
    'set-weight 5',
    'set-weight 25',
    expect.stringMatching(/^rollback .*SIGTERM/),
    'verify-rollback'
  ])
  expect(fs.readFileSync(path.join(ws, 'weight'), 'utf8').trim()).toBe('0')
  expect(process.listenerCount('SIGTERM')).toBe(before)
  expect(process.listenerCount('SIGINT')).toBe(beforeInt)
})

test('post: src/post.ts exports run(), does nothing when imported, and its run() rolls back from the saved state', async () => {
  const state = {
    split: true,
    weight: 25,
    environment: 'production',
    version: 'v1',
    service: 'checkout-api',
    deploymentId: '',
    done: false,
    actions: {
      rollback: 'echo "rollback $STAGEGATE_PREVIOUS_WEIGHT" >> calls; echo 0 > weight',
      'verify-rollback': 'test "$(cat weight)" = 0',
      timeout: 60_000
    }
  }
  const { ws } = runnerEnv({ stagegate: JSON.stringify(state) })
  const post = await import('../../src/post.js')
  expect(typeof post.run).toBe('function')
  expect(fs.existsSync(path.join(ws, 'calls'))).toBe(false)
  await post.run()
  expect(lines(path.join(ws, 'calls'))).toEqual(['rollback 25'])
  expect(fs.readFileSync(path.join(ws, 'weight'), 'utf8').trim()).toBe('0')
  expect(process.exitCode).toBeUndefined()
})
