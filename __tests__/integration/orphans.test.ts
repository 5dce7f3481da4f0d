/**
 * A main step killed outright (SIGKILL: the runner's kill after its grace) leaves its commands
 * running in their own process groups. The post step must end every one of them before it rolls
 * back, never run two rollbacks at once, and verify after. The bundle, run as the runner runs it.
 */
import { expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runStep } from '../../scripts/lib/runner.mjs'
import { ORPHAN_SECONDS, finishOrphan, killMainDuringRollback, killWhen, read, running } from '../support/orphans.js'

const SCRIPTS = {
  // step 3 (50 %) takes ORPHAN_SECONDS to apply, like a slow load-balancer API; its pids go to `pids`
  'set-weight.sh': `if [ "$STAGEGATE_WEIGHT" = 50 ]; then
  echo $$ >> "$GITHUB_WORKSPACE/pids"
  sleep ${ORPHAN_SECONDS} & echo $! >> "$GITHUB_WORKSPACE/pids"; wait
fi
echo "$STAGEGATE_WEIGHT" > "$GITHUB_WORKSPACE/weight"`,
  // ROLLBACK_SECONDS long; logs its start and end, so overlapping rollbacks show
  'rollback.sh': `echo "rollback start $$" >> "$GITHUB_WORKSPACE/calls"
echo $$ >> "$GITHUB_WORKSPACE/pids"
sleep "\${ROLLBACK_SECONDS:-0}" & echo $! >> "$GITHUB_WORKSPACE/pids"; wait
echo 0 > "$GITHUB_WORKSPACE/weight"
echo "rollback end $$" >> "$GITHUB_WORKSPACE/calls"`,
  'verify-rollback.sh':
    'echo "verify-rollback $(cat "$GITHUB_WORKSPACE/weight")" >> "$GITHUB_WORKSPACE/calls"\ntest "$(cat "$GITHUB_WORKSPACE/weight")" = 0'
}

const CONFIG = `version: 1
service: checkout-api
environments:
  production:
    steps:
      - { weight: 5, pause: 0s }
      - { weight: 25, pause: 60s }
      - { weight: 50, pause: 60s }
      - { weight: 100, pause: 0s }
    actions:
      set-weight: ./scripts/set-weight.sh
      rollback: ./scripts/rollback.sh
      verify-rollback: ./scripts/verify-rollback.sh
`

function workspace(config: string): string {
  const dir = makeRunnerDir()
  const ws = path.join(dir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'))
  fs.mkdirSync(path.join(ws, 'scripts'))
  fs.writeFileSync(path.join(ws, '.github', 'deploy.yml'), config)
  for (const [name, body] of Object.entries(SCRIPTS)) {
    fs.writeFileSync(path.join(ws, 'scripts', name), `#!/usr/bin/env bash\nset -e\n${body}\n`, { mode: 0o755 })
  }
  return dir
}

jest.setTimeout(60_000)

test('SIGKILL of main during a slow set-weight: the post step ends it first, so the weight ends at 0 and nothing of it is left', async () => {
  const dir = workspace(CONFIG.replace('{ weight: 25, pause: 60s }', '{ weight: 25, pause: 0s }'))
  // SIGKILL main once the slow set-weight (and its sleep) is running
  const main = await runStep({
    dir,
    inputs: { environment: 'production' },
    onOutput: killWhen(() => read(dir, 'pids').length >= 2, 'SIGKILL')
  })
  expect(main.signal).toBe('SIGKILL')
  expect(JSON.parse(main.state.stagegate)).toMatchObject({ split: true, weight: 50 })
  const post = await runStep({ dir, inputs: { environment: 'production' }, entry: 'post', state: main.state })
  const pids = read(dir, 'pids').map(Number)
  const left = running(pids)
  // had the orphan (set-weight's pids, the first two) survived, it writes 50 now
  await finishOrphan(pids.slice(0, 2))
  expect(post.code).toBe(0)
  expect(fs.readFileSync(path.join(dir, 'workspace', 'weight'), 'utf8').trim()).toBe('0')
  expect(read(dir, 'calls')).toEqual([
    expect.stringMatching(/^rollback start/),
    expect.stringMatching(/^rollback end/),
    'verify-rollback 0'
  ])
  expect(pids.length).toBeGreaterThanOrEqual(2)
  expect(left).toEqual([])
  expect(post.stdout).toMatch(/left a command running: set-weight \(process group \d+\)/)
})

test('a main-step rollback still running when main is killed is stopped: one rollback at a time, run once more by post, verified after', async () => {
  const dir = workspace(CONFIG)
  const { post, postPid, pids, left } = await killMainDuringRollback(dir)
  const calls = read(dir, 'calls')
  expect(calls).toEqual([
    expect.stringMatching(/^rollback start/),
    `rollback start ${postPid}`,
    `rollback end ${postPid}`,
    'verify-rollback 0'
  ])
  expect(pids.length).toBe(4)
  expect(left).toEqual([])
  expect(post.stdout).toMatch(/left a command running: rollback \(process group \d+\)/)
  expect(post.stdout).toMatch(/rollback was still running/)
})
