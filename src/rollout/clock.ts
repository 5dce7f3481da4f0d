/** Time is injected: the engine, gates and providers read the clock, never Date.now() or setTimeout. */
export interface Clock {
  now(): number
  /** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export function abortError(signal?: AbortSignal): Error {
  const reason = signal?.reason
  if (reason instanceof Error) return reason
  const e = new Error(typeof reason === 'string' ? reason : 'aborted')
  e.name = 'AbortError'
  return e
}

/**
 * Node's timers hold at most 2^31-1 ms (24.8 days); a longer delay fires after 1 ms. The real
 * clock therefore sleeps in chunks no longer than this (a day), whatever `ms` says.
 */
export const MAX_TIMER_CHUNK_MS = 86_400_000

/** The real clock: sleeps for real, in chunks below Node's timer limit. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleepInChunks(ms, signal)
}

/** Sleeps `ms` as a series of timers of at most MAX_TIMER_CHUNK_MS each (injectable for tests). */
export async function sleepInChunks(ms: number, signal?: AbortSignal, timer = { now: Date.now, once: sleepOnce }): Promise<void> {
  const end = timer.now() + Math.max(0, ms)
  do await timer.once(Math.max(0, Math.min(MAX_TIMER_CHUNK_MS, end - timer.now())), signal)
  while (timer.now() < end)
}

function sleepOnce(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal))
    const onAbort = () => {
      clearTimeout(t)
      reject(abortError(signal))
    }
    const t = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.max(0, ms)
    )
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * A virtual clock for tests and benchmarks: time moves only when every task is asleep, so a
 * 4-hour plan runs in milliseconds. Sleeps are timers in a queue: once the event loop has been
 * quiet for a few turns (no new sleep), the earliest timer fires and the clock jumps to its time.
 * Concurrent sleepers therefore see one consistent timeline (a verify that sleeps 1.5 s while
 * analysis sleeps 1 s: analysis wakes first, at +1 s).
 */
export class FakeClock implements Clock {
  private t: number
  private timers: Timer[] = []
  private seq = 0
  private activity = 0
  private running = false
  constructor(start = Date.UTC(2026, 0, 5, 12, 0, 0)) {
    this.t = start
  }
  now(): number {
    return this.t
  }
  advance(ms: number): void {
    this.t += ms
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError(signal))
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.timers = this.timers.filter((x) => x !== timer)
        reject(abortError(signal))
      }
      const timer: Timer = {
        at: this.t + Math.max(0, ms),
        seq: this.seq++,
        fire: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.timers.push(timer)
      this.activity++
      void this.run()
    })
  }
  /** Fires timers in time order, each once the event loop has settled. */
  private async run(): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      while (this.timers.length) {
        await this.settle()
        const next = this.timers.reduce((a, b) => (b.at < a.at || (b.at === a.at && b.seq < a.seq) ? b : a), this.timers[0])
        if (!next) continue
        this.timers = this.timers.filter((x) => x !== next)
        this.t = Math.max(this.t, next.at)
        next.fire()
      }
    } finally {
      this.running = false
    }
  }
  /** Waits until no new sleep has been registered for QUIET_TURNS turns of the event loop. */
  private async settle(): Promise<void> {
    let seen = -1
    for (let quiet = 0; quiet < QUIET_TURNS;) {
      await new Promise<void>((r) => setImmediate(r))
      if (this.activity === seen) quiet++
      else {
        seen = this.activity
        quiet = 0
      }
    }
  }
}

const QUIET_TURNS = 3

interface Timer {
  at: number
  seq: number
  fire(): void
}
