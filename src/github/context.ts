/**
 * The run's context (repository, commit, event, URLs) and the GitHub request deadlines: what a run
 * needs before it knows whether it will talk to GitHub at all. Imports no client code.
 */
import * as fs from 'node:fs'
import type { Log } from '../runtime/types.js'
import type { RunContext } from './types.js'
import { parseDuration } from '../config/units.js'

/**
 * Every GitHub request has a deadline: `attemptMs` for one HTTP attempt (AbortSignal.timeout),
 * `totalMs` for the request with all its retries and rate-limit waits.
 */
export interface Deadlines {
  attemptMs: number
  totalMs: number
}

export const DEFAULT_ATTEMPT_MS = 10_000

/** `STAGEGATE_GITHUB_TIMEOUT` (a duration, default 10s) is the per-attempt deadline; the total is 3×. */
export function githubDeadlines(env: Record<string, string | undefined>, log: Log): Deadlines {
  const raw = env.STAGEGATE_GITHUB_TIMEOUT?.trim()
  const parsed = raw ? parseDuration(raw) : undefined
  if (parsed && !parsed.ok)
    log.warning(`STAGEGATE_GITHUB_TIMEOUT "${raw}" is not a duration (${parsed.error}); using ${DEFAULT_ATTEMPT_MS / 1000}s`)
  const attemptMs = parsed?.ok && parsed.ms > 0 ? parsed.ms : DEFAULT_ATTEMPT_MS
  return { attemptMs, totalMs: 3 * attemptMs }
}

type Env = Record<string, string | undefined>

export function readRunContext(env: Env, log: Log): RunContext {
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
    event: readEvent(env.GITHUB_EVENT_PATH, log),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`
  }
}

function readEvent(file: string | undefined, log: Log): Record<string, unknown> {
  if (!file || !fs.existsSync(file)) return {}
  try {
    const v: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
  } catch (e) {
    log.warning(`could not read the event file ${file}: ${(e as Error).message}`)
    return {}
  }
}
