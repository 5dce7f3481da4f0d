import { describe, expect, test } from '@jest/globals'
import { formatNumber, IN_TABLE, IN_TEXT, significant, toNumber } from '../src/number.js'

describe('toNumber: the one notion of a number in a response or an output', () => {
  test.each<[unknown, number | undefined]>([
    [1, 1],
    [-0.25, -0.25],
    ['1', 1],
    [' 12 ', 12],
    ['-0.5', -0.5],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['5.', 5],
    ['+2E2', 200],
    ['1e3', 1000],
    ['1.5e-7', 1.5e-7],
    ['0x10', undefined],
    ['0X1f', undefined],
    ['0b101', undefined],
    ['0o17', undefined],
    ['1_000', undefined],
    ['Infinity', undefined],
    ['-Infinity', undefined],
    ['NaN', undefined],
    ['1e999', undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ['1,5', undefined],
    ['1 2', undefined],
    ['12ms', undefined],
    ['', undefined],
    ['   ', undefined],
    [null, undefined],
    [undefined, undefined],
    [false, undefined],
    [[1], undefined],
    [{}, undefined]
  ])('%j → %p', (input, want) => {
    expect(toNumber(input)).toBe(want)
  })
})

describe('formatNumber', () => {
  test.each<[number, string]>([
    [220.00000000000003, '220'],
    [0.1 + 0.2, '0.3'],
    [1.0001, '1.0001'],
    [123456.789, '123457'],
    [1234567, '1234570'],
    [0.0001, '0.0001'],
    [0.00005, '5.00e-5'],
    [-0.00005, '-5.00e-5'],
    [0, '0'],
    [-0.5, '-0.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity']
  ])('in text: %p → %s', (n, want) => {
    expect(formatNumber(n)).toBe(want)
    expect(formatNumber(n, IN_TEXT)).toBe(want)
  })

  test.each<[number, string]>([
    [42, '42'],
    [1234567, '1234567'],
    [0, '0'],
    [1234.56, '1234.6'],
    [-1500.25, '-1500.2'],
    [0.123456, '0.1235'],
    [2.5, '2.5'],
    [0.000001, '0.000001'],
    [0.0000005, '5.00e-7'],
    [Number.NEGATIVE_INFINITY, '-Infinity']
  ])('in a table: %p → %s', (n, want) => {
    expect(formatNumber(n, IN_TABLE)).toBe(want)
  })

  test.each<[number, number, string]>([
    [1.00004, 4, '1'],
    [1.00004, 6, '1.00004'],
    [0.12345678, 5, '0.12346'],
    [12345, 4, '12350']
  ])('significant(%p, %i) → %s', (n, digits, want) => {
    expect(significant(n, digits)).toBe(want)
  })
})
