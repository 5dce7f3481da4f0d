/**
 * The statistical check against values computed independently with SciPy/NumPy
 * (__fixtures__/stats/mann-whitney.json, made by scripts/fixtures/mann-whitney.py).
 */
import { describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import { compareTracks, mannWhitney } from '../../src/analysis/compare.js'

interface Case {
  name: string
  canary: number[]
  stable: number[]
  confidence: number
  tolerance: number
  u: number
  pValue: number
  estimate: number
  /** null: unbounded (too few samples for the confidence) */
  lower: number | null
  upper: number | null
  verdict: 'pass' | 'high' | 'low'
}
const cases = (JSON.parse(fs.readFileSync('__fixtures__/stats/mann-whitney.json', 'utf8')) as { cases: Case[] }).cases

describe('Mann-Whitney U and the Hodges–Lehmann interval match SciPy', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = mannWhitney(c.canary, c.stable, c.confidence)
    expect(r.u).toBe(c.u)
    expect(r.pValue).toBeCloseTo(c.pValue, 10)
    expect(r.estimate).toBeCloseTo(c.estimate, 10)
    expect(r.lower).toBeCloseTo(c.lower ?? Number.NEGATIVE_INFINITY, 10)
    expect(r.upper).toBeCloseTo(c.upper ?? Number.POSITIVE_INFINITY, 10)
  })
})

describe("the verdict follows Kayenta's rule", () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = compareTracks(c.canary, c.stable, { direction: 'either', confidence: c.confidence, tolerance: c.tolerance })
    expect(r.verdict).toBe(c.verdict)
    expect(r.failed).toBe(c.verdict !== 'pass')
  })
})

describe('direction decides which verdict fails', () => {
  const high = { canary: [12, 13, 14, 15, 16, 17], stable: [1, 2, 3, 4, 5, 6] }
  const low = { canary: high.stable, stable: high.canary }
  test.each([
    ['increase', high, 'high', true],
    ['decrease', high, 'high', false],
    ['either', high, 'high', true],
    ['increase', low, 'low', false],
    ['decrease', low, 'low', true],
    ['either', low, 'low', true]
  ] as const)('%s with %j → %s, fails %s', (direction, s, verdict, failed) => {
    const r = compareTracks(s.canary, s.stable, { direction, confidence: 0.95, tolerance: 10 })
    expect(r.verdict).toBe(verdict)
    expect(r.failed).toBe(failed)
    expect(r.detail).toContain(verdict)
  })
})

describe('tolerance', () => {
  const canary = [104, 105, 106, 104, 105, 106, 104, 105, 106, 105]
  const stable = [99, 100, 101, 99, 100, 101, 99, 100, 101, 100]
  test.each([
    [1, 'high'],
    [3, 'high'],
    [10, 'pass']
  ] as const)('a 5%% shift with tolerance %d%% → %s', (tolerance, verdict) => {
    expect(compareTracks(canary, stable, { direction: 'increase', confidence: 0.95, tolerance }).verdict).toBe(verdict)
  })
  test('identical samples pass without a test, as Kayenta does', () => {
    const r = compareTracks([3, 1, 2], [1, 2, 3], { direction: 'either', confidence: 0.95, tolerance: 0 })
    expect(r).toMatchObject({ verdict: 'pass', estimate: 0, pValue: 1 })
  })
  test('all values equal pass', () => {
    expect(compareTracks([5, 5], [5, 5, 5], { direction: 'either', confidence: 0.95, tolerance: 0 }).verdict).toBe('pass')
  })
})
