// Sample service for the Stagegate examples: one track (stable or canary) of an app, with
// Prometheus metrics. Run one process per track behind nginx (see examples/nginx).
//
//   PORT=8081 TRACK=stable APP=sample-service node server.mjs
//   node server.mjs --port 8082 --track canary --error-rate 0.2 --latency-ms 50
//
// Settings (argument, else environment variable, else default):
//   --port        PORT          0 picks a free port; the first stdout line is {"url","port","track",...}
//   --host        HOST          127.0.0.1
//   --track       TRACK         stable | canary (required)
//   --app         APP           sample-service   (the `app` label of every metric)
//   --version     VERSION       the track name   (echoed in every answer)
//   --error-rate  ERROR_RATE    0   fraction 0..1 of requests answered 500 (exactly every 1/rate-th)
//   --latency-ms  LATENCY_MS    0   added to every answer
//   --max-seconds MAX_SECONDS   0   exit by itself after this many seconds (0: never)
//
// Endpoints:
//   GET  /          {"track","version","app"}; 500 with the same body plus "error" for injected errors
//   GET  /healthz   {"ok":true,"track"}
//   GET  /metrics   http_requests_total{app,track,code}, http_request_duration_seconds{app,track}
//   GET  /control   current behaviour {"errorRate","latencyMs"}
//   POST /control   change it at run time: {"errorRate":0.1,"latencyMs":40} (either key may be left out)
// Only `/` (and any other path) counts as a request in the metrics; /healthz, /metrics and
// /control do not.
import * as http from 'node:http'
import { parseArgs } from 'node:util'
import client from 'prom-client'

const SETTINGS = {
  port: ['PORT', '0'],
  host: ['HOST', '127.0.0.1'],
  track: ['TRACK', ''],
  app: ['APP', 'sample-service'],
  version: ['VERSION', ''],
  'error-rate': ['ERROR_RATE', '0'],
  'latency-ms': ['LATENCY_MS', '0'],
  'max-seconds': ['MAX_SECONDS', '0']
}

function readSettings(argv, env) {
  const options = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, { type: 'string' }]))
  const { values } = parseArgs({ args: argv, options, strict: true })
  const get = (k) => values[k] ?? env[SETTINGS[k][0]] ?? SETTINGS[k][1]
  const track = get('track')
  if (track !== 'stable' && track !== 'canary') throw new Error(`TRACK must be stable or canary, got "${track}"`)
  const behaviour = checkBehaviour({ errorRate: Number(get('error-rate')), latencyMs: Number(get('latency-ms')) })
  if (typeof behaviour === 'string') throw new Error(behaviour)
  return {
    port: Number(get('port')),
    host: get('host'),
    track,
    app: get('app'),
    version: get('version') || track,
    maxSeconds: Number(get('max-seconds')),
    behaviour
  }
}

/** Returns the behaviour, or an error message. */
function checkBehaviour({ errorRate, latencyMs }) {
  if (!Number.isFinite(errorRate) || errorRate < 0 || errorRate > 1) return 'errorRate must be a number from 0 to 1'
  if (!Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > 60000) return 'latencyMs must be a number from 0 to 60000'
  return { errorRate, latencyMs }
}

function makeMetrics(app, track) {
  const registry = new client.Registry()
  const requests = new client.Counter({
    name: 'http_requests_total',
    help: 'Requests answered, by app, track and status code',
    labelNames: ['app', 'track', 'code'],
    registers: [registry]
  })
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer a request, by app and track',
    labelNames: ['app', 'track'],
    // Fine buckets between 1 ms and 1 s so that histogram_quantile sees a latency change.
    buckets: [1, 2.5, 5, 7.5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750, 1000, 2500, 5000].map(
      (ms) => ms / 1000
    ),
    registers: [registry]
  })
  // Series exist from the first scrape, so rate() sees every request and an error ratio is 0, not empty.
  for (const code of ['200', '500']) requests.inc({ app, track, code }, 0)
  duration.zero({ app, track })
  return { registry, requests, duration }
}

function sendJson(res, code, body) {
  const text = JSON.stringify(body)
  res.writeHead(code, { 'content-type': 'application/json', 'x-track': body.track ?? '', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function readBody(req, limit = 64 * 1024) {
  return new Promise((resolve, reject) => {
    let text = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => {
      text += chunk
      if (text.length > limit) reject(new Error('body too large'))
    })
    req.on('end', () => resolve(text))
    req.on('error', reject)
  })
}

function createService(settings) {
  const { app, track, version } = settings
  const metrics = makeMetrics(app, track)
  let behaviour = settings.behaviour
  let errorCredit = 0 // deterministic error injection: every 1/errorRate-th request fails

  async function control(req, res) {
    if (req.method === 'GET') return sendJson(res, 200, { track, ...behaviour })
    if (req.method !== 'POST') return sendJson(res, 405, { track, error: 'GET or POST' })
    let body
    try {
      body = JSON.parse((await readBody(req)) || '{}')
    } catch (err) {
      return sendJson(res, 400, { track, error: `body must be JSON: ${err.message}` })
    }
    const next = checkBehaviour({
      errorRate: Number(body.errorRate ?? behaviour.errorRate),
      latencyMs: Number(body.latencyMs ?? behaviour.latencyMs)
    })
    if (typeof next === 'string') return sendJson(res, 400, { track, error: next })
    behaviour = next
    errorCredit = 0
    console.log(JSON.stringify({ event: 'control', track, ...behaviour }))
    return sendJson(res, 200, { track, ...behaviour })
  }

  function serve(res) {
    const started = process.hrtime.bigint()
    errorCredit += behaviour.errorRate
    const failed = errorCredit >= 1 - 1e-9
    if (failed) errorCredit -= 1
    setTimeout(() => {
      const code = failed ? 500 : 200
      sendJson(res, code, failed ? { track, version, app, error: 'injected error' } : { track, version, app })
      metrics.requests.inc({ app, track, code: String(code) })
      metrics.duration.observe({ app, track }, Number(process.hrtime.bigint() - started) / 1e9)
    }, behaviour.latencyMs)
  }

  return http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/healthz') return sendJson(res, 200, { ok: true, track })
    if (path === '/metrics') {
      return metrics.registry.metrics().then((text) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType })
        res.end(text)
      })
    }
    if (path === '/control') return control(req, res).catch((err) => sendJson(res, 500, { track, error: err.message }))
    return serve(res)
  })
}

function main() {
  let settings
  try {
    settings = readSettings(process.argv.slice(2), process.env)
  } catch (err) {
    console.error(`sample-service: ${err.message}`)
    process.exit(2)
  }
  const server = createService(settings)
  server.keepAliveTimeout = 5000
  server.listen(settings.port, settings.host, () => {
    const { port } = server.address()
    const { track, app, version } = settings
    console.log(
      JSON.stringify({ event: 'listening', url: `http://${settings.host}:${port}`, port, track, app, version, ...settings.behaviour })
    )
  })
  const stop = () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 1000).unref()
  }
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, stop)
  if (settings.maxSeconds > 0) setTimeout(stop, settings.maxSeconds * 1000).unref()
}

main()
