/**
 * The main step's cold start (issue 12): a run that fails on its inputs or config loads only the
 * setup path. The risk classification, the rollout engine and the deploy and plan flows are
 * chunks of their own, loaded once the config is valid. Proven on a copy of dist/ from which
 * those chunks are deleted: the run must still annotate, write its report and fail cleanly.
 */
import { afterAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { inputEnv, makeRunnerDir, nodeBin, parseFileCommands, runStep } from '../../scripts/lib/runner.mjs'
import { startGitHubServer } from '../support/github-server.js'

const DIST = path.join(process.cwd(), 'dist')
// What marks each late module in ncc's output: its module comment, or (plan.ts, which ncc does not
// concatenate and so leaves without one) a string only it holds.
const LATE = [
  'MODULE: ./src/rollout/engine.ts',
  'MODULE: ./src/flow/deploy.ts',
  'MODULE: ./src/risk/resolve.ts',
  'Gates (read-only, plan mode)'
]

/**
 * What marks the libraries a run loads only once it has read its config (the YAML parser, zod) or
 * talks to GitHub (Octokit) or through a proxy (undici): a string only each holds.
 */
const PARSER_AND_CLIENT = ['YAMLParseError', '$ZodType', 'class Octokit', 'class EnvHttpProxyAgent']

/** dist/ copied without the chunks that hold code needed only after a valid config. */
const copies: string[] = []
afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true })
})

function distWithoutLateChunks(markers: string[] = LATE): { dir: string; removed: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-lazy-'))
  copies.push(dir)
  fs.cpSync(DIST, dir, { recursive: true })
  const removed = fs
    .readdirSync(dir)
    .filter((f) => /^\d+\.index\.js$/.test(f) && markers.some((m) => fs.readFileSync(path.join(dir, f), 'utf8').includes(m)))
  for (const f of removed) fs.rmSync(path.join(dir, f))
  return { dir, removed }
}

function runMain(entry: string, config: string | undefined, extra: Record<string, string> = {}) {
  const dir = makeRunnerDir()
  const ws = path.join(dir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'), { recursive: true })
  if (config !== undefined) fs.writeFileSync(path.join(ws, '.github', 'deploy.yml'), config)
  const output = path.join(dir, 'output')
  fs.writeFileSync(output, '')
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: path.join(dir, 'temp'),
    GITHUB_OUTPUT: output,
    ...inputEnv({ environment: 'production' }),
    ...extra
  }
  const r = spawnSync(nodeBin(), [entry], { env, cwd: ws, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: `${r.stdout}${r.stderr}`, outputs: parseFileCommands(output) }
}

const TYPO = `version: 1
service: checkout-api
environments:
  production:
    steps:
      - { weight: 100, pauze: 1s }
    actions:
      set-weight: "true"
      rollback: "true"
`

test('the late chunks exist: the rollout engine and the flows are split from the main chunk', () => {
  const { removed } = distWithoutLateChunks()
  expect(removed.length).toBeGreaterThan(0)
  const main = fs.readFileSync(path.join(DIST, 'index.js'), 'utf8')
  for (const m of LATE) expect(main).not.toContain(m)
})

test.each([
  ['a missing config', undefined, /config file not found/],
  ['a config typo', TYPO, /::error title=Stagegate config,file=\.github\/deploy\.yml,line=6,col=\d+::/]
])('%s fails cleanly without loading the late chunks', (_name, config, annotation) => {
  const { dir } = distWithoutLateChunks()
  const r = runMain(path.join(dir, 'index.js'), config)
  expect(r.stdout).toMatch(annotation)
  expect(r.stdout).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|ChunkLoadError/)
  expect(r.code).toBe(1)
  expect(r.outputs.status).toBe('failed')
})

test('a run that cannot read its config loads neither the YAML parser, zod, Octokit nor undici', () => {
  const { dir, removed } = distWithoutLateChunks([...LATE, ...PARSER_AND_CLIENT])
  // every marker must still name a chunk, or that library would stay in the copy unproven
  const gone = removed.map((f) => fs.readFileSync(path.join(DIST, f), 'utf8'))
  for (const m of PARSER_AND_CLIENT) expect([m, gone.some((c) => c.includes(m))]).toEqual([m, true])
  const main = fs.readFileSync(path.join(DIST, 'index.js'), 'utf8')
  for (const m of PARSER_AND_CLIENT) expect(main).not.toContain(m)
  const r = runMain(path.join(dir, 'index.js'), undefined)
  expect(r.stdout).toMatch(/::error title=Stagegate config,file=\.github\/deploy\.yml,line=1,col=1::config file not found/)
  expect(r.stdout).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|ChunkLoadError/)
  expect(r.code).toBe(1)
  expect(r.outputs.status).toBe('failed')
})

const CHECKS_GATE = `version: 1
service: checkout-api
environments:
  production:
    gates:
      - { name: ci, type: github-checks }
    steps:
      - { weight: 100 }
    actions:
      set-weight: "true"
      rollback: "true"
`

test('a run that talks to GitHub without a proxy never loads undici', async () => {
  const { dir, removed } = distWithoutLateChunks(['class EnvHttpProxyAgent'])
  expect(removed.length).toBe(1)
  const gh = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  try {
    const job = makeRunnerDir()
    fs.mkdirSync(path.join(job, 'workspace', '.github'))
    fs.writeFileSync(path.join(job, 'workspace', '.github', 'deploy.yml'), CHECKS_GATE)
    const r = await runStep({
      dir: job,
      entryPath: path.join(dir, 'index.js'),
      inputs: { environment: 'production', mode: 'plan' },
      token: 'ghs_test',
      apiUrl: gh.url
    })
    expect(r.stdout).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|ChunkLoadError/)
    expect(r.outputs.status).toBe('planned')
    expect(gh.requests.map((q) => q.path).join(' ')).toMatch(/check-runs/)
    expect(gh.violations).toEqual([])
  } finally {
    await gh.close()
  }
})
