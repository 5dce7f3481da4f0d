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

/** The real clock: sleeps for real. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal))
      const onAbort = () => {
        clearTimeout(t)
        reject(abortError(signal))
      }
      const t = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, Math.max(0, ms))
      signal?.addEventListener('abort', onAbort, { once: true })
    })
}

/**
 * A virtual clock for tests and benchmarks: `sleep` advances time instantly, so a 4-hour
 * plan runs in milliseconds. Sleeps still yield to the event loop, keeping ordering real.
 */
export class FakeClock implements Clock {
  private t: number
  constructor(start = Date.UTC(2026, 0, 5, 12, 0, 0)) {
    this.t = start
  }
  now(): number {
    return this.t
  }
  advance(ms: number): void {
    this.t += ms
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw abortError(signal)
    await new Promise<void>((r) => setImmediate(r))
    if (signal?.aborted) throw abortError(signal)
    this.t += Math.max(0, ms)
  }
}
