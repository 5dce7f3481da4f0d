/**
 * The bench's RSS figure, in a process of its own: `npm run bench` bundles this file alone with ncc
 * (.bench-build/watch/) and runs it with --expose-gc. The bundle holds what the action holds during
 * a watch — the config schema that parses the config, the engine (here on the fake clock), the
 * analysis, the real http provider and its HTTP client, the run recorder and the report renderer —
 * and nothing the bench needs for its other figures (no contract server, no other figure, no
 * command runner), so its RSS is the action's, not the bench's. The metric server is another
 * process, as a real one is. Prints one JSON row like bench.ts's figures.
 *
 * STAGEGATE_BENCH_QUICK=1: a 1-hour watch. STAGEGATE_BENCH_TRACE=1: every sample on stderr
 * (`process.memoryUsage()` and the anonymous / file-backed split of /proc/self/status);
 * STAGEGATE_BENCH_TRACE=N (a number): also a line every N rounds, without a GC, with V8's heap
 * spaces (committed KiB), to see where the first hour's growth is.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as v8 from 'node:v8'
import { ConfigSchema } from '../../src/config/schema.js'
import { httpProvider, type HttpMetricConfig } from '../../src/metrics/http.js'
import type { Measurement } from '../../src/metrics/types.js'
import { RunRecorder } from '../../src/record/recorder.js'
import { renderSummary } from '../../src/report/markdown.js'
import { FakeClock, type Clock } from '../../src/rollout/clock.js'
import { runRollout } from '../../src/rollout/engine.js'
import { buildPlan } from '../../src/rollout/plan.js'
import type { TrackName } from '../../src/config/schema.js'
import type { Log } from '../../src/runtime/types.js'

const HOURS = process.env.STAGEGATE_BENCH_QUICK === '1' ? 1 : 4
const TRACE = Boolean(process.env.STAGEGATE_BENCH_TRACE)
const TRACE_EVERY = Number(process.env.STAGEGATE_BENCH_TRACE) > 1 ? Number(process.env.STAGEGATE_BENCH_TRACE) : 0
const quietLog: Log = { debug() {}, info() {}, notice() {}, warning() {}, error() {}, startGroup() {}, endGroup() {} }

const METRIC_SERVER = `const s = require('node:http').createServer((q, r) => { r.setHeader('content-type', 'application/json'); r.end(JSON.stringify({ value: 0.2 + Math.random() * 0.01 })) });
s.listen(0, '127.0.0.1', () => console.log(s.address().port)); process.on('SIGTERM', () => process.exit(0))`

/** The config the watch runs: one step paused for HOURS, three checks on one http metric every 10 s. */
function watchConfig(url: string) {
  return ConfigSchema.parse({
    version: 1,
    service: 'bench',
    metrics: { m: { provider: 'http', url, value: '$.value' } },
    environments: {
      production: {
        steps: [{ weight: 100, pause: `${HOURS}h` }],
        analysis: {
          interval: '10s',
          checks: [
            { metric: 'm', max: 1 },
            { metric: 'm', 'max-increase': '50%' },
            { metric: 'm', min: 0 }
          ]
        }
      }
    }
  })
}

type Samples = { rss: number[]; anon: number[]; heap: number[] }

/**
 * The anonymous (private) part of RSS, in bytes: what the process itself allocated. The rest is
 * file-backed, mostly the node binary's own pages (clean, shared with every node process).
 */
function rssAnon(): number {
  return Number(/RssAnon:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024
}

/** RSS (and its anonymous part) now; then, after a forced GC, the live heap. */
function sample(s: Samples, round: number): void {
  s.rss.push(process.memoryUsage().rss)
  s.anon.push(rssAnon())
  global.gc?.()
  const mem = process.memoryUsage()
  s.heap.push(mem.heapUsed)
  if (TRACE)
    process.stderr.write(`${round} ${JSON.stringify(mem)} ${fs.readFileSync('/proc/self/status', 'utf8').match(/Rss\w+:\s+\d+/g)}\n`)
}

/** A finer trace line (no GC): RSS, its anonymous part and V8's committed heap spaces, in KiB. */
function traceLine(round: number): void {
  const spaces = v8
    .getHeapSpaceStatistics()
    .map((h) => `${h.space_name.replace(/_space$/, '')}=${Math.round(h.physical_space_size / 1024)}`)
  process.stderr.write(
    `~${round} rss=${Math.round(process.memoryUsage().rss / 1024)} anon=${Math.round(rssAnon() / 1024)} ${spaces.join(' ')}\n`
  )
}

type Watched = { start: number; startAnon: number; s: Samples; summaryBytes: number; kept: number }

async function watch(url: string): Promise<Watched> {
  const cfg = watchConfig(url)
  const env = cfg.environments.production
  const provider = httpProvider('m', cfg.metrics.m as HttpMetricConfig)
  const clock: Clock = new FakeClock()
  const rec = new RunRecorder(
    {
      service: 'bench',
      environment: 'production',
      version: 'v1',
      sha: 'a'.repeat(40),
      mode: 'deploy',
      strategy: '',
      runUrl: '',
      actor: ''
    },
    clock.now(),
    clock
  )
  const s: Samples = { rss: [], anon: [], heap: [] }
  let rounds = 0
  global.gc?.()
  const start = process.memoryUsage().rss
  const startAnon = rssAnon()
  const template = { env: process.env, version: 'v1', environment: 'production', service: 'bench', sha: 'abc', weight: 0 }
  const res = await runRollout(
    { env, plan: buildPlan(env) },
    {
      clock,
      signal: new AbortController().signal,
      log: quietLog,
      runAction: async () => ({ exitCode: 0, outcome: 'ok' as const, durationMs: 0, stdout: '', stderr: '' }),
      // As the action wires it (src/flow/context.ts): the engine's own long-lived signal on every request.
      measure: async (_m: string, track: TrackName, _w: number, signal: AbortSignal): Promise<Measurement> =>
        provider.measure({ context: { ...template, track }, signal }),
      events: rec.engineEvents({
        onRound: () => {
          rounds++
          if (TRACE_EVERY && rounds % TRACE_EVERY === 0) traceLine(rounds)
          if (rounds % 60 === 0) sample(s, rounds)
        }
      })
    }
  )
  if (res.status !== 'succeeded') throw new Error(`watch ${res.status}`)
  rec.rolloutEnded(res)
  const summaryBytes = Buffer.byteLength(renderSummary(rec.view))
  s.rss.push(process.memoryUsage().rss)
  s.anon.push(rssAnon())
  return { start, startAnon, s, summaryBytes, kept: rec.view.measurements.length }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

async function main(): Promise<void> {
  // The metric server runs in its own process: its sockets and buffers are not the action's.
  const server = spawn(process.execPath, ['-e', METRIC_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<string>((r) => server.stdout.once('data', (b: Buffer) => r(b.toString().trim())))
  const { start, startAnon, s, summaryBytes, kept } = await watch(`http://127.0.0.1:${port}/m?track={{ track }}`).finally(() =>
    server.kill()
  )
  const rss = s.rss
  const peak = Math.max(start, ...rss)
  const q = Math.max(1, Math.floor(rss.length / 4))
  const [quarter, half] = HOURS === 4 ? ['hour', '2 h'] : [`${(HOURS * 60) / 4} min`, `${(HOURS * 60) / 2} min`]
  const row = {
    figure: `peak RSS over a simulated ${HOURS}-hour watch`,
    value:
      `peak ${mb(peak)} (start ${mb(start)}; first ${quarter} ${mb(Math.max(...rss.slice(0, q)))}, last ${quarter} ${mb(Math.max(...rss.slice(-q - 1, -1)))}, ` +
      `after rendering the ${Math.round(summaryBytes / 1024)} KiB summary ${mb(rss[rss.length - 1])}; over the last ${half} ${mb(rss[Math.floor((rss.length - 1) / 2)])} → ${mb(rss[rss.length - 2])}); ` +
      `anonymous (private) part: peak ${mb(Math.max(startAnon, ...s.anon))} (start ${mb(startAnon)}, last ${quarter} ${mb(Math.max(...s.anon.slice(-q - 1, -1)))}), the rest file-backed (the node binary's pages); ` +
      `live heap after GC ${mb(s.heap[0])} → ${mb(s.heap[s.heap.length - 1])} for ${kept} kept measurements`,
    goal: '< 100 MB and flat',
    method: `a process of its own running only the watch (scripts/bench/watch.ts bundled alone by ncc: config schema, engine, analysis, http provider, recorder, report renderer); engine on the fake clock: one ${HOURS} h pause, interval 10 s, 3 checks measured by the real http provider (under the engine’s long-lived signal, as the action wires it) against a local HTTP metric server in another process (real requests), then the job summary rendered from all of it; RSS sampled every 60 rounds (10 min), then the live heap after a forced GC; Node ${process.version}${process.execArgv.filter((a) => a !== '--expose-gc').length ? ` ${process.execArgv.join(' ')}` : ''}`
  }
  process.stdout.write(`${JSON.stringify(row)}\n`)
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`)
  process.exit(1)
})
