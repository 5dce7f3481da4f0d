import { fixtures } from '../../__fixtures__/reports/index.js'
import { auditJsonl, redactReport, toJson } from '../../src/report/json.js'
import { secretForms } from '../../src/config/template.js'
import { REPORT_SCHEMA_VERSION, type DeployReport } from '../../src/report/types.js'

describe('toJson', () => {
  test.each(Object.keys(fixtures))('%s: pretty, schemaVersion first, round-trips', (name) => {
    const r = fixtures[name]
    const json = toJson(r)
    expect(json.startsWith(`{\n  "schemaVersion": ${REPORT_SCHEMA_VERSION},\n`)).toBe(true)
    expect(json.endsWith('}\n')).toBe(true)
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(r)))
  })

  test('optional fields absent when unset, present when set', () => {
    expect(JSON.parse(toJson(fixtures.succeeded))).not.toHaveProperty('rollback')
    expect(JSON.parse(toJson(fixtures['rolled-back'])).rollback.measurement.value).toBe(262.4)
    expect(JSON.parse(toJson(fixtures['failed-config-error'])).error).toContain('invalid duration')
  })
})

describe('auditJsonl', () => {
  test('one object per line per audit entry, each with service, environment, version and sha', () => {
    const r = fixtures['rolled-back']
    const text = auditJsonl(r)
    const lines = text.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(r.audit.length)
    lines.forEach((line, i) => {
      const o = JSON.parse(line)
      expect(o).toEqual({ ...r.audit[i], service: 'checkout-api', environment: 'production', version: '1.4.2', sha: r.sha })
      expect(Object.keys(o)[0]).toBe('at')
    })
  })

  test('an entry without its own sha gets the report sha; no entries, no lines', () => {
    const r: DeployReport = {
      ...fixtures.blocked,
      audit: [{ at: '2026-03-10T10:12:00.000Z', phase: 'lock', action: 'blocked', actor: 'jdoe', sha: '' }]
    }
    expect(JSON.parse(auditJsonl(r)).sha).toBe(r.sha)
    expect(auditJsonl({ ...r, audit: [] })).toBe('')
  })
})

describe('redactReport', () => {
  const secret = 's3cr3t-T0ken'

  function withSecrets(): DeployReport {
    const r = structuredClone(fixtures['rolled-back'])
    r.gates[4].detail = `GET https://cm.example.com/api?token=${secret} → 401`
    r.notes.push(`header Authorization: Bearer ${secret}; again ${secret}`)
    r.audit[3].detail = `nested ${secret}`
    r.error = `failed with ${encodeURIComponent('p@ss/word')} in a URL`
    r.baseline[`metric-${secret}`] = 1
    if (r.rollback?.measurement) r.rollback.measurement.detail = `value from ${secret}`
    return r
  }

  test('replaces every occurrence in every nested string (and key) with ***', () => {
    const out = redactReport(withSecrets(), [secret, '', 'p@ss/word'])
    const json = JSON.stringify(out)
    expect(json).not.toContain(secret)
    expect(json).not.toContain('p%40ss%2Fword')
    expect(out.gates[4].detail).toBe('GET https://cm.example.com/api?token=*** → 401')
    expect(out.notes[out.notes.length - 1]).toBe('header Authorization: Bearer ***; again ***')
    expect(out.audit[3].detail).toBe('nested ***')
    expect(out.rollback?.measurement?.detail).toBe('value from ***')
    expect(out.error).toBe('failed with *** in a URL')
    expect(out.baseline).toHaveProperty('metric-***', 1)
  })

  test('pure: the input is not modified, numbers and structure are kept', () => {
    const r = withSecrets()
    const before = structuredClone(r)
    const out = redactReport(r, [secret])
    expect(r).toEqual(before)
    expect(out).not.toBe(r)
    expect(out.measurements.map((m) => [m.at, m.value, m.verdict])).toEqual(r.measurements.map((m) => [m.at, m.value, m.verdict]))
    expect(out.steps.map((s) => s.startedAt)).toEqual(r.steps.map((s) => s.startedAt))
  })

  test('no secrets, or only empty ones: an equal deep copy', () => {
    const r = fixtures.succeeded
    for (const secrets of [[], ['']]) {
      const out = redactReport(r, secrets)
      expect(out).toEqual(r)
      expect(out).not.toBe(r)
      expect(out.steps).not.toBe(r.steps)
    }
  })

  test('a secret that contains another is replaced whole', () => {
    const r = structuredClone(fixtures.blocked)
    r.notes = ['key abcdef and abc']
    expect(redactReport(r, ['abc', 'abcdef']).notes).toEqual(['key *** and ***'])
  })

  test.each([
    ['plain', 'tok', ['tok']],
    ['URL-encoded and escaped forms', 'a b"c', ['a b"c', 'a%20b%22c', 'a b\\"c']]
  ])('secretForms: %s', (_name, secret, forms) => {
    expect(secretForms([secret]).sort()).toEqual([...new Set(forms)].sort())
  })
})
