/**
 * Accuracy benchmark (issue 11): a seeded corpus of synthetic canaries with known truth, each
 * judged side by side by
 *   (a) Stagegate's threshold checks  — the real engine and analysis (src/rollout, src/metrics),
 *   (b) Stagegate's statistical check — the same, with `compare: stable` (Mann-Whitney),
 *   (c) Flagger's rule — absolute thresholds; roll back once `threshold` checks have failed,
 *   (d) Argo Rollouts' rule — absolute success conditions; roll back once failed > `failureLimit`
 *       (or errors in a row > consecutiveErrorLimit).
 * (a) and (b) run through runRollout on the virtual clock: nothing of Stagegate is re-implemented
 * here. (c) and (d) are the documented rules of those tools, applied to the same measurements.
 *
 * Usage: node .bench-build/accuracy/index.js [--json]   (bundled by scripts/bench.mjs)
 */
import { ConfigSchema, type EnvironmentConfig, type TrackName } from '../../src/config/schema.js'
import { buildPlan } from '../../src/rollout/plan.js'
import { runRollout } from '../../src/rollout/engine.js'
import { FakeClock } from '../../src/rollout/clock.js'
import type { Measurement } from '../../src/metrics/types.js'
import { CORPUS_SEED, STEP_MS, STEPS, INTERVAL_MS, buildCorpus, type Canary, type MetricName } from './corpus.js'
import type { Log } from '../../src/runtime/types.js'

/** The bench measures the engine, not the log: every line is dropped. */
const quietLog: Log = { debug() {}, info() {}, notice() {}, warning() {}, error() {}, startGroup() {}, endGroup() {} }

type Judge = 'a' | 'b' | 'c' | 'd'
interface Outcome {
  rolledBack: boolean
  /** ms from the canary's start to the rollback */
  at?: number
}

const METRICS = {
  'mean-latency': { provider: 'command', run: 'true' },
  'p95-latency': { provider: 'command', run: 'true' },
  'error-rate': { provider: 'command', run: 'true' }
}
const steps = [...STEPS.map((weight) => ({ weight, pause: `${STEP_MS}ms` })), { weight: 100, pause: '0s' }]

function environment(analysis: object): EnvironmentConfig {
  const cfg = ConfigSchema.parse({ version: 1, service: 'accuracy', metrics: METRICS, environments: { production: { steps, analysis } } })
  return cfg.environments.production
}

/** (a): bounds against the baseline, a breach must last 30 s (3 rounds) to count. */
const THRESHOLDS = environment({
  interval: `${INTERVAL_MS}ms`,
  'failure-limit': 0,
  'inconclusive-limit': 6,
  checks: [
    { metric: 'mean-latency', 'max-increase': '15%', for: '30s', 'on-no-data': 'ignore', 'min-samples': 10 },
    { metric: 'p95-latency', 'max-increase': '15%', for: '30s', 'on-no-data': 'ignore', 'min-samples': 10 },
    { metric: 'error-rate', 'max-delta': 0.002, for: '30s', 'on-no-data': 'ignore', 'min-samples': 10 }
  ]
})

/** (b): canary against stable each round, judged at each pause's end. */
const COMPARED = environment({
  interval: `${INTERVAL_MS}ms`,
  'inconclusive-limit': 6,
  checks: [
    {
      metric: 'mean-latency',
      compare: 'stable',
      direction: 'increase',
      tolerance: '10%',
      confidence: 0.95,
      'min-samples': 10,
      'on-no-data': 'ignore'
    },
    {
      metric: 'p95-latency',
      compare: 'stable',
      direction: 'increase',
      tolerance: '10%',
      confidence: 0.95,
      'min-samples': 10,
      'on-no-data': 'ignore'
    },
    {
      metric: 'error-rate',
      compare: 'stable',
      direction: 'increase',
      tolerance: '10%',
      confidence: 0.95,
      'min-samples': 10,
      'on-no-data': 'ignore'
    }
  ]
})

async function stagegate(env: EnvironmentConfig, canary: Canary): Promise<Outcome> {
  const clock = new FakeClock(0)
  let rollback: { reason: string; startedAt: number } | undefined
  const res = await runRollout(
    { env, plan: buildPlan(env) },
    {
      clock,
      events: {
        onRollbackStart: (rb) => {
          rollback = rb
        }
      },
      signal: new AbortController().signal,
      log: quietLog,
      runAction: async () => ({ exitCode: 0, outcome: 'ok', durationMs: 0, stdout: '', stderr: '' }),
      measure: async (metric: string, track: TrackName, weight: number): Promise<Measurement> => {
        const v = canary.measure(metric as MetricName, track, weight, clock.now())
        return v === null ? { kind: 'no-data', detail: 'empty result' } : { kind: 'value', value: v }
      }
    }
  )
  if (res.status === 'rolled-back') {
    if (process.env.ACCURACY_WHY) process.stderr.write(`${canary.id} ${canary.groups[0]}: ${rollback?.reason}\n`)
    return { rolledBack: true, at: rollback?.startedAt }
  }
  if (res.status !== 'succeeded') throw new Error(`accuracy: run ended ${res.status}: ${res.error ?? rollback?.reason}`)
  return { rolledBack: false }
}

/** The absolute limits a Flagger or Argo user writes: 25% above the service's usual level, error rate ≤ 1%. */
function absoluteLimits(c: Canary): Record<MetricName, number> {
  return { 'mean-latency': 1.25 * c.level['mean-latency'], 'p95-latency': 1.25 * c.level['p95-latency'], 'error-rate': 0.01 }
}

/** The schedule every judge sees: one round per interval through each step, at the step's weight. */
function* rounds(): Generator<{ at: number; weight: number }> {
  let start = 0
  for (const weight of STEPS) {
    for (let t = INTERVAL_MS; t <= STEP_MS; t += INTERVAL_MS) yield { at: start + t, weight }
    start += STEP_MS
  }
}

/** (c) Flagger: each metric check below its threshold or without data counts a failed check; rollback at `threshold` (5). */
function flagger(c: Canary, threshold = 5): Outcome {
  const limits = absoluteLimits(c)
  let failed = 0
  for (const { at, weight } of rounds()) {
    for (const m of Object.keys(limits) as MetricName[]) {
      const v = c.measure(m, 'canary', weight, at)
      if (v === null || v > limits[m]) failed++
    }
    if (failed >= threshold) return { rolledBack: true, at }
  }
  return { rolledBack: false }
}

/** (d) Argo: background analysis; failed > failureLimit (3), or no-data errors in a row > consecutiveErrorLimit (4). */
function argo(c: Canary, failureLimit = 3, consecutiveErrorLimit = 4): Outcome {
  const limits = absoluteLimits(c)
  const failed: Record<string, number> = {}
  const errors: Record<string, number> = {}
  for (const { at, weight } of rounds()) {
    for (const m of Object.keys(limits) as MetricName[]) {
      const v = c.measure(m, 'canary', weight, at)
      if (v === null) errors[m] = (errors[m] ?? 0) + 1
      else {
        errors[m] = 0
        if (v > limits[m]) failed[m] = (failed[m] ?? 0) + 1
      }
      if ((failed[m] ?? 0) > failureLimit || (errors[m] ?? 0) > consecutiveErrorLimit) return { rolledBack: true, at }
    }
  }
  return { rolledBack: false }
}

// ------------------------------------------------------------ the table

interface Tally {
  n: number
  hits: number
  times: number[]
}

async function main(): Promise<void> {
  const corpus = buildCorpus()
  const judges: Judge[] = ['a', 'b', 'c', 'd']
  const byGroup = new Map<string, Record<Judge, Tally>>()
  const empty = (): Record<Judge, Tally> => ({ a: tally(), b: tally(), c: tally(), d: tally() })
  for (const canary of corpus) {
    const outcomes: Record<Judge, Outcome> = {
      a: await stagegate(THRESHOLDS, canary),
      b: await stagegate(COMPARED, canary),
      c: flagger(canary),
      d: argo(canary)
    }
    for (const group of canary.groups) {
      const g = byGroup.get(group) ?? empty()
      byGroup.set(group, g)
      for (const j of judges) add(g[j], outcomes[j])
    }
  }
  const rows = [...byGroup.entries()].sort((x, y) => order(x[0]) - order(y[0]))
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ seed: CORPUS_SEED, canaries: corpus.length, rows: Object.fromEntries(rows) })}\n`)
    return
  }
  printTable(corpus.length, rows)
}

/** Healthy first, then each kind of regression by size, the aggregates last. */
function order(group: string): number {
  const size = group.startsWith('healthy') ? 0 : Number(/\+(\d+)%/.exec(group)?.[1] ?? /(\d+)%/.exec(group)?.[1] ?? 0)
  const kind = group.startsWith('healthy')
    ? 0
    : group.includes(': all')
      ? 4
      : group.startsWith('slow')
        ? 3
        : group.startsWith('error')
          ? 2
          : 1
  return kind * 10_000 + (group.includes(': all') && group.startsWith('healthy') ? 1 : 0) + size * 10 + (group.includes('tail') ? 1 : 0)
}

function tally(): Tally {
  return { n: 0, hits: 0, times: [] }
}

function add(t: Tally, o: Outcome): void {
  t.n++
  if (!o.rolledBack) return
  t.hits++
  if (o.at !== undefined) t.times.push(o.at)
}

function printTable(total: number, rows: Array<[string, Record<Judge, Tally>]>): void {
  const head = ['(a) Stagegate thresholds', '(b) Stagegate statistical', '(c) Flagger rule', '(d) Argo rule']
  const out: string[] = []
  out.push(
    `Accuracy: ${total} synthetic canaries (seed ${CORPUS_SEED}); ${STEPS.length} steps (${STEPS.join('/')}%) × ${STEP_MS / 60_000} min, a round every ${INTERVAL_MS / 1000} s.`
  )
  out.push(
    "Healthy rows: share rolled back (false rollbacks). Regression rows: share rolled back (detection), median / worst time to detect from the canary's start.\n"
  )
  out.push(`| canaries | n | ${head.join(' | ')} |`)
  out.push(`|---|---|${head.map(() => '---').join('|')}|`)
  for (const [group, t] of rows)
    out.push(
      `| ${group} | ${t.a.n} | ${(['a', 'b', 'c', 'd'] as Judge[]).map((j) => cell(t[j], group.startsWith('healthy'))).join(' | ')} |`
    )
  process.stdout.write(`${out.join('\n')}\n`)
}

function cell(t: Tally, healthy: boolean): string {
  const pct = `${((100 * t.hits) / t.n).toFixed(1)}%`
  if (healthy || !t.times.length) return pct
  const s = [...t.times].sort((x, y) => x - y)
  return `${pct} · ${mmss(s[Math.floor((s.length - 1) / 2)])} / ${mmss(s[s.length - 1])}`
}

function mmss(ms: number): string {
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`)
  process.exit(1)
})
