/**
 * The built-in traffic adapters' CLIs (kubectl, gcloud, aws, nginx) are commands like the user's
 * own: a main step killed outright (SIGKILL) mid-call leaves one running in its process group.
 * The post step must find it in the main step's ledger and end it before it rolls back, or the
 * orphan writes its weight after the rollback. The bundle, run as the runner runs it, with an
 * `ingress-nginx` adapter whose `kubectl` is a script that keeps the Ingress's annotation in a file.
 */
import { expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runStep } from '../../scripts/lib/runner.mjs'
import { ORPHAN_SECONDS, finishOrphan, killMainDuringRollback, killWhen, read, running } from '../support/orphans.js'

/**
 * `kubectl annotate ingress NAME …/canary-weight=W --overwrite` writes W to `weight` (for W=50
 * after ORPHAN_SECONDS, like a slow API server; its pids go to `pids`; ROLLBACK_SECONDS delays W=0 the same
 * way); `kubectl get ingress NAME --output json` prints the Ingress with the weight read back.
 */
function kubectl(ws: string): string {
  return `#!/usr/bin/env bash
set -e
cd "${ws}"
case "$1" in
  annotate)
    w="\${4#*=}"
    delay=0
    if [ "$w" = 50 ]; then delay=${ORPHAN_SECONDS}; fi
    if [ "$w" = 0 ]; then delay="\${ROLLBACK_SECONDS:-0}"; echo "rollback start $$" >> calls; fi
    if [ "$delay" != 0 ]; then echo $$ >> pids; sleep "$delay" & echo $! >> pids; wait; fi
    echo "$w" > weight
    if [ "$w" = 0 ]; then echo "rollback end $$" >> calls; fi
    ;;
  get)
    printf '{"metadata":{"annotations":{"nginx.ingress.kubernetes.io/canary":"true","nginx.ingress.kubernetes.io/canary-weight":"%s"}}}\\n' "$(cat weight)"
    ;;
  *) echo "unexpected kubectl $*" >&2; exit 2 ;;
esac
`
}

function config(kubectlPath: string, pause25: string): string {
  return `version: 1
service: checkout-api
environments:
  production:
    steps:
      - { weight: 5, pause: 0s }
      - { weight: 25, pause: ${pause25} }
      - { weight: 50, pause: 60s }
      - { weight: 100, pause: 0s }
    traffic: { type: ingress-nginx, ingress: checkout-canary, kubectl: ${kubectlPath} }
`
}

function workspace(pause25: string): string {
  const dir = makeRunnerDir()
  const ws = path.join(dir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'))
  const bin = path.join(dir, 'kubectl')
  fs.writeFileSync(bin, kubectl(ws), { mode: 0o755 })
  fs.writeFileSync(path.join(ws, 'weight'), '0\n')
  fs.writeFileSync(path.join(ws, '.github', 'deploy.yml'), config(bin, pause25))
  return dir
}

jest.setTimeout(60_000)

test("SIGKILL of main during an adapter's slow set-weight: the post step ends the CLI first, so the weight ends at 0", async () => {
  const dir = workspace('0s')
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
  expect(read(dir, 'weight')).toEqual(['0'])
  expect(read(dir, 'calls')).toEqual([expect.stringMatching(/^rollback start/), expect.stringMatching(/^rollback end/)])
  expect(post.stdout).toMatch(/left a command running: set-weight \(process group \d+\)/)
  expect(pids.length).toBe(2)
  expect(left).toEqual([])
})

test("an adapter's rollback still running when main is killed is stopped: the post step runs it once more, alone, and verifies", async () => {
  const dir = workspace('60s')
  const { post, postPid, pids, left } = await killMainDuringRollback(dir)
  const calls = read(dir, 'calls')
  expect(calls).toEqual([expect.stringMatching(/^rollback start/), `rollback start ${postPid}`, `rollback end ${postPid}`])
  expect(post.stdout).toMatch(/left a command running: rollback \(process group \d+\)/)
  expect(post.stdout).toMatch(/rollback was still running/)
  expect(post.stdout).toMatch(/verified: the router sends 0% to the canary/)
  expect(pids.length).toBe(4)
  expect(left).toEqual([])
})
