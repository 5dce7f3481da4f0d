/**
 * The real stack the e2e suite and the demo run against, in a temp dir, on 127.0.0.1 only:
 * two sample-service processes (stable, canary; examples/sample-service/server.mjs), nginx in
 * front of them (examples/nginx/start.sh: own config, foreground master) and Prometheus
 * scraping both every second (Debian's `prometheus`, own config and TSDB).
 *
 *   const stack = await startStack({ canary: { errorRate: 0.2 } })
 *   try { await stack.setWeight(25); ... runStep({ env: stack.env, ... }) } finally { await stack.stop() }
 *
 * Every process runs in its own process group and is stopped by its PID (group); a watchdog
 * process kills them all if this process dies or the stack outlives `maxSeconds`.
 * Install the binaries with scripts/install-stack.sh.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { requestTrack, tally, type LoadResult } from './load.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const NGINX_SCRIPTS = path.join(ROOT, 'examples', 'nginx')
export const SAMPLE_SERVER = path.join(ROOT, 'examples', 'sample-service', 'server.mjs')
/** The deploy config for this stack (uses env.PROM_URL, $NGINX_SCRIPTS and the NGINX_* vars). */
export const EXAMPLE_DEPLOY_CONFIG = path.join(ROOT, 'examples', 'deploy.yml')
export const PROM_JOB = 'stagegate-sample'

export interface Behaviour {
  /** fraction 0..1 of requests answered 500 */
  errorRate?: number
  /** added to every answer */
  latencyMs?: number
}
export type TrackName = 'stable' | 'canary'
export type ScriptName = 'set-weight' | 'rollback' | 'verify' | 'verify-rollback' | 'deploy'
export interface ScriptResult {
  code: number | null
  stdout: string
  stderr: string
}
export interface TrackCount {
  stable: number
  canary: number
  /** 5xx answers and requests without a response */
  errors: number
}

/**
 * What both tracks do unless told otherwise: no errors, 20 ms added latency. The latency puts
 * p95 firmly inside one histogram bucket (≈ 24.7 ms), so a `max-increase` check does not trip
 * on scheduling noise, and doubling it (setCanary({ latencyMs: 40 })) shows as ≈ 49 ms.
 */
export const DEFAULT_BEHAVIOUR: Required<Behaviour> = { errorRate: 0, latencyMs: 20 }

export interface StackOptions {
  /** default DEFAULT_BEHAVIOUR */
  stable?: Behaviour
  /** default DEFAULT_BEHAVIOUR */
  canary?: Behaviour
  /** `app` label of the metrics; default "sample-service" (= `service` in examples/deploy.yml) */
  app?: string
  /** every process is killed after this long, whatever happens; default 900 */
  maxSeconds?: number
  /** keep the temp dir (configs, logs, TSDB) after stop(); default false */
  keepDir?: boolean
}

export interface Stack {
  dir: string
  promUrl: string
  nginxUrl: string
  stableUrl: string
  canaryUrl: string
  /**
   * For the example scripts and examples/deploy.yml: NGINX_PREFIX, NGINX_CONF,
   * NGINX_UPSTREAM_FILE, NGINX_URL, NGINX_LISTEN, NGINX_STABLE_SERVER, NGINX_CANARY_SERVER,
   * NGINX_BIN, NGINX_SCRIPTS, PROM_URL, STABLE_URL, CANARY_URL.
   */
  env: Record<string, string>
  /** PIDs (each also its process group) of the running processes. */
  pids(): Record<'stable' | 'canary' | 'nginx' | 'prometheus', number | undefined>
  setCanary(b: Behaviour): Promise<Required<Behaviour>>
  setStable(b: Behaviour): Promise<Required<Behaviour>>
  /** Runs examples/nginx/<name>.sh with stack.env plus `env`; never throws on a non-zero exit. */
  runScript(name: ScriptName, env?: Record<string, string>): Promise<ScriptResult>
  /** set-weight.sh with STAGEGATE_WEIGHT; throws with its output if it fails. */
  setWeight(weight: number): Promise<void>
  /** Sends n requests through nginx (8 at a time, fresh connections) and counts who answered. */
  countTracks(n: number): Promise<TrackCount>
  /** Instant query; undefined when the result is empty. Throws if Prometheus errs. */
  query(promql: string): Promise<number | undefined>
  /** Polls `query` until `accept(value)` holds; throws after timeoutMs with the last value. */
  waitForQuery(promql: string, accept: (v: number | undefined) => boolean, timeoutMs?: number): Promise<number | undefined>
  /** Stops Prometheus (metrics become unavailable: connection refused at promUrl). */
  stopPrometheus(): Promise<void>
  /** Starts Prometheus again on the same port and TSDB; resolves once both targets are scraped. */
  restartPrometheus(): Promise<void>
  /** The last lines of every process log, for failure messages. */
  logs(lines?: number): string
  /** Stops everything (idempotent); throws only if some process would not die. */
  stop(): Promise<void>
}

// ------------------------------------------------------------------ binaries and skipping

const EXTRA_BIN_DIRS = ['/usr/sbin', '/usr/local/sbin', '/sbin', '/usr/bin', '/usr/local/bin']

export function findBinary(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...EXTRA_BIN_DIRS]
  for (const dir of dirs) {
    const file = path.join(dir, name)
    try {
      fs.accessSync(file, fs.constants.X_OK)
      return file
    } catch {
      // not here
    }
  }
  return undefined
}

/**
 * Why the real-stack tests cannot run here (undefined: they can). With STAGEGATE_E2E=required
 * (CI) a missing binary is an error instead of a reason to skip.
 */
export function stackSkipReason(): string | undefined {
  const missing = ['prometheus', 'nginx', 'curl', 'pgrep', 'ps'].filter((b) => !findBinary(b))
  if (missing.length === 0) return undefined
  const reason = `missing ${missing.join(', ')}: run scripts/install-stack.sh`
  if (process.env.STAGEGATE_E2E === 'required') throw new Error(`STAGEGATE_E2E=required but ${reason}`)
  return reason
}

/** True when the PID is gone (or a zombie waiting to be reaped). */
export function processGone(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return true
  }
}

// ------------------------------------------------------------------ small helpers

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Waits for `p` at most `ms`, leaving no timer behind. */
async function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))])
  clearTimeout(timer)
}

export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as net.AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

async function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined>,
  alive?: () => string | undefined
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const dead = alive?.()
    if (dead) throw new Error(`${what}: ${dead}`)
    const v = await probe().catch(() => undefined)
    if (v !== undefined) return v
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await sleep(100)
  }
}

async function httpOk(url: string): Promise<string | undefined> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
  return res.ok ? await res.text() : undefined
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/** A clean environment for the children: no jest/NODE_OPTIONS leaking into them. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const k of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'TZ']) if (process.env[k] !== undefined) env[k] = process.env[k]
  return { ...env, ...extra }
}

// ------------------------------------------------------------------ processes

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is gone already
  }
}

/** A child process in its own process group, logging to <dir>/<name>.log. */
class Proc {
  readonly exited: Promise<void>
  private exitInfo: string | undefined

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
    readonly logFile: string
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = code !== null ? `exit code ${code}` : `signal ${signal}`
        resolve()
      })
      child.once('error', (err) => {
        this.exitInfo = `could not start: ${err.message}`
        resolve()
      })
    })
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.name} has no pid (${this.exitInfo})`)
    return this.child.pid
  }

  /** Why it is not running (undefined while it runs), with the end of its log. */
  deadReason(): string | undefined {
    return this.exitInfo === undefined ? undefined : `${this.name} ${this.exitInfo}; log:\n${tail(this.logFile, 20)}`
  }

  /** SIGTERM to the group, SIGKILL after graceMs; throws if the PID is still there. */
  async stop(graceMs = 5000): Promise<void> {
    const pid = this.child.pid
    if (pid === undefined) return
    if (this.exitInfo === undefined) {
      killGroup(pid, 'SIGTERM')
      await within(this.exited, graceMs)
    }
    killGroup(pid, 'SIGKILL') // anything left in the group (nginx workers, a stuck child)
    await within(this.exited, 2000)
    if (!processGone(pid)) throw new Error(`${this.name} (pid ${pid}) would not die`)
  }
}

function spawnProc(dir: string, name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv, pipeStdout = false): Proc {
  const logFile = path.join(dir, `${name}.log`)
  const fd = fs.openSync(logFile, 'a')
  try {
    const child = spawn(cmd, args, { env, cwd: dir, detached: true, stdio: ['ignore', pipeStdout ? 'pipe' : fd, fd] })
    return new Proc(name, child, logFile)
  } finally {
    fs.closeSync(fd)
  }
}

/** The first stdout line of a process (all its lines also go to its log). */
function firstLine(proc: Proc, timeoutMs: number): Promise<string> {
  const out = proc.child.stdout
  if (!out) throw new Error(`${proc.name}: stdout is not a pipe`)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${proc.name}: no output within ${timeoutMs} ms`)), timeoutMs)
    createInterface({ input: out }).on('line', (line) => {
      fs.appendFileSync(proc.logFile, line + '\n')
      clearTimeout(timer)
      resolve(line)
    })
    void proc.exited.then(() => {
      clearTimeout(timer)
      reject(new Error(proc.deadReason()))
    })
  })
}

/**
 * Kills every registered process group when the process that started the stack dies or the
 * deadline passes. Runs detached; stop() kills it by its PID.
 */
const WATCHDOG = `
const fs = require('fs')
const [parent, pgidFile, deadline] = process.argv.slice(1)
const alive = (pid) => { try { process.kill(pid, 0); return true } catch (e) { return e.code === 'EPERM' } }
const groups = () => { try { return fs.readFileSync(pgidFile, 'utf8').split(/\\s+/).filter(Boolean).map(Number) } catch { return [] } }
const killAll = (sig) => { for (const g of groups()) { try { process.kill(-g, sig) } catch {} } }
const timer = setInterval(() => {
  if (alive(Number(parent)) && Date.now() < Number(deadline)) return
  clearInterval(timer)
  killAll('SIGTERM')
  setTimeout(() => { killAll('SIGKILL'); process.exit(0) }, 3000)
}, 500)
`

function startWatchdog(pgidFile: string, maxSeconds: number): ChildProcess {
  const deadline = Date.now() + maxSeconds * 1000
  const child = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), pgidFile, String(deadline)], {
    detached: true,
    stdio: 'ignore'
  })
  child.unref()
  return child
}

// ------------------------------------------------------------------ the parts

interface Ctx {
  dir: string
  app: string
  maxSeconds: number
  register: (p: Proc) => void
}

async function startService(ctx: Ctx, track: TrackName, b: Behaviour = {}): Promise<{ proc: Proc; url: string }> {
  const env = childEnv({
    PORT: '0',
    APP: ctx.app,
    ERROR_RATE: String(b.errorRate ?? DEFAULT_BEHAVIOUR.errorRate),
    LATENCY_MS: String(b.latencyMs ?? DEFAULT_BEHAVIOUR.latencyMs),
    MAX_SECONDS: String(ctx.maxSeconds)
  })
  const proc = spawnProc(ctx.dir, track, process.execPath, [SAMPLE_SERVER, '--track', track], env, true)
  ctx.register(proc)
  const line = await firstLine(proc, 10_000)
  const url = (JSON.parse(line) as { url?: string }).url
  if (!url) throw new Error(`${track}: unexpected first line ${line}`)
  return { proc, url }
}

/** Runs `attempt` with fresh ports until one is not taken by someone else (3 tries). */
async function withFreePort<T>(attempt: (port: number) => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt(await freePort())
    } catch (err) {
      if (i >= 3 || !/address already in use/i.test(String(err))) throw err
    }
  }
}

async function startNginx(ctx: Ctx, stableUrl: string, canaryUrl: string): Promise<{ proc: Proc; env: Record<string, string> }> {
  const nginx = findBinary('nginx')
  if (!nginx) throw new Error('nginx is not installed: run scripts/install-stack.sh')
  return withFreePort(async (port) => {
    const prefix = path.join(ctx.dir, 'nginx')
    const env = {
      NGINX_BIN: nginx,
      NGINX_PREFIX: prefix,
      NGINX_CONF: path.join(prefix, 'nginx.conf'),
      NGINX_UPSTREAM_FILE: path.join(prefix, 'upstream.conf'),
      NGINX_LISTEN: `127.0.0.1:${port}`,
      NGINX_URL: `http://127.0.0.1:${port}`,
      NGINX_STABLE_SERVER: new URL(stableUrl).host,
      NGINX_CANARY_SERVER: new URL(canaryUrl).host,
      NGINX_SCRIPTS
    }
    const proc = spawnProc(ctx.dir, 'nginx', 'bash', [path.join(NGINX_SCRIPTS, 'start.sh')], childEnv(env))
    ctx.register(proc)
    try {
      await until(
        'nginx',
        10_000,
        () => httpOk(`${env.NGINX_URL}/__stagegate/weight`),
        () => proc.deadReason()
      )
    } catch (err) {
      await proc.stop()
      throw err
    }
    return { proc, env }
  })
}

function prometheusConfig(targets: string[]): string {
  return [
    'global:',
    '  scrape_interval: 1s',
    '  scrape_timeout: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    `  - job_name: ${PROM_JOB}`,
    '    static_configs:',
    `      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]`,
    ''
  ].join('\n')
}

async function launchPrometheus(ctx: Ctx, port: number, targets: string[]): Promise<{ proc: Proc; url: string }> {
  const bin = findBinary('prometheus')
  if (!bin) throw new Error('prometheus is not installed: run scripts/install-stack.sh')
  const config = path.join(ctx.dir, 'prometheus.yml')
  fs.writeFileSync(config, prometheusConfig(targets))
  const args = [
    `--config.file=${config}`,
    `--storage.tsdb.path=${path.join(ctx.dir, 'prometheus-data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--storage.tsdb.retention.time=1d'
  ]
  const proc = spawnProc(ctx.dir, 'prometheus', bin, args, childEnv({}))
  ctx.register(proc)
  const url = `http://127.0.0.1:${port}`
  const startedAt = (Date.now() / 1000).toFixed(3)
  try {
    await until(
      'prometheus ready',
      30_000,
      () => httpOk(`${url}/-/ready`),
      () => proc.deadReason()
    )
    // Both targets up and a scrape of each stored since this start (not data from an earlier
    // run on the same TSDB). Debian's build first scrapes ~6 s after start.
    const up = `count(timestamp(up{job="${PROM_JOB}"}) >= ${startedAt} and up{job="${PROM_JOB}"} == 1)`
    await until(
      'prometheus scraping both services',
      30_000,
      async () => ((await promQuery(url, up)) === targets.length ? true : undefined),
      () => proc.deadReason()
    )
  } catch (err) {
    await proc.stop()
    throw err
  }
  return { proc, url }
}

/** An instant query; undefined for an empty result; throws on errors and on several series. */
export async function promQuery(promUrl: string, promql: string): Promise<number | undefined> {
  const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(promql)}`, { signal: AbortSignal.timeout(5000) })
  const body = (await res.json()) as { status: string; error?: string; data?: { resultType: string; result: unknown } }
  if (body.status !== 'success' || !body.data) throw new Error(`Prometheus: ${body.error ?? res.status} for ${promql}`)
  const { resultType, result } = body.data
  if (resultType === 'scalar') return Number((result as [number, string])[1])
  if (resultType !== 'vector') throw new Error(`Prometheus: ${resultType} result for ${promql}; expected a vector or scalar`)
  const series = result as { value: [number, string] }[]
  if (series.length > 1) throw new Error(`Prometheus: ${series.length} series for ${promql}; aggregate it (sum, max ...)`)
  return series.length ? Number(series[0].value[1]) : undefined
}

async function control(url: string, b: Behaviour): Promise<Required<Behaviour>> {
  const res = await fetch(`${url}/control`, { method: 'POST', body: JSON.stringify(b), signal: AbortSignal.timeout(5000) })
  const body = (await res.json()) as Required<Behaviour> & { error?: string }
  if (!res.ok) throw new Error(`control ${url}: ${body.error ?? res.status}`)
  return { errorRate: body.errorRate, latencyMs: body.latencyMs }
}

function runBash(file: string, env: NodeJS.ProcessEnv, cwd: string, timeoutMs = 60_000): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile('bash', [file], { env, cwd, timeout: timeoutMs }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0
      resolve({ code, stdout, stderr: err && code === null ? `${stderr}\n${err.message}` : stderr })
    })
  })
}

async function countTracks(url: string, n: number, parallel = 8): Promise<TrackCount> {
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error(`countTracks: n must be 1..100000, got ${n}`)
  const r: LoadResult = { sent: 0, completed: 0, byTrack: { stable: 0, canary: 0, unknown: 0 }, errors: 0, statuses: {}, seconds: 0 }
  const worker = async () => {
    while (r.sent < n) {
      r.sent++
      tally(r, await requestTrack(url))
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, n) }, worker))
  return { stable: r.byTrack.stable, canary: r.byTrack.canary, errors: r.errors }
}

// ------------------------------------------------------------------ the stack

/** Starts the whole stack; on any failure stops what it started and throws with the logs. */
export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const skip = stackSkipReason()
  if (skip) throw new Error(skip)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-stack-'))
  fs.chmodSync(dir, 0o755) // nginx workers run as nobody when started as root
  const pgidFile = path.join(dir, 'pgids')
  const procs = new Map<string, Proc>()
  const ctx: Ctx = {
    dir,
    app: opts.app ?? 'sample-service',
    maxSeconds: opts.maxSeconds ?? 900,
    register: (p) => {
      procs.set(p.name, p)
      if (p.child.pid !== undefined) fs.appendFileSync(pgidFile, `${p.child.pid}\n`)
    }
  }
  const watchdog = startWatchdog(pgidFile, ctx.maxSeconds)
  const stop = once(() => stopAll(procs, watchdog, opts.keepDir ? undefined : dir))
  try {
    const [stable, canary] = await Promise.all([startService(ctx, 'stable', opts.stable), startService(ctx, 'canary', opts.canary)])
    const nginx = await startNginx(ctx, stable.url, canary.url)
    const targets = [new URL(stable.url).host, new URL(canary.url).host]
    const prom = await withFreePort((port) => launchPrometheus(ctx, port, targets))
    return makeStack({ ctx, procs, stop, targets, stableUrl: stable.url, canaryUrl: canary.url, nginxEnv: nginx.env, promUrl: prom.url })
  } catch (err) {
    const logs = stackLogs(procs, 30)
    await stop().catch(() => undefined)
    throw new Error(`startStack: ${(err as Error).message}\n${logs}`)
  }
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined
  return () => (p ??= fn())
}

async function stopAll(procs: Map<string, Proc>, watchdog: ChildProcess, removeDir: string | undefined): Promise<void> {
  const results = await Promise.allSettled([...procs.values()].map((p) => p.stop()))
  if (watchdog.pid !== undefined) killGroup(watchdog.pid, 'SIGKILL')
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason))
  if (failed.length) throw new Error(`stack.stop: ${failed.join('; ')}`)
  if (removeDir) fs.rmSync(removeDir, { recursive: true, force: true })
}

function stackLogs(procs: Map<string, Proc>, lines: number): string {
  return [...procs.values()].map((p) => `--- ${p.name} (${p.logFile})\n${tail(p.logFile, lines)}`).join('\n')
}

interface Parts {
  ctx: Ctx
  procs: Map<string, Proc>
  stop: () => Promise<void>
  targets: string[]
  stableUrl: string
  canaryUrl: string
  nginxEnv: Record<string, string>
  promUrl: string
}

function makeStack(p: Parts): Stack {
  const { ctx, procs, stableUrl, canaryUrl, promUrl } = p
  const nginxUrl = p.nginxEnv.NGINX_URL
  const env = { ...p.nginxEnv, PROM_URL: promUrl, STABLE_URL: stableUrl, CANARY_URL: canaryUrl }
  const runScript = (name: ScriptName, extra: Record<string, string> = {}) =>
    runBash(path.join(NGINX_SCRIPTS, `${name}.sh`), childEnv({ ...env, ...extra }), ctx.dir)
  const query = (promql: string) => promQuery(promUrl, promql)
  return {
    dir: ctx.dir,
    promUrl,
    nginxUrl,
    stableUrl,
    canaryUrl,
    env,
    pids: () => ({
      stable: procs.get('stable')?.child.pid,
      canary: procs.get('canary')?.child.pid,
      nginx: procs.get('nginx')?.child.pid,
      prometheus: procs.get('prometheus')?.child.pid
    }),
    setCanary: (b) => control(canaryUrl, b),
    setStable: (b) => control(stableUrl, b),
    runScript,
    async setWeight(weight) {
      const r = await runScript('set-weight', { STAGEGATE_WEIGHT: String(weight) })
      if (r.code !== 0) throw new Error(`set-weight.sh ${weight} failed (${r.code}):\n${r.stdout}${r.stderr}`)
    },
    countTracks: (n) => countTracks(nginxUrl, n),
    query,
    waitForQuery: async (promql, accept, timeoutMs = 30_000) => {
      let last: string
      const deadline = Date.now() + timeoutMs
      for (;;) {
        try {
          const v = await query(promql)
          if (accept(v)) return v
          last = String(v)
        } catch (err) {
          last = (err as Error).message
        }
        if (Date.now() > deadline) throw new Error(`waitForQuery ${promql}: not within ${timeoutMs} ms; last: ${last}`)
        await sleep(250)
      }
    },
    async stopPrometheus() {
      await procs.get('prometheus')?.stop()
    },
    async restartPrometheus() {
      const old = procs.get('prometheus')
      if (old && !old.deadReason()) throw new Error('Prometheus is still running; stopPrometheus() first')
      await launchPrometheus(ctx, Number(new URL(promUrl).port), p.targets)
    },
    logs: (lines = 30) => stackLogs(procs, lines),
    stop: p.stop
  }
}
