/**
 * V8's on-disk compile cache (`module.enableCompileCache`, Node ≥ 22.1; action.yml runs node24):
 * the second load of the same bundle by the same Node skips parsing and compiling it. Only where a
 * later job can read it: RUNNER_TOOL_CACHE on a self-hosted runner (kept between jobs, private to
 * the runner's user). A GitHub-hosted runner is a fresh machine per job, where writing the cache
 * would only cost time (measured: a cold cache makes the start about 15 % slower), so it stays
 * off there and outside a runner. Node keys each entry by the source's hash and its own version,
 * so a changed bundle or Node never reads a stale entry.
 * Imports only `node:` built-ins: it runs before the bundle's own modules are loaded.
 */
import * as module from 'node:module'
import * as path from 'node:path'

type Enable = (dir?: string) => unknown

export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.STAGEGATE_COMPILE_CACHE === 'off' || env.RUNNER_ENVIRONMENT === 'github-hosted') return undefined
  return env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'stagegate-compile-cache') : undefined
}

/** Turns the cache on when Node has it and a runner directory exists; a no-op otherwise. */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (module as unknown as { enableCompileCache?: Enable }).enableCompileCache
  const dir = cacheDir(env)
  if (typeof enable !== 'function' || !dir) return
  try {
    enable(dir)
  } catch {
    // An unwritable directory only costs the speed-up; Node itself reports failures as a status.
  }
}
