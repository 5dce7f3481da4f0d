/**
 * The statistical check in the report: both series on one chart with each step's verdict, shift and
 * interval; plan mode explaining every check in words; the verdict in the JSON report.
 */
import { describe, expect, test } from '@jest/globals'
import { fixtures } from '../../__fixtures__/reports/index.js'
import { ConfigSchema, type EnvironmentConfig } from '../../src/config/schema.js'
import { FakeClock } from '../../src/rollout/clock.js'
import { recordedRollout } from '../support/recorded.js'
import { buildPlan } from '../../src/rollout/plan.js'
import { describeAnalysis } from '../../src/analysis/describe.js'
import { renderCharts } from '../../src/report/chart.js'
import { toJson } from '../../src/report/json.js'
import { renderSummary } from '../../src/report/markdown.js'
import type { DeployReport } from '../../src/report/types.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'

function env(analysis: object): EnvironmentConfig {
  return ConfigSchema.parse({
    version: 1,
    service: 's',
    metrics: { p95: { provider: 'command', run: 'true' }, errors: { provider: 'command', run: 'true' } },
    environments: {
      prod: {
        steps: [
          { weight: 25, pause: '5m' },
          { weight: 100, pause: '5m' }
        ],
        analysis,
        actions: { 'set-weight': 's', rollback: 'r' }
      }
    }
  }).environments.prod
}

const COMPARED = {
  interval: '10s',
  checks: [{ metric: 'p95', compare: 'stable', direction: 'increase', tolerance: '10%', 'min-samples': 20 }]
}

async function reportOf(e: EnvironmentConfig, shift: number): Promise<DeployReport> {
  const clock = new FakeClock()
  const startedAt = new Date(clock.now()).toISOString()
  const res = await recordedRollout(
    { env: e, plan: buildPlan(e) },
    {
      clock,
      signal: new AbortController().signal,
      log: new MemoryRuntime(),
      runAction: async () => ({ exitCode: 0, outcome: 'ok', durationMs: 0, stdout: '', stderr: '' }),
      measure: async (_m, track) => ({
        kind: 'value',
        value: 200 * (track === 'canary' ? 1 + shift : 1) + 15 * Math.sin(clock.now() / 7000 + (track === 'canary' ? 1 : 0))
      })
    }
  )
  return {
    ...fixtures.succeeded,
    startedAt,
    status: res.status === 'succeeded' ? 'succeeded' : 'rolled-back',
    steps: res.steps,
    measurements: res.measurements,
    rollback: res.rollback,
    analysis: describeAnalysis(e.analysis, res.baseline)
  }
}

describe('the compared-check chart', () => {
  test('a regression: canary and stable on one chart, the verdict high with its shift and interval', async () => {
    const r = await reportOf(env(COMPARED), 0.3)
    const chart = renderCharts(r).find((c) => c.includes('canary vs stable'))
    expect(chart).toBeDefined()
    expect([...(chart ?? '').matchAll(/^ {2}line \[/gm)]).toHaveLength(2)
    expect(chart).toMatch(
      /🔵 canary · 🔴 stable · step 1: ✗ high, shift \+\d+(\.\d+)? \(95% CI \+\d+(\.\d+)? … \+\d+(\.\d+)?\), allowed ±\d+(\.\d+)?/
    )
  })

  test('a healthy canary: every step passes', async () => {
    const r = await reportOf(env(COMPARED), 0)
    const chart = renderCharts(r).find((c) => c.includes('canary vs stable')) ?? ''
    expect(chart).toMatch(/step 1: ✓ pass, shift [-+]?\d/)
    expect(chart).toMatch(/step 2: ✓ pass/)
  })

  test('the JSON report carries the verdict, the shift and its interval', async () => {
    const r = await reportOf(env(COMPARED), 0.3)
    const json = JSON.parse(toJson(r)) as DeployReport
    expect(json.steps[0].checks[0].comparison).toMatchObject({
      test: 'mann-whitney',
      verdict: 'high',
      failed: true,
      direction: 'increase',
      confidence: 0.95,
      tolerance: 10,
      canarySamples: 30,
      stableSamples: 30
    })
    const c = json.steps[0].checks[0].comparison
    expect(c?.lower).toBeLessThanOrEqual(c?.estimate ?? NaN)
    expect(c?.estimate).toBeLessThanOrEqual(c?.upper ?? NaN)
  })
})

describe('plan mode explains each check in words', () => {
  test.each<[string, object, RegExp]>([
    [
      'threshold with for',
      { interval: '30s', checks: [{ metric: 'errors', max: 0.005, for: '1m' }] },
      /^errors on the canary track, measured every round, must stay ≤ 0\.005; a breach counts only once it has lasted 1m\. No data: inconclusive\. Critical/
    ],
    [
      'relative with min-samples, advisory',
      { checks: [{ metric: 'p95', 'max-delta': 5, 'min-samples': 4, severity: 'advisory' }] },
      /must stay ≤ 205 \(\+5 over baseline 200\)\. A step needs at least 4 measurements with data.*Advisory: reported, never rolls back\./
    ],
    [
      'compared',
      COMPARED,
      /p95 measured on both canary and stable every 10s; at the end of each pause a Mann-Whitney U test \(as Kayenta judges\) rolls back when the canary is higher than stable by more than 10% of stable's median with 95% confidence.*fewer than 20 measurements/
    ]
  ])('%s', (_name, analysis, want) => {
    const plan = describeAnalysis(env(analysis).analysis, { p95: 200, errors: 0.001 })
    expect(plan.checks[0].explain).toMatch(want)
  })

  test('the plan section lists them, and consecutive-failure-limit', () => {
    const analysis = describeAnalysis(env({ 'consecutive-failure-limit': 3, checks: [{ metric: 'errors', max: 0.005 }] }).analysis, {})
    const md = renderSummary({ ...fixtures.planned, analysis })
    expect(md).toContain('- Check 1: errors on the canary track, measured every round, must stay ≤ 0.005.')
    expect(md).toContain('- Any check failing 3 measurements in a row rolls back at once, whatever the failure limit.')
  })
})
