/** The REST client (retry + throttling plugins, request counting) and the run's context. */
import * as fs from 'node:fs'
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Octokit, RunContext } from './types.js'
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
}

export function createOctokit(token: string, apiUrl: string, counter: { count: number }, opts: ClientOptions = {}): Octokit {
  const base = opts.retryAfterBaseValue ?? 1000
  const limitRetries = opts.rateLimitRetries ?? 2
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < limitRetries
    core.warning(`GitHub ${kind} on ${options.method} ${options.url}; ${again ? `retrying after ${retryAfter}s` : 'giving up'}`)
    return again
  }
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ''),
      // counted at the fetch level so that retried attempts count too
      request: { fetch: countingFetch(counter) },
      retry: { retries: opts.retries ?? 3, retryAfterBaseValue: base },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: base,
        ...(opts.throttle ?? {})
      }
    },
    retry,
    throttling
  )
  return octokit as unknown as Octokit
}

function countingFetch(counter: { count: number }): typeof fetch {
  return (input, init) => {
    counter.count++
    return proxyFetch(input, init)
  }
}

type Env = Record<string, string | undefined>

export function readRunContext(env: Env = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const runId = Number(env.GITHUB_RUN_ID ?? 0) || 0
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
    actor: env.GITHUB_ACTOR ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event: readEvent(env.GITHUB_EVENT_PATH),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`
  }
}

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file || !fs.existsSync(file)) return {}
  try {
    const v: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
  } catch (e) {
    core.warning(`could not read the event file ${file}: ${(e as Error).message}`)
    return {}
  }
}

export type PermissionScope = 'deployments' | 'pull-requests' | 'checks' | 'statuses' | 'security-events' | 'actions'

const WRITE_SCOPES = new Set<PermissionScope>(['deployments', 'pull-requests'])

/** What to add to the workflow when GitHub answers 403/404 for a scope. */
export function permissionHint(status: number, scope: PermissionScope): string {
  const level = WRITE_SCOPES.has(scope) ? 'write' : 'read'
  const what = status === 404 ? 'not found (or not visible to this token)' : 'forbidden'
  return `GitHub answered ${status} (${what}); add "${scope}: ${level}" under permissions: in the workflow job`
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status
  return typeof s === 'number' ? s : undefined
}
