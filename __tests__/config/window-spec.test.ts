import { describe, expect, test } from '@jest/globals'
import {
  parseDays,
  parseHours,
  parseWallBound,
  DAYS_ERROR,
  HOURS_ERROR,
  HOURS_RANGE_ERROR,
  DATE_ERROR
} from '../../src/config/window-spec.js'

describe('parseDays', () => {
  test.each([
    ['mon-fri', 'mon-fri', [1, 2, 3, 4, 5]],
    ['mon,wed,fri', 'mon,wed,fri', [1, 3, 5]],
    ['fri-mon', 'fri-mon', [0, 1, 5, 6]],
    ['sat-sun', 'sat-sun', [0, 6]],
    ['sun-sat', 'sun-sat', [0, 1, 2, 3, 4, 5, 6]],
    ['tue-mon', 'tue-mon', [0, 1, 2, 3, 4, 5, 6]],
    ['wed-wed', 'wed-wed', [3]],
    ['mon-tue,thu-fri', 'mon-tue,thu-fri', [1, 2, 4, 5]],
    ['Sat, Sun', 'sat,sun', [0, 6]],
    [' MON - FRI ', 'mon-fri', [1, 2, 3, 4, 5]]
  ])('%j → %j %j', (spec, text, weekdays) => {
    expect(parseDays(spec)).toEqual({ ok: true, value: { text, weekdays } })
  })

  test.each([['funday'], ['mon-tue-wed'], [''], ['mon,'], [',mon'], ['mon--fri'], ['monday']])('%j is refused', (spec) => {
    expect(parseDays(spec)).toEqual({ ok: false, error: DAYS_ERROR })
  })
})

describe('parseHours', () => {
  test.each([
    ['10:00-16:00', 600, 960],
    ['00:00-24:00', 0, 1440],
    ['22:00-02:00', 1320, 120],
    ['09:30-09:45', 570, 585],
    ['23:59-24:00', 1439, 1440]
  ])('%s → [%i, %i)', (spec, start, end) => {
    expect(parseHours(spec)).toEqual({ ok: true, value: { text: spec, start, end } })
  })

  test.each([
    ['10:00-10:00', HOURS_RANGE_ERROR],
    ['24:00-00:00', HOURS_RANGE_ERROR],
    ['24:00-02:00', HOURS_RANGE_ERROR],
    ['24:30-24:45', HOURS_RANGE_ERROR],
    ['00:00-24:30', HOURS_RANGE_ERROR],
    ['24:30-25:00', HOURS_ERROR],
    ['10:60-11:00', HOURS_ERROR],
    ['ten to four', HOURS_ERROR],
    ['9:00-17:00', HOURS_ERROR],
    [' 10:00-16:00', HOURS_ERROR]
  ])('%j is refused: %s', (spec, error) => {
    expect(parseHours(spec)).toEqual({ ok: false, error })
  })
})

describe('parseWallBound', () => {
  test.each([
    ['2026-12-20', '2026-12-20T00:00:00', true],
    ['2026-03-28T18:00', '2026-03-28T18:00:00', false],
    ['2026-03-28T18:00:30', '2026-03-28T18:00:30', false]
  ])('%s → key %s, date only %s', (text, key, dateOnly) => {
    expect(parseWallBound(text)).toEqual({ ok: true, value: { text, key, dateOnly } })
  })

  test.each([['2026-12-20 18:00'], ['20-12-2026'], ['2026-12-20T18'], ['']])('%j is refused', (text) => {
    expect(parseWallBound(text)).toEqual({ ok: false, error: DATE_ERROR })
  })

  test('bounds sort by their keys like the instants they name', () => {
    const keys = ['2026-12-20T00:00', '2026-12-19', '2026-12-19T23:59:59', '2026-12-20'].map((s) => {
      const r = parseWallBound(s)
      return r.ok ? r.value.key : s
    })
    expect([...keys].sort()).toEqual(['2026-12-19T00:00:00', '2026-12-19T23:59:59', '2026-12-20T00:00:00', '2026-12-20T00:00:00'])
  })
})
