import { describe, expect, test } from '@jest/globals'
import { SEVERITIES, severityRank } from '../../src/config/severity.js'

describe('severityRank', () => {
  test.each([
    ['low', 0],
    ['medium', 1],
    ['high', 2],
    ['critical', 3],
    ['CRITICAL', 3],
    ['High', 2],
    ['warning', -1],
    ['note', -1],
    ['error', -1],
    ['', -1],
    [null, -1],
    [undefined, -1],
    [3, -1]
  ])('%j → %i', (s, rank) => {
    expect(severityRank(s)).toBe(rank)
  })

  test('SEVERITIES lists them worst first, the same order the ranks give', () => {
    expect([...SEVERITIES].sort((a, b) => severityRank(b) - severityRank(a))).toEqual([...SEVERITIES])
    expect(SEVERITIES.map(severityRank)).toEqual([3, 2, 1, 0])
  })
})
