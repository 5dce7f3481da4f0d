/** readInputs: defaults, normalisation and every refusal, as tables of input maps. */
import { readInputs, list, InputError, type Inputs } from '../../src/config/inputs.js'

/** What core.getInput does: '' for an input that was not given. */
const getter = (m: Record<string, string>) => (name: string) => m[name] ?? ''

const DEFAULT_FAIL_ON = ['blocked', 'rolled-back', 'rollback-failed', 'failed']

interface Good {
  name: string
  given: Record<string, string>
  want: Partial<Omit<Inputs, 'failOn'>> & { failOn?: string[] }
}

const GOOD: Good[] = [
  {
    name: 'only environment: SPEC defaults',
    given: { environment: 'production' },
    want: {
      environment: 'production',
      config: '.github/deploy.yml',
      version: '',
      mode: 'deploy',
      githubToken: '',
      overrideGates: [],
      overrideReason: '',
      failOn: DEFAULT_FAIL_ON
    }
  },
  {
    name: 'values are trimmed',
    given: { environment: '  staging \n', version: ' v1.2.3 ', mode: ' plan ', 'github-token': ' ghs_x ' },
    want: { environment: 'staging', version: 'v1.2.3', mode: 'plan', githubToken: 'ghs_x' }
  },
  {
    name: 'blank optional inputs take their defaults',
    given: { environment: 'prod', config: '  ', mode: '', 'fail-on': ' ' },
    want: { config: '.github/deploy.yml', mode: 'deploy', failOn: DEFAULT_FAIL_ON }
  },
  ...(['resume', 'promote', 'abort'] as const).map((mode) => ({
    name: `mode ${mode} (SPEC §4) with a reason, and paused/idle may be added to fail-on`,
    given: { environment: 'production', mode, reason: ' INC-7 looks fine ', 'fail-on': 'paused,idle' },
    want: { mode, reason: 'INC-7 looks fine', failOn: ['rollback-failed', 'paused', 'idle'] }
  })),
  {
    name: 'config path is normalised inside the workspace',
    given: { environment: 'prod', config: './deploy/../.github/prod.yml' },
    want: { config: '.github/prod.yml' }
  },
  {
    name: 'a name that merely starts with dots is fine',
    given: { environment: 'prod', config: '..config/deploy.yml' },
    want: { config: '..config/deploy.yml' }
  },
  {
    name: 'override-gates: comma and newline list, blanks dropped, de-duplicated',
    given: { environment: 'prod', 'override-gates': 'ci-green, window\n\n  coverage,ci-green,', 'override-reason': ' hotfix INC-42 ' },
    want: { overrideGates: ['ci-green', 'window', 'coverage'], overrideReason: 'hotfix INC-42' }
  },
  {
    name: 'a reason alone is allowed',
    given: { environment: 'prod', 'override-reason': 'nothing bypassed' },
    want: { overrideGates: [], overrideReason: 'nothing bypassed' }
  },
  {
    name: 'pr-number',
    given: { environment: 'prod', 'pr-number': ' 42 ' },
    want: { prNumber: 42 }
  },
  {
    name: 'fail-on always includes rollback-failed',
    given: { environment: 'prod', 'fail-on': 'blocked' },
    want: { failOn: ['blocked', 'rollback-failed'] }
  },
  {
    name: 'fail-on as a newline list, including planned',
    given: { environment: 'prod', 'fail-on': 'failed\nplanned\nsucceeded' },
    want: { failOn: ['failed', 'planned', 'rollback-failed', 'succeeded'] }
  }
]

test.each(GOOD)('$name', ({ given, want }) => {
  const got = readInputs(getter(given))
  const { failOn, ...rest } = want
  expect(got).toMatchObject(rest)
  if (failOn) expect([...got.failOn].sort()).toEqual([...failOn].sort())
})

test('pr-number is absent when not given', () => {
  expect('prNumber' in readInputs(getter({ environment: 'prod' }))).toBe(false)
})

const BAD: [name: string, given: Record<string, string>, message: RegExp][] = [
  ['missing environment', {}, /input "environment" is required/],
  ['blank environment', { environment: '   ' }, /input "environment" is required/],
  [
    'unknown mode',
    { environment: 'prod', mode: 'plna' },
    /input "mode" is "plna"; it must be one of deploy, plan, resume, promote, abort \(did you mean "plan"\?\)/
  ],
  [
    'override-gates without a reason',
    { environment: 'prod', 'override-gates': 'ci-green' },
    /input "override-gates" \(ci-green\) needs "override-reason"/
  ],
  [
    'override-gates with a blank reason',
    { environment: 'prod', 'override-gates': 'a,b', 'override-reason': '  ' },
    /needs "override-reason"/
  ],
  ['pr-number zero', { environment: 'prod', 'pr-number': '0' }, /input "pr-number" is "0"; it must be a positive integer/],
  ['pr-number negative', { environment: 'prod', 'pr-number': '-3' }, /input "pr-number" is "-3"/],
  ['pr-number fraction', { environment: 'prod', 'pr-number': '1.5' }, /input "pr-number" is "1.5"/],
  ['pr-number text', { environment: 'prod', 'pr-number': '#12' }, /input "pr-number" is "#12"/],
  ['pr-number huge', { environment: 'prod', 'pr-number': '99999999999999999999' }, /input "pr-number"/],
  [
    'fail-on typo',
    { environment: 'prod', 'fail-on': 'blocked,rolledback' },
    /input "fail-on" names unknown status "rolledback" \(did you mean "rolled-back"\?\)/
  ],
  [
    'fail-on nonsense',
    { environment: 'prod', 'fail-on': 'everything' },
    /unknown status "everything" \(expected one of: succeeded, blocked, rolled-back, rollback-failed, failed, planned, paused, idle\)/
  ],
  ['absolute config path', { environment: 'prod', config: '/etc/passwd' }, /input "config" is the absolute path "\/etc\/passwd"/],
  ['windows absolute config path', { environment: 'prod', config: 'C:\\deploy.yml' }, /absolute path/],
  [
    'config path escaping the workspace',
    { environment: 'prod', config: '../other/deploy.yml' },
    /input "config" is "\.\.\/other\/deploy\.yml", which leaves the workspace/
  ],
  ['config path escaping after normalising', { environment: 'prod', config: '.github/../../deploy.yml' }, /leaves the workspace/],
  ['config path escaping with backslashes', { environment: 'prod', config: '.github\\..\\..\\deploy.yml' }, /leaves the workspace/],
  ['config path that is the workspace itself', { environment: 'prod', config: '.' }, /is a directory/]
]

test.each(BAD)('refuses: %s', (_name, given, message) => {
  let err: unknown
  try {
    readInputs(getter(given))
  } catch (e) {
    err = e
  }
  expect(err).toBeInstanceOf(InputError)
  expect((err as Error).message).toMatch(message)
})

test.each([
  ['', []],
  ['a', ['a']],
  [' a , b ,, a\n c\n', ['a', 'b', 'c']]
] as [string, string[]][])('list(%j)', (text, want) => {
  expect(list(text)).toEqual(want)
})

describe('an unexpanded ${{ github.token }} (a local run) is no token', () => {
  test.each([
    ['${{ github.token }}', ''],
    ['${{github.token}}', ''],
    ['${{ secrets.GITHUB_TOKEN }}', ''],
    ['ghp_realLookingToken123', 'ghp_realLookingToken123'],
    ['', '']
  ])('%j → %j', (given, want) => {
    expect(readInputs((n) => (n === 'environment' ? 'production' : n === 'github-token' ? given : '')).githubToken).toBe(want)
  })
})
