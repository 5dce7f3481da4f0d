/**
 * The REST client (retry + throttling plugins, request counting). Loaded only by a run that talks
 * to GitHub (Octokit is not evaluated at start); the run's context and the request deadlines are
 * in `./context.ts`. It is the client `@actions/github`'s `getOctokit` assembles (`@octokit/core`
 * with the REST endpoint methods and pagination, token auth) without that package's own module,
 * which imports `@actions/http-client` and with it undici (about 0.9 MB evaluated by every run
 * that talks to GitHub) for a proxy agent; requests here go through `proxyFetch`
 * (`../net/proxy.ts`), which honours HTTPS_PROXY/NO_PROXY itself.
 */
import type { Log } from '../runtime/types.js'
import { Octokit as OctokitCore } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Octokit } from './types.js'
import { githubDeadlines, type Deadlines } from './context.js'
import { proxyFetch } from '../net/proxy.js'

export interface ClientOptions {
  /** Retries for 5xx and network errors (plugin-retry). Default 3. */
  retries?: number
  /** Multiplier in ms for retry and rate-limit waits; tests make it tiny. Default 1000. */
  retryAfterBaseValue?: number
  /** Rate-limit retries before giving up. Default 2. */
  rateLimitRetries?: number
  /** Extra plugin-throttling options (e.g. a `write` Bottleneck group for tests). */
  throttle?: Record<string, unknown>
  /** Per-attempt and whole-request deadlines; default from `githubDeadlines()`. */
  deadlines?: Deadlines
  /** Where rate-limit retries are logged. */
  log: Log
}

export function createOctokit(token: string, apiUrl: string, counter: { count: number }, opts: ClientOptions): Octokit {
  const base = opts.retryAfterBaseValue ?? 1000
  const limitRetries = opts.rateLimitRetries ?? 2
  const deadlines = opts.deadlines ?? githubDeadlines(process.env, opts.log)
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < limitRetries
    opts.log.warning(`GitHub ${kind} on ${options.method} ${options.url}; ${again ? `retrying after ${retryAfter}s` : 'giving up'}`)
    return again
  }
  const GitHubClient = OctokitCore.plugin(restEndpointMethods, paginateRest, retry, throttling)
  const userAgent = orchestrationUserAgent(process.env)
  const octokit = new GitHubClient({
    auth: token,
    ...(userAgent ? { userAgent } : {}),
    baseUrl: apiUrl.replace(/\/+$/, ''),
    // counted at the fetch level so that retried attempts count too
    request: { fetch: deadlineFetch(counter, deadlines.attemptMs) },
    // 429 (and 403) rate limits belong to plugin-throttling, which honours Retry-After;
    // plugin-retry would retry them again on its own back-off
    retry: { retries: opts.retries ?? 3, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: base,
      ...(opts.throttle ?? {})
    }
  })
  // registered after the plugins, so it wraps them: the total deadline covers every retry
  octokit.hook.wrap('request', (request, options) => withTotalDeadline(request, options, deadlines.totalMs))
  return octokit as unknown as Octokit
}

/**
 * The User-Agent part `@actions/github`'s `getOctokit` adds on a runner that names its
 * orchestration (`ACTIONS_ORCHESTRATION_ID`): `actions_orchestration_id/<id>`, the id with every
 * character outside `[a-z0-9_.-]` replaced by `_`; Octokit appends its own after it.
 */
export function orchestrationUserAgent(env: NodeJS.ProcessEnv): string | undefined {
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim()
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined
}

/** An error Octokit passes through as is (no RequestError, so plugin-retry does not retry it). */
function deadlineError(message: string): Error {
  const e = new Error(message)
  e.name = 'AbortError'
  return e
}

type RequestFn = (options: any) => unknown // eslint-disable-line @typescript-eslint/no-explicit-any

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function withTotalDeadline(request: RequestFn, options: any, totalMs: number): Promise<any> {
  const what = `${String(options.method)} ${String(options.url)}`
  const ctl = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = deadlineError(`GitHub did not complete ${what} within ${totalMs / 1000}s (retries included)`)
      ctl.abort(e)
      reject(e)
    }, totalMs)
  })
  try {
    return await Promise.race([Promise.resolve(request({ ...options, request: { ...options.request, signal: ctl.signal } })), expired])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Counts every HTTP attempt (retries included) and gives each one `attemptMs`. A timed-out
 * attempt is retried by plugin-retry, except a POST (it may have landed: a second
 * `POST /deployments` would leave a stray Deployment); past the total deadline nothing is retried.
 */
function deadlineFetch(counter: { count: number }, attemptMs: number): typeof fetch {
  return async (input, init) => {
    counter.count++
    const total = init?.signal ?? undefined
    const what = `${init?.method ?? 'GET'} ${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url}`
    if (total?.aborted) throw total.reason instanceof Error ? total.reason : deadlineError(`GitHub request ${what} cancelled`)
    const attempt = AbortSignal.timeout(attemptMs)
    try {
      return await proxyFetch(input, { ...init, signal: total ? AbortSignal.any([total, attempt]) : attempt })
    } catch (e) {
      if (total?.aborted) throw total.reason instanceof Error ? total.reason : e
      if (!attempt.aborted) throw e
      const message = `GitHub did not answer ${what} within ${attemptMs / 1000}s`
      if (init?.method === 'POST') throw deadlineError(message)
      throw new Error(message) // a RequestError with status 500 for plugin-retry
    }
  }
}

export { httpStatus, permissionHint, type PermissionScope } from './errors.js'
