/**
 * Real `node:http` backends for the metric provider tests, on 127.0.0.1 port 0: a JSON server
 * that records what it received, a proxy that answers late, and a port nobody listens on.
 */
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  method: string
  /** The raw request target as it arrived, e.g. `/echo?v=a%26b`. */
  rawUrl: string
  url: URL
  headers: http.IncomingHttpHeaders
  body: string
}

/** Answers one request; a handler that never answers holds the request until stop(). */
export type Handler = (req: Received, res: http.ServerResponse) => void | Promise<void>

export interface TestServer {
  url: string
  received: Received[]
  /** Resolves with the next request whose path is `pathname`. */
  nextRequest(pathname: string): Promise<Received>
  stop(): Promise<void>
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = []
  const waiters: { pathname: string; resolve: (r: Received) => void }[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const r: Received = {
        method: req.method ?? '',
        rawUrl: req.url ?? '',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8')
      }
      received.push(r)
      for (const w of waiters.filter((x) => x.pathname === r.url.pathname)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(r)
      }
      Promise.resolve(handler(r, res)).catch((err: unknown) => sendJson(res, 500, { error: String(err) }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    nextRequest: (pathname) => new Promise((resolve) => waiters.push({ pathname, resolve })),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export function sendText(res: http.ServerResponse, status: number, contentType: string, text: string): void {
  if (res.headersSent || res.destroyed) return
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

/**
 * A proxy that forwards every request to `target` after `delayMs` (a slow Prometheus). Pending
 * delays are cancelled by stop().
 */
export async function startSlowProxy(target: string, delayMs: number): Promise<TestServer> {
  const timers = new Set<NodeJS.Timeout>()
  const server = await startServer(
    (req, res) =>
      new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t)
          void forward(target, req, res).finally(resolve)
        }, delayMs)
        timers.add(t)
        res.on('close', () => {
          clearTimeout(t)
          timers.delete(t)
          resolve()
        })
      })
  )
  return {
    ...server,
    stop: async () => {
      for (const t of timers) clearTimeout(t)
      await server.stop()
    }
  }
}

async function forward(target: string, req: Received, res: http.ServerResponse): Promise<void> {
  if (res.destroyed) return
  try {
    const r = await fetch(`${target}${req.rawUrl}`, { method: req.method, signal: AbortSignal.timeout(5000) })
    sendText(res, r.status, r.headers.get('content-type') ?? 'text/plain', await r.text())
  } catch (err) {
    sendText(res, 502, 'text/plain', `proxy: ${String(err)}`)
  }
}

/** A 127.0.0.1 port with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((r) => server.close(r))
  return port
}
