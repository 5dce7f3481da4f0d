/**
 * `parseRecord` reads a record back from untrusted data (a file, a GitHub Deployment payload):
 * after its shape, it checks what a resumed rollout relies on. Every fixture (each status, a live
 * run) is consistent; each row below breaks one fact and must be refused, naming the field.
 */
import { describe, expect, test } from '@jest/globals'
import { fixtures } from '../../__fixtures__/reports/index.js'
import { parseRecord, RecordError } from '../../src/record/parse.js'
import { consistencyIssues } from '../../src/record/consistency.js'
import type { RunRecord } from '../../src/record/types.js'

const fixture = (name: string): RunRecord => structuredClone(fixtures[name])

describe('every fixture record is consistent and parses back unchanged', () => {
  test.each(Object.keys(fixtures))('%s', (name) => {
    const r = fixture(name)
    expect(consistencyIssues(r)).toEqual([])
    expect(parseRecord(JSON.stringify(r))).toStrictEqual(JSON.parse(JSON.stringify(r)))
  })
})

/** [what is broken, the fixture, how, what the error names]. */
const BROKEN: [string, string, (r: RunRecord) => void, string][] = [
  // the plan
  ['plan steps out of order', 'succeeded', (r) => (r.plan[1].index = 3), 'plan.1.index: 3, expected 2'],
  ['plan numbered from 0', 'planned', (r) => r.plan.forEach((p, i) => (p.index = i)), 'plan.0.index: 0, expected 1'],
  ['a planned weight over 100', 'planned', (r) => (r.plan[3].weight = 150), 'plan.3.weight: 150 is not within 0..100'],
  ['a negative pause', 'planned', (r) => (r.plan[0].pauseMs = -1), 'plan.0.pauseMs: -1 is negative'],
  ['a fractional measurement count', 'planned', (r) => (r.plan[0].measurements = 1.5), 'plan.0.measurements: 1.5 is not a count'],
  // the steps
  ['more steps than planned', 'rolled-back', (r) => (r.plan = r.plan.slice(0, 2)), 'steps: 3 steps, but the plan has 2'],
  ['a step skipped', 'rolled-back', (r) => (r.steps[1].index = 3), 'steps.1.index: 3, expected 2'],
  ['a step repeated', 'succeeded', (r) => (r.steps[2].index = 2), 'steps.2.index: 2, expected 3'],
  ['a step at another weight than planned', 'live', (r) => (r.steps[1].weight = 33), 'steps.1.weight: 33, but plan step 2 is at'],
  [
    'a step after a failed one',
    'rolled-back',
    (r) => (r.steps[1].result = 'failed'),
    'steps.1.result: failed, but step 3 started after it'
  ],
  ['a step after a running one', 'live', (r) => (r.steps[0].result = 'running'), 'steps.0.result: running, but step 2 started after it'],
  // the measurements
  [
    'a measurement of step 0',
    'rolled-back',
    (r) => (r.measurements[0].step = 0),
    'measurements.0.step: 0 is not a step of the plan (1..4)'
  ],
  [
    'a measurement past the plan',
    'rolled-back',
    (r) => (r.measurements[5].step = 5),
    'measurements.5.step: 5 is not a step of the plan (1..4)'
  ],
  [
    'a measurement of a step that never started',
    'live',
    (r) => (r.measurements[0].step = 3),
    'measurements.0.step: step 3 never started (2 did)'
  ],
  // weights
  ['a final weight over 100', 'succeeded', (r) => (r.finalWeight = 101), 'finalWeight: 101 is not within 0..100'],
  ['a negative final weight', 'rolled-back', (r) => (r.finalWeight = -5), 'finalWeight: -5 is not within 0..100'],
  [
    'a rollback weight over 100',
    'rolled-back',
    (r) => r.rollback && (r.rollback.weight = 250),
    'rollback.weight: 250 is not within 0..100'
  ],
  [
    'a rollback at a step that never started',
    'rollback-failed',
    (r) => r.rollback && (r.rollback.step = 4),
    'rollback.step: 4 is not a step that started (1..2)'
  ],
  // the lifecycle
  ['a start that is not a date', 'succeeded', (r) => (r.startedAt = 'yesterday'), 'startedAt: "yesterday" is not a date'],
  ['a finish that is not a date', 'succeeded', (r) => (r.finishedAt = ''), 'finishedAt: "" is not a date'],
  ['a running record with a duration', 'live', (r) => (r.durationMs = 5000), 'status: running, but the record is finished'],
  [
    'a running record with a finish time',
    'live',
    (r) => (r.finishedAt = new Date(Date.parse(r.startedAt) + 1000).toISOString()),
    'status: running, but the record is finished'
  ],
  ['a duration that disagrees with start and finish', 'succeeded', (r) => (r.durationMs += 1), 'durationMs: 1936301, but'],
  ['a finish before the start, with a duration', 'blocked', (r) => (r.finishedAt = '2000-01-01T00:00:00.000Z'), 'durationMs: 4200, but'],
  // the outcome
  ['rolled back without a rollback', 'rolled-back', (r) => delete r.rollback, 'status: rolled-back, but there is no rollback'],
  ['rollback failed without a rollback', 'rollback-failed', (r) => delete r.rollback, 'status: rollback-failed, but there is no rollback'],
  [
    'succeeded with a rollback',
    'succeeded',
    (r) => (r.rollback = fixture('rolled-back').rollback),
    'rollback: present, but the status is succeeded'
  ],
  [
    'succeeded with a step missing',
    'succeeded',
    (r) => (r.plan = [...r.plan, { ...r.plan[3], index: 5 }]),
    'status: succeeded, but not every'
  ],
  ['succeeded with a failed last step', 'succeeded', (r) => (r.steps[3].result = 'failed'), 'status: succeeded, but not every'],
  ['blocked after steps ran', 'blocked', (r) => (r.steps = fixture('rolled-back').steps.slice(0, 1)), 'status: blocked, but 1 step(s) ran'],
  ['planned in deploy mode', 'planned', (r) => (r.mode = 'deploy'), 'status: planned, but the mode is deploy'],
  ['plan mode with steps', 'rolled-back', (r) => (r.mode = 'plan'), 'mode: plan, but the record has steps or measurements'],
  [
    'a failed gate that is not a gate',
    'blocked',
    (r) => (r.failedGates = ['ci-green', 'nope']),
    'failedGates.1: "nope" is not one of the gates'
  ]
]

describe('parseRecord refuses an inconsistent record, naming the field', () => {
  test.each(BROKEN)('%s', (_what, name, breakIt, message) => {
    const r = fixture(name)
    expect(consistencyIssues(r)).toEqual([])
    breakIt(r)
    expect(() => parseRecord(JSON.stringify(r))).toThrow(RecordError)
    expect(() => parseRecord(r)).toThrow(message)
  })

  test('every problem is named at once', () => {
    const r = fixture('rolled-back')
    r.finalWeight = 300
    delete r.rollback
    expect(() => parseRecord(r)).toThrow('run record: finalWeight: 300 is not within 0..100; status: rolled-back, but there is no rollback')
  })

  test('a shape error is reported before (and instead of) consistency', () => {
    const r = { ...fixture('succeeded'), finalWeight: '100', durationMs: 1 }
    expect(() => parseRecord(r)).toThrow(/^run record: finalWeight: /)
    expect(() => parseRecord(r)).not.toThrow(/durationMs/)
  })
})
