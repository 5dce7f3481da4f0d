import { describe, expect, test } from '@jest/globals'
import { render, redact, secretsIn, TemplateError, escapePromQL } from '../../src/config/template.js'
import type { TemplateContext } from '../../src/metrics/types.js'

const ctx: TemplateContext = {
  env: { PROM_URL: 'http://127.0.0.1:9090', TICKET: 'CHG 1/2&x=y', TOKEN: 's3cr3t-token', EMPTY: '' },
  track: 'canary',
  version: 'v1.2"3',
  environment: 'production',
  service: 'checkout',
  sha: 'abc123',
  weight: 25
}

describe('render', () => {
  test.each<[string, string, 'promql' | 'url' | 'none', string]>([
    ['a PromQL label value is escaped for a double-quoted string', 'x{track="{{ track }}",v="{{version}}"}', 'promql', 'x{track="canary",v="v1.2\\"3"}'],
    ['a URL path component is percent-encoded', 'https://cm/api/tickets/{{ env.TICKET }}', 'url', 'https://cm/api/tickets/CHG%201%2F2%26x%3Dy'],
    ['a base address at the start of a URL is kept', '{{ env.PROM_URL }}/api', 'url', 'http://127.0.0.1:9090/api'],
    ['a query parameter is percent-encoded', 'https://x/q?v={{ version }}&w={{ weight }}', 'url', 'https://x/q?v=v1.2%223&w=25'],
    ['verbatim for headers', 'Bearer {{ env.TOKEN }}', 'none', 'Bearer s3cr3t-token'],
    ['all context names', '{{service}}/{{environment}}/{{sha}}/{{weight}}/{{track}}', 'none', 'checkout/production/abc123/25/canary'],
    ['text without placeholders is unchanged', 'sum(rate(x[1m]))', 'promql', 'sum(rate(x[1m]))']
  ])('%s', (_name, text, escape, out) => {
    expect(render(text, ctx, escape)).toBe(out)
  })

  test.each([['{{ env.MISSING }}'], ['{{ env.EMPTY }}']])('an unset env variable is a TemplateError naming it: %s', (text) => {
    expect(() => render(text, ctx, 'none')).toThrow(TemplateError)
    expect(() => render(text, ctx, 'none')).toThrow(/environment variable (MISSING|EMPTY)/)
  })

  test('an unknown placeholder is a TemplateError', () => {
    expect(() => render('{{ trak }}', ctx, 'none')).toThrow(/unknown placeholder/)
  })

  test('PromQL escaping neutralises a quote, a backslash and a newline', () => {
    expect(escapePromQL('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd')
  })
})

describe('secrets', () => {
  test('secretsIn returns the values of env placeholders used in header texts', () => {
    expect(secretsIn(['Bearer {{ env.TOKEN }}', 'x-{{ track }}', '{{ env.UNSET }}'], ctx.env)).toEqual(['s3cr3t-token'])
  })
  test('redact replaces every occurrence, longest first', () => {
    expect(redact('a s3cr3t-token b s3cr3t-token s3cr3t', ['s3cr3t', 's3cr3t-token'])).toBe('a *** b *** ***')
  })
})
