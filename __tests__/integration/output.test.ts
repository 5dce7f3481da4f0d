/**
 * Commands that print a lot, through the bundle run as the runner runs it: the run completes, the
 * log stays bounded per line, and the gate detail still shows the command's last line.
 * (Memory and time are measured by scripts/measure-big-output.mjs, not asserted here.)
 */
import { expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runStep } from '../../scripts/lib/runner.mjs'

jest.setTimeout(90_000)

function workspace(gateRun: string): string {
  const dir = makeRunnerDir()
  const ws = path.join(dir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'))
  fs.writeFileSync(path.join(ws, 'chatty.sh'), `#!/usr/bin/env bash\n${gateRun}\n`, { mode: 0o755 })
  fs.writeFileSync(
    path.join(ws, '.github', 'deploy.yml'),
    `version: 1
service: checkout-api
environments:
  production:
    gates:
      - { name: chatty, type: command, run: ./chatty.sh }
    steps:
      - { weight: 100, pause: 0s }
    actions:
      set-weight: "true"
      rollback: "true"
`
  )
  return dir
}

test.each([
  ['50 MB on one line', "head -c 50000000 /dev/zero | tr '\\0' x; echo; echo 'migrations ready'"],
  ['50 MB of lines', "yes 'a line of chatty output' | head -c 50000000; echo; echo 'migrations ready'"]
])('a gate printing %s: the run succeeds and the gate detail is its last line', async (_name, run) => {
  const dir = workspace(run)
  const r = await runStep({ dir, inputs: { environment: 'production' } })
  expect(r.outputs.status).toBe('succeeded')
  expect(r.report.gates).toEqual([expect.objectContaining({ name: 'chatty', status: 'passed', detail: 'exit 0: migrations ready' })])
  const longest = r.stdout.split('\n').reduce((m: number, l: string) => Math.max(m, l.length), 0)
  expect(longest).toBeLessThan(17 * 1024)
})
