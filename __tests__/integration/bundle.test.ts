/**
 * The bundled action, run as the runner runs it (node dist/index.js with INPUT_*, file commands
 * and an event file). No GitHub token here: the GitHub side is covered in __tests__/github.
 * User commands are real bash scripts that record what they were asked to do.
 */
import { expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, nodeBin, runStep, runJob } from '../../scripts/lib/runner.mjs'

const SCRIPTS = {
  'deploy.sh': 'echo "deploy $STAGEGATE_VERSION" >> "$GITHUB_WORKSPACE/calls"',
  'set-weight.sh':
    'echo "set-weight $STAGEGATE_WEIGHT from $STAGEGATE_PREVIOUS_WEIGHT step $STAGEGATE_STEP" >> "$GITHUB_WORKSPACE/calls"\necho "$STAGEGATE_WEIGHT" > "$GITHUB_WORKSPACE/weight"',
  'verify.sh': 'echo "verify $STAGEGATE_WEIGHT" >> "$GITHUB_WORKSPACE/calls"',
  'promote.sh': 'echo promote >> "$GITHUB_WORKSPACE/calls"',
  'rollback.sh': 'echo "rollback reason=$STAGEGATE_REASON" >> "$GITHUB_WORKSPACE/calls"\necho 0 > "$GITHUB_WORKSPACE/weight"',
  'verify-rollback.sh': 'test "$(cat "$GITHUB_WORKSPACE/weight")" = 0',
  // error rate of the canary: bad once it serves >= $BAD_FROM percent (never, by default)
  'error-rate.sh':
    'w=$(cat "$GITHUB_WORKSPACE/weight" 2>/dev/null || echo 0)\nif [ "$STAGEGATE_TRACK" = canary ] && [ "$w" -ge "${BAD_FROM:-101}" ]; then echo 0.2; else echo 0.001; fi'
}

function config(extra = ''): string {
  return `version: 1
service: checkout-api
metrics:
  error-rate:
    provider: command
    run: ./scripts/error-rate.sh
environments:
  production:
    url: https://checkout.example.com
    gates:
      - { name: tests-pass, type: command, run: "test ! -e $GITHUB_WORKSPACE/block" }
      - { name: window, type: window, allow: [{ days: mon-sun, hours: "00:00-24:00" }] }
${extra}    steps:
      - { weight: 5, pause: 1s }
      - { weight: 25, pause: 1s }
      - { weight: 50, pause: 1s }
      - { weight: 100, pause: 500ms }
    analysis:
      interval: 250ms
      checks:
        - { metric: error-rate, max: 0.05 }
    actions:
      deploy: ./scripts/deploy.sh
      set-weight: ./scripts/set-weight.sh
      verify: ./scripts/verify.sh
      promote: ./scripts/promote.sh
      rollback: ./scripts/rollback.sh
      verify-rollback: ./scripts/verify-rollback.sh
`
}

function workspace(cfg = config()): string {
  const dir = makeRunnerDir()
  const ws = path.join(dir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'))
  fs.mkdirSync(path.join(ws, 'scripts'))
  fs.writeFileSync(path.join(ws, '.github', 'deploy.yml'), cfg)
  for (const [name, body] of Object.entries(SCRIPTS)) {
    fs.writeFileSync(path.join(ws, 'scripts', name), `#!/usr/bin/env bash\nset -e\n${body}\n`, { mode: 0o755 })
  }
  return dir
}

const calls = (dir: string) => {
  const f = path.join(dir, 'workspace', 'calls')
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim().split('\n') : []
}
const weight = (dir: string) => fs.readFileSync(path.join(dir, 'workspace', 'weight'), 'utf8').trim()

jest.setTimeout(60_000)

test('a healthy canary is promoted: outputs, summary, JSON report, every action in order', async () => {
  const dir = workspace()
  const r = await runStep({ dir, inputs: { environment: 'production', version: 'v1.2.3' } })
  expect(r.outputs.status).toBe('succeeded')
  expect(r.code).toBe(0)
  expect(r.outputs['final-weight']).toBe('100')
  expect(r.outputs['rollback-reason']).toBe('')
  expect(calls(dir)).toEqual([
    'deploy v1.2.3',
    'set-weight 5 from 0 step 1',
    'verify 5',
    'set-weight 25 from 5 step 2',
    'verify 25',
    'set-weight 50 from 25 step 3',
    'verify 50',
    'set-weight 100 from 50 step 4',
    'verify 100',
    'promote'
  ])
  expect(r.summary.split('\n').find((l) => l.trim())).toMatch(/checkout-api.*production.*succeeded/)
  expect(r.report.status).toBe('succeeded')
  expect(r.report.steps).toHaveLength(4)
  expect(r.report.gates.map((g: { status: string }) => g.status)).toEqual(['passed', 'passed'])
  expect(fs.existsSync(r.outputs['report-path'])).toBe(true)
  // one collapsible group per phase and per step, never nested; commands' output inside them
  const groups = r.stdout.split('\n').filter((l) => /^::(group|endgroup)::/.test(l))
  expect(groups.filter((l) => l.startsWith('::group::')).map((l) => l.split(' ')[0])).toEqual([
    '::group::Gates',
    '::group::Baseline',
    '::group::Deploy',
    '::group::Step',
    '::group::Step',
    '::group::Step',
    '::group::Step',
    '::group::Promote'
  ])
  groups.forEach((l, i) => expect(l.startsWith(i % 2 === 0 ? '::group::' : '::endgroup::')).toBe(true))
  expect(groups).toHaveLength(16)
})

test('a bad canary is rolled back at the step where it breaches', async () => {
  const dir = workspace()
  const r = await runStep({ dir, inputs: { environment: 'production' }, env: { BAD_FROM: '25' } })
  expect(r.outputs.status).toBe('rolled-back')
  expect(r.code).toBe(1)
  expect(r.outputs['final-weight']).toBe('0')
  expect(r.outputs['rollback-reason']).toMatch(/error-rate/)
  expect(r.report.rollback.step).toBe(2)
  expect(weight(dir)).toBe('0')
  expect(calls(dir)).not.toContain('promote')
  expect(calls(dir).some((c) => c.startsWith('rollback reason=') && /error-rate/.test(c))).toBe(true)
  expect(r.summary).toMatch(/roll/i)
})

test('a failed required gate blocks: no action runs, failed-gates names it', async () => {
  const dir = workspace()
  fs.writeFileSync(path.join(dir, 'workspace', 'block'), '')
  const r = await runStep({ dir, inputs: { environment: 'production' } })
  expect(r.outputs.status).toBe('blocked')
  expect(r.outputs['failed-gates']).toBe('tests-pass')
  expect(r.code).toBe(1)
  expect(calls(dir)).toEqual([])
  expect(r.summary).toMatch(/tests-pass/)
})

test('fail-on decides whether a blocked run fails the step', async () => {
  const dir = workspace()
  fs.writeFileSync(path.join(dir, 'workspace', 'block'), '')
  const r = await runStep({ dir, inputs: { environment: 'production', 'fail-on': 'failed' } })
  expect(r.outputs.status).toBe('blocked')
  expect(r.code).toBe(0)
})

test('override-gates bypasses a failing gate and records who and why', async () => {
  const dir = workspace()
  fs.writeFileSync(path.join(dir, 'workspace', 'block'), '')
  const r = await runStep({
    dir,
    inputs: { environment: 'production', 'override-gates': 'tests-pass', 'override-reason': 'hotfix INC-42' }
  })
  expect(r.outputs.status).toBe('succeeded')
  expect(r.report.overrides).toEqual({ gates: ['tests-pass'], reason: 'hotfix INC-42', actor: 'octocat' })
  expect(r.summary).toMatch(/INC-42/)
})

test('a config typo fails with file:line:col, an annotation there, and nothing else happens', async () => {
  const dir = workspace(config().replace('    analysis:\n      interval', '    analysis:\n      intervall'))
  const r = await runStep({ dir, inputs: { environment: 'production' } })
  expect(r.code).toBe(1)
  expect(r.outputs.status).toBe('failed')
  const line =
    config()
      .split('\n')
      .findIndex((l) => l.includes('interval:')) + 1
  expect(r.stdout).toContain(`::error title=Stagegate config,file=.github/deploy.yml,line=${line},col=7::`)
  expect(r.stdout).toMatch(/did you mean "interval"/)
  expect(calls(dir)).toEqual([])
})

test('a placeholder in a command is refused, pointing at STAGEGATE_* variables', async () => {
  const dir = workspace(config().replace('deploy: ./scripts/deploy.sh', 'deploy: ./scripts/deploy.sh {{ version }}'))
  const r = await runStep({ dir, inputs: { environment: 'production' } })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/STAGEGATE_VERSION/)
  expect(calls(dir)).toEqual([])
})

test('SIGTERM mid-pause rolls back before exit: traffic back at 0%', async () => {
  const dir = workspace(config().replace('{ weight: 25, pause: 1s }', '{ weight: 25, pause: 60s }'))
  let sent = false
  const r = await runStep({
    dir,
    inputs: { environment: 'production' },
    onOutput: (_chunk, child, all) => {
      if (!sent && /Step 2\/4/.test(all)) {
        sent = true
        setTimeout(() => child.kill('SIGTERM'), 300)
      }
    }
  })
  expect(sent).toBe(true)
  expect(r.outputs.status).toBe('rolled-back')
  expect(r.outputs['rollback-reason']).toMatch(/SIGTERM/)
  expect(weight(dir)).toBe('0')
  expect(JSON.parse(r.state.stagegate).split).toBe(false)
})

test('the post step rolls back when the main step was killed outright (SIGKILL)', async () => {
  const dir = workspace(config().replace('{ weight: 25, pause: 1s }', '{ weight: 25, pause: 60s }'))
  let sent = false
  const main = await runStep({
    dir,
    inputs: { environment: 'production' },
    onOutput: (_chunk, child, all) => {
      if (!sent && /Step 2\/4/.test(all)) {
        sent = true
        setTimeout(() => child.kill('SIGKILL'), 300)
      }
    }
  })
  // a later step of the job removed the config: the post step does not need it (the state has the actions)
  fs.rmSync(path.join(dir, 'workspace', '.github'), { recursive: true })
  const post = await runStep({ dir, inputs: { environment: 'production' }, entry: 'post', state: main.state })
  expect(main.signal).toBe('SIGKILL')
  expect(JSON.parse(main.state.stagegate)).toMatchObject({ split: true, weight: 25 })
  expect(post.code).toBe(0)
  expect(post.stdout).toMatch(/rolled back from the post step/)
  expect(weight(dir)).toBe('0')
})

test('the post step does nothing after a completed run', async () => {
  const dir = workspace()
  const { main, post } = await runJob({ dir, inputs: { environment: 'production' } })
  expect(main.outputs.status).toBe('succeeded')
  expect(post.code).toBe(0)
  expect(calls(dir).filter((c) => c.startsWith('rollback'))).toEqual([])
  // the lean post entry (src/boot/post.ts) answers alone, with the full post step's own line
  expect(post.stdout).toBe('Stagegate post: traffic is not split; nothing to do\n')
})

test('plan mode validates, renders the plan and runs none of your commands (command gates and command metrics are skipped)', async () => {
  const dir = workspace(config().replace('run: ./scripts/error-rate.sh', 'run: ./scripts/error-rate-logged.sh'))
  const logged = path.join(dir, 'workspace', 'scripts', 'error-rate-logged.sh')
  fs.writeFileSync(logged, '#!/usr/bin/env bash\necho metric >> "$GITHUB_WORKSPACE/calls"\necho 0.001\n', { mode: 0o755 })
  const r = await runStep({ dir, inputs: { environment: 'production', mode: 'plan' } })
  expect(r.code).toBe(0)
  expect(r.outputs.status).toBe('planned')
  expect(r.outputs['deployment-id']).toBe('')
  expect(calls(dir)).toEqual([])
  expect(r.report.gates.map((g: { name: string; status: string }) => [g.name, g.status])).toEqual([
    ['tests-pass', 'skipped'],
    ['window', 'passed']
  ])
  expect(r.report.notes.join('\n')).toMatch(/metric error-rate not probed/)
  expect(r.report.plan.map((p: { weight: number }) => p.weight)).toEqual([5, 25, 50, 100])
  expect(r.report.analysis).toEqual({
    intervalMs: 250,
    initialDelayMs: 0,
    failureLimit: 0,
    inconclusiveLimit: 2,
    checks: [
      {
        metric: 'error-rate',
        track: 'canary',
        bound: '≤ 0.05',
        onNoData: 'inconclusive',
        explain:
          'error-rate on the canary track, measured every round, must stay ≤ 0.05. No data: inconclusive. Critical: a failure counts towards the rollback.'
      }
    ]
  })
  expect(r.summary).toContain('- Check 1: error-rate on the canary track, measured every round, must stay ≤ 0.05.')
  expect(r.summary).toMatch(/estimated minimum duration/)
  expect(r.summary).toMatch(/\| error-rate \| canary \| ≤ 0\.05 \| inconclusive \|/)
})

// CI runs this suite a second time with STAGEGATE_NODE set to the Node 24 that action.yml names
// (.ci/run): the bundle must really run on that binary, not on the one running jest.
test('the bundle runs on the Node binary STAGEGATE_NODE names (else the one running the tests)', async () => {
  const dir = workspace()
  const ancestorNode =
    'p=$$; while [ "$p" -gt 1 ]; do e=$(readlink /proc/$p/exe); case "$e" in */node) echo "$e" > "$GITHUB_WORKSPACE/node-exe"; break;; esac; p=$(cut -d" " -f4 /proc/$p/stat); done'
  fs.appendFileSync(path.join(dir, 'workspace', 'scripts', 'deploy.sh'), `${ancestorNode}\n`)
  const r = await runStep({ dir, inputs: { environment: 'production' } })
  expect(r.outputs.status).toBe('succeeded')
  const exe = fs.readFileSync(path.join(dir, 'workspace', 'node-exe'), 'utf8').trim()
  expect(exe).toBe(fs.realpathSync(nodeBin()))
  if (process.env.STAGEGATE_NODE) expect(exe).not.toBe(fs.realpathSync(process.execPath))
})

test('every bundled script is ASCII-only (V8 then keeps its source at one byte a character)', () => {
  const dist = path.resolve('dist')
  const scripts = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(10)
  const nonAscii = scripts.filter((f) => /[^\t\n\r\x20-\x7e]/.test(fs.readFileSync(path.join(dist, f), 'utf8')))
  expect(nonAscii).toEqual([])
})
