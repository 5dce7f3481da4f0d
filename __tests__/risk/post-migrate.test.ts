/** The post step undoes a migration the main step could not (real commands, a temp workspace). */
import { afterAll, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { postRollback } from '../../src/flow/post-rollback.js'
import { createCommandRunner } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import type { SavedState } from '../../src/flow/state.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-post-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const log = (name: string) => `echo "${name} $STAGEGATE_RISK" >> log`
const state = (over: Partial<SavedState>): SavedState => ({
  split: false,
  weight: 0,
  environment: 'production',
  version: 'v1',
  service: 'api',
  deploymentId: '',
  done: false,
  risk: 'high',
  type: 'feature',
  actions: {
    rollback: log('rollback'),
    'verify-rollback': log('verify-rollback'),
    'migrate-rollback': log('migrate-rollback'),
    timeout: 10_000
  },
  ...over
})

test.each([
  [
    'killed mid-rollout after migrate: rollback, verify-rollback, then migrate-rollback',
    { split: true, weight: 25, migrated: true },
    ['rollback high', 'verify-rollback high', 'migrate-rollback high']
  ],
  ['killed after migrate, before deploy: only migrate-rollback', { migrated: true }, ['migrate-rollback high']],
  ['killed mid-rollout, no migration: no migrate-rollback', { split: true, weight: 25 }, ['rollback high', 'verify-rollback high']],
  ['nothing pending: nothing runs', {}, []]
])('%s', async (name, over, want) => {
  const ws = fs.mkdtempSync(path.join(dir, 'ws-'))
  await postRollback(state(over), runCommand, new MemoryRuntime(), { ...process.env, GITHUB_WORKSPACE: ws })
  const file = path.join(ws, 'log')
  expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : []).toEqual(want)
})
