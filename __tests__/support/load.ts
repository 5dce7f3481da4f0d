/**
 * A bounded load generator for the real-stack suite: GET requests at a steady rate to a URL on
 * the loopback interface (nginx in front of the sample service), counting which track answered
 * (the service's `x-track` header). It stops by itself after maxRequests or maxSeconds,
 * whichever comes first; every request has a timeout. Never aims anywhere but 127.0.0.0/8 or ::1.
 */
import * as http from 'node:http'

export type TrackSeen = 'stable' | 'canary' | 'unknown'

export interface Answer {
  /** HTTP status; 0 when the request got no response (refused, reset, timed out). */
  status: number
  track: TrackSeen
  ms: number
}

export interface LoadOptions {
  /** requests per second, 1..2000 */
  rps: number
  /** stop after this many requests, 1..1,000,000 */
  maxRequests: number
  /** stop after this many seconds, up to 3600 */
  maxSeconds: number
  /** requests in flight at most (default 32); the rate drops when the target is slower */
  concurrency?: number
  /** per-request timeout in ms (default 5000) */
  timeoutMs?: number
}

export interface LoadResult {
  /** requests started */
  sent: number
  /** requests finished (with or without a response) */
  completed: number
  byTrack: Record<TrackSeen, number>
  /** 5xx answers plus requests without a response */
  errors: number
  /** count per status code ("0" = no response) */
  statuses: Record<string, number>
  seconds: number
}

export interface Load {
  /** Counts so far, without stopping. */
  snapshot(): LoadResult
  /** Stops sending, waits for the requests in flight, returns the counts. */
  stop(): Promise<LoadResult>
  /** Settles when the load stopped by itself (bounds reached) or was stopped. */
  done: Promise<LoadResult>
}

/** Throws unless the URL points at the loopback interface. */
export function assertLoopback(url: string): URL {
  const u = new URL(url)
  const host = u.hostname.replace(/^\[|\]$/g, '')
  const loopback = host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  if (!loopback || u.protocol !== 'http:') throw new Error(`load only goes to http:// on 127.0.0.0/8 or ::1, not ${url}`)
  return u
}

/** One GET on a fresh connection; never rejects. */
export function requestTrack(url: string, timeoutMs = 5000): Promise<Answer> {
  const target = assertLoopback(url)
  const started = Date.now()
  return new Promise((resolve) => {
    let settled = false
    const finish = (status: number, track: TrackSeen) => {
      if (settled) return
      settled = true
      resolve({ status, track, ms: Date.now() - started })
    }
    const req = http.get(target, { agent: false, timeout: timeoutMs }, (res) => {
      const header = res.headers['x-track']
      const track: TrackSeen = header === 'stable' || header === 'canary' ? header : 'unknown'
      res.resume()
      res.on('end', () => finish(res.statusCode ?? 0, track))
      res.on('error', () => finish(0, track))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => finish(0, 'unknown'))
  })
}

function checkOptions(o: LoadOptions): void {
  const within = (v: number | undefined, lo: number, hi: number) => v === undefined || (Number.isFinite(v) && v >= lo && v <= hi)
  if (!within(o.rps, 1, 2000)) throw new Error(`rps must be 1..2000, got ${o.rps}`)
  if (!within(o.maxRequests, 1, 1_000_000)) throw new Error(`maxRequests must be 1..1000000, got ${o.maxRequests}`)
  if (!within(o.maxSeconds, 0.01, 3600)) throw new Error(`maxSeconds must be up to 3600, got ${o.maxSeconds}`)
  if (!within(o.concurrency, 1, 512)) throw new Error(`concurrency must be 1..512, got ${o.concurrency}`)
  if (!within(o.timeoutMs, 1, 60_000)) throw new Error(`timeoutMs must be 1..60000, got ${o.timeoutMs}`)
}

function emptyResult(): LoadResult {
  return { sent: 0, completed: 0, byTrack: { stable: 0, canary: 0, unknown: 0 }, errors: 0, statuses: {}, seconds: 0 }
}

/** Adds one answer to the counts. */
export function tally(r: LoadResult, a: Answer): void {
  r.completed++
  r.byTrack[a.track]++
  r.statuses[String(a.status)] = (r.statuses[String(a.status)] ?? 0) + 1
  if (a.status === 0 || a.status >= 500) r.errors++
}

export function startLoad(url: string, opts: LoadOptions): Load {
  assertLoopback(url)
  checkOptions(opts)
  const concurrency = opts.concurrency ?? 32
  const result = emptyResult()
  const started = Date.now()
  const inFlight = new Set<Promise<void>>()
  let stopping = false
  let finish!: (r: LoadResult) => void
  const done = new Promise<LoadResult>((resolve) => (finish = resolve))
  const snapshot = (): LoadResult => ({
    ...result,
    byTrack: { ...result.byTrack },
    statuses: { ...result.statuses },
    seconds: (Date.now() - started) / 1000
  })

  const fire = () => {
    result.sent++
    const p: Promise<void> = requestTrack(url, opts.timeoutMs ?? 5000).then((a) => {
      tally(result, a)
      inFlight.delete(p)
    })
    inFlight.add(p)
  }
  const end = async () => {
    if (stopping) return done
    stopping = true
    clearInterval(timer)
    clearTimeout(deadline)
    while (inFlight.size) await Promise.all([...inFlight])
    finish(snapshot())
    return done
  }
  const tick = () => {
    const due = Math.min(opts.maxRequests, Math.floor(((Date.now() - started) / 1000) * opts.rps) + 1)
    while (!stopping && result.sent < due && inFlight.size < concurrency) fire()
    if (result.sent >= opts.maxRequests) void end()
  }
  const timer = setInterval(tick, 10)
  const deadline = setTimeout(() => void end(), opts.maxSeconds * 1000)
  tick()
  return { snapshot, stop: end, done }
}
