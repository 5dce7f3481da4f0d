/** Test helpers: a real Octokit pointed at the contract server, and a gate context around it. */
import Bottleneck from 'bottleneck'
import { createOctokit } from '../../src/github/client.js'
import type { GitHubAccess, RunContext } from '../../src/github/types.js'
import type { GateContext } from '../../src/gates/types.js'
import type { TemplateContext } from '../../src/metrics/types.js'
import { FakeClock } from '../../src/rollout/clock.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'

export const SHA = '3f786850e387550fdab836ed7e6dc881de23001b'

export function runContext(apiUrl: string, over: Partial<RunContext> = {}): RunContext {
  return {
    apiUrl,
    serverUrl: 'https://github.com',
    owner: 'acme',
    repo: 'shop',
    sha: SHA,
    ref: 'refs/heads/main',
    runId: 4242,
    runAttempt: 1,
    actor: 'alice',
    eventName: 'push',
    event: {},
    workspace: process.cwd(),
    runUrl: 'https://github.com/acme/shop/actions/runs/4242',
    ...over
  }
}

/**
 * Real client with the real plugins; only the waits are shrunk: 1 ms retry base, and no
 * 1 s / 3 s spacing between writes / notification-triggering writes (comments).
 */
export function access(apiUrl: string, over: Partial<RunContext> = {}, counter = { count: 0 }): GitHubAccess {
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 })
  const throttle = { write: group(), notifications: group() }
  const octokit = createOctokit('ghs_testtoken', apiUrl, counter, { retryAfterBaseValue: 1, throttle, log: new MemoryRuntime() })
  return { octokit, run: runContext(apiUrl, over) }
}

export function gateContext(github: GitHubAccess | undefined, environment = 'production', clock = new FakeClock()): GateContext {
  return {
    clock,
    signal: new AbortController().signal,
    template: {} as TemplateContext,
    runCommand: () => Promise.reject(new Error('GitHub gates run no commands')),
    commandEnv: {},
    workspace: process.cwd(),
    metrics: new Map(),
    github,
    environment
  }
}
