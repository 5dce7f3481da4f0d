import { expect, test } from '@jest/globals'
import { MAX_TIMER_CHUNK_MS, sleepInChunks } from '../../src/rollout/clock.js'

const DAY = 86_400_000

/** A timer that records each chunk and moves a virtual now by it (plus a drift, as real timers fire late). */
function recordingTimer(driftMs = 0) {
  let t = 0
  const chunks: number[] = []
  return {
    chunks,
    timer: {
      now: () => t,
      once: async (ms: number) => {
        chunks.push(ms)
        t += ms + driftMs
      }
    }
  }
}

test.each<[string, number, number[]]>([
  ['zero', 0, [0]],
  ['5 minutes: one timer', 5 * 60_000, [5 * 60_000]],
  ['exactly a day', DAY, [DAY]],
  ['30 days (past the 24.8-day timer limit): 30 timers of a day', 30 * DAY, Array(30).fill(DAY)],
  ['a week and an hour', 7 * DAY + 3_600_000, [...Array(7).fill(DAY), 3_600_000]]
])('the real clock sleeps %s in chunks below the Node timer limit', async (_name, ms, want) => {
  const r = recordingTimer()
  await sleepInChunks(ms, undefined, r.timer)
  expect(r.chunks).toEqual(want)
  expect(Math.max(...r.chunks)).toBeLessThanOrEqual(MAX_TIMER_CHUNK_MS)
  expect(MAX_TIMER_CHUNK_MS).toBeLessThan(2 ** 31 - 1)
})

test('chunks that fire late shorten the last ones: the sleep ends on time, not a drift per chunk late', async () => {
  const r = recordingTimer(1000)
  await sleepInChunks(3 * DAY, undefined, r.timer)
  expect(r.chunks).toEqual([DAY, DAY, DAY - 2000])
})

test('an aborted signal ends a long sleep', async () => {
  const ac = new AbortController()
  ac.abort(new Error('cancelled'))
  await expect(sleepInChunks(40 * DAY, ac.signal)).rejects.toThrow('cancelled')
})
