import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Gate as GateSchema, type GateConfig } from '../../src/config/schema.js'
import { coverageGate, detectFormat, parseCoverage } from '../../src/gates/coverage.js'
import type { GateContext } from '../../src/gates/types.js'
import { FakeClock } from '../../src/rollout/clock.js'

type CoverageConfig = Extract<GateConfig, { type: 'coverage' }>
const cfg = (raw: Record<string, unknown>) => GateSchema.parse({ name: 'coverage', type: 'coverage', ...raw }) as CoverageConfig

const FIXTURES = resolve('__fixtures__')
let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'stagegate-coverage-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function context(workspace: string): GateContext {
  return {
    clock: new FakeClock(),
    signal: new AbortController().signal,
    template: { env: {}, track: 'stable', version: 'v1', environment: 'production', service: 's', sha: 'abc', weight: 0 },
    runCommand: () => Promise.reject(new Error('the coverage gate runs no commands')),
    commandEnv: {},
    workspace,
    metrics: new Map(),
    environment: 'production'
  }
}

const check = (raw: Record<string, unknown>, workspace = FIXTURES) => coverageGate.check(cfg(raw), context(workspace))

describe('coverage gate on the fixture reports', () => {
  test.each([
    [
      'coverage/coverage-summary.json',
      80,
      true,
      'line coverage 83.5% (167/200 lines, istanbul json-summary coverage/coverage-summary.json), at least 80%'
    ],
    [
      'coverage/coverage-summary.json',
      83.5,
      true,
      'line coverage 83.5% (167/200 lines, istanbul json-summary coverage/coverage-summary.json), at least 83.5%'
    ],
    [
      'coverage/coverage-summary.json',
      90,
      false,
      'line coverage 83.5% (167/200 lines, istanbul json-summary coverage/coverage-summary.json), below 90%'
    ],
    ['coverage/lcov.info', 70, true, 'line coverage 72% (72/100 lines, lcov coverage/lcov.info), at least 70%'],
    ['coverage/lcov.info', 72.5, false, 'line coverage 72% (72/100 lines, lcov coverage/lcov.info), below 72.5%'],
    ['coverage/cobertura.xml', '90%', true, 'line coverage 91.25% (73/80 lines, cobertura coverage/cobertura.xml), at least 90%'],
    ['coverage/cobertura.xml', 95, false, 'line coverage 91.25% (73/80 lines, cobertura coverage/cobertura.xml), below 95%']
  ])('%s, min %s → %s', async (file, min, passed, detail) => {
    expect(await check({ file, min })).toEqual({ passed, detail })
  })

  test('an explicit format is used as given, and a mismatch fails clearly', async () => {
    expect((await check({ file: 'coverage/lcov.info', format: 'lcov', min: 50 })).passed).toBe(true)
    expect(await check({ file: 'coverage/lcov.info', format: 'istanbul', min: 50 })).toEqual({
      passed: false,
      detail: expect.stringMatching(/^coverage\/lcov\.info: not valid JSON/)
    })
    expect(await check({ file: 'coverage/coverage-summary.json', format: 'cobertura', min: 50 })).toEqual({
      passed: false,
      detail: 'coverage/coverage-summary.json: no <coverage> element (is it a cobertura XML report?)'
    })
  })

  test('a missing file fails naming the path', async () => {
    expect(await check({ file: 'coverage/nope.json', min: 80 })).toEqual({
      passed: false,
      detail: 'coverage file coverage/nope.json not found in the workspace'
    })
  })

  test('is read-only', () => {
    expect(coverageGate.readOnly(cfg({ file: 'x', min: 1 }), { metrics: new Map() })).toBe(true)
  })
})

describe('malformed reports fail with what is wrong', () => {
  test.each([
    [
      'istanbul without lines',
      '{"total":{"statements":{"pct":90}}}',
      'no total.lines in the istanbul json-summary (is it coverage-summary.json?)'
    ],
    [
      'istanbul with nothing instrumented',
      '{"total":{"lines":{"total":0,"covered":0,"skipped":0,"pct":"Unknown"}}}',
      'total.lines.pct is "Unknown" (no lines were instrumented?)'
    ],
    ['lcov without LF', 'TN:\nSF:a.ts\nDA:1,1\nend_of_record\n', 'no LF: lines in the lcov report'],
    ['lcov with zero lines', 'TN:\nSF:a.ts\nLF:0\nLH:0\nend_of_record\n', 'the lcov report counts 0 instrumented lines'],
    [
      'cobertura without line-rate',
      '<?xml version="1.0"?><coverage branch-rate="1"></coverage>',
      'the <coverage> element has no line-rate attribute'
    ],
    ['cobertura with a bad rate', '<coverage line-rate="1.7"></coverage>', 'line-rate "1.7" is not a number between 0 and 1'],
    ['something else', 'Coverage: 85%\n', 'not a coverage report this gate knows (istanbul json-summary, lcov, cobertura)']
  ])('%s', async (name, text, detail) => {
    const file = `${name.replace(/\W+/g, '-')}.txt`
    writeFileSync(join(scratch, file), text)
    expect(await check({ file, min: 1 }, scratch)).toEqual({ passed: false, detail: `${file}: ${detail}` })
  })
})

describe('parseCoverage (pure)', () => {
  test.each([
    ['{"total":{"lines":{"pct":50}}}', 'istanbul', 50],
    ['\uFEFF  {"total":{"lines":{"pct":12.34,"covered":1,"total":8}}}', 'istanbul', 12.34],
    ['SF:a\nLF:3\nLH:1\nend_of_record\nSF:b\nLF:1\nLH:1\nend_of_record', 'lcov', 50],
    ["<coverage line-rate='0.5'/>", 'cobertura', 50],
    ['<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "x.dtd">\n<coverage\n  line-rate="1">', 'cobertura', 100]
  ])('%j → %s %d%%', (text, format, pct) => {
    expect(detectFormat(text.replace(/^\uFEFF/, ''))).toBe(format)
    expect(parseCoverage(text, 'auto')).toMatchObject({ format, pct })
  })
})
