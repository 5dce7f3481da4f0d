import { expect, test } from '@jest/globals'
import { compactRecord, parseTally } from '../../src/durable/compact.js'
import type { DeployReport, MeasurementRecord } from '../../src/report/types.js'

const m = (step: number, at: number): MeasurementRecord => ({
  at,
  step,
  weight: step * 10,
  metric: 'error-rate',
  checkIndex: 0,
  track: 'canary',
  value: 0.001,
  verdict: 'pass',
  detail: '0.001 ≤ 0.005'
})

function record(measurements: MeasurementRecord[]): DeployReport {
  return { measurements, audit: [], notes: [], steps: [] } as unknown as DeployReport
}

test('a small record is saved whole', () => {
  const r = record([m(1, 1), m(2, 2)])
  expect(compactRecord(r, 2)).toEqual(r)
})

test("a big record drops earlier steps' measurements first and says so", () => {
  const r = record([...Array.from({ length: 400 }, (_, i) => m(1, i)), ...Array.from({ length: 50 }, (_, i) => m(2, 1000 + i))])
  const out = compactRecord(r, 2, 20_000)
  expect(Buffer.byteLength(JSON.stringify(out))).toBeLessThanOrEqual(20_000)
  expect(out.measurements.filter((x) => x.step === 2)).toHaveLength(50)
  expect(out.notes[0]).toMatch(/^saved with the paused rollout without \d+ measurements of earlier steps/)
  expect(r.measurements).toHaveLength(450) // the live record is untouched
})

const tally = {
  step: { index: 2, weight: 25 },
  baseline: { m: 0.5 },
  failures: 1,
  inconclusive: 0,
  streaks: [{ inARow: 1, outSince: 5 }],
  series: [{ canary: [1], stable: [] }],
  summaries: [{ checkIndex: 0, metric: 'm', samples: 1, failures: 1, inconclusive: 0, bound: '≤ 1', track: 'canary', min: 1, max: 1 }]
}

test('a tally reads back for a config with as many checks', () => {
  expect(parseTally(JSON.parse(JSON.stringify(tally)), 1)).toEqual(tally)
})

test.each<[string, unknown, number, RegExp]>([
  ['another number of checks', tally, 2, /has 1 checks, the config 2/],
  ['a negative count', { ...tally, failures: -1 }, 1, /failures/],
  ['an unknown key', { ...tally, run: 'sh' }, 1, /run/],
  ['not an object', 'x', 1, /cannot be read back/]
])('a tally with %s is refused', (_n, t, checks, message) => expect(() => parseTally(t, checks)).toThrow(message))

test('it drops no more than it must: one more of the last kind it dropped would not fit', () => {
  const audit = Array.from({ length: 60 }, (_, i) => ({ at: i, phase: 'step', action: 'set-weight', detail: 'x'.repeat(40) }))
  const r = {
    ...record([...Array.from({ length: 100 }, (_, i) => m(1, i)), ...Array.from({ length: 300 }, (_, i) => m(2, 1000 + i))]),
    audit
  }
  const max = 20_000
  const out = compactRecord(r as unknown as DeployReport, 2, max)
  expect(out.notes[0]).toMatch(/100 measurements of earlier steps, 40 oldest audit entries, \d+ oldest measurements of the current step/)
  expect(Buffer.byteLength(JSON.stringify(out))).toBeLessThanOrEqual(max)
  const kept = out.measurements.length
  const lastDropped = r.measurements[r.measurements.length - kept - 1]
  const withOneMore = { ...out, notes: [], measurements: [lastDropped, ...out.measurements] }
  expect(Buffer.byteLength(JSON.stringify(withOneMore))).toBeGreaterThan(max - 400)
})
