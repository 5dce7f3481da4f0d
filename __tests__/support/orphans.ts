/**
 * What the orphan tests share: reading the scripts' records, killing main mid-command as the
 * runner does, and letting a surviving orphan finish on the test's cue.
 *
 * The slow commands sleep for ORPHAN_SECONDS, far longer than a post step takes to start even on
 * a loaded machine (a fixed 3–4 s let the orphan finish by itself before the post step looked,
 * so the test saw nothing to end): after the post step, `finishOrphan` kills a surviving
 * orphan's `sleep`, so an orphan the post step failed to end writes what it would have written
 * right then, instead of the test waiting out a guess.
 */
import { expect } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runStep } from '../../scripts/lib/runner.mjs'
import { processGone } from './stack.js'

/** How long the slow set-weight and main's rollback sleep (the post step must end them first). */
export const ORPHAN_SECONDS = '120'

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

/** The pids (of `pids`) still running: right after the post step, none may be (it ends the orphans and waits). */
export const running = (pids: number[]) => pids.filter((p) => !processGone(p))

/** pid's `sleep` child in pid's process group, if it is still running (a reused pid is never that). */
function sleepOf(pgid: number, pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return stat.includes('(sleep)') && state !== 'Z' && Number(pgrp) === pgid
  } catch {
    return false
  }
}

/**
 * `[script, sleep]` as a slow command wrote them to `pids`: if the script survived, its sleep is
 * ended so it goes on (writes its weight, or its `rollback end`) now; returns once the script
 * is gone. Nothing happens to an orphan the post step already ended.
 */
export async function finishOrphan([script, sleeper]: number[]): Promise<void> {
  // SIGTERM: bash reports a SIGKILLed job ("Killed") on its stderr, a pipe to the dead main step, and dies of SIGPIPE
  if (sleepOf(script, sleeper)) process.kill(sleeper, 'SIGTERM')
  const deadline = Date.now() + 30_000
  while (!processGone(script)) {
    if (Date.now() > deadline) throw new Error(`orphan ${script} still runs 30 s after its sleep ${sleeper} was ended`)
    await sleep(20)
  }
}

/**
 * SIGTERM main at step 2, then SIGKILL it once its (ORPHAN_SECONDS long) rollback is running —
 * the runner's kill grace running out — and run the post step from the state main saved (its
 * own rollback quick). Returns the post step, the pid of the rollback the post step ran (its
 * `rollback start <pid>` line), and the recorded pids still running when the post step ended;
 * then lets main's rollback finish, had it survived.
 */
export async function killMainDuringRollback(dir: string) {
  let term = false
  const kill = killWhen(() => read(dir, 'pids').length >= 2, 'SIGKILL')
  const main = await runStep({
    dir,
    inputs: { environment: 'production' },
    env: { ROLLBACK_SECONDS: ORPHAN_SECONDS },
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
    env: { ROLLBACK_SECONDS: '1' },
    entry: 'post',
    state: main.state
  })
  const pids = read(dir, 'pids').map(Number)
  const left = running(pids)
  await finishOrphan(pids.slice(0, 2))
  expect(post.code).toBe(0)
  const postPid = /^rollback start (\d+)$/.exec(read(dir, 'calls')[1] ?? '')?.[1]
  return { post, postPid, pids, left }
}
