import { fixtures, giantReport } from '../../__fixtures__/reports/index.js'
import { T0 } from '../../__fixtures__/reports/build.js'
import { MAX_POINTS, checkCharts, downsample, plain, planChart, renderCharts, weightChart, yRange } from '../../src/report/chart.js'

/** The `line [..]` arrays of a mermaid block, as numbers. */
function lines(block: string): number[][] {
  return [...block.matchAll(/^ {2}line \[([^\]]*)\]$/gm)].map((m) => m[1].split(', ').map(Number))
}

describe('downsample', () => {
  const at = (minute: number) => T0 + minute * 60_000

  test('keeps the maximum of a bucket, so a one-sample spike survives', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ t: at(i / 10), v: i === 537 ? 99 : 1 }))
    const s = downsample(points, at(0), at(99.9))
    expect(s.values).toHaveLength(MAX_POINTS)
    expect(Math.max(...s.values)).toBe(99)
    expect(s.values.filter((v) => v === 99)).toHaveLength(1)
  })

  test.each([
    ['null in the middle carries the previous value', [1, null, 3], [1, 1, 3], 1],
    ['leading null takes the first value', [null, 2, 3], [2, 2, 3], 1],
    ['all values present', [1, 2, 3], [1, 2, 3], 0],
    ['nothing at all', [null, null, null], [0, 0, 0], 3]
  ])('%s', (_name, vals, expected, carried) => {
    const s = downsample(
      vals.map((v, i) => ({ t: at(i), v })),
      at(0),
      at(2),
      3
    )
    expect(s.values).toEqual(expected)
    expect(s.carried).toBe(carried)
  })

  test('never more than MAX_POINTS, even when asked for more', () => {
    expect(downsample([{ t: at(0), v: 1 }], at(0), at(10), 500).values).toHaveLength(MAX_POINTS)
  })
})

describe('charts of a report', () => {
  test('rolled back: a weight chart and one chart per check, each a valid xychart-beta block with a legend', () => {
    const charts = renderCharts(fixtures['rolled-back'])
    expect(charts).toHaveLength(4)
    for (const c of charts) {
      expect(c).toMatch(
        /^```mermaid\n%%\{init: .*\}%%\nxychart-beta\n {2}title "[^"\n]+"\n {2}x-axis "minutes since start" [\d.]+ --> [\d.]+\n {2}y-axis "[^"\n]+" -?[\d.]+ --> [\d.]+\n( {2}line \[[-\d., ]+\]\n)+```\n\n<sub>.+<\/sub>$/
      )
    }
  })

  test('weight chart: 0 before the first step, each step weight reached, back to 0 after the rollback', () => {
    const [weights] = lines(weightChart(fixtures['rolled-back']) ?? '')
    expect(weights[0]).toBe(0)
    expect(new Set(weights)).toEqual(new Set([0, 5, 25, 50]))
    expect(weights[weights.length - 1]).toBe(0)
    const [succeeded] = lines(weightChart(fixtures.succeeded) ?? '')
    expect(succeeded[succeeded.length - 1]).toBe(100)
  })

  test('check chart: measured, flat bound and flat baseline; the legend names them and the failure', () => {
    const charts = checkCharts(fixtures['rolled-back'])
    const p95 = charts[1]
    const [measured, bound, baseline] = lines(p95)
    expect(Math.max(...measured)).toBe(262.4)
    expect(new Set(bound)).toEqual(new Set([233.2]))
    expect(new Set(baseline)).toEqual(new Set([212]))
    expect(p95).toContain('title "Check 2: p95-latency-ms ≤ 233.2 (+10% of baseline 212)"')
    expect(p95).toContain('🔵 measured (canary) · 🔴 bound (≤ 233.2) · 🟢 baseline 212 (stable, before step 1)')
    expect(p95).toContain('✗ 1 failed measurement (262.4 at 18.9 min, step 3)')
  })

  test('a check with a measurement without data says the previous value is carried', () => {
    const [errorRate] = checkCharts(fixtures['rolled-back'])
    expect(errorRate).toContain('1 measurement without data: the previous value is carried')
  })

  test('no baseline: two lines only', () => {
    const r = structuredClone(fixtures['rolled-back'])
    r.baseline = {}
    expect(lines(checkCharts(r)[0])).toHaveLength(2)
    expect(checkCharts(r)[0]).not.toContain('baseline')
  })

  test('giant report: at most 60 points per line, y range covers every line', () => {
    const charts = renderCharts(giantReport())
    expect(charts.length).toBe(4)
    for (const c of charts) {
      const ls = lines(c)
      expect(ls.length).toBeGreaterThan(0)
      for (const l of ls) {
        expect(l.length).toBeLessThanOrEqual(MAX_POINTS)
        expect(l.every(Number.isFinite)).toBe(true)
      }
      const [, lo, hi] = /y-axis "[^"]+" (-?[\d.]+) --> ([\d.]+)/.exec(c) ?? []
      expect(Math.min(...ls.flat())).toBeGreaterThanOrEqual(Number(lo))
      expect(Math.max(...ls.flat())).toBeLessThanOrEqual(Number(hi))
    }
  })

  test('no steps, no charts (blocked, config error)', () => {
    expect(renderCharts(fixtures.blocked)).toEqual([])
    expect(renderCharts(fixtures['failed-config-error'])).toEqual([])
  })

  test('plan chart: the planned weights in order', () => {
    const [w] = lines(planChart(fixtures.planned.plan, 'Planned') ?? '')
    expect(w[0]).toBe(5)
    expect(w[w.length - 1]).toBe(100)
    expect([...new Set(w)]).toEqual([5, 25, 50, 100])
  })

  test('titles cannot break out of their quotes', () => {
    const r = structuredClone(fixtures['rolled-back'])
    r.version = '1.4.2" \n  line [1]'
    expect(weightChart(r)).toContain(`title "Traffic on 1.4.2' line [1] (%)"`)
  })
})

describe('numbers', () => {
  test.each([
    [0, '0'],
    [0.005, '0.005'],
    [233.20000000000002, '233.2'],
    [1e-7, '0.0000001'],
    [-2.5, '-2.5'],
    [123456.7, '123500']
  ])('plain(%p) = %s', (n, s) => {
    expect(plain(n)).toBe(s)
  })

  test.each([
    [
      [0.001, 0.005],
      [0, 0.006]
    ],
    [
      [212, 262.4, 233.2],
      [0, 300]
    ],
    [
      [0, 0],
      [0, 1]
    ],
    [
      [-3, 4],
      [-3, 5]
    ]
  ])('yRange(%p) = %p', (values, range) => {
    expect(yRange(values)).toEqual(range)
  })
})

describe('short runs draw no two-point chart', () => {
  test('one step: no traffic chart; a check with 2 measurements is a list of values, bound and baseline', () => {
    const full = fixtures['rolled-back']
    const first = full.measurements.filter((m) => m.checkIndex === 0).slice(0, 2)
    const r = { ...full, steps: full.steps.slice(0, 1), measurements: first }
    expect(weightChart(r)).toBeUndefined()
    const [only] = checkCharts(r)
    expect(only).not.toContain('xychart-beta')
    expect(only).toMatch(
      /^\*\*Check 1: \S+\*\* \(2 measurements, too few for a chart\): \S+ \(\d+(\.\d+)? min\) → \S+ \(\d+(\.\d+)? min\) · bound /
    )
    expect(only).toContain(' · baseline ')
  })
})
