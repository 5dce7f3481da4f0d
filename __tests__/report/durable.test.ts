import { expect, test } from '@jest/globals'
import { commentPause, pauseSection } from '../../src/report/durable.js'
import type { DeployReport, PauseReport } from '../../src/report/types.js'

const H = 3_600_000
const T0 = Date.UTC(2026, 5, 1, 12, 0, 0)
const pause: PauseReport = {
  line: 'paused at 50% since 2026-06-08 12:00 UTC, until promoted; promote: /stagegate promote production',
  next: 'promote or abort',
  deploymentId: '1042',
  jobs: [
    {
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
      mode: 'deploy',
      actor: 'alice',
      startedAt: T0,
      endedAt: T0 + 0.2 * H,
      did: 'deployed to 20%, handed off (until-promoted)'
    },
    {
      runUrl: 'https://github.com/acme/shop/actions/runs/9',
      mode: 'promote',
      actor: 'bob',
      startedAt: T0 + 168 * H,
      endedAt: T0 + 168.1 * H,
      did: 'promoted by bob; moved to 50%, handed off (until-promoted)'
    }
  ],
  decisions: [{ action: 'promote', actor: 'bob', at: T0 + 168 * H, reason: 'week 1 clean | <b>', via: 'comment' }],
  runnerMs: 0.3 * H,
  wallMs: 168.1 * H,
  longestUnwatchedMs: 0.5 * H
}
const r = (status: string, p?: PauseReport) => ({ status, pause: p }) as unknown as DeployReport

test('a paused run shows where it holds, every job with its link, who promoted and why, runner vs wall time', () => {
  const md = pauseSection(r('paused', pause)) as string
  expect(md).toContain(
    '### Paused\n\npaused at 50% since 2026-06-08 12:00 UTC, until promoted; promote: /stagegate promote production · saved on deployment 1042'
  )
  expect(md).toContain('| 1 | [deploy](https://github.com/acme/shop/actions/runs/1) | alice | 2026-06-01 12:00 UTC |')
  expect(md).toContain('| 2 | [promote](https://github.com/acme/shop/actions/runs/9) | bob |')
  expect(md).toContain('- **promote** by @bob (pull request comment) at 2026-06-08 12:00 UTC: week 1 clean \\| &lt;b>')
  expect(md).toMatch(/Runner time \*\*18m\*\* over \*\*\d+h\d*m?\*\* of wall time · the canary ran up to 30m unwatched/)
})

test('the finishing job says "Across jobs"; no pause, no section', () => {
  expect(pauseSection(r('succeeded', pause))).toMatch(/^### Across jobs/)
  expect(pauseSection(r('succeeded'))).toBeUndefined()
  expect(commentPause(r('paused', pause))).toMatch(/^\*\*Paused:\*\* paused at 50%.*\n- promoted by @bob: week 1 clean/)
})
