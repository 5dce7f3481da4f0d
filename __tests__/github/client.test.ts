import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as http from 'node:http'
import * as path from 'node:path'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { createOctokit, permissionHint } from '../../src/github/client.js'
import { githubDeadlines, readRunContext } from '../../src/github/context.js'
import { SHA, testClient } from './access.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'

let server: GitHubServer
beforeEach(async () => {
  server = await startGitHubServer()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
})

describe('createOctokit', () => {
  test('survives a 502 burst through plugin-retry and counts requests', async () => {
    const counter = { count: 0 }
    const octokit = testClient(server.url, counter)
    server.state.addPull(SHA, 7)
    server.failNext(2, 502)
    const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: 'acme', repo: 'shop', commit_sha: SHA })
    expect(res.data.map((p) => p.number)).toEqual([7])
    expect(server.requests.map((r) => r.status)).toEqual([502, 502, 200])
    expect(counter.count).toBe(3) // every HTTP attempt counts
  })

  test('gives up after the configured retries', async () => {
    const octokit = testClient(server.url)
    server.failNext(10, 500)
    await expect(octokit.rest.repos.listDeployments({ owner: 'acme', repo: 'shop' })).rejects.toMatchObject({ status: 500 })
    expect(server.requests).toHaveLength(4) // first try + 3 retries
  })

  test('a 429 secondary rate limit is waited out by plugin-throttling', async () => {
    const octokit = testClient(server.url)
    server.failNext(1, 429)
    const res = await octokit.rest.repos.listDeployments({ owner: 'acme', repo: 'shop' })
    expect(res.status).toBe(200)
    expect(server.requests.map((r) => r.status)).toEqual([429, 200])
  })

  test('a request GitHub does not describe is a contract violation', async () => {
    const octokit = testClient(server.url)
    await expect(octokit.request('GET /repos/{owner}/{repo}/no-such-thing', { owner: 'acme', repo: 'shop' })).rejects.toMatchObject({
      status: 400
    })
    expect(server.violations).toHaveLength(1)
    expect(server.violations[0]).toContain('no operation')
    server.violations.length = 0
  })

  test.each([
    ['a path parameter of the wrong type', '/repos/acme/shop/deployments/abc/statuses', 'path parameter "deployment_id"'],
    ['an unknown query parameter', '/repos/acme/shop/deployments?enviroment=production', 'unknown query parameter "enviroment"'],
    ['a query parameter outside its enum', '/repos/acme/shop/commits/abc/check-runs?filter=newest', 'query parameter "filter"']
  ])('%s is a contract violation', async (_n, url, want) => {
    const res = await fetch(server.url + url)
    expect(res.status).toBe(400)
    expect(server.violations).toHaveLength(1)
    expect(server.violations[0]).toContain(want)
    server.violations.length = 0
  })

  test('a body that breaks the operation schema is a contract violation', async () => {
    const octokit = testClient(server.url)
    const bad = octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      owner: 'acme',
      repo: 'shop',
      deployment_id: 1,
      state: 'exploded'
    } as never)
    await expect(bad).rejects.toMatchObject({ status: 400 })
    expect(server.violations[0]).toContain('request body')
    server.violations.length = 0
  })
})

describe('the headers @actions/github would send', () => {
  async function headersOf(env: Record<string, string | undefined>): Promise<http.IncomingHttpHeaders> {
    let seen: http.IncomingHttpHeaders = {}
    const raw = http.createServer((req, res) => {
      seen = req.headers
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]')
    })
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r))
    const saved = process.env.ACTIONS_ORCHESTRATION_ID
    if (env.ACTIONS_ORCHESTRATION_ID === undefined) delete process.env.ACTIONS_ORCHESTRATION_ID
    else process.env.ACTIONS_ORCHESTRATION_ID = env.ACTIONS_ORCHESTRATION_ID
    try {
      const { port } = raw.address() as { port: number }
      const gh = createOctokit('ghs_abc', `http://127.0.0.1:${port}/api/v3/`, { count: 0 }, { log: new MemoryRuntime() })
      await gh.rest.repos.listDeployments({ owner: 'acme', repo: 'shop' })
      return seen
    } finally {
      if (saved === undefined) delete process.env.ACTIONS_ORCHESTRATION_ID
      else process.env.ACTIONS_ORCHESTRATION_ID = saved
      await new Promise((r) => raw.close(r))
    }
  }

  test("token auth, and Octokit's own user agent outside an orchestrated runner", async () => {
    const h = await headersOf({})
    expect(h.authorization).toBe('token ghs_abc')
    expect(h['user-agent']).toMatch(/^octokit-core\.js\//)
  })

  test('the orchestration id in the user agent, sanitised as getOctokit does', async () => {
    const h = await headersOf({ ACTIONS_ORCHESTRATION_ID: ' abc/123 x ' })
    expect(h['user-agent']).toMatch(/^actions_orchestration_id\/abc_123_x octokit-core\.js\//)
  })
})

describe('readRunContext', () => {
  test('reads GITHUB_* and the event file, with defaults', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-ev-'))
    const ev = path.join(dir, 'event.json')
    fs.writeFileSync(ev, JSON.stringify({ pull_request: { number: 12 } }))
    const run = readRunContext(
      {
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: SHA,
        GITHUB_RUN_ID: '99',
        GITHUB_ACTOR: 'bob',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: ev,
        GITHUB_REF: 'refs/pull/12/merge'
      },
      new MemoryRuntime()
    )
    expect(run).toMatchObject({
      owner: 'acme',
      repo: 'shop',
      runId: 99,
      actor: 'bob',
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      event: { pull_request: { number: 12 } },
      runUrl: 'https://github.com/acme/shop/actions/runs/99'
    })
    expect(readRunContext({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json') }, new MemoryRuntime()).event).toEqual({})
  })
})

describe('permissionHint', () => {
  test.each([
    [403, 'security-events', '"security-events: read" under permissions:'],
    [404, 'actions', '"actions: read" under permissions:'],
    [403, 'deployments', '"deployments: write" under permissions:'],
    [403, 'pull-requests', '"pull-requests: write" under permissions:'],
    [403, 'checks', '"checks: read"'],
    [403, 'statuses', '"statuses: read"']
  ] as const)('%i %s', (status, scope, want) => {
    expect(permissionHint(status, scope)).toContain(`add ${want}`)
  })
})

describe('deadlines', () => {
  const quick = (counter = { count: 0 }) =>
    createOctokit('ghs_x', server.url, counter, {
      retryAfterBaseValue: 1,
      deadlines: { attemptMs: 200, totalMs: 2000 },
      log: new MemoryRuntime()
    })

  test('a GET that never answers is retried per attempt, then fails with a clear message', async () => {
    server.inject({ method: 'GET', hang: true })
    const counter = { count: 0 }
    await expect(quick(counter).rest.repos.listDeployments({ owner: 'acme', repo: 'shop' })).rejects.toThrow(
      /GitHub did not answer GET .*\/deployments.* within 0.2s/
    )
    expect(counter.count).toBe(4) // first try + 3 retries
  })

  test('a POST that never answers is not sent again (it may have landed)', async () => {
    server.inject({ method: 'POST', hang: true })
    await expect(quick().rest.repos.createDeployment({ owner: 'acme', repo: 'shop', ref: 'main' })).rejects.toThrow(
      /GitHub did not answer POST .* within 0.2s/
    )
    expect(server.hung).toHaveLength(1)
  })

  test('the total deadline covers every retry', async () => {
    server.inject({ method: 'GET', hang: true })
    const gh = createOctokit(
      'ghs_x',
      server.url,
      { count: 0 },
      { retryAfterBaseValue: 1, deadlines: { attemptMs: 300, totalMs: 500 }, log: new MemoryRuntime() }
    )
    await expect(gh.rest.repos.listDeployments({ owner: 'acme', repo: 'shop' })).rejects.toThrow(
      /did not complete GET .* within 0.5s \(retries included\)/
    )
    expect(server.hung.length).toBeLessThan(4)
  })

  test.each<[string | undefined, number]>([
    [undefined, 10_000],
    ['20s', 20_000],
    ['250ms', 250],
    ['nonsense', 10_000]
  ])('STAGEGATE_GITHUB_TIMEOUT=%s: %i ms per attempt, three times that in all', (raw, attemptMs) => {
    expect(githubDeadlines({ STAGEGATE_GITHUB_TIMEOUT: raw }, new MemoryRuntime())).toEqual({ attemptMs, totalMs: 3 * attemptMs })
  })

  test('a 429 is left to plugin-throttling (Retry-After), never retried again by plugin-retry', async () => {
    server.inject({ method: 'GET', times: 1, status: 429, retryAfter: 3 })
    const seen: number[] = []
    const gh = createOctokit(
      'ghs_x',
      server.url,
      { count: 0 },
      {
        retryAfterBaseValue: 1,
        log: new MemoryRuntime(),
        rateLimitRetries: 0,
        throttle: { onSecondaryRateLimit: (after: number) => (seen.push(after), false) }
      }
    )
    await expect(gh.rest.repos.listDeployments({ owner: 'acme', repo: 'shop' })).rejects.toMatchObject({ status: 429 })
    expect(seen).toEqual([3])
    expect(server.requests.map((r) => r.status)).toEqual([429])
  })
})
