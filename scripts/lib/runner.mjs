// Runs the bundled action the way the GitHub runner does: `node dist/index.js` (or the post
// entry) with INPUT_* (action.yml defaults filled in, as the runner does), GITHUB_OUTPUT,
// GITHUB_STATE, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH and GITHUB_API_URL; then reads the
// file commands back. Used by the integration tests, the demo and the benchmark.
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * The Node binary that runs the bundle: `STAGEGATE_NODE` when set (CI's second pass sets it to
 * the Node 24 that action.yml's `using: node24` names), else the Node running this script.
 */
export function nodeBin(env = process.env) {
  const bin = env.STAGEGATE_NODE
  if (!bin) return process.execPath
  if (!fs.existsSync(bin)) throw new Error(`STAGEGATE_NODE=${bin} does not exist (run: npm ci --prefix .ci/node24)`)
  return path.resolve(bin)
}

/** Inputs as the runner passes them: action.yml defaults, overridden by `inputs`. */
export function inputEnv(inputs, token = '') {
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
  const env = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    let value = spec.default ?? ''
    if (value === '${{ github.token }}') value = token
    env[`INPUT_${name.toUpperCase()}`] = String(value)
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = String(value)
  return env
}

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks and `name=value` lines). */
export function parseFileCommands(file) {
  const out = {}
  if (!fs.existsSync(file)) return out
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delim] = heredoc
      const value = []
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i])
      out[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return out
}

/** A fresh runner-like directory: workspace, temp, file-command files, event file. */
export function makeRunnerDir(prefix = 'stagegate-run-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  for (const d of ['workspace', 'temp']) fs.mkdirSync(path.join(dir, d))
  return dir
}

/**
 * Runs one step. `opts`: { dir, inputs, env, event, eventName, entry ('main'|'post'),
 * state (STATE_* for post), token, entryPath (another copy of the bundle's entry), onOutput(chunk, child), timeoutMs (default 300 000: like a
 * job's timeout-minutes, the step is SIGKILLed past it, so a hung step never hangs the test run) }.
 * Resolves { code, signal, stdout, outputs, state, summary, reportPath, report }.
 */
export function runStep(opts) {
  const dir = opts.dir
  const files = {
    GITHUB_OUTPUT: path.join(dir, `output-${opts.entry ?? 'main'}`),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_EVENT_PATH: path.join(dir, 'event.json')
  }
  fs.writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(opts.event ?? {}))
  for (const f of [files.GITHUB_OUTPUT, files.GITHUB_STATE, files.GITHUB_STEP_SUMMARY]) if (!fs.existsSync(f)) fs.writeFileSync(f, '')
  const stateEnv = {}
  for (const [k, v] of Object.entries(opts.state ?? {})) stateEnv[`STATE_${k}`] = v
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: path.join(dir, 'workspace'),
    RUNNER_TEMP: path.join(dir, 'temp'),
    GITHUB_REPOSITORY: 'acme/checkout',
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.apiUrl ?? 'http://127.0.0.1:9',
    ...files,
    ...inputEnv(opts.inputs ?? {}, opts.token ?? ''),
    ...stateEnv,
    ...(opts.env ?? {})
  }
  const entry = opts.entryPath ?? path.join(ROOT, opts.entry === 'post' ? 'dist/post/index.js' : 'dist/index.js')
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin(), [entry], { env, cwd: env.GITHUB_WORKSPACE, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    const onData = (chunk) => {
      stdout += chunk
      opts.onOutput?.(String(chunk), child, stdout)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    const limit = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000)
    limit.unref()
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(limit)
      const outputs = parseFileCommands(files.GITHUB_OUTPUT)
      const reportPath = outputs['report-path']
      resolve({
        code,
        signal,
        stdout,
        outputs,
        state: parseFileCommands(files.GITHUB_STATE),
        summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        summaryPath: files.GITHUB_STEP_SUMMARY,
        reportPath,
        report: reportPath && fs.existsSync(reportPath) ? JSON.parse(fs.readFileSync(reportPath, 'utf8')) : undefined
      })
    })
  })
}

/** Runs main and then post (with main's saved state), as a job does. */
export async function runJob(opts) {
  const main = await runStep({ ...opts, entry: 'main' })
  const post = await runStep({ ...opts, entry: 'post', state: main.state, onOutput: undefined })
  return { main, post }
}
