// The demo's sample service: one process on 127.0.0.1 with a `stable` and a `canary` track,
// its own weighted traffic split, a bounded self-load, and per-track stats over a sliding window.
// (The real-stack suite uses nginx + Prometheus instead; see examples/nginx and __tests__/e2e.)
//   PORT=0 CANARY_ERROR_RATE=0.2 CANARY_LATENCY_MS=120 node service.mjs   → prints {"url": ...}
import * as http from 'node:http'

const canary = { errorRate: Number(process.env.CANARY_ERROR_RATE ?? 0), latencyMs: Number(process.env.CANARY_LATENCY_MS ?? 0) }
const WINDOW_MS = 2000
const MAX_SECONDS = Number(process.env.MAX_SECONDS ?? 300) // the load stops by itself
let weight = 0
const samples = { stable: [], canary: [] } // { at, ok, ms }

function serveTrack(track) {
  const bad = track === 'canary' ? canary : { errorRate: 0, latencyMs: 0 }
  const ms = 8 + Math.random() * 6 + bad.latencyMs
  const ok = Math.random() >= bad.errorRate
  samples[track].push({ at: Date.now(), ok, ms })
  return { ok, ms }
}

function stats(track) {
  const since = Date.now() - WINDOW_MS
  const list = (samples[track] = samples[track].filter((s) => s.at >= since))
  if (list.length === 0) return { track, requests: 0 }
  const errors = list.filter((s) => !s.ok).length
  const sorted = list.map((s) => s.ms).sort((a, b) => a - b)
  return { track, requests: list.length, errorRate: errors / list.length, p95: Math.round(sorted[Math.floor(0.95 * (sorted.length - 1))]) }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x')
  const json = (code, body) => {
    res.writeHead(code, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  if (url.pathname === '/healthz') return json(200, { ok: true })
  if (url.pathname === '/stats') {
    const track = url.searchParams.get('track')
    if (track !== 'stable' && track !== 'canary') return json(400, { error: 'track must be stable or canary' })
    const s = stats(track)
    return s.requests ? json(200, s) : json(200, { track, requests: 0 })
  }
  if (url.pathname === '/weight' && req.method === 'POST') {
    const w = Number(url.searchParams.get('value'))
    if (!Number.isFinite(w) || w < 0 || w > 100) return json(400, { error: 'value must be 0..100' })
    weight = w
    return json(200, { weight })
  }
  if (url.pathname === '/weight') return json(200, { weight })
  const track = Math.random() * 100 < weight ? 'canary' : 'stable'
  const r = serveTrack(track)
  return json(r.ok ? 200 : 503, { track })
})

// Self-load: ~200 requests/s split by weight, for at most MAX_SECONDS.
const load = setInterval(() => {
  for (let i = 0; i < 20; i++) serveTrack(Math.random() * 100 < weight ? 'canary' : 'stable')
}, 100)
setTimeout(() => {
  clearInterval(load)
  server.close()
}, MAX_SECONDS * 1000).unref()

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` }))
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0))
