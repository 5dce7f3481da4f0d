import { describe, expect, test } from '@jest/globals'
import { Gate as GateSchema, type GateConfig } from '../../src/config/schema.js'
import { evaluateWindow, inAllow, inFreeze, localTime, windowGate } from '../../src/gates/window.js'
import { parseDays, parseHours, parseWallBound, type Parsed } from '../../src/config/window-spec.js'
import type { GateContext } from '../../src/gates/types.js'
import { FakeClock } from '../../src/rollout/clock.js'

type WindowConfig = Extract<GateConfig, { type: 'window' }>
const window = (raw: Record<string, unknown>): WindowConfig => GateSchema.parse({ name: 'w', type: 'window', ...raw }) as WindowConfig
const at = (iso: string) => Date.parse(iso)
/** The value of a parse the test expects to succeed (the parsers' own cases are in __tests__/config/window-spec.test.ts). */
function ok<T>(r: Parsed<T>): T {
  if (!r.ok) throw new Error(r.error)
  return r.value
}

describe('localTime', () => {
  test.each([
    // Europe/Berlin, spring forward on the last Sunday of March 2026 (29th) at 01:00 UTC: 02:00 → 03:00
    ['2026-03-29T00:59:00Z', 'Europe/Berlin', 'Sun 01:59'],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', 'Sun 03:00'],
    // fall back on the last Sunday of October 2026 (25th) at 01:00 UTC: 03:00 → 02:00, 02:30 happens twice
    ['2026-10-25T00:30:00Z', 'Europe/Berlin', 'Sun 02:30'],
    ['2026-10-25T01:30:00Z', 'Europe/Berlin', 'Sun 02:30'],
    ['2026-10-25T02:00:00Z', 'Europe/Berlin', 'Sun 03:00'],
    ['2026-01-05T23:30:00Z', 'Europe/Berlin', 'Tue 00:30'],
    ['2026-01-05T00:00:00Z', 'UTC', 'Mon 00:00'],
    ['2026-01-05T12:00:00Z', 'Asia/Kolkata', 'Mon 17:30'],
    ['2026-01-05T03:00:00Z', 'America/Los_Angeles', 'Sun 19:00']
  ])('%s in %s is %s', (iso, tz, expected) => {
    const t = localTime(at(iso), tz)
    const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][t.weekday]
    expect(`${day} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`).toBe(expected)
  })
})

describe('inAllow', () => {
  const berlin = (iso: string) => localTime(at(iso), 'Europe/Berlin')
  test.each([
    // plain weekday window, both sides of the spring DST change (CET = UTC+1, CEST = UTC+2)
    ['mon-fri', '09:00-17:00', '2026-03-27T07:59:00Z', false], // Fri 08:59 CET
    ['mon-fri', '09:00-17:00', '2026-03-27T08:00:00Z', true], // Fri 09:00 CET
    ['mon-fri', '09:00-17:00', '2026-03-30T06:59:00Z', false], // Mon 08:59 CEST
    ['mon-fri', '09:00-17:00', '2026-03-30T07:00:00Z', true], // Mon 09:00 CEST
    ['mon-fri', '09:00-17:00', '2026-03-30T14:59:00Z', true], // Mon 16:59 CEST
    ['mon-fri', '09:00-17:00', '2026-03-30T15:00:00Z', false], // Mon 17:00 CEST: end is exclusive
    // and both sides of the autumn change
    ['mon-fri', '09:00-17:00', '2026-10-23T07:00:00Z', true], // Fri 09:00 CEST
    ['mon-fri', '09:00-17:00', '2026-10-26T07:59:00Z', false], // Mon 08:59 CET
    ['mon-fri', '09:00-17:00', '2026-10-26T08:00:00Z', true], // Mon 09:00 CET
    // the hour that does not exist in spring, the hour that happens twice in autumn
    ['sun', '02:00-03:00', '2026-03-29T00:59:00Z', false], // 01:59 CET
    ['sun', '02:00-03:00', '2026-03-29T01:00:00Z', false], // 03:00 CEST
    ['sun', '02:00-03:00', '2026-10-25T00:30:00Z', true], // first 02:30 (CEST)
    ['sun', '02:00-03:00', '2026-10-25T01:30:00Z', true], // second 02:30 (CET)
    ['sun', '02:00-03:00', '2026-10-25T02:00:00Z', false], // 03:00 CET
    // 24:00 closes the day
    ['mon-sun', '18:00-24:00', '2026-01-05T22:59:00Z', true], // Mon 23:59
    ['mon', '18:00-24:00', '2026-01-05T23:00:00Z', false], // Tue 00:00
    // day ranges that wrap over the weekend
    ['fri-mon', '00:00-24:00', '2026-01-09T12:00:00Z', true], // Fri
    ['fri-mon', '00:00-24:00', '2026-01-10T12:00:00Z', true], // Sat
    ['fri-mon', '00:00-24:00', '2026-01-11T12:00:00Z', true], // Sun
    ['fri-mon', '00:00-24:00', '2026-01-12T12:00:00Z', true], // Mon
    ['fri-mon', '00:00-24:00', '2026-01-13T12:00:00Z', false], // Tue
    ['fri-mon', '00:00-24:00', '2026-01-08T22:59:00Z', false], // Thu 23:59
    ['fri-mon', '00:00-24:00', '2026-01-08T23:00:00Z', true], // Fri 00:00
    // hours that cross midnight belong to the day they start on
    ['fri', '22:00-02:00', '2026-01-09T22:00:00Z', true], // Fri 23:00
    ['fri', '22:00-02:00', '2026-01-10T00:30:00Z', true], // Sat 01:30
    ['fri', '22:00-02:00', '2026-01-10T01:00:00Z', false], // Sat 02:00
    ['fri', '22:00-02:00', '2026-01-10T21:30:00Z', false], // Sat 22:30
    ['fri', '22:00-02:00', '2026-01-09T00:30:00Z', false] // Fri 01:30 (Thursday's night)
  ])('%s %s at %s → %s', (days, hours, iso, inside) => {
    expect(inAllow(berlin(iso), { days: ok(parseDays(days)), hours: ok(parseHours(hours)) })).toBe(inside)
  })
})

describe('inFreeze', () => {
  const berlin = (iso: string) => localTime(at(iso), 'Europe/Berlin')
  test.each([
    // date-only: from the start of `from` through the whole `to` day, local time
    ['2026-12-20', '2027-01-02', '2026-12-19T22:59:00Z', false], // Dec 19 23:59
    ['2026-12-20', '2027-01-02', '2026-12-19T23:00:00Z', true], // Dec 20 00:00
    ['2026-12-20', '2027-01-02', '2027-01-02T22:59:59Z', true], // Jan 2 23:59:59
    ['2026-12-20', '2027-01-02', '2027-01-02T23:00:00Z', false], // Jan 3 00:00
    ['2026-12-24', '2026-12-24', '2026-12-24T12:00:00Z', true],
    // date-times across the spring DST change: wall clock in the zone, `to` exclusive
    ['2026-03-28T18:00', '2026-03-29T06:00', '2026-03-28T16:59:00Z', false], // 17:59 CET
    ['2026-03-28T18:00', '2026-03-29T06:00', '2026-03-28T17:00:00Z', true], // 18:00 CET
    ['2026-03-28T18:00', '2026-03-29T06:00', '2026-03-29T03:59:00Z', true], // 05:59 CEST
    ['2026-03-28T18:00', '2026-03-29T06:00', '2026-03-29T04:00:00Z', false], // 06:00 CEST
    // and across the autumn change
    ['2026-10-25T02:30', '2026-10-25T03:00', '2026-10-25T00:30:00Z', true], // first 02:30
    ['2026-10-25T02:30', '2026-10-25T03:00', '2026-10-25T01:45:00Z', true], // second 02:45
    ['2026-10-25T02:30', '2026-10-25T03:00', '2026-10-25T02:00:00Z', false], // 03:00 CET
    // mixed: a date `from` with a timed `to`
    ['2026-07-01', '2026-07-01T12:00', '2026-07-01T09:59:00Z', true], // 11:59 CEST
    ['2026-07-01', '2026-07-01T12:00', '2026-07-01T10:00:00Z', false]
  ])('%s – %s at %s → %s', (from, to, iso, inside) => {
    expect(inFreeze(berlin(iso), { from: ok(parseWallBound(from)), to: ok(parseWallBound(to)) })).toBe(inside)
  })
})

describe('evaluateWindow', () => {
  const production = window({
    timezone: 'Europe/Berlin',
    allow: [{ days: 'mon-thu', hours: '10:00-16:00' }],
    freeze: [{ from: '2026-12-20', to: '2027-01-02', reason: 'holiday freeze' }]
  })

  test.each([
    ['2026-01-05T12:00:00Z', true, 'Mon 2026-01-05 13:00 Europe/Berlin is inside allow mon-thu 10:00-16:00'],
    ['2026-01-09T12:00:00Z', false, 'Fri 2026-01-09 13:00 Europe/Berlin is outside every allow entry: mon-thu 10:00-16:00'],
    ['2026-01-05T15:00:00Z', false, 'Mon 2026-01-05 16:00 Europe/Berlin is outside every allow entry: mon-thu 10:00-16:00'],
    ['2026-12-21T12:00:00Z', false, 'Mon 2026-12-21 13:00 Europe/Berlin is inside freeze 2026-12-20 – 2027-01-02 (holiday freeze)'],
    ['2027-01-04T12:00:00Z', true, 'Mon 2027-01-04 13:00 Europe/Berlin is inside allow mon-thu 10:00-16:00']
  ])('%s → %s', (iso, passed, detail) => {
    expect(evaluateWindow(production, at(iso))).toEqual({ passed, detail })
  })

  test('several allow entries: any one is enough; the detail names the one that matched', () => {
    const cfg = window({
      timezone: 'UTC',
      allow: [
        { days: 'mon-fri', hours: '09:00-12:00' },
        { days: 'sat', hours: '10:00-11:00' }
      ]
    })
    expect(evaluateWindow(cfg, at('2026-01-10T10:30:00Z'))).toEqual({
      passed: true,
      detail: 'Sat 2026-01-10 10:30 UTC is inside allow sat 10:00-11:00'
    })
    expect(evaluateWindow(cfg, at('2026-01-10T11:30:00Z')).detail).toBe(
      'Sat 2026-01-10 11:30 UTC is outside every allow entry: mon-fri 09:00-12:00; sat 10:00-11:00'
    )
  })

  test('without allow every time is allowed, but a freeze still blocks (a freeze without reason too)', () => {
    const cfg = window({ freeze: [{ from: '2026-01-05T11:00', to: '2026-01-05T13:00' }] })
    expect(cfg.timezone).toBe('UTC')
    expect(evaluateWindow(cfg, at('2026-01-05T10:59:00Z'))).toEqual({
      passed: true,
      detail: 'Mon 2026-01-05 10:59 UTC: no allow entries, outside every freeze'
    })
    expect(evaluateWindow(cfg, at('2026-01-05T11:00:00Z'))).toEqual({
      passed: false,
      detail: 'Mon 2026-01-05 11:00 UTC is inside freeze 2026-01-05T11:00 – 2026-01-05T13:00'
    })
  })

  test('an allow entry defaults to every day, all day; an empty allow list allows nothing', () => {
    expect(evaluateWindow(window({ allow: [{}] }), at('2026-01-11T03:00:00Z')).passed).toBe(true)
    expect(evaluateWindow(window({ allow: [] }), at('2026-01-11T03:00:00Z'))).toEqual({
      passed: false,
      detail: 'Sun 2026-01-11 03:00 UTC is outside every allow entry: none (allow is empty)'
    })
  })

  test.each(['10:00-10:00', '24:00-02:00', '24:30-24:45'])('hours %s are a config error, not a silent block at run time', (hours) => {
    const r = GateSchema.safeParse({ name: 'w', type: 'window', allow: [{ hours }] })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]).toMatchObject({ path: ['allow', 0, 'hours'], message: expect.stringMatching(/non-empty range/) })
  })
})

describe('windowGate', () => {
  test('reads now from the injected clock and is read-only', async () => {
    const cfg = window({ timezone: 'Europe/Berlin', allow: [{ days: 'mon', hours: '13:00-14:00' }] })
    const clock = new FakeClock(at('2026-01-05T11:59:00Z'))
    const ctx: Pick<GateContext, 'clock'> = { clock }
    expect((await windowGate.check(cfg, ctx as GateContext)).passed).toBe(false)
    clock.advance(60_000)
    expect(await windowGate.check(cfg, ctx as GateContext)).toEqual({
      passed: true,
      detail: 'Mon 2026-01-05 13:00 Europe/Berlin is inside allow mon 13:00-14:00'
    })
    expect(windowGate.readOnly(cfg, { metrics: new Map() })).toBe(true)
  })
})
