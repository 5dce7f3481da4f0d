/**
 * Renderers and reporters only read the run record. Three proofs:
 * - the types: every write below is a real write (it changes a copy at run time), and the type
 *   checker refuses each one on what a reader gets (`npx tsc --noEmit` fails on an unused
 *   `@ts-expect-error`, so a reader whose parameter turns mutable breaks the build);
 * - at run time: every reader renders a deeply frozen record exactly as it renders a live one;
 * - statically: outside src/record/ nothing builds a record, writes through a view or takes the
 *   mutable record in a reader room.
 */
import { describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fixtures, giantReport } from '../../__fixtures__/reports/index.js'
import type { RecordView, RunRecord } from '../../src/record/types.js'
import { renderComment, renderSummary, statusLine, verdictLine } from '../../src/report/markdown.js'
import { renderCharts } from '../../src/report/chart.js'
import { auditJsonl, redactReport, toJson } from '../../src/report/json.js'
import { reasonOf } from '../../src/report/format.js'
import { buildEvent } from '../../src/notify/event.js'
import { statusDescription } from '../../src/flow/github-side.js'
import { planText } from '../../src/cli/main.js'
import { styleFor } from '../../src/cli/style.js'
import { ConfigSchema } from '../../src/config/schema.js'

const ENV = ConfigSchema.parse({
  version: 1,
  service: 'checkout-api',
  environments: { production: { steps: [{ weight: 100, pause: '1m' }] } }
}).environments.production

const MEASUREMENT = {
  at: 1,
  step: 1,
  weight: 10,
  metric: 'm',
  checkIndex: 0,
  track: 'canary',
  value: 1,
  verdict: 'pass',
  detail: ''
} as const
const COMMAND = { action: 'rollback', outcome: 'ok', exitCode: 0, durationMs: 1, startedAt: 1 } as const

/** [what is written, the write (on what a reader gets), how to see it happened]. */
const WRITES: [string, (r: RunRecord) => void, (r: RunRecord) => unknown][] = [
  [
    'a field of the record',
    (r: RecordView) => {
      // @ts-expect-error a reader cannot set the status
      r.status = 'failed'
    },
    (r) => r.status
  ],
  [
    'an array of the record',
    (r: RecordView) => {
      // @ts-expect-error a reader cannot append a note
      r.notes.push('written by a reader')
    },
    (r) => r.notes.at(-1)
  ],
  [
    'a field deep inside a step',
    (r: RecordView) => {
      // @ts-expect-error a reader cannot change a check summary
      r.steps[0].checks[0].failures = 99
    },
    (r) => r.steps[0].checks[0].failures
  ],
  [
    'the baseline map',
    (r: RecordView) => {
      // @ts-expect-error a reader cannot add a baseline value
      r.baseline['written-by-a-reader'] = 1
    },
    (r) => r.baseline['written-by-a-reader']
  ],
  [
    'an array sorted in place',
    (r: RecordView) => {
      // @ts-expect-error a reader cannot reorder the measurements
      r.measurements.reverse()
    },
    (r) => r.measurements[0].at
  ],
  [
    "the rollback's commands",
    (r: RecordView) => {
      // @ts-expect-error a reader cannot add a rollback command
      r.rollback?.commands.push(COMMAND)
    },
    (r) => r.rollback?.commands.length
  ],
  [
    'the measurements, through the summary renderer’s parameter',
    (r: Parameters<typeof renderSummary>[0]) => {
      // @ts-expect-error renderSummary's record is read-only
      r.measurements.push(MEASUREMENT)
    },
    (r) => r.measurements.length
  ],
  [
    'a gate, through the comment renderer’s parameter',
    (r: Parameters<typeof renderComment>[0]) => {
      // @ts-expect-error renderComment's record is read-only
      r.gates[0].status = 'overridden'
    },
    (r) => r.gates[0].status
  ],
  [
    'the rollback, through the notification builder’s parameter',
    (r: Parameters<typeof buildEvent>[1]) => {
      // @ts-expect-error buildEvent's record is read-only
      delete r.rollback
    },
    (r) => r.rollback
  ],
  [
    'the final weight, through the status description’s parameter',
    (r: Parameters<typeof statusDescription>[0]) => {
      // @ts-expect-error statusDescription's record is read-only
      r.finalWeight = 42
    },
    (r) => r.finalWeight
  ],
  [
    'the plan, through the CLI plan text’s parameter',
    (r: Parameters<typeof planText>[0]) => {
      // @ts-expect-error planText's record is read-only
      r.plan[0].weight = 42
    },
    (r) => r.plan[0].weight
  ],
  [
    'the audit, through the JSON report’s parameter',
    (r: Parameters<typeof toJson>[0]) => {
      // @ts-expect-error toJson's record is read-only
      r.audit.length = 0
    },
    (r) => r.audit.length
  ]
]

describe('the type checker refuses a reader writing into the record', () => {
  test.each(WRITES)('%s: the refused line is a real write', (_what, write, seen) => {
    const copy = structuredClone(fixtures['rolled-back'])
    const before = seen(copy)
    write(copy)
    expect(seen(copy)).not.toEqual(before)
  })
})

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v)
    Object.freeze(x)
  }
  return x
}

const READERS: [string, (r: RecordView) => unknown][] = [
  ['renderSummary', renderSummary],
  ['renderComment', renderComment],
  ['verdictLine', verdictLine],
  ['statusLine', statusLine],
  ['renderCharts', renderCharts],
  ['toJson', toJson],
  ['auditJsonl', auditJsonl],
  ['redactReport', (r) => redactReport(r, ['v2.0.0', 'production'])],
  ['reasonOf', (r) => (r.status === 'running' ? '' : reasonOf(r))],
  ['statusDescription', (r) => (r.status === 'running' ? '' : statusDescription(r))],
  ['buildEvent', (r) => buildEvent('rolled-back', r, 0, { step: { index: 1, total: r.plan.length } })],
  ['planText', (r) => planText(r, ENV, styleFor(false, {}), true)]
]

const RECORDS = Object.entries(fixtures)

describe('every reader renders a deeply frozen record as it renders a live one', () => {
  test.each(READERS)('%s', (_name, read) => {
    for (const [name, record] of RECORDS) {
      const frozen = deepFreeze(structuredClone(record))
      expect([name, read(frozen)]).toEqual([name, read(structuredClone(record))])
    }
  })

  test('the giant record (folded sections) too', () => {
    const giant = giantReport()
    const frozen = deepFreeze(structuredClone(giant))
    expect(renderSummary(frozen)).toBe(renderSummary(giant))
    expect(renderComment(frozen)).toBe(renderComment(giant))
  })

  test('a frozen record refuses a write (so the test above would see one)', () => {
    const frozen = deepFreeze(structuredClone(fixtures.succeeded))
    expect(() => (frozen as RunRecord).notes.push('x')).toThrow(/not extensible/)
    expect(() => (frozen as RunRecord).measurements.sort()).toThrow(/read.only/)
    expect(() => ((frozen as RunRecord).status = 'failed')).toThrow(/read.only/)
  })

  test('redactReport builds a new value and leaves its input alone', () => {
    const r = structuredClone(fixtures['rolled-back'])
    const before = JSON.stringify(r)
    const clean = redactReport(r, [r.version])
    expect(clean).not.toBe(r)
    expect(JSON.stringify(clean)).not.toContain(r.version)
    expect(JSON.stringify(r)).toBe(before)
  })
})

// ------------------------------------------------------------------ statically

const SRC = path.resolve('src')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : []
  })
}

/** The code of every source file, comments blanked (a comment may name anything). */
const files = sources(SRC).map((p) => ({
  rel: path.relative(SRC, p).split(path.sep).join('/'),
  code: fs.readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
}))
const outsideRecord = files.filter((f) => !f.rel.startsWith('record/'))

/** The rooms that only read the record: renderers, reporters, notifications, the CLI's plan text. */
const READER_ROOMS = [/^report\/(?!types\.ts$)/, /^notify\//, /^flow\/github-side\.ts$/, /^flow\/publish\.ts$/, /^cli\//]

const hits = (re: RegExp, only = outsideRecord) => only.flatMap((f) => [...f.code.matchAll(re)].map((m) => `${f.rel}: ${m[0].trim()}`))

describe('the record boundary', () => {
  test('there are sources and readers to check', () => {
    expect(outsideRecord.length).toBeGreaterThan(50)
    expect(files.filter((f) => READER_ROOMS.some((re) => re.test(f.rel))).length).toBeGreaterThan(8)
  })

  test('a reader room takes the record read-only: no parameter or field typed as the mutable record', () => {
    const readers = files.filter((f) => READER_ROOMS.some((re) => re.test(f.rel)))
    expect(hits(/\b\w+\??:\s*(?:Pick<\s*)?(?:DeployReport\b|RunRecord\b|Readonly<\s*(?:DeployReport|RunRecord)\s*>)/g, readers)).toEqual([])
  })

  test('only the recorder builds a record', () => {
    expect(hits(/\bnewRecord\s*\(/g)).toEqual([])
  })

  test('nothing writes through a view', () => {
    const write =
      /\.view\b(?:\??\.\w+|\[[^\]]*\])*\s*(?:[-+*/]?=(?!=)|\??\.(?:push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin)\s*\()/g
    expect(hits(write)).toEqual([])
    expect(hits(/\bdelete\s+[\w.]*\.view\b/g)).toEqual([])
    expect(hits(/Object\.assign\s*\(\s*[\w.]*\.view\b/g)).toEqual([])
  })

  test('nothing casts a view back to the mutable record (redactReport casts its own fresh copy)', () => {
    const casts = hits(/\bas\s+(?:DeployReport|RunRecord)\b/g).filter((h) => h !== 'report/json.ts: as DeployReport')
    expect(casts).toEqual([])
  })
})
