/**
 * A real Graphite (Debian's graphite-carbon and graphite-web) for the graphite provider:
 * carbon-cache with its own carbon.conf and storage-schemas.conf (1s:1h) in a temp dir, its
 * line receiver, pickle receiver and cache query (carbonlink) port on free 127.0.0.1 ports;
 * graphite-web's Django WSGI app (its render API) served from the same storage by the Python
 * standard library's wsgiref server, with its settings module and sqlite DB (made by
 * `django-admin migrate`) in the temp dir. Both in their own process groups, stopped by PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { findBinary, freePort } from './stack.js'

/** Debian's interpreter: graphite-web and carbon are packaged for it (a pyenv python3 on PATH has no Django). */
const PYTHON = '/usr/bin/python3'
const GRAPHITE_WSGI = '/usr/lib/python3/dist-packages/graphite/wsgi.py'

export interface Graphite {
  /** graphite-web: GET {url}/render?target=… */
  url: string
  /** Sends `name value timestamp` lines over carbon's plaintext protocol and waits until the render API returns each metric's last value. */
  feed(points: { name: string; value: number; at?: number }[]): Promise<void>
  logs(): string
  stop(): Promise<void>
}

/** Why the graphite tests cannot run here (undefined: they can); with STAGEGATE_E2E=required (CI) a missing package is an error. */
export function graphiteSkipReason(): string | undefined {
  const reason = !findBinary('carbon-cache')
    ? 'missing carbon-cache: run scripts/install-stack.sh (graphite-carbon)'
    : !fs.existsSync(GRAPHITE_WSGI) || !fs.existsSync(PYTHON)
      ? 'missing graphite-web: run scripts/install-stack.sh (graphite-web)'
      : undefined
  if (reason && process.env.STAGEGATE_E2E === 'required') throw new Error(`STAGEGATE_E2E=required but ${reason}`)
  return reason
}

function carbonConf(dir: string, ports: { line: number; pickle: number; query: number }): string {
  const storage = path.join(dir, 'storage')
  return `[cache]
STORAGE_DIR = ${storage}/
LOCAL_DATA_DIR = ${storage}/whisper/
WHITELISTS_DIR = ${storage}/lists/
CONF_DIR = ${dir}/conf/
LOG_DIR = ${storage}/log/
PID_DIR = ${storage}/
DATABASE = whisper
ENABLE_LOGROTATION = False
MAX_CACHE_SIZE = inf
MAX_UPDATES_PER_SECOND = inf
MAX_CREATES_PER_MINUTE = inf
LINE_RECEIVER_INTERFACE = 127.0.0.1
LINE_RECEIVER_PORT = ${ports.line}
ENABLE_UDP_LISTENER = False
PICKLE_RECEIVER_INTERFACE = 127.0.0.1
PICKLE_RECEIVER_PORT = ${ports.pickle}
CACHE_QUERY_INTERFACE = 127.0.0.1
CACHE_QUERY_PORT = ${ports.query}
CARBON_METRIC_INTERVAL = 0
ENABLE_MANHOLE = False
`
}

/** graphite-web's local settings (GRAPHITE_SETTINGS_MODULE), a Python module in the temp dir. */
function webSettings(dir: string, queryPort: number): string {
  const storage = path.join(dir, 'storage')
  const py = (s: string) => JSON.stringify(s) // a JSON string is a valid Python string literal for these paths
  return `SECRET_KEY = 'stagegate-test-only-not-a-secret'
STORAGE_DIR = ${py(`${storage}/`)}
WHISPER_DIR = ${py(`${storage}/whisper/`)}
LOG_DIR = ${py(`${storage}/log/webapp/`)}
INDEX_FILE = ${py(`${storage}/index`)}
CARBONLINK_HOSTS = ['127.0.0.1:${queryPort}']
DEFAULT_CACHE_DURATION = 0
`
}

/** wsgiref (Python standard library) serving graphite-web's WSGI application, threaded, quiet. */
const SERVE_PY = `import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIServer, WSGIRequestHandler, make_server
from graphite.wsgi import application

class Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True

class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass

make_server('127.0.0.1', int(sys.argv[1]), application, server_class=Server, handler_class=Quiet).serve_forever()
`

function writeFiles(dir: string, ports: { line: number; pickle: number; query: number }): void {
  for (const d of ['conf', 'storage/whisper', 'storage/lists', 'storage/log/webapp']) fs.mkdirSync(path.join(dir, d), { recursive: true })
  fs.writeFileSync(path.join(dir, 'conf', 'carbon.conf'), carbonConf(dir, ports))
  fs.writeFileSync(path.join(dir, 'conf', 'storage-schemas.conf'), '[everything]\npattern = .*\nretentions = 1s:1h\n')
  fs.writeFileSync(path.join(dir, 'stagegate_graphite_settings.py'), webSettings(dir, ports.query))
  fs.writeFileSync(path.join(dir, 'serve.py'), SERVE_PY)
}

function webEnv(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PYTHONPATH: dir,
    DJANGO_SETTINGS_MODULE: 'graphite.settings',
    GRAPHITE_SETTINGS_MODULE: 'stagegate_graphite_settings',
    PYTHONWARNINGS: 'ignore'
  }
}

function migrate(dir: string): void {
  const django = findBinary('django-admin') ?? '/usr/bin/django-admin'
  const r = spawnSync(PYTHON, [django, 'migrate', '--noinput', '-v', '0'], {
    cwd: dir,
    env: webEnv(dir),
    encoding: 'utf8',
    timeout: 60_000
  })
  if (r.status !== 0) throw new Error(`graphite-web migrate failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`)
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1')
    s.once('connect', () => (s.destroy(), resolve(true)))
    s.once('error', () => resolve(false))
  })
}

async function poll(
  what: string,
  child: ChildProcess,
  log: () => string,
  probe: () => Promise<boolean>,
  timeoutMs = 30_000
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${what} did not start: ${log().slice(-2000)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
  const exited = new Promise((r) => child.once('exit', r))
  process.kill(-child.pid, 'SIGTERM')
  await exited
}

async function sendLines(port: number, text: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => s.end(text))
    s.once('error', reject)
    s.once('close', () => resolve())
  })
}

async function lastRendered(url: string, name: string): Promise<number | undefined> {
  const res = await fetch(`${url}/render?${new URLSearchParams({ target: name, from: '-10min', until: 'now', format: 'json' })}`)
  if (!res.ok) return undefined
  const body = (await res.json()) as { datapoints: [number | null, number][] }[]
  return body[0]?.datapoints.filter(([v]) => v !== null).at(-1)?.[0] ?? undefined
}

export async function startGraphite(): Promise<Graphite> {
  const carbon = findBinary('carbon-cache')
  const missing = graphiteSkipReason()
  if (!carbon || missing) throw new Error(missing ?? 'carbon-cache is not installed')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-graphite-'))
  const ports = { line: await freePort(), pickle: await freePort(), query: await freePort() }
  const web = await freePort()
  writeFiles(dir, ports)
  migrate(dir)
  const logFile = path.join(dir, 'graphite.log')
  const logs = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '')
  const out = fs.openSync(logFile, 'a')
  const conf = path.join(dir, 'conf', 'carbon.conf')
  const children: ChildProcess[] = []
  const stop = async () => {
    for (const c of children.reverse()) await stopGroup(c)
    fs.closeSync(out)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    const cache = spawn(
      PYTHON,
      [carbon, `--config=${conf}`, `--pidfile=${path.join(dir, 'storage', 'carbon-cache.pid')}`, '--nodaemon', 'start'],
      { cwd: dir, detached: true, stdio: ['ignore', out, out] }
    )
    children.push(cache)
    await poll('carbon-cache', cache, logs, async () => (await accepts(ports.line)) && (await accepts(ports.query)))
    const server = spawn(PYTHON, [path.join(dir, 'serve.py'), String(web)], {
      cwd: dir,
      env: webEnv(dir),
      detached: true,
      stdio: ['ignore', out, out]
    })
    children.push(server)
    const url = `http://127.0.0.1:${web}`
    await poll('graphite-web', server, logs, () =>
      fetch(`${url}/render?target=none&format=json`).then(
        (r) => r.ok,
        () => false
      )
    )
    return {
      url,
      logs,
      stop,
      async feed(points) {
        const now = Math.floor(Date.now() / 1000)
        await sendLines(ports.line, points.map((p) => `${p.name} ${p.value} ${p.at ?? now}\n`).join(''))
        const lastOf = new Map(points.map((p) => [p.name, p.value]))
        for (const [name, value] of lastOf)
          await poll(`the point ${name}=${value}`, cache, logs, async () => (await lastRendered(url, name)) === value, 15_000)
      }
    }
  } catch (e) {
    await stop()
    throw e
  }
}
