import { describe, expect, test } from '@jest/globals'
import {
  ALLOWED_PLACEHOLDERS,
  COMMAND_VARIABLES,
  PLACEHOLDER_NAMES,
  PLACEHOLDERS,
  isPlaceholderName,
  unknownPlaceholders
} from '../../src/config/template-names.js'
import { render } from '../../src/config/template.js'
import { stagegateEnv } from '../../src/actions/run-command.js'
import type { TemplateContext } from '../../src/metrics/types.js'

const CONTEXT: TemplateContext = {
  env: { TOKEN: 't' },
  track: 'canary',
  version: 'v2',
  environment: 'production',
  service: 'checkout-api',
  sha: 'abc1234',
  weight: 25
}

describe('the placeholder table', () => {
  test.each([
    ['track', 'canary'],
    ['version', 'v2'],
    ['environment', 'production'],
    ['service', 'checkout-api'],
    ['sha', 'abc1234'],
    ['weight', '25']
  ])('{{ %s }} renders %j', (name, want) => {
    expect(isPlaceholderName(name)).toBe(true)
    expect(render(`{{ ${name} }}`, CONTEXT, 'none')).toBe(want)
  })

  test('names, their order and the allowed list in errors all come from the table', () => {
    expect(PLACEHOLDER_NAMES).toEqual(['track', 'version', 'environment', 'service', 'sha', 'weight'])
    expect(Object.keys(PLACEHOLDERS)).toEqual(PLACEHOLDER_NAMES)
    expect(ALLOWED_PLACEHOLDERS).toBe('env.NAME, track, version, environment, service, sha, weight')
  })

  test.each([
    ['{{ track }} {{env.TOKEN}} {{ weight }}', []],
    ['{{ trak }}', ['trak']],
    ['{{ constructor }}', ['constructor']],
    ['{{ toString }}', ['toString']],
    ['{{ __proto__ }}', ['__proto__']],
    ['{{ env.1X }}', ['env.1X']],
    ['{{ Track }} {{ sha }} {{ previous-weight }}', ['Track', 'previous-weight']]
  ])('unknownPlaceholders(%j) → %j', (text, want) => {
    expect(unknownPlaceholders(text)).toEqual(want)
  })

  test.each([['constructor'], ['hasOwnProperty'], ['__proto__'], ['Track']])(
    '{{ %s }} is not a placeholder and is never rendered',
    (name) => {
      expect(isPlaceholderName(name)).toBe(false)
      expect(() => render(`{{ ${name} }}`, CONTEXT, 'none')).toThrow(`unknown placeholder {{ ${name} }}`)
    }
  )

  test('a command sees exactly the STAGEGATE_* variables the config error lists', () => {
    const env = stagegateEnv({ service: 's', environment: 'e', version: 'v', sha: 'x' }, { weight: 5, previousWeight: 0, track: 'canary' })
    expect(Object.keys(env).sort()).toEqual([...COMMAND_VARIABLES].sort())
  })
})
