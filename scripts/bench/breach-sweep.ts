/**
 * Breach → rollback, swept (issue 11): the canary turns bad at every 10 ms offset across two whole
 * steps (set-weight 200 ms, a slow verify of 1.5 s or 3 s, a 2.5 s pause that is not a multiple of
 * the 1 s interval), step boundaries included. The sweep runs the real engine on the virtual clock
 * (exact, every offset); the worst offsets found are then re-run on the real clock, which adds the
 * scheduling overhead. Also counts any set-weight that started after the breach (must be 0).
 *
 * Prints one JSON row for scripts/bench.mjs's table.
 */
import { ConfigSchema, type ActionName, type EnvironmentConfig, type TrackName } from '../../src/config/schema.js'
import { buildPlan } from '../../src/rollout/plan.js'
import { runRollout } from '../../src/rollout/engine.js'
import { FakeClock, systemClock, type Clock } from '../../src/rollout/clock.js'
import type { Measurement } from '../../src/metrics/types.js'
import type { Log } from '../../src/runtime/types.js'

/** The bench measures the engine, not the log: every line is dropped. */
const quietLog: Log = { debug() {}, info() {}, notice() {}, warning() {}, error() {}, startGroup() {}, endGroup() {} }

const INTERVAL_MS = 1000
const SET_WEIGHT_MS = 200
const PAUSE_MS = 2500

function environment(): EnvironmentConfig {
  const cfg = ConfigSchema.parse({
    version: 1,
    service: 'bench',
    metrics: { m: { provider: 'command', run: 'true' } },
    environments: {
      production: {
        steps: [
          { weight: 10, pause: `${PAUSE_MS}ms` },
          { weight: 50, pause: `${PAUSE_MS}ms` },
          { weight: 100, pause: '1s' }
        ],
        analysis: { interval: `${INTERVAL_MS}ms`, checks: [{ metric: 'm', max: 0.01 }] },
        actions: { 'set-weight': 's', verify: 'v', rollback: 'r' }
      }
    }
  })
  return cfg.environments.production
}

interface Trial {
  offset: number
  latency: number
  lateShifts: number
}

/** One rollout whose canary breaks `offset` ms after the rollout's start. */
async function trial(clock: Clock, verifyMs: number, offset: number): Promise<Trial> {
  const env = environment()
  const start = clock.now()
  const breachAt = start + offset
  let rollbackAt = Number.NaN
  let lateShifts = 0
  const res = await runRollout(
    { env, plan: buildPlan(env) },
    {
      clock,
      signal: new AbortController().signal,
      log: quietLog,
      runAction: async (name: ActionName, _ctx, signal) => {
        if (name === 'set-weight' && clock.now() > breachAt) lateShifts++
        if (name === 'rollback' && Number.isNaN(rollbackAt)) rollbackAt = clock.now()
        const ms = name === 'verify' ? verifyMs : name === 'set-weight' ? SET_WEIGHT_MS : 0
        const aborted =
          ms > 0 &&
          (await clock.sleep(ms, signal).then(
            () => false,
            () => true
          ))
        return { exitCode: aborted ? null : 0, outcome: aborted ? 'aborted' : 'ok', durationMs: ms, stdout: '', stderr: '' }
      },
      measure: async (_m: string, track: TrackName): Promise<Measurement> => ({
        kind: 'value',
        value: track === 'canary' && clock.now() >= breachAt ? 0.5 : 0.001
      })
    }
  )
  if (res.status !== 'rolled-back') throw new Error(`breach at +${offset} ms (verify ${verifyMs} ms): ${res.status}`)
  return { offset, latency: rollbackAt - breachAt, lateShifts }
}

async function sweep(verifyMs: number): Promise<Trial[]> {
  const span = 2 * (SET_WEIGHT_MS + verifyMs + PAUSE_MS)
  const out: Trial[] = []
  for (let offset = 0; offset < span; offset += 10) out.push(await trial(new FakeClock(0), verifyMs, offset))
  return out
}

async function main(): Promise<void> {
  const parts: string[] = []
  let worstReal = 0
  let late = 0
  let n = 0
  for (const verifyMs of [1500, 3000]) {
    const trials = await sweep(verifyMs)
    n += trials.length
    late += trials.reduce((a, t) => a + t.lateShifts, 0)
    const worst = [...trials].sort((a, b) => b.latency - a.latency).slice(0, 3)
    const real: number[] = []
    for (const t of worst) real.push((await trial(systemClock, verifyMs, t.offset)).latency)
    worstReal = Math.max(worstReal, ...real)
    parts.push(
      `verify ${verifyMs / 1000} s: virtual worst ${worst[0].latency} ms (at +${worst[0].offset} ms), real clock at the 3 worst offsets ${real.join('/')} ms`
    )
  }
  process.stdout.write(
    `${JSON.stringify({
      figure: 'breach → rollback started, swept over every 10 ms of two steps',
      value: `worst ${worstReal} ms on the real clock; ${parts.join('; ')}; ${late} set-weight calls after a breach in ${n} runs`,
      goal: `≤ ${INTERVAL_MS + 250} ms; 0 set-weight after a breach`,
      method: `engine with interval 1 s, set-weight ${SET_WEIGHT_MS} ms, slow verify, ${PAUSE_MS} ms pauses; the breach moment swept in 10 ms steps across two whole steps on the virtual clock (exact), then the worst offsets re-run on the real clock`
    })}\n`
  )
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`)
  process.exit(1)
})
