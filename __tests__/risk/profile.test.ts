/** Profiles: which one applies, the effective environment, and the load-time checks (errors at their line). */
import { afterAll, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ConfigError, loadConfig } from '../../src/config/file.js'
import { applyProfile, chooseProfile, PROFILE_APPROVAL_GATE } from '../../src/risk/profile.js'
import type { Classification } from '../../src/risk/types.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-profile-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
let n = 0
async function load(yaml: string) {
  const file = path.join(dir, `c${n++}.yml`)
  fs.writeFileSync(file, yaml)
  return loadConfig(file, 'deploy.yml')
}

const BASE = `version: 1
service: api
metrics:
  errors: { provider: command, run: echo 0 }
environments:
  production:
    gates:
      - { name: ci, type: command, run: "true" }
      - { name: window, type: command, run: "true" }
    steps:
      - { weight: 10, pause: 5m }
      - { weight: 100, pause: 5m }
    analysis:
      interval: 1m
      checks:
        - { metric: errors, max: 0.01 }
    actions:
      set-weight: ./w.sh
      rollback: ./r.sh
`
const withProfiles = (profiles: string) => `${BASE}    profiles:\n${profiles}`

const cls = (type: Classification['type'], risk: Classification['risk']): Classification => ({ type, risk, matched: [], why: 'test' })

test('low: 50 → 100; high: five steps, longer pauses, two approvals; hotfix: fewer gates, shorter pauses', async () => {
  const cfg = await load(
    withProfiles(`      low:
        steps: [{ weight: 50, pause: 2m }, { weight: 100, pause: 2m }]
      high:
        steps: [{ weight: 1, pause: 10m }, { weight: 5, pause: 10m }, { weight: 25, pause: 10m }, { weight: 50, pause: 10m }, { weight: 100, pause: 15m }]
        approvals: 2
        analysis: { interval: 30s }
      hotfix:
        steps: [{ weight: 25, pause: 1m }, { weight: 100, pause: 1m }]
        skip-gates: [window]
`)
  )
  const env = cfg.environments.production
  const rows: [Classification, string | undefined, number[], string[]][] = [
    [cls('docs', 'low'), 'low', [50, 100], ['ci', 'window']],
    [cls('feature', 'high'), 'high', [1, 5, 25, 50, 100], ['ci', 'window', PROFILE_APPROVAL_GATE]],
    [cls('hotfix', 'high'), 'hotfix', [25, 100], ['ci']],
    [cls('feature', 'medium'), undefined, [10, 100], ['ci', 'window']]
  ]
  for (const [c, name, weights, gates] of rows) {
    const choice = chooseProfile(env, c)
    expect(choice.name).toBe(name)
    const eff = applyProfile(env, name ? env.profiles?.[name as 'low'] : undefined)
    expect(eff.steps?.map((s) => s.weight) ?? []).toEqual(weights)
    expect(eff.gates.map((g) => g.name)).toEqual(gates)
    expect(eff.analysis.checks).toHaveLength(1) // analysis merges key by key
  }
  const high = applyProfile(env, env.profiles?.high)
  expect(high.analysis.interval).toBe(30_000)
  expect(high.gates.find((g) => g.name === PROFILE_APPROVAL_GATE)).toMatchObject({ type: 'approval', min: 2, required: true })
  expect(env.steps?.map((s) => s.weight)).toEqual([10, 100]) // pure: the environment as written is untouched
})

test('a hotfix without a hotfix profile takes the normal path, and says so', async () => {
  const cfg = await load(BASE)
  expect(chooseProfile(cfg.environments.production, cls('hotfix', 'medium'))).toEqual({ why: expect.stringMatching(/no hotfix profile/) })
})

test('approvals raise the min of an existing approval gate instead of adding one', async () => {
  const cfg = await load(
    withProfiles('      critical: { approvals: 3 }\n').replace(
      '      - { name: window, type: command, run: "true" }\n',
      '      - { name: reviewed, type: approval }\n'
    )
  )
  const eff = applyProfile(cfg.environments.production, cfg.environments.production.profiles?.critical)
  expect(eff.gates.map((g) => [g.name, g.type === 'approval' ? g.min : null])).toEqual([
    ['ci', null],
    ['reviewed', 3]
  ])
})

const BAD: [name: string, yaml: string, line: number, message: RegExp][] = [
  [
    'hotfix profile that drops every check',
    withProfiles('      hotfix:\n        analysis:\n          checks: []\n'),
    23,
    /hotfix profile must keep analysis/
  ],
  ['hotfix profile with no pause', withProfiles('      hotfix:\n        steps: [{ weight: 100, pause: 0s }]\n'), 22, /at least one pause/],
  [
    'hotfix profile where the environment has no rollback',
    withProfiles('      hotfix:\n        skip-gates: [window]\n')
      .replace('      rollback: ./r.sh\n', '')
      .replace('      set-weight: ./w.sh\n', '      verify: ./v.sh\n'),
    21,
    /needs actions\.rollback/
  ],
  [
    'skip-gates names a gate that does not exist',
    withProfiles('      low:\n        skip-gates: [windw]\n'),
    22,
    /skip-gates names "windw"/
  ],
  [
    'profile steps must end at 100',
    withProfiles('      low:\n        steps: [{ weight: 50, pause: 1m }]\n'),
    22,
    /last canary step must reach weight 100/
  ],
  [
    'profile check names an unknown metric',
    withProfiles('      high:\n        analysis:\n          checks: [{ metric: erors, max: 1 }]\n'),
    23,
    /unknown metric "erors"/
  ],
  ['unknown profile name', withProfiles('      urgent: {}\n'), 21, /unknown key "urgent"/],
  [
    'a rule without an outcome',
    BASE.replace('environments:', 'risk:\n  rules:\n    - { name: x, paths: ["a/**"] }\nenvironments:'),
    7,
    /needs an outcome/
  ]
]

test.each(BAD)('%s is a config error at its line', async (_name, yaml, line, message) => {
  const err = await load(yaml).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(ConfigError)
  const issue = (err as ConfigError).issues.find((i) => message.test(i.message))
  expect(issue).toBeDefined()
  expect(issue?.line).toBe(line)
})
