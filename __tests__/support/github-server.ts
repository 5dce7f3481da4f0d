/**
 * A GitHub REST contract server for tests: every request is checked against GitHub's OpenAPI
 * description (a non-conforming request gets 400 and is recorded in `violations`); the
 * endpoints Stagegate uses are backed by in-memory state. Failures and delay can be injected.
 */
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { matchOperation, validateRequest } from './openapi-contract.js'
import { handle, newState, type Reply, type ServerState } from './github-handlers.js'

export type { ServerState } from './github-handlers.js'

export interface RequestRecord {
  method: string
  path: string
  status: number
}

/**
 * A fault for the requests it matches (`method` exact, `path` tested against the URL path):
 * answer `status` (502/500 plain, 429/403 a secondary rate limit with `Retry-After`), wait
 * `delayMs` first (then answer normally, so the write lands late), or `hang` (never answer).
 * `times` bounds how many requests it hits (default: all).
 */
export interface Fault {
  method?: string
  path?: RegExp
  times?: number
  status?: number
  retryAfter?: number
  delayMs?: number
  hang?: boolean
}

export interface GitHubServer {
  url: string
  state: ServerState
  requests: RequestRecord[]
  violations: string[]
  /** The next `n` requests get this status (502/500 with a plain error, 429 as a secondary rate limit). */
  failNext(n: number, status: 502 | 429 | 500): void
  setDelay(ms: number): void
  /** Adds a fault (see Fault); the first matching fault with hits left applies. */
  inject(fault: Fault): void
  /** Requests that got no answer (hung), as `METHOD path`. */
  hung: string[]
  close(): Promise<void>
}

export interface ServerOptions {
  owner?: string
  repo?: string
}

export async function startGitHubServer(opts: ServerOptions = {}): Promise<GitHubServer> {
  const state = newState(opts.owner ?? 'acme', opts.repo ?? 'shop')
  const requests: RequestRecord[] = []
  const violations: string[] = []
  const failures: number[] = []
  const faults: Fault[] = []
  const hung: string[] = []
  let delay = 0
  const server = http.createServer((req, res) => {
    readBody(req)
      .then(async (raw) => {
        const fault = takeFault(faults, req)
        if (fault?.hang) {
          hung.push(`${req.method} ${req.url}`)
          return // never answered; close() drops the connection
        }
        const wait = delay + (fault?.delayMs ?? 0)
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        const reply = fault?.status ? injectedFailure(fault.status, fault.retryAfter) : route(req, raw)
        res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.headers ?? {}) })
        res.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
        requests.push({ method: req.method ?? '', path: req.url ?? '', status: reply.status })
      })
      .catch((e) => {
        violations.push(`server error: ${(e as Error).message}`)
        res.writeHead(500).end()
      })
  })
  const base = await listen(server)

  function route(req: http.IncomingMessage, raw: string): Reply {
    const url = new URL(req.url ?? '/', base)
    const method = req.method ?? 'GET'
    const injected = failures.shift()
    if (injected !== undefined) return injectedFailure(injected)
    const mt = matchOperation(method, url.pathname)
    if (!mt) return violation(`${method} ${url.pathname}: no operation in GitHub's API description`)
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      return violation(`${method} ${url.pathname}: body is not JSON`)
    }
    const problems = validateRequest(mt, url.searchParams, body)
    if (problems.length) return violation(`${method} ${mt.op.template}: ${problems.join('; ')}`)
    const reply = handle(state, { method, template: mt.op.template, params: mt.pathParams, query: url.searchParams, body, base })
    return reply ?? violation(`${method} ${mt.op.template}: valid, but the contract server does not serve it`)
  }

  function violation(message: string): Reply {
    violations.push(message)
    return { status: 400, body: { message, documentation_url: 'https://docs.github.com/rest' } }
  }

  return {
    url: base,
    state,
    requests,
    violations,
    failNext: (n, status) => failures.push(...Array<number>(n).fill(status)),
    setDelay: (ms) => {
      delay = ms
    },
    inject: (f) => faults.push({ ...f }),
    hung,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

function takeFault(faults: Fault[], req: http.IncomingMessage): Fault | undefined {
  const p = new URL(req.url ?? '/', 'http://x').pathname
  const f = faults.find((x) => (x.times ?? 1) > 0 && (!x.method || x.method === req.method) && (!x.path || x.path.test(p)))
  if (f && f.times !== undefined) f.times--
  return f
}

function injectedFailure(status: number, retryAfter = 1): Reply {
  if (status === 429 || status === 403) {
    return {
      status,
      headers: { 'retry-after': String(retryAfter) },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }
    }
  }
  return { status, body: { message: status === 502 ? 'Bad Gateway' : 'Server Error' } }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve(`http://127.0.0.1:${port}`)
    })
  })
}
