import { expect, test } from '@jest/globals'
import { parsePath, select } from '../../src/metrics/jsonpath.js'

const doc = { depth: 12, items: [{ n: 1 }, { n: 2 }], 'queue depth': 7, nested: { a: { b: null } }, s: '3.5' }

test.each<[string, unknown]>([
  ['$', doc],
  ['$.depth', 12],
  ['$.items[1].n', 2],
  ['$.items[-1].n', 2],
  ["$['queue depth']", 7],
  ['$["queue depth"]', 7],
  ['$.nested.a.b', null],
  ['$.s', '3.5']
])('select %s', (path, value) => {
  expect(select(doc, path)).toEqual({ found: true, value })
})

test.each<[string, RegExp]>([
  ['$.missing', /\$ has no "missing"/],
  ['$.items[5]', /\$\.items has no \[5\]/],
  ['$.depth.x', /\$\.depth has no "x"/],
  ['depth', /must start with \$/],
  ['$.items[abc]', /malformed/],
  ['$..depth', /expected a name/]
])('select %s is not found, with why', (path, detail) => {
  const r = select(doc, path)
  expect(r.found).toBe(false)
  if (!r.found) expect(r.detail).toMatch(detail)
})

test('parsePath segments', () => {
  expect(parsePath("$.a[0]['b c']")).toEqual(['a', 0, 'b c'])
})
