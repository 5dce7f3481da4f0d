import { describe, expect, test } from '@jest/globals'
import { tmpdir } from 'node:os'
import { Gate as GateSchema, Metric as MetricSchema, type GateConfig } from '../../src/config/schema.js'
import { createCommandRunner } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import { commandProvider, type CommandMetricConfig } from '../../src/metrics/command.js'
import type { MeasureRequest, Measurement, MetricProvider } from '../../src/metrics/types.js'
import { judgeMeasurement, metricGate } from '../../src/gates/metric.js'
import type { GateContext } from '../../src/gates/types.js'
import { FakeClock } from '../../src/rollout/clock.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

type MetricConfig = Extract<GateConfig, { type: 'metric' }>
const cfg = (raw: Record<string, unknown>) =>
  GateSchema.parse({ name: 'healthy-before', type: 'metric', metric: 'error-rate', ...raw }) as MetricConfig

/** A real command provider: bash prints the number. */
function bashMetric(name: string, run: string): MetricProvider {
  const config = MetricSchema.parse({ provider: 'command', run, timeout: '10s' }) as CommandMetricConfig
  return commandProvider(name, config, { runCommand: (r) => runCommand({ ...r, stream: false }), cwd: tmpdir(), baseEnv: {} })
}

function context(providers: MetricProvider[], signal = new AbortController().signal): GateContext {
  return {
    clock: new FakeClock(),
    signal,
    template: {
      env: { PROM_URL: 'http://prom:9090' },
      track: 'stable',
      version: 'v1.2.3',
      environment: 'production',
      service: 'checkout-api',
      sha: 'abc1234',
      weight: 0
    },
    runCommand,
    commandEnv: {},
    workspace: tmpdir(),
    metrics: new Map(providers.map((p) => [p.name, p])),
    environment: 'production'
  }
}

describe('metric gate with a real command provider', () => {
  test.each([
    ['echo 0.0004', { max: 0.001 }, true, 'error-rate (stable) = 0.0004, within ≤ 0.001'],
    ['echo 0.02', { max: 0.001 }, false, 'error-rate (stable) = 0.02, above max 0.001'],
    ['echo 50', { min: 100 }, false, 'error-rate (stable) = 50, below min 100'],
    ['echo 100', { min: 100, max: 200 }, true, 'error-rate (stable) = 100, within 100 … 200'],
    ['true', { max: 1 }, false, 'error-rate (stable): no data — command printed nothing'],
    ['echo boom >&2; exit 2', { max: 1 }, false, 'error-rate (stable): error — command exited with code 2: boom']
  ])('%s with %j → %s', async (run, bounds, passed, detail) => {
    const out = await metricGate.check(cfg(bounds), context([bashMetric('error-rate', run)]))
    expect(out).toEqual({ passed, detail })
  })

  test('measures the track the gate names (stable by default)', async () => {
    const provider = bashMetric('error-rate', 'if [ "$STAGEGATE_TRACK" = canary ]; then echo 5; else echo 1; fi')
    expect((await metricGate.check(cfg({ max: 2 }), context([provider]))).detail).toBe('error-rate (stable) = 1, within ≤ 2')
    expect((await metricGate.check(cfg({ max: 2, track: 'canary' }), context([provider]))).detail).toBe(
      'error-rate (canary) = 5, above max 2'
    )
  })
})

describe('metric gate at the provider interface', () => {
  test('passes the template context (with the gate track) and the gate signal to the provider', async () => {
    const requests: MeasureRequest[] = []
    const provider: MetricProvider = {
      name: 'queue-depth',
      readOnly: true,
      measure: async (r) => {
        requests.push(r)
        return { kind: 'value', value: 3 }
      }
    }
    const ctx = context([provider])
    const out = await metricGate.check(cfg({ metric: 'queue-depth', max: 10, track: 'canary' }), ctx)
    expect(out).toEqual({ passed: true, detail: 'queue-depth (canary) = 3, within ≤ 10' })
    expect(requests).toHaveLength(1)
    expect(requests[0].context).toEqual({ ...ctx.template, track: 'canary' })
    expect(requests[0].signal).toBe(ctx.signal)
  })

  test('an unknown metric fails and lists the defined ones', async () => {
    const out = await metricGate.check(
      cfg({ metric: 'latency', max: 1 }),
      context([bashMetric('error-rate', 'echo 1'), bashMetric('p95', 'echo 1')])
    )
    expect(out).toEqual({ passed: false, detail: 'unknown metric "latency" (defined: error-rate, p95)' })
    expect(await metricGate.check(cfg({ metric: 'latency', max: 1 }), context([]))).toEqual({
      passed: false,
      detail: 'unknown metric "latency" (defined: none)'
    })
  })

  test('is read-only unless its metric runs a command (plan mode then skips it)', () => {
    const prom = { name: 'error-rate', readOnly: true, measure: async () => ({ kind: 'no-data' as const, detail: '' }) }
    expect(metricGate.readOnly(cfg({ metric: 'error-rate', max: 1 }), { metrics: new Map([['error-rate', prom]]) })).toBe(true)
    const ctx = context([bashMetric('error-rate', 'echo 1')])
    expect(metricGate.readOnly(cfg({ metric: 'error-rate', max: 1 }), ctx)).toBe(false)
  })
})

describe('judgeMeasurement (pure)', () => {
  const bounds = { metric: 'm', track: 'stable' as const }
  test.each<[string, { min?: number; max?: number }, Measurement, boolean, string]>([
    ['at max', { max: 1 }, { kind: 'value', value: 1 }, true, 'm (stable) = 1, within ≤ 1'],
    ['at min', { min: 1 }, { kind: 'value', value: 1 }, true, 'm (stable) = 1, within ≥ 1'],
    ['just above', { max: 1 }, { kind: 'value', value: 1.0001 }, false, 'm (stable) = 1.0001, above max 1'],
    ['NaN', { max: 1 }, { kind: 'value', value: NaN }, false, 'm (stable) = NaN, not a finite number (≤ 1)'],
    ['no data', { max: 1 }, { kind: 'no-data', detail: 'empty result' }, false, 'm (stable): no data — empty result'],
    ['error', { max: 1 }, { kind: 'error', detail: 'HTTP 500' }, false, 'm (stable): error — HTTP 500']
  ])('%s', (_name, b, m, passed, detail) => {
    expect(judgeMeasurement({ ...bounds, ...b }, m)).toEqual({ passed, detail })
  })
})
