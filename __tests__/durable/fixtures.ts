/** A saved rollout as a deploy job would hand it off (test data). */
import { PAUSED_KIND } from '../../src/durable/kind.js'
import { configHash } from '../../src/config/file.js'
import { PAYLOAD_SCHEMA, type SavedRollout } from '../../src/durable/payload.js'
import { SHA, access } from '../github/access.js'
import type { DurableGitHub } from '../../src/durable/store.js'

export const T0 = Date.UTC(2026, 5, 1, 12, 0, 0)
export const HOUR = 3_600_000
export const DAY = 24 * HOUR

export function saved(over: Partial<SavedRollout> = {}): SavedRollout {
  return {
    kind: PAUSED_KIND,
    schema: PAYLOAD_SCHEMA,
    environment: 'production',
    service: 'checkout-api',
    version: '1.2.3',
    sha: SHA,
    configHash: configHash('version: 1\n'),
    configPath: '.github/deploy.yml',
    origin: 1,
    startedAt: T0,
    pausedAt: T0 + 10 * 60_000,
    why: 'job-budget',
    step: 2,
    weight: 25,
    pauseEndsAt: T0 + 10 * 60_000 + 2 * HOUR,
    plan: [
      { index: 1, weight: 5, pauseMs: 60_000, measurements: 2 },
      { index: 2, weight: 25, pauseMs: 2 * HOUR, measurements: 10 },
      { index: 3, weight: 100, pauseMs: 0, measurements: 0 }
    ],
    baseline: { 'error-rate': 0.001 },
    tally: { failures: 0 },
    record: { steps: [] },
    jobs: [
      {
        runUrl: 'https://github.com/acme/shop/actions/runs/1',
        mode: 'deploy',
        actor: 'alice',
        startedAt: T0,
        endedAt: T0 + 10 * 60_000,
        did: 'deployed to 25%, handed off'
      }
    ],
    decisions: [],
    ...over
  }
}

/** The GitHub side of a durable rollout, on a real client pointed at the contract server. */
export function durable(apiUrl: string, counter = { count: 0 }): DurableGitHub {
  return access(apiUrl, {}, counter)
}
