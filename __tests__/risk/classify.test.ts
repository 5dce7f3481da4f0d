/** The classifier as tables: facts in, type / risk / matched rules out (default rules and config rules). */
import { expect, test } from '@jest/globals'
import { classify, conventionalPrefix, withInputs } from '../../src/risk/classify.js'
import type { RiskConfig } from '../../src/config/schema.js'
import type { ChangeFacts } from '../../src/risk/types.js'

const DEFAULTS: RiskConfig = { rules: [], 'default-rules': true, default: 'medium' }
const facts = (f: Partial<ChangeFacts>): ChangeFacts => ({ source: 'test', title: '', labels: [], ...f })

const CASES: [name: string, given: Partial<ChangeFacts>, cfg: RiskConfig, want: { type: string; risk: string; rules: string[] }][] = [
  [
    'docs-only PR is low',
    { title: 'docs: explain retries', files: ['docs/retries.md', 'README.md'], lines: 40 },
    DEFAULTS,
    { type: 'docs', risk: 'low', rules: ['conventional-docs', 'docs-only'] }
  ],
  [
    'a migration makes it high whatever else it touches',
    { title: 'feat: orders table', files: ['src/orders.ts', 'migrations/0042_orders.sql'], lines: 120 },
    DEFAULTS,
    { type: 'feature', risk: 'high', rules: ['migrations', 'conventional-feature'] }
  ],
  [
    'nested migrations directory',
    { files: ['services/api/migrations/001.py'] },
    DEFAULTS,
    { type: 'unknown', risk: 'high', rules: ['migrations'] }
  ],
  [
    'docs plus code is not docs-only',
    { files: ['docs/a.md', 'src/a.ts'], lines: 10 },
    DEFAULTS,
    { type: 'unknown', risk: 'medium', rules: [] }
  ],
  [
    'a lock file touched: dependency, medium',
    { title: 'chore(deps): bump zod', files: ['package.json', 'package-lock.json'] },
    DEFAULTS,
    { type: 'dependency', risk: 'medium', rules: ['dependencies', 'conventional-config'] }
  ],
  [
    'hotfix label wins the type over the title',
    { title: 'fix: null check', labels: ['HotFix'], files: ['src/a.ts'], lines: 3 },
    DEFAULTS,
    { type: 'hotfix', risk: 'medium', rules: ['hotfix-label', 'conventional-bugfix'] }
  ],
  [
    'hotfix: title prefix',
    { title: 'hotfix(api): stop the bleeding', files: ['src/a.ts'] },
    DEFAULTS,
    { type: 'hotfix', risk: 'medium', rules: ['conventional-hotfix'] }
  ],
  [
    'breaking change marker',
    { title: 'feat(api)!: drop v1', files: ['src/a.ts'] },
    DEFAULTS,
    { type: 'feature', risk: 'high', rules: ['breaking-change', 'conventional-feature'] }
  ],
  [
    'large change',
    { title: 'refactor: split engine', files: ['src/a.ts'], lines: 1500 },
    DEFAULTS,
    { type: 'refactor', risk: 'high', rules: ['large-change', 'conventional-refactor'] }
  ],
  [
    'risk label: highest wins over docs-only low',
    { labels: ['risk:critical'], files: ['docs/a.md'] },
    DEFAULTS,
    { type: 'docs', risk: 'critical', rules: ['risk-label-critical', 'docs-only'] }
  ],
  ['no facts at all: the default risk', {}, DEFAULTS, { type: 'unknown', risk: 'medium', rules: [] }],
  ['the default risk is configurable', {}, { ...DEFAULTS, default: 'high' }, { type: 'unknown', risk: 'high', rules: [] }],
  [
    'files unknown (request failed): at least high',
    { filesError: 'GitHub 502' },
    DEFAULTS,
    { type: 'unknown', risk: 'high', rules: ['files-unknown'] }
  ],
  [
    'config rules come first; every condition must hold',
    { title: 'feat: pay', labels: ['payments'], files: ['src/pay/x.ts'], lines: 5 },
    {
      ...DEFAULTS,
      rules: [
        { name: 'payments', labels: ['payments'], paths: ['src/pay/**'], risk: 'critical', type: 'feature' },
        { name: 'never', labels: ['payments'], paths: ['nope/**'], risk: 'low' }
      ]
    },
    { type: 'feature', risk: 'critical', rules: ['payments', 'conventional-feature'] }
  ],
  [
    'default-rules: false leaves only the config rules',
    { title: 'docs: x', files: ['docs/x.md'] },
    { ...DEFAULTS, 'default-rules': false, rules: [{ name: 'any-docs', paths: ['docs/**'], type: 'docs' }] },
    { type: 'docs', risk: 'medium', rules: ['any-docs'] }
  ],
  [
    'min-lines below the threshold does not match',
    { files: ['src/a.ts'], lines: 999 },
    DEFAULTS,
    { type: 'unknown', risk: 'medium', rules: [] }
  ],
  [
    'custom dependency manifests',
    { files: ['deps.edn'] },
    { ...DEFAULTS, 'dependency-manifests': ['**/deps.edn'] },
    { type: 'dependency', risk: 'medium', rules: ['dependencies'] }
  ]
]

test.each(CASES)('%s', (_name, given, cfg, want) => {
  const c = classify(facts(given), cfg)
  expect({ type: c.type, risk: c.risk, rules: c.matched.map((m) => m.rule) }).toEqual(want)
})

test('each match says why, with the evidence', () => {
  const c = classify(facts({ files: ['migrations/1.sql', 'migrations/2.sql'], labels: ['risk:low'] }), DEFAULTS)
  expect(c.matched.find((m) => m.rule === 'migrations')?.why).toMatch(/2 changed files match .*migrations\/1\.sql, migrations\/2\.sql/)
  expect(c.why).toMatch(/^rule migrations: /)
})

test.each([
  ['feat: x', { type: 'feat', breaking: false }],
  ['Fix(api)!: x', { type: 'fix', breaking: true }],
  ['hotfix: x', { type: 'hotfix', breaking: false }],
  ['feat:', undefined],
  ['Update readme', undefined],
  ['feat(scope: x', undefined]
])('conventionalPrefix(%j)', (title, want) => {
  expect(conventionalPrefix(title)).toEqual(want)
})

test('inputs set by hand replace the rules and are recorded', () => {
  const ruled = classify(facts({ files: ['migrations/1.sql'] }), DEFAULTS)
  const c = withInputs(ruled, { type: 'hotfix', risk: 'critical', actor: 'alice' })
  expect(c).toMatchObject({ type: 'hotfix', risk: 'critical' })
  expect(c.matched.filter((m) => m.origin === 'input')).toEqual([
    expect.objectContaining({ rule: 'input change-type', type: 'hotfix', why: 'set by hand by alice' }),
    expect.objectContaining({ rule: 'input risk', risk: 'critical', why: 'set by hand by alice (the rules said high)' })
  ])
  expect(ruled.type).toBe('unknown') // pure: the input classification is untouched
})
