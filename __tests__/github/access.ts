/** Test helpers: the real GitHub port over a real Octokit pointed at the contract server, and a gate context around it. */
import Bottleneck from 'bottleneck'
import { createOctokit } from '../../src/github/client.js'
import { octokitPort } from '../../src/github/octokit-port.js'
import type { GitHubPort } from '../../src/github/port.js'
import type { Octokit, RunContext } from '../../src/github/types.js'
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
export function testClient(apiUrl: string, counter = { count: 0 }, token = 'ghs_testtoken'): Octokit {
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 })
  const throttle = { write: group(), notifications: group() }
  return createOctokit(token, apiUrl, counter, { retryAfterBaseValue: 1, throttle, log: new MemoryRuntime() })
}

/** The port as main() builds it (over `testClient`, or the given client). */
export function access(
  apiUrl: string,
  over: Partial<RunContext> = {},
  counter = { count: 0 },
  client = testClient(apiUrl, counter)
): GitHubPort {
  return octokitPort(client, runContext(apiUrl, over))
}

export function gateContext(github: GitHubPort | undefined, environment = 'production', clock = new FakeClock()): GateContext {
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
