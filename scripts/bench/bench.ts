/**
 * Stagegate's benchmark figures, one per subcommand (scripts/bench.mjs runs each in a fresh
 * process and prints the table; the RSS figure is watch.ts, a process of its own). Bundled with ncc into .bench-build/ and run from the repo root.
 * Every figure is measured, never assumed: real clock, real bash, real HTTP, the real bundle.
 */
import { spawn, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { ConfigSchema, type EnvironmentConfig, type GateConfig } from '../../src/config/schema.js'
import { buildPlan } from '../../src/rollout/plan.js'
import { runRollout } from '../../src/rollout/engine.js'
import { systemClock } from '../../src/rollout/clock.js'
import { createCommandRunner } from '../../src/actions/run-command.js'
import { runGates } from '../../src/gates/runner.js'
import type { Measurement } from '../../src/metrics/types.js'
import type { ActionContext } from '../../src/rollout/types.js'
import type { ActionName, TrackName } from '../../src/config/schema.js'
import { startGitHubServer } from '../../__tests__/support/github-server.js'
import type { Log } from '../../src/runtime/types.js'

/** The bench measures the engine, not the log: every line is dropped. */
const quietLog: Log = { debug() {}, info() {}, notice() {}, warning() {}, error() {}, startGroup() {}, endGroup() {} }

/** Real bash; its output lines are dropped. */
const runCommand = createCommandRunner(quietLog)

type Row = { figure: string; value: string; goal: string; method: string }
const ROOT = process.cwd()

/**
 * STAGEGATE_BENCH_QUICK=1 (`node scripts/bench.mjs --quick`, what CI runs): every figure, measured the
 * same way, with fewer rounds, shorter pauses and a 1-hour watch instead of 4 hours. The README's
 * table comes from the full run.
 */
const QUICK = process.env.STAGEGATE_BENCH_QUICK === '1'
const P = QUICK
  ? { breachOffsets: [130, 610, 990], overheadRuns: 3, pauseMs: 250, e2eRuns: 2, gateRounds: 1, processRounds: 5, watchHours: 1 }
  : {
      breachOffsets: [130, 370, 610, 890, 990, 450],
      overheadRuns: 5,
      pauseMs: 500,
      e2eRuns: 5,
      gateRounds: 3,
      processRounds: 15,
      watchHours: 4
    }

function environment(yaml: object): EnvironmentConfig {
  const cfg = ConfigSchema.parse({
    version: 1,
    service: 'bench',
    metrics: { m: { provider: 'command', run: 'echo 0' } },
    environments: { production: yaml }
  })
  return cfg.environments.production
}

const ok = (ms = 0) => ({ exitCode: 0, outcome: 'ok' as const, durationMs: ms, stdout: '', stderr: '' })

// ------------------------------------------------------------ breach → rollback started
async function breach(): Promise<Row> {
  const intervalMs = 1000
  const env = environment({
    steps: [
      { weight: 50, pause: '30s' },
      { weight: 100, pause: '0s' }
    ],
    analysis: { interval: '1s', checks: [{ metric: 'm', max: 0.01 }] }
  })
  const latencies: number[] = []
  for (const offset of P.breachOffsets) {
    let breachAt = Infinity
    let rollbackAt = 0
    await runRollout(
      { env, plan: buildPlan(env) },
      {
        clock: systemClock,
        signal: new AbortController().signal,
        log: quietLog,
        runAction: async (name: ActionName) => {
          if (name === 'verify') breachAt = Date.now() + offset
          if (name === 'rollback' && !rollbackAt) rollbackAt = Date.now()
          return ok()
        },
        measure: async (_m: string, track: TrackName): Promise<Measurement> => ({
          kind: 'value',
          value: track === 'canary' && Date.now() >= breachAt ? 0.5 : 0.001
        })
      }
    )
    latencies.push(rollbackAt - breachAt)
  }
  const worst = Math.max(...latencies)
  return {
    figure: 'breach → rollback command started',
    value: `worst ${worst} ms, median ${median(latencies)} ms (interval ${intervalMs} ms)`,
    goal: `≤ ${intervalMs + 250} ms`,
    method: `engine on the real clock, interval 1s; the canary metric turns bad at ${P.breachOffsets.length} offsets into the pause; time from the breach to the rollback action being called`
  }
}

// ------------------------------------------------------------ orchestration overhead
async function overhead(): Promise<Row> {
  const env = environment({
    steps: [5, 25, 50, 100].map((weight) => ({ weight, pause: `${P.pauseMs}ms` })),
    analysis: { interval: '100ms', checks: [{ metric: 'm', max: 1 }] },
    actions: { deploy: 'true', 'set-weight': 'true', verify: 'true', promote: 'true', rollback: 'true' }
  })
  const runs: number[] = []
  for (let i = 0; i < P.overheadRuns; i++) {
    let commandMs = 0
    const t0 = performance.now()
    const res = await runRollout(
      { env, plan: buildPlan(env) },
      {
        clock: systemClock,
        signal: new AbortController().signal,
        log: quietLog,
        runAction: async (name: ActionName, ctx: ActionContext, signal: AbortSignal) => {
          const c0 = performance.now()
          const r = await runCommand({
            label: name,
            run: 'true',
            timeoutMs: 10_000,
            env: { STAGEGATE_WEIGHT: String(ctx.weight) },
            cwd: ROOT,
            signal,
            stream: false
          })
          commandMs += performance.now() - c0
          return r
        },
        measure: async (): Promise<Measurement> => ({ kind: 'value', value: 0.5 })
      }
    )
    if (res.status !== 'succeeded') throw new Error(`overhead run ${res.status}`)
    runs.push(performance.now() - t0 - 4 * P.pauseMs - commandMs)
  }
  return {
    figure: 'engine overhead alone, 4-step plan',
    value: `${Math.round(median(runs))} ms median, ${Math.round(Math.max(...runs))} ms worst (of ${P.overheadRuns})`,
    goal: '< 300 ms',
    method: `engine on the real clock, 4 steps × ${P.pauseMs} ms pause, ${(4 * P.pauseMs) / 100} measurements; wall time minus pauses minus the time inside the 10 real bash commands`
  }
}

// ------------------------------------------------------------ gates concurrency
async function gates(): Promise<Row> {
  const server = http.createServer((req, res) => {
    const ms = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('ms'))
    setTimeout(() => res.end('{"ok":true}'), ms)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const configs = Array.from({ length: 10 }, (_, i) => ({ name: `g${i}`, type: 'http', url: `${url}/?ms=${100 * (i + 1)}` }))
  const gateList = environment({ gates: configs }).gates as GateConfig[]
  const ratios: number[] = []
  for (let i = 0; i < P.gateRounds; i++) {
    const t0 = performance.now()
    const res = await runGates(gateList, {
      ctx: {
        clock: systemClock,
        template: tmpl(),
        runCommand,
        commandEnv: {},
        workspace: ROOT,
        metrics: new Map(),
        environment: 'production'
      },
      signal: new AbortController().signal,
      log: quietLog,
      overrides: { names: [], reason: '' }
    })
    const wall = performance.now() - t0
    if (res.failedRequired.length) throw new Error(`gates failed: ${res.failedRequired}`)
    ratios.push(wall / Math.max(...res.records.map((r) => r.durationMs)))
  }
  server.close()
  return {
    figure: 'gates wall time / slowest gate (10 gates)',
    value: `${median(ratios).toFixed(3)} median, ${Math.max(...ratios).toFixed(3)} worst (of ${P.gateRounds})`,
    goal: '≤ 1.1',
    method: '10 http gates against a local server answering after 100…1000 ms; runGates wall time over the slowest gate’s own duration'
  }
}

function tmpl() {
  return { env: process.env, track: 'stable' as const, version: 'v1', environment: 'production', service: 'bench', sha: 'abc', weight: 0 }
}

// ------------------------------------------------------------ cold start, against references run alongside
// Each command is a whole process, measured by /usr/bin/time (wall, user+sys CPU, peak RSS),
// the commands interleaved A B C A B C … so that the machine's drift hits them alike; ratios
// are taken pair by pair and the median quoted.
type Sample = { wall: number; cpu: number; rssKiB: number }

function timed(argv: string[], env: NodeJS.ProcessEnv): Sample {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-time-')), 'time')
  const r = spawnSync('/usr/bin/time', ['-o', out, '-f', '%e %U %S %M', ...argv], { env, stdio: 'ignore' })
  if (r.error) throw r.error
  const [wall, user, sys, rss] = fs.readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
  return { wall, cpu: user + sys, rssKiB: rss }
}

function interleave(cmds: Record<string, () => Sample>, rounds: number): Record<string, Sample[]> {
  const res: Record<string, Sample[]> = {}
  for (const k of Object.keys(cmds)) cmds[k]() // one warm-up each (page cache), not counted
  for (let i = 0; i < rounds; i++) for (const [k, run] of Object.entries(cmds)) (res[k] ??= []).push(run())
  return res
}

const ratio = (a: Sample[], b: Sample[], f: (s: Sample) => number) => median(a.map((x, i) => f(x) / f(b[i])))
const describe = (xs: Sample[]) =>
  `${(median(xs.map((x) => x.cpu)) * 1000).toFixed(0)} ms CPU, ${(median(xs.map((x) => x.wall)) * 1000).toFixed(0)} ms wall, ${(median(xs.map((x) => x.rssKiB)) / 1024).toFixed(1)} MiB`

function runnerEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    INPUT_ENVIRONMENT: 'production',
    INPUT_CONFIG: 'missing.yml',
    ...extra
  }
}

const PLAN_CONFIG = `version: 1
service: checkout
environments:
  production:
    steps:
      - { weight: 50, pause: 1m }
      - { weight: 100 }
    actions:
      deploy: "true"
      set-weight: "true"
      rollback: "true"
`

/**
 * The inputs actions/github-script's action.yml fills in for a step that gives only `script` (the runner
 * passes defaults; `node index.js` by hand gets none), with the trivial script `return 1` (no request).
 */
function githubScriptInputs(): Record<string, string> {
  return {
    INPUT_SCRIPT: 'return 1',
    'INPUT_GITHUB-TOKEN': 'ghs_benchtoken',
    INPUT_DEBUG: 'false',
    'INPUT_USER-AGENT': 'actions/github-script',
    INPUT_PREVIEWS: '',
    'INPUT_RESULT-ENCODING': 'json',
    INPUT_RETRIES: '0',
    'INPUT_RETRY-EXEMPT-STATUS-CODES': '400,401,403,404,422',
    'INPUT_BASE-URL': '',
    // nothing listens there: a request it should not make would fail on loopback, never leave the machine
    GITHUB_API_URL: 'http://127.0.0.1:9'
  }
}

const GITHUB_SCRIPT = path.join(ROOT, '.bench-build/github-script/index.cjs')

/** One checked run of the github-script reference before it is timed: exit 0 and `result` = 1. */
function checkGithubScript(env: NodeJS.ProcessEnv): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-gs-'))
  const out = path.join(dir, 'output')
  fs.writeFileSync(out, '')
  const r = spawnSync(process.execPath, [GITHUB_SCRIPT], { env: { ...env, GITHUB_OUTPUT: out }, encoding: 'utf8' })
  const result = /result<<(\S+)\n(.*)\n/.exec(fs.readFileSync(out, 'utf8'))?.[2]
  if (r.status !== 0 || result !== '1')
    throw new Error(`github-script reference: exit ${r.status}, result ${result}: ${r.stdout}${r.stderr}`)
}

async function coldStart(): Promise<Row> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-cold-'))
  const node = process.execPath
  const env = runnerEnv(dir, { RUNNER_ENVIRONMENT: 'github-hosted' })
  const selfHosted = runnerEnv(dir, { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_TOOL_CACHE: path.join(dir, 'tool-cache') })
  const gsEnv = runnerEnv(dir, { RUNNER_ENVIRONMENT: 'github-hosted', ...githubScriptInputs() })
  checkGithubScript(gsEnv)
  // A run that gets past its config: valid config, plan mode, no token (config, risk, plan, report; no command, no GitHub).
  fs.mkdirSync(path.join(dir, '.github'))
  fs.writeFileSync(path.join(dir, '.github', 'plan.yml'), PLAN_CONFIG)
  const plan = runnerEnv(dir, {
    RUNNER_ENVIRONMENT: 'github-hosted',
    INPUT_CONFIG: '.github/plan.yml',
    INPUT_MODE: 'plan',
    GITHUB_SHA: 'a'.repeat(40)
  })
  const r = interleave(
    {
      main: () => timed([node, path.join(ROOT, 'dist/index.js')], env),
      plan: () => timed([node, path.join(ROOT, 'dist/index.js')], plan),
      mainWarm: () => timed([node, path.join(ROOT, 'dist/index.js')], selfHosted),
      gs: () => timed([node, GITHUB_SCRIPT], gsEnv),
      core: () => timed([node, path.join(ROOT, '.bench-build/reference/index.mjs')], env),
      bare: () => timed([node, '-e', '0'], env)
    },
    P.processRounds
  )
  const size = fs
    .readdirSync(path.join(ROOT, 'dist'))
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + fs.statSync(path.join(ROOT, 'dist', f)).size, 0)
  const ratios = (a: Sample[], b: Sample[]) =>
    `${ratio(a, b, (x) => x.cpu).toFixed(2)} CPU, ${ratio(a, b, (x) => x.wall).toFixed(2)} wall, ${ratio(a, b, (x) => x.rssKiB).toFixed(2)} RSS`
  return {
    figure: 'cold start of the main step (whole process)',
    value: `main ${describe(r.main)}; valid config in plan mode ${describe(r.plan)}; self-hosted (warm compile cache) ${describe(r.mainWarm)}; github-script v8 (\`return 1\`) ${describe(r.gs)}; minimal @actions/core action ${describe(r.core)}; node -e 0 ${describe(r.bare)}. Ratio main / github-script: ${ratios(r.main, r.gs)}; plan mode / github-script: ${ratios(r.plan, r.gs)}; self-hosted main / github-script: ${ratio(r.mainWarm, r.gs, (x) => x.cpu).toFixed(2)} CPU. Ratio main / core action: ${ratios(r.main, r.core)}; plan mode / core action: ${ratios(r.plan, r.core)}. dist/*.js ${kb(size)}, github-script reference ${kb(fs.statSync(GITHUB_SCRIPT).size)}`,
    goal: 'main / github-script ≤ 1.0 (issue 12); RSS ≤ 55 MiB',
    method: `${P.processRounds} interleaved rounds after a warm-up, /usr/bin/time per process; main = \`node dist/index.js\` with a missing config (loads inputs, the config file reader and the report renderer, not the YAML parser, zod or Octokit; annotates, writes the report, exits 1); plan mode = a valid 2-step config, no token (also loads the YAML parser, zod and the config schema, risk, plan and gates); github-script = actions/github-script v8's entry recreated in scripts/bench/reference/github-script/ on its own pinned dependencies, bundled by ncc, running \`return 1\` with every input its action.yml defaults (checked: exit 0, result 1); core action = @actions/core reading an input and setting an output, bundled by ncc; ratios pair by pair, median; Node ${process.version}`
  }
}

async function postStart(): Promise<Row> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-post-'))
  const node = process.execPath
  const done = JSON.stringify({
    split: false,
    weight: 100,
    environment: 'production',
    version: 'v1',
    service: 's',
    actions: {},
    deploymentId: '7',
    done: true
  })
  const env = runnerEnv(dir, { STATE_stagegate: done })
  const r = interleave(
    {
      post: () => timed([node, path.join(ROOT, 'dist/post/index.js')], env),
      fullPost: () => timed([node, path.join(ROOT, '.bench-build/full-post/index.js')], env),
      bare: () => timed([node, '-e', '0'], env)
    },
    P.processRounds
  )
  return {
    figure: 'post step with nothing to roll back (whole process)',
    value: `${describe(r.post)}; the full post step (src/post.ts bundled alone, as before the lean entry) ${describe(r.fullPost)}: ratio ${ratio(r.post, r.fullPost, (x) => x.cpu).toFixed(2)} CPU, ${ratio(r.post, r.fullPost, (x) => x.rssKiB).toFixed(2)} RSS; node -e 0 ${describe(r.bare)}`,
    goal: '≤ 0.3 of the post step issue 12 measured (a copy of the main step, as costly)',
    method: `saved state of a finished run (done, not split); ${P.processRounds} interleaved rounds after a warm-up, /usr/bin/time per process`
  }
}

// ------------------------------------------------------------ end-to-end overhead: spawn, config, GitHub calls
async function overheadEndToEnd(): Promise<Row> {
  const pauses = 4 * P.pauseMs
  const pause = `${P.pauseMs}ms`
  const withGh: number[] = []
  const without: number[] = []
  const bare: number[] = []
  for (let i = 0; i < P.e2eRuns; i++) {
    const t0 = performance.now()
    spawnSync(process.execPath, ['-e', '0'])
    bare.push(performance.now() - t0)
    without.push((await deployOnce({ steps: 4, pause, history: 0, token: false })).wallMs - pauses)
    withGh.push((await deployOnce({ steps: 4, pause, history: 0, token: true })).wallMs - pauses)
  }
  const b = median(bare)
  const noGh = median(without)
  const gh = median(withGh)
  return {
    figure: 'overhead of a whole 4-step deploy (the bundle, end to end)',
    value: `${Math.round(gh)} ms with GitHub (median of ${P.e2eRuns}): Node spawn ${Math.round(b)} ms, start-up + config + engine + commands + report ${Math.round(noGh - b)} ms, GitHub calls ${Math.round(gh - noGh)} ms`,
    goal: 'reported',
    method: `wall time of \`node dist/index.js\` deploying 4 steps × ${P.pauseMs} ms (10 real \`true\` commands, a github-checks gate, a PR comment, against the contract server) minus the ${pauses / 1000} s of pauses; the same without a token (no GitHub calls); \`node -e 0\` for the spawn`
  }
}

// ------------------------------------------------------------ API requests per deploy, steady state
async function deployOnce(o: {
  steps: number
  pause: string
  history: number
  token: boolean
}): Promise<{ wallMs: number; requests: number; byKind: Map<string, number> }> {
  const gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
  gh.state.addCheckRun(sha, 'build', 'completed', 'success')
  gh.state.addPull(sha, 7)
  // steady state under Stagegate: one earlier rollout an hour, each superseded (inactive) by the next
  for (let i = 0; i < o.history; i++) {
    const d = gh.state.addDeployment({
      environment: 'production',
      sha: `${String(i).padStart(2, '0')}${sha.slice(2)}`,
      createdAt: Date.now() - (o.history - i) * 3_600_000,
      description: `Stagegate: checkout-api v${i}`,
      production: true
    })
    for (const state of ['in_progress', 'success', ...(i < o.history - 1 ? ['inactive'] : [])])
      gh.state.addDeploymentStatus(d.id as number, { state, description: state })
  }
  const seeded = gh.requests.length
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-api-'))
  for (const d of ['workspace/.github', 'temp']) fs.mkdirSync(path.join(dir, d), { recursive: true })
  const steps = Array.from(
    { length: o.steps },
    (_, i) => `      - { weight: ${Math.round((100 * (i + 1)) / o.steps)}, pause: ${o.pause} }`
  ).join('\n')
  // without a token a github-checks gate cannot pass: that run has no GitHub side at all
  const config = API_CONFIG.replace('STEPS', steps)
  fs.writeFileSync(path.join(dir, 'workspace/.github/deploy.yml'), o.token ? config : config.replace(/ {4}gates:\n.*\n/, ''))
  const out = path.join(dir, 'output')
  for (const f of ['output', 'state', 'summary.md']) fs.writeFileSync(path.join(dir, f), '')
  fs.writeFileSync(path.join(dir, 'event.json'), '{}')
  const t0 = performance.now()
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: path.join(dir, 'workspace'),
        RUNNER_TEMP: path.join(dir, 'temp'),
        GITHUB_REPOSITORY: 'acme/checkout',
        GITHUB_SHA: sha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'octocat',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: gh.url,
        GITHUB_OUTPUT: out,
        GITHUB_STATE: path.join(dir, 'state'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        INPUT_ENVIRONMENT: 'production',
        INPUT_CONFIG: '.github/deploy.yml',
        INPUT_MODE: 'deploy',
        INPUT_VERSION: 'v1',
        'INPUT_GITHUB-TOKEN': o.token ? 'ghs_benchtoken' : '',
        'INPUT_FAIL-ON': 'blocked,rolled-back,rollback-failed,failed'
      },
      stdio: 'ignore'
    })
    child.on('close', resolve)
  })
  const wallMs = performance.now() - t0
  const status = /status<<(\S+)\n(.*)\n/.exec(fs.readFileSync(out, 'utf8'))?.[2]
  await gh.close()
  if (code !== 0 || status !== 'succeeded' || gh.violations.length)
    throw new Error(`api run: exit ${code}, status ${status}, violations ${gh.violations.join('; ')}`)
  const byKind = new Map<string, number>()
  for (const r of gh.requests.slice(seeded)) {
    const k = `${r.method} ${r.path
      .split('?')[0]
      .replace(/\/\d+(?=\/|$)/g, '/{n}')
      .replace(/[0-9a-f]{40}/, '{sha}')}`
    byKind.set(k, (byKind.get(k) ?? 0) + 1)
  }
  return { wallMs, requests: gh.requests.length - seeded, byKind }
}

async function apiRequests(): Promise<Row> {
  const fresh = await deployOnce({ steps: 4, pause: '1500ms', history: 0, token: true })
  const four = await deployOnce({ steps: 4, pause: '1500ms', history: 30, token: true })
  const ten = await deployOnce({ steps: 10, pause: '1500ms', history: 30, token: true })
  return {
    figure: 'GitHub API requests per deploy',
    value: `fresh repository, 4 steps: ${fresh.requests}; steady state (30 earlier deployments): 4 steps ${four.requests}, 10 steps ${ten.requests}; 0 contract violations`,
    goal: '≤ 11 + one comment edit per step (issue 12)',
    method: `the bundle deploys with a github-checks gate and a PR comment against the contract server, 1.5 s pauses (every step's comment edit is its own request), which counts; steady state, 4 steps: ${[...four.byKind].map(([k, n]) => `${n}× ${k}`).join(', ')}`
  }
}

const API_CONFIG = `version: 1
service: checkout
environments:
  production:
    gates:
      - { name: ci-green, type: github-checks }
    steps:
STEPS
    actions:
      deploy: "true"
      set-weight: "true"
      verify: "true"
      promote: "true"
      rollback: "true"
`

// ------------------------------------------------------------ requests per resume tick (issue 10)
/** Runs the bundle once in `dir` (its workspace holds the config) with `mode`; returns the status output. */
async function bundleRun(apiUrl: string, dir: string, mode: string, sha: string): Promise<string | undefined> {
  const out = path.join(dir, `output-${mode}-${Date.now()}`)
  for (const f of [out, path.join(dir, 'state'), path.join(dir, 'summary.md')]) fs.writeFileSync(f, '')
  fs.writeFileSync(path.join(dir, 'event.json'), '{}')
  await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: path.join(dir, 'workspace'),
        RUNNER_TEMP: path.join(dir, 'temp'),
        GITHUB_REPOSITORY: 'acme/checkout',
        GITHUB_SHA: sha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'octocat',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: apiUrl,
        GITHUB_OUTPUT: out,
        GITHUB_STATE: path.join(dir, 'state'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        INPUT_ENVIRONMENT: 'production',
        INPUT_CONFIG: '.github/deploy.yml',
        INPUT_MODE: mode,
        INPUT_VERSION: 'v1',
        'INPUT_GITHUB-TOKEN': 'ghs_benchtoken',
        'INPUT_FAIL-ON': 'blocked,rolled-back,rollback-failed,failed'
      },
      stdio: 'ignore'
    })
    child.on('close', resolve)
  })
  return /status<<(\S+)\n(.*)\n/.exec(fs.readFileSync(out, 'utf8'))?.[2]
}

/** A rollout of `steps` steps handed off at step 2 (until promoted), then `ticks` resume runs; the requests of each tick. */
async function resumeTicks(steps: number, ticks: number): Promise<number[]> {
  const gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-tick-'))
  for (const d of ['workspace/.github', 'temp']) fs.mkdirSync(path.join(dir, d), { recursive: true })
  const list = Array.from(
    { length: steps },
    (_, i) => `      - { weight: ${Math.round((100 * (i + 1)) / steps)}, pause: ${i === 1 ? 'until-promoted' : '100ms'} }`
  ).join('\n')
  fs.writeFileSync(path.join(dir, 'workspace/.github/deploy.yml'), TICK_CONFIG.replace('STEPS', list))
  const first = await bundleRun(gh.url, dir, 'deploy', sha)
  if (first !== 'paused') throw new Error(`the deploy did not hand off: ${first}`)
  const per: number[] = []
  for (let i = 0; i < ticks; i++) {
    const before = gh.requests.length
    const status = await bundleRun(gh.url, dir, 'resume', sha)
    if (status !== 'paused') throw new Error(`resume tick ${i}: ${status}`)
    per.push(gh.requests.length - before)
  }
  await gh.close()
  if (gh.violations.length) throw new Error(`contract violations: ${gh.violations.join('; ')}`)
  return per
}

async function resumeTick(): Promise<Row> {
  const four = await resumeTicks(4, 3)
  const ten = await resumeTicks(10, 12)
  return {
    figure: 'GitHub API requests per resume tick',
    value: `4-step rollout: ${four.join(', ')}; 10-step rollout, 12 ticks: ${ten.join(', ')} (the 12th tick as cheap as the 1st); 0 contract violations`,
    goal: 'a handful, independent of rollout length (issue 10)',
    method:
      "the bundle deploys against the contract server and hands off at step 2 (until-promoted); then `mode: resume` runs (one analysis round, nothing changes) each count their requests: list the environment's Deployments, read the paused one's latest status, post one status"
  }
}

const TICK_CONFIG = `version: 1
service: checkout
metrics:
  m: { provider: command, run: echo 0.001 }
environments:
  production:
    steps:
STEPS
    analysis:
      interval: 1s
      checks: [{ metric: m, max: 0.01 }]
    actions:
      set-weight: "true"
      rollback: "true"
`

// The RSS over a 4-hour watch is scripts/bench/watch.ts: a bundle and a process of its own, so that
// it measures what the action holds rather than this bench (every figure, the contract server).

// ------------------------------------------------------------ plumbing
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : Math.round(((s[m - 1] + s[m]) / 2) * 10) / 10
}
const kb = (n: number) => `${Math.round(n / 1024)} KiB`

const FIGURES: Record<string, () => Promise<Row>> = {
  breach,
  overhead,
  'overhead-e2e': overheadEndToEnd,
  gates,
  'cold-start': coldStart,
  'post-start': postStart,
  'api-requests': apiRequests,
  'resume-tick': resumeTick
}

async function main(): Promise<void> {
  const which = process.argv[2]
  const fn = FIGURES[which]
  if (!fn) throw new Error(`usage: bench <${Object.keys(FIGURES).join('|')}>`)
  process.stdout.write(`${JSON.stringify(await fn())}\n`)
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`)
  process.exit(1)
})
