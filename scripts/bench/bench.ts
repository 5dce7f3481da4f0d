/**
 * Stagegate's benchmark figures, one per subcommand (scripts/bench.mjs runs each in a fresh
 * process and prints the table). Bundled with ncc into .bench-build/ and run from the repo root.
 * Every figure is measured, never assumed: real clock, real bash, real HTTP, the real bundle.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { ConfigSchema, type EnvironmentConfig, type GateConfig } from '../../src/config/schema.js'
import { buildPlan } from '../../src/rollout/plan.js'
import { runRollout } from '../../src/rollout/engine.js'
import { FakeClock, systemClock, type Clock } from '../../src/rollout/clock.js'
import { runCommand } from '../../src/actions/run-command.js'
import { runGates } from '../../src/gates/runner.js'
import type { Measurement } from '../../src/metrics/types.js'
import type { ActionContext } from '../../src/rollout/types.js'
import type { ActionName, TrackName } from '../../src/config/schema.js'
import { startGitHubServer } from '../../__tests__/support/github-server.js'

type Row = { figure: string; value: string; goal: string; method: string }
const ROOT = process.cwd()

function environment(yaml: object): EnvironmentConfig {
  const cfg = ConfigSchema.parse({ version: 1, service: 'bench', metrics: { m: { provider: 'command', run: 'echo 0' } }, environments: { production: yaml } })
  return cfg.environments.production
}

const ok = (ms = 0) => ({ exitCode: 0, outcome: 'ok' as const, durationMs: ms, stdout: '', stderr: '' })

// ------------------------------------------------------------ breach → rollback started
async function breach(): Promise<Row> {
  const intervalMs = 1000
  const env = environment({
    steps: [{ weight: 50, pause: '30s' }, { weight: 100, pause: '0s' }],
    analysis: { interval: '1s', checks: [{ metric: 'm', max: 0.01 }] }
  })
  const latencies: number[] = []
  for (const offset of [130, 370, 610, 890, 990, 450]) {
    let breachAt = Infinity
    let rollbackAt = 0
    await runRollout({ env, plan: buildPlan(env) }, {
      clock: systemClock,
      signal: new AbortController().signal,
      runAction: async (name: ActionName) => {
        if (name === 'verify') breachAt = Date.now() + offset
        if (name === 'rollback' && !rollbackAt) rollbackAt = Date.now()
        return ok()
      },
      measure: async (_m: string, track: TrackName): Promise<Measurement> => ({ kind: 'value', value: track === 'canary' && Date.now() >= breachAt ? 0.5 : 0.001 })
    })
    latencies.push(rollbackAt - breachAt)
  }
  const worst = Math.max(...latencies)
  return {
    figure: 'breach → rollback command started',
    value: `worst ${worst} ms, median ${median(latencies)} ms (interval ${intervalMs} ms)`,
    goal: `≤ ${intervalMs + 250} ms`,
    method: `engine on the real clock, interval 1s; the canary metric turns bad at 6 offsets into the pause; time from the breach to the rollback action being called`
  }
}

// ------------------------------------------------------------ orchestration overhead
async function overhead(): Promise<Row> {
  const env = environment({
    steps: [{ weight: 5, pause: '500ms' }, { weight: 25, pause: '500ms' }, { weight: 50, pause: '500ms' }, { weight: 100, pause: '500ms' }],
    analysis: { interval: '100ms', checks: [{ metric: 'm', max: 1 }] },
    actions: { deploy: 'true', 'set-weight': 'true', verify: 'true', promote: 'true', rollback: 'true' }
  })
  const runs: number[] = []
  for (let i = 0; i < 5; i++) {
    let commandMs = 0
    const t0 = performance.now()
    const res = await runRollout({ env, plan: buildPlan(env) }, {
      clock: systemClock,
      signal: new AbortController().signal,
      runAction: async (name: ActionName, ctx: ActionContext, signal: AbortSignal) => {
        const c0 = performance.now()
        const r = await runCommand({ label: name, run: 'true', timeoutMs: 10_000, env: { STAGEGATE_WEIGHT: String(ctx.weight) }, cwd: ROOT, signal, stream: false })
        commandMs += performance.now() - c0
        return r
      },
      measure: async (): Promise<Measurement> => ({ kind: 'value', value: 0.5 })
    })
    if (res.status !== 'succeeded') throw new Error(`overhead run ${res.status}`)
    runs.push(performance.now() - t0 - 2000 - commandMs)
  }
  return {
    figure: 'orchestration overhead, 4-step plan',
    value: `${Math.round(median(runs))} ms median, ${Math.round(Math.max(...runs))} ms worst (of 5)`,
    goal: '< 300 ms',
    method: 'engine on the real clock, 4 steps × 500 ms pause, 20 measurements; wall time minus pauses minus the time inside the 10 real bash commands'
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
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    const res = await runGates(gateList, {
      ctx: { clock: systemClock, template: tmpl(), runCommand, commandEnv: {}, workspace: ROOT, metrics: new Map(), environment: 'production' },
      signal: new AbortController().signal,
      overrides: { names: [], reason: '' }
    })
    const wall = performance.now() - t0
    if (res.failedRequired.length) throw new Error(`gates failed: ${res.failedRequired}`)
    ratios.push(wall / Math.max(...res.records.map((r) => r.durationMs)))
  }
  server.close()
  return {
    figure: 'gates wall time / slowest gate (10 gates)',
    value: `${median(ratios).toFixed(3)} median, ${Math.max(...ratios).toFixed(3)} worst (of 3)`,
    goal: '≤ 1.1',
    method: '10 http gates against a local server answering after 100…1000 ms; runGates wall time over the slowest gate’s own duration'
  }
}

function tmpl() {
  return { env: process.env, track: 'stable' as const, version: 'v1', environment: 'production', service: 'bench', sha: 'abc', weight: 0 }
}

// ------------------------------------------------------------ cold start
async function coldStart(): Promise<Row> {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'stagegate-cold-'))
  const times: number[] = []
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now()
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
        env: { PATH: process.env.PATH, GITHUB_WORKSPACE: dir, INPUT_ENVIRONMENT: 'production', INPUT_CONFIG: 'missing.yml', RUNNER_TEMP: dir },
        stdio: ['ignore', 'pipe', 'ignore']
      })
      child.stdout.once('data', () => times.push(performance.now() - t0))
      child.on('close', () => resolve())
    })
  }
  const size = fs.statSync(path.join(ROOT, 'dist/index.js')).size
  const post = fs.statSync(path.join(ROOT, 'dist/post/index.js')).size
  return {
    figure: 'cold start of dist/ to its first log line',
    value: `${Math.round(median(times))} ms median (of 11); dist/index.js ${kb(size)}, dist/post/index.js ${kb(post)}`,
    goal: 'reported',
    method: '`node dist/index.js` spawned fresh; time from spawn to the first byte on stdout'
  }
}

// ------------------------------------------------------------ API requests per deploy
async function apiRequests(): Promise<Row> {
  const gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
  gh.state.addCheckRun(sha, 'build', 'completed', 'success')
  gh.state.addPull(sha, 7)
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'stagegate-api-'))
  for (const d of ['workspace/.github', 'temp']) fs.mkdirSync(path.join(dir, d), { recursive: true })
  fs.writeFileSync(path.join(dir, 'workspace/.github/deploy.yml'), API_CONFIG)
  const out = path.join(dir, 'output')
  for (const f of ['output', 'state', 'summary.md']) fs.writeFileSync(path.join(dir, f), '')
  fs.writeFileSync(path.join(dir, 'event.json'), '{}')
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
      env: {
        PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: path.join(dir, 'workspace'), RUNNER_TEMP: path.join(dir, 'temp'),
        GITHUB_REPOSITORY: 'acme/checkout', GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'octocat', GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: gh.url,
        GITHUB_OUTPUT: out, GITHUB_STATE: path.join(dir, 'state'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'), GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        INPUT_ENVIRONMENT: 'production', INPUT_CONFIG: '.github/deploy.yml', INPUT_MODE: 'deploy', INPUT_VERSION: 'v1', 'INPUT_GITHUB-TOKEN': 'ghs_benchtoken',
        'INPUT_FAIL-ON': 'blocked,rolled-back,rollback-failed,failed'
      },
      stdio: 'ignore'
    })
    child.on('close', resolve)
  })
  const status = /status<<(\S+)\n(.*)\n/.exec(fs.readFileSync(out, 'utf8'))?.[2]
  await gh.close()
  if (code !== 0 || status !== 'succeeded' || gh.violations.length) throw new Error(`api run: exit ${code}, status ${status}, violations ${gh.violations.join('; ')}`)
  const byKind = new Map<string, number>()
  for (const r of gh.requests) {
    const k = `${r.method} ${r.path.split('?')[0].replace(/\/\d+(?=\/|$)/g, '/{n}').replace(/[0-9a-f]{40}/, '{sha}')}`
    byKind.set(k, (byKind.get(k) ?? 0) + 1)
  }
  return {
    figure: 'GitHub API requests per deploy',
    value: `${gh.requests.length} requests, 0 contract violations`,
    goal: 'reported',
    method: `the bundle deploys a 4-step canary with a github-checks gate and a PR comment against the contract server, which counts: ${[...byKind].map(([k, n]) => `${n}× ${k}`).join(', ')}`
  }
}

const API_CONFIG = `version: 1
service: checkout
environments:
  production:
    gates:
      - { name: ci-green, type: github-checks }
    steps:
      - { weight: 5, pause: 100ms }
      - { weight: 25, pause: 100ms }
      - { weight: 50, pause: 100ms }
      - { weight: 100, pause: 100ms }
    actions:
      set-weight: "true"
      rollback: "true"
`

// ------------------------------------------------------------ memory over a 4-hour watch
async function rss(): Promise<Row> {
  const env = environment({
    steps: [{ weight: 100, pause: '4h' }],
    analysis: { interval: '10s', checks: [{ metric: 'm', max: 1 }, { metric: 'm', 'max-increase': '50%' }, { metric: 'm', min: 0 }] }
  })
  const clock: Clock = new FakeClock()
  const samples: number[] = []
  const heap: number[] = []
  let rounds = 0
  global.gc?.()
  const start = process.memoryUsage().rss
  const res = await runRollout({ env, plan: buildPlan(env) }, {
    clock,
    signal: new AbortController().signal,
    runAction: async () => ok(),
    measure: async (): Promise<Measurement> => ({ kind: 'value', value: 0.2 + Math.random() * 0.01 }),
    events: {
      onRound: () => {
        if (++rounds % 60 !== 0) return
        samples.push(process.memoryUsage().rss)
        global.gc?.()
        heap.push(process.memoryUsage().heapUsed)
      }
    }
  })
  if (res.status !== 'succeeded') throw new Error(`watch ${res.status}`)
  const peak = Math.max(start, ...samples)
  const q = Math.max(1, Math.floor(samples.length / 4))
  const firstHour = Math.max(...samples.slice(0, q))
  const lastHour = Math.max(...samples.slice(-q))
  return {
    figure: 'peak RSS over a simulated 4-hour watch',
    value: `peak ${mb(peak)} (start ${mb(start)}; first hour ${mb(firstHour)}, last hour ${mb(lastHour)}); live heap after GC ${mb(heap[0])} → ${mb(heap[heap.length - 1])} for ${res.measurements.length} kept measurements`,
    goal: '< 100 MB and flat',
    method: 'engine on the fake clock: one 4 h pause, interval 10 s, 3 checks; RSS sampled every 60 rounds (10 min) in a fresh process, then the live heap after a forced GC'
  }
}

// ------------------------------------------------------------ plumbing
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : Math.round(((s[m - 1] + s[m]) / 2) * 10) / 10
}
const kb = (n: number) => `${Math.round(n / 1024)} KiB`
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

const FIGURES: Record<string, () => Promise<Row>> = { breach, overhead, gates, 'cold-start': coldStart, 'api-requests': apiRequests, rss }

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
