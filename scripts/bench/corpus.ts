/**
 * The accuracy bench's corpus: synthetic canaries with known truth, fully determined by a seed.
 * Every value is a pure function of (canary, metric, track, time), so every judge sees the very
 * same measurements. Noise grows as a track's share of traffic shrinks (a 5% canary is noisier
 * than the 95% stable). Spikes and drift multiply both tracks alike; regressions hit the canary.
 */
import type { TrackName } from '../../src/config/schema.js'

export const CORPUS_SEED = 20261126
export const STEPS = [5, 25, 50]
export const STEP_MS = 3 * 60_000
export const INTERVAL_MS = 10_000
const TOTAL_MS = STEPS.length * STEP_MS
const REQUESTS_PER_ROUND = 30_000

export type MetricName = 'mean-latency' | 'p95-latency' | 'error-rate'
type Noise = 'gaussian' | 'heavy'

export interface Canary {
  id: number
  /** Table rows this canary counts in. */
  groups: string[]
  level: Record<MetricName, number>
  measure(metric: MetricName, track: TrackName, weight: number, at: number): number | null
}

interface Shape {
  noise: Noise
  spikes: boolean
  drift: number
  /** canary has no data for rounds [from, to) (ms) */
  gap?: [number, number]
  /** multiplier on the canary's metric at time t */
  regression(metric: MetricName, at: number): number
}

const none = () => 1

export function buildCorpus(): Canary[] {
  const out: Canary[] = []
  const make = (groups: string[], shape: (r: Rand) => Shape) => {
    const id = out.length
    const r = new Rand(CORPUS_SEED + id * 7919)
    out.push(canary(id, groups, r, shape(r)))
  }
  const healthy = (kind: string) => [`healthy: ${kind}`, 'healthy: all']
  for (let i = 0; i < 80; i++) make(healthy('Gaussian noise'), () => ({ noise: 'gaussian', spikes: false, drift: 0, regression: none }))
  for (let i = 0; i < 80; i++) make(healthy('heavy-tailed noise'), () => ({ noise: 'heavy', spikes: false, drift: 0, regression: none }))
  for (let i = 0; i < 60; i++)
    make(healthy('traffic spikes, both tracks'), (r) => ({
      noise: r.next() < 0.5 ? 'gaussian' : 'heavy',
      spikes: true,
      drift: 0,
      regression: none
    }))
  for (let i = 0; i < 60; i++)
    make(healthy('diurnal drift ±30%, both tracks'), (r) => ({
      noise: 'gaussian',
      spikes: false,
      drift: (r.next() < 0.5 ? -1 : 1) * 0.3,
      regression: none
    }))
  for (let i = 0; i < 40; i++) {
    make(healthy('no-data windows'), (r) => {
      const from = Math.floor(r.next() * (TOTAL_MS / INTERVAL_MS - 8)) * INTERVAL_MS
      return {
        noise: 'gaussian',
        spikes: false,
        drift: 0,
        gap: [from, from + (3 + Math.floor(r.next() * 4)) * INTERVAL_MS],
        regression: none
      }
    })
  }
  for (const size of [5, 10, 20, 50, 100]) {
    const f = 1 + size / 100
    const latency = size >= 20 ? ['latency shifts ≥ 20% (mean and tail): all'] : [`latency shifts of ${size}%: all`]
    const errors = size >= 20 ? ['error-rate steps ≥ 20%: all'] : []
    const noise = (i: number): Noise => (i % 2 ? 'heavy' : 'gaussian')
    for (let i = 0; i < 16; i++)
      make([`latency mean +${size}%`, ...latency], () => ({
        noise: noise(i),
        spikes: i % 4 === 3,
        drift: 0,
        regression: (m) => (m === 'error-rate' ? 1 : f)
      }))
    for (let i = 0; i < 16; i++)
      make([`latency tail (p95) +${size}%`, ...latency], () => ({
        noise: noise(i),
        spikes: i % 4 === 3,
        drift: 0,
        regression: (m) => (m === 'p95-latency' ? f : 1)
      }))
    for (let i = 0; i < 12; i++)
      make([`error rate +${size}%`, ...errors], () => ({
        noise: noise(i),
        spikes: false,
        drift: 0,
        regression: (m) => (m === 'error-rate' ? f : 1)
      }))
  }
  for (let i = 0; i < 20; i++) {
    make(['slow leak (latency +0 → +80% over the rollout)'], () => ({
      noise: i % 2 ? 'heavy' : 'gaussian',
      spikes: false,
      drift: 0,
      regression: (m, at) => (m === 'error-rate' ? 1 : 1 + (0.8 * at) / TOTAL_MS)
    }))
  }
  return out
}

function canary(id: number, groups: string[], r: Rand, shape: Shape): Canary {
  const mean = 80 + r.next() * 220
  const level: Record<MetricName, number> = {
    'mean-latency': mean,
    'p95-latency': mean * (1.8 + r.next() * 0.7),
    'error-rate': 0.0005 + r.next() * 0.0025
  }
  const salt = Math.floor(r.next() * 2 ** 31)
  return {
    id,
    groups,
    level,
    measure(metric, track, weight, at) {
      const share = track === 'canary' ? weight / 100 : 1 - weight / 100
      if (share <= 0) return null
      if (track === 'canary' && shape.gap && at >= shape.gap[0] && at < shape.gap[1]) return null
      const key = (k: number) => hash(salt, METRIC_IDS[metric], track === 'canary' ? 1 : 2, Math.round(at / 1000), k)
      const shared = sharedFactor(salt, shape, metric, at)
      const reg = track === 'canary' ? shape.regression(metric, at) : 1
      if (metric === 'error-rate') return errorRate(level[metric] * shared * reg, share, key)
      const sigma = (metric === 'p95-latency' ? 0.05 : 0.035) / Math.sqrt(Math.min(1, share / 0.5))
      const z = shape.noise === 'gaussian' ? gauss(key, 0) : studentT3(key)
      return level[metric] * shared * reg * Math.exp(sigma * z)
    }
  }
}

const METRIC_IDS: Record<MetricName, number> = { 'mean-latency': 1, 'p95-latency': 2, 'error-rate': 3 }

/** Drift and spikes: the same on both tracks at the same moment. */
function sharedFactor(salt: number, shape: Shape, metric: MetricName, at: number): number {
  const drift = 1 + shape.drift * Math.sin((Math.PI / 2) * (at / TOTAL_MS))
  if (!shape.spikes) return drift
  const round = Math.floor(at / INTERVAL_MS)
  const u = unit(hash(salt, 99, 0, round, 0))
  if (u >= 0.05) return drift
  const size = 1.5 + 1.5 * unit(hash(salt, 98, 0, round, 0))
  return drift * (metric === 'error-rate' ? size * 2 : size)
}

function errorRate(rate: number, share: number, key: (k: number) => number): number {
  const requests = Math.round(REQUESTS_PER_ROUND * share)
  return poisson(requests * rate, key) / requests
}

function poisson(lambda: number, key: (k: number) => number): number {
  if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gauss(key, 10)))
  const limit = Math.exp(-lambda)
  let p = 1
  let k = 0
  for (let i = 0; ; i++) {
    p *= unit(key(100 + i))
    if (p <= limit) return k
    k++
  }
}

function gauss(key: (k: number) => number, k: number): number {
  const u1 = Math.max(unit(key(k)), 1e-12)
  const u2 = unit(key(k + 1))
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2)
}

/** Student's t with 3 degrees of freedom, scaled to unit variance. */
function studentT3(key: (k: number) => number): number {
  const chi = gauss(key, 2) ** 2 + gauss(key, 4) ** 2 + gauss(key, 6) ** 2
  return gauss(key, 0) / Math.sqrt(chi / 3) / Math.sqrt(3)
}

function unit(h: number): number {
  return (h >>> 0) / 4294967296
}

/** A 32-bit mix of integers (murmur3's finaliser over a running combination). */
function hash(...xs: number[]): number {
  let h = 0x9e3779b9
  for (const x of xs) {
    h = Math.imul(h ^ (x | 0), 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
  }
  return h >>> 0
}

/** mulberry32: the seeded stream that draws each canary's levels. */
class Rand {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s + 0x6d2b79f5) | 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
