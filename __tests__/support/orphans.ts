/** What the orphan tests share: reading the scripts' records, and killing main mid-rollback as the runner does. */
import { expect } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runStep } from '../../scripts/lib/runner.mjs'

/** The lines a test script wrote to `workspace/<name>` (none when it never wrote). */
export const read = (dir: string, name: string) => {
  const f = path.join(dir, 'workspace', name)
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim().split('\n').filter(Boolean) : []
}
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** An onOutput hook that sends `sig` to the step as soon as `ready()` holds (polled). */
export function killWhen(ready: () => boolean, sig: NodeJS.Signals) {
  let timer: NodeJS.Timeout | undefined
  return (_chunk: string, child: { kill(sig: NodeJS.Signals): boolean; once(e: string, f: () => void): unknown }) => {
    if (timer) return
    timer = setInterval(() => {
      if (!ready()) return
      clearInterval(timer)
      child.kill(sig)
    }, 20)
    child.once('close', () => clearInterval(timer))
  }
}

/**
 * SIGTERM main at step 2, then SIGKILL it once its (4 s) rollback is running — the runner's kill
 * grace running out — and run the post step from the state main saved. Returns the post step and
 * the pid of the rollback the post step ran (its `rollback start <pid>` line).
 */
export async function killMainDuringRollback(dir: string) {
  let term = false
  const kill = killWhen(() => read(dir, 'pids').length >= 2, 'SIGKILL')
  const main = await runStep({
    dir,
    inputs: { environment: 'production' },
    env: { ROLLBACK_SECONDS: '4' },
    onOutput: (chunk: string, child: Parameters<ReturnType<typeof killWhen>>[1], all: string) => {
      if (!term && /Step 2\/4/.test(all)) {
        term = true
        setTimeout(() => child.kill('SIGTERM'), 300)
      }
      kill(chunk, child)
    }
  })
  expect(main.signal).toBe('SIGKILL')
  expect(read(dir, 'calls')).toEqual([expect.stringMatching(/^rollback start \d+$/)])
  const post = await runStep({
    dir,
    inputs: { environment: 'production' },
    env: { ROLLBACK_SECONDS: '4' },
    entry: 'post',
    state: main.state
  })
  expect(post.code).toBe(0)
  // long enough for main's rollback to have finished, had it survived
  await sleep(1500)
  const postPid = /^rollback start (\d+)$/.exec(read(dir, 'calls')[1] ?? '')?.[1]
  return { post, postPid }
}
