import { describe, expect, test } from '@jest/globals'
import { render, redact, TemplateError, escapePromQL, stripUserInfo } from '../../src/config/template.js'
import { credentialForms } from '../../src/config/secrets.js'
import { isHiddenEnv } from '../../src/config/env-policy.js'
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
    [
      'a PromQL label value is escaped for a double-quoted string',
      'x{track="{{ track }}",v="{{version}}"}',
      'promql',
      'x{track="canary",v="v1.2\\"3"}'
    ],
    [
      'a URL path component is percent-encoded',
      'https://cm/api/tickets/{{ env.TICKET }}',
      'url',
      'https://cm/api/tickets/CHG%201%2F2%26x%3Dy'
    ],
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
  test('credentialForms finds URL user-info, its password, its Basic form and Bearer/Basic tokens', () => {
    const basic = Buffer.from('user:p@ss').toString('base64')
    expect(credentialForms('https://user:p%40ss@prom.example/api')).toEqual(
      expect.arrayContaining(['user:p%40ss', 'user:p@ss', 'p@ss', 'p%40ss', basic])
    )
    expect(credentialForms(`Basic ${basic}`)).toEqual(expect.arrayContaining([basic, 'user:p@ss', 'p@ss']))
    expect(credentialForms('Bearer abc.def')).toEqual(expect.arrayContaining(['abc.def']))
  })
  test.each([
    ['failed: curl https://user:hunter2@prom.example/api/v1', 'failed: curl https://***@prom.example/api/v1'],
    ['"PROM_URL=http://a:b@h:9090"', '"PROM_URL=http://***@h:9090"'],
    ['mail me at ops@example.com', 'mail me at ops@example.com'],
    ['https://***@already', 'https://***@already']
  ])('stripUserInfo(%j)', (input, want) => {
    expect(stripUserInfo(input)).toBe(want)
  })
  test('redact replaces every occurrence, longest first', () => {
    expect(redact('a s3cr3t-token b s3cr3t-token s3cr3t', ['s3cr3t', 's3cr3t-token'])).toBe('a *** b *** ***')
  })
})

describe('hidden variables (one rule for placeholders and commands)', () => {
  test.each([
    ['ACTIONS_RUNTIME_TOKEN', true],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', true],
    ['ACTIONS_ID_TOKEN_REQUEST_URL', true],
    ['ACTIONS_CACHE_URL', true],
    ['ACTIONS_RESULTS_URL', true],
    ['ACTIONS_RUNTIME_URL', true],
    ['GITHUB_TOKEN', true],
    ['INPUT_GITHUB-TOKEN', true],
    ['STATE_stagegate', true],
    ['ACTIONS_STEP_DEBUG', false],
    ['PROM_URL', false],
    ['GH_TOKEN', false]
  ])('%s hidden: %s', (name, hidden) => {
    expect(isHiddenEnv(name)).toBe(hidden)
  })
  test.each(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN'])(
    '{{ env.%s }} never renders, even when set',
    (name) => {
      expect(() => render(`http://h/?t={{ env.${name} }}`, { ...ctx, env: { [name]: 'runner-secret' } }, 'url')).toThrow(/never resolved/)
    }
  )
})

describe('dot segments', () => {
  test.each([
    ['http://h/api/{{ version }}/x', '..'],
    ['http://h/api/{{ version }}', '.'],
    ['http://h/api/{{ version }}?q=1', '..']
  ])('%s with version %j is refused (a URL parser would drop the segment)', (tpl, version) => {
    expect(() => render(tpl, { ...ctx, version }, 'url')).toThrow(/normalised away/)
  })
  test.each([
    ['http://h/api?v={{ version }}', '..', 'http://h/api?v=..'],
    ['http://h/api/v{{ version }}', '..', 'http://h/api/v..'],
    ['http://h/api/{{ version }}', '1.2', 'http://h/api/1.2']
  ])('%s with version %j renders %s', (tpl, version, want) => {
    expect(render(tpl, { ...ctx, version }, 'url')).toBe(want)
  })
})
