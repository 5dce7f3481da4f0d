import { fixtures, giantReport } from '../../__fixtures__/reports/index.js'
import { CANARY_PLAN, T0 } from '../../__fixtures__/reports/build.js'
import {
  COMMENT_LIMIT_CHARS,
  commentMarker,
  onCallLine,
  progressLine,
  renderComment,
  renderSummary,
  verdictLine
} from '../../src/report/markdown.js'
import type { CheckSummary, MeasurementRecord, StepRecord } from '../../src/report/types.js'

const STATUSES = ['succeeded', 'blocked', 'rolled-back', 'rollback-failed', 'planned', 'failed-config-error'] as const
const MIB = 1024 * 1024

describe('golden snapshots', () => {
  test.each(STATUSES)('summary: %s', (name) => {
    expect(renderSummary(fixtures[name])).toMatchSnapshot()
  })
  test.each([...STATUSES, 'live'])('comment: %s', (name) => {
    expect(renderComment(fixtures[name])).toMatchSnapshot()
  })
})

describe('renderSummary', () => {
  test.each(STATUSES)('%s: the status line is line 1 and names service, environment, version, outcome, duration, weight', (name) => {
    const r = fixtures[name]
    const first = renderSummary(r).split('\n')[0]
    expect(first).toMatch(/^## \S+ /)
    expect(first).toContain(r.environment)
    expect(first).toContain(r.version)
    expect(first).toContain(`final weight ${r.finalWeight}%`)
    if (r.service) expect(first).toContain(r.service)
  })

  test('outcome words on the status line', () => {
    expect(renderSummary(fixtures.succeeded).split('\n')[0]).toMatch(/✅ .* succeeded · 32m16s · final weight 100%$/)
    expect(renderSummary(fixtures['rolled-back']).split('\n')[0]).toMatch(/↩️ .* rolled back · .* final weight 0%$/)
    expect(renderSummary(fixtures['rollback-failed']).split('\n')[0]).toMatch(/🚨 .* rollback FAILED · .* final weight 25%$/)
    expect(renderSummary(fixtures.blocked).split('\n')[0]).toContain('⛔')
    expect(renderSummary(fixtures.planned).split('\n')[0]).toContain('📋')
    expect(renderSummary(fixtures['failed-config-error']).split('\n')[0]).toContain('❌')
  })

  test('rolled back: names the tripping measurement with its value and bound, the commands and verification', () => {
    const md = renderSummary(fixtures['rolled-back'])
    const block = md.slice(md.indexOf('### ↩️ Rollback'))
    expect(block).toContain('**Tripped by:** p95-latency-ms = **262.4** against the bound **≤ 233.2 (+10% of baseline 212)**')
    expect(block).toContain('step 3 (50%)')
    expect(block).toMatch(/\| rollback \| ✅ ok \| 0 \|/)
    expect(block).toMatch(/\| verify-rollback \| ✅ ok \| 0 \|/)
    expect(block).toContain('**Verified:** ✅ yes')
  })

  test('rollback failed: says traffic may still be split, shows the failing exit code', () => {
    const md = renderSummary(fixtures['rollback-failed'])
    expect(md).toContain('### 🚨 Rollback FAILED')
    expect(md).toContain('traffic may still be split, **25%**')
    expect(md).toMatch(/\| rollback \| ❌ failed \| 1 \|/)
    expect(md).toContain('**Verified:** ❌ no')
  })

  test('blocked: failing gates explain why; advisory failure is marked; nothing deployed', () => {
    const md = renderSummary(fixtures.blocked)
    expect(md).toContain('**blocking:** ci-green, deploy-window')
    expect(md).toMatch(
      /\| ci-green \| github-checks \| ❌ \*\*failed\*\* \| .* \| 2 check runs did not succeed: build \(failure\), e2e-tests \(timed_out\)<br>see https/
    )
    expect(md).toMatch(/\| coverage \| coverage \(advisory\) \| ⚠️ failed \(advisory\) \|/)
    expect(md).toContain('Nothing was deployed')
    expect(md).not.toContain('```mermaid')
  })

  test('overridden gate shows the reason and the actor, in the table and in the overrides block', () => {
    const md = renderSummary(fixtures['rolled-back'])
    expect(md).toMatch(/\| no-critical-vulns \| code-scanning \| 🔓 overridden \| .* \| \*\*overridden by dev-lead:\*\* CVE-2026-1234/)
    expect(md).toContain('- **Gates:** no-critical-vulns')
    expect(md).toContain('- **By:** dev-lead')
  })

  test('rollout table: per-check min/max under a header with the bound, and steps not reached', () => {
    const md = renderSummary(fixtures['rolled-back'])
    expect(md).toContain(
      '| step | weight | started (UTC) | duration | error-rate<br>≤ 0.005 | p95-latency-ms<br>≤ 233.2 | p95-latency-ms<br>≤ 500 | result |'
    )
    expect(md).toMatch(
      /\| 3 \| 50% \| 10:28:37 \| 2m16s \| ✓ [\d.]+&nbsp;–&nbsp;[\d.]+ \| ✗ [\d.]+&nbsp;–&nbsp;262\.4 \(\*\*1 failed\*\*\) \|/
    )
    expect(md).toMatch(/\| 4 \| 100% \| — \| — \| — \| — \| — \| ⏸️ not reached \|/)
  })

  test('planned: plan table, estimates, read-only gates and metric probes', () => {
    const md = renderSummary(fixtures.planned)
    expect(md).toContain('### Gates (read-only evaluation, plan mode)')
    expect(md).toContain('| 1 | 5% | 10m | 20 |')
    expect(md).toContain('| 4 | 100% | 10m | 20 |')
    expect(md).toContain('⏱️ estimated minimum duration 30m')
    expect(md).toContain('| queue-depth | ⚠️ no data |')
    expect(md).toContain('| p95-latency-ms | 212 ✅ |')
    expect(md).toContain('⏭️ skipped')
  })

  test('config error: the error verbatim in a code block, not repeated as the reason', () => {
    const md = renderSummary(fixtures['failed-config-error'])
    expect(md).toContain('```text\n.github/deploy.yml:14:18: environments.production.steps[1].pause: invalid duration "5 min"')
    expect(md).toContain('.github/deploy.yml:22:7: environments.production.analysis.chekcs: unknown key') // every error, not the first
    expect(md).not.toContain('**Why:**')
    expect(md.split('\n')[0]).toContain('checkout-api → production') // read leniently from the broken file
    expect(md).toContain('npx stagegate validate')
  })

  test('approvals, audit trail in <details>', () => {
    const md = renderSummary(fixtures.succeeded)
    expect(md).toMatch(/\| maria-ops \| ✅ approved \| 2026-03-10 10:11:38 UTC \| production \| LGTM — watching the dashboards &lt;3 \|/)
    expect(md).toMatch(/<details><summary>Audit trail \(\d+\)<\/summary>\n\n\| time \(UTC\) \| phase \| action \|/)
  })

  test('user text is HTML-escaped and cannot break a table row', () => {
    const r = structuredClone(fixtures.blocked)
    r.gates[0].detail = 'a | b\nc <script>alert(1)</script> [x](javascript:alert(1))'
    r.gates[0].name = 'evil|gate'
    const md = renderSummary(r)
    const row = md.split('\n').find((l) => l.startsWith('| evil'))
    expect(row).toBe(
      '| evil\\|gate | github-checks | ❌ **failed** | 1s | a \\| b<br>c &lt;script>alert(1)&lt;/script> \\[x\\](javascript:alert(1)) |'
    )
    expect(md).not.toContain('<script>')
  })

  test('reasons read as in the log: `>` and intraword `_` kept, a leading `_` escaped, `&` escaped', () => {
    const r = structuredClone(fixtures['rolled-back'])
    if (r.rollback) r.rollback.reason = 'http_5xx_rate 0.02 > 0.005 & _x at step 1 (5%)'
    expect(renderSummary(r)).toContain('- **Reason:** http_5xx_rate 0.02 > 0.005 &amp; \\_x at step 1 (5%)')
  })

  test('giant report: under 1 MiB, folded rows are counted, newest rows kept', () => {
    const r = giantReport()
    expect(r.measurements.length).toBeGreaterThanOrEqual(10_000)
    const md = renderSummary(r)
    expect(Buffer.byteLength(md)).toBeLessThan(MIB)
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(900_000)
    const folded = /(\d+) older measurements folded to keep the summary under 1 MiB/.exec(md)
    expect(folded).not.toBeNull()
    const n = Number(folded?.[1])
    expect(n).toBeGreaterThan(0)
    expect(md).toContain(`Measurements (${r.measurements.length}, ${n} oldest folded)`)
    const shownRows = md.split('\n').filter((l) => /^\| \d\d:\d\d:\d\d \| \d \| \d+% \| \d: /.test(l)).length
    expect(shownRows).toBe(r.measurements.length - n)
    expect(md.split('\n')[0]).toMatch(/^## ↩️ checkout-api → production/)
  })

  test('a normal report is not folded', () => {
    expect(renderSummary(fixtures['rolled-back'])).not.toContain('folded')
  })

  test('pure: same output twice, input untouched', () => {
    for (const r of Object.values(fixtures)) {
      const before = structuredClone(r)
      expect(renderSummary(r)).toBe(renderSummary(r))
      expect(renderComment(r)).toBe(renderComment(r))
      expect(r).toEqual(before)
    }
  })
})

describe('renderComment', () => {
  test.each([...STATUSES, 'live'])('%s: starts with the marker, links the run, stays short', (name) => {
    const r = fixtures[name]
    const c = renderComment(r)
    expect(c.startsWith(`${commentMarker(r.environment)}\n`)).toBe(true)
    expect(c).toContain(`](${r.runUrl})`)
    expect(c.length).toBeLessThan(COMMENT_LIMIT_CHARS)
  })

  test('live rollout: in progress with the current step and the latest values, not "failed"', () => {
    const c = renderComment(fixtures.live)
    expect(c).toContain('· in progress')
    expect(c).not.toContain('· failed')
    expect(c).toContain('**step 2/4 at 25%**')
    expect(c).toMatch(/latest: error-rate [\d.]+ ≤ 0\.005 ✓ · p95-latency-ms [\d.]+ ≤ 233\.2 ✓ · p95-latency-ms [\d.]+ ≤ 500 ✓/)
    expect(c).toContain('5% ✅ → 25% 🔄 → 50% ⏸️ → 100% ⏸️')
  })

  test('rolled back: the tripping measurement and its bound', () => {
    expect(renderComment(fixtures['rolled-back'])).toContain(
      'tripped by p95-latency-ms = **262.4** (bound ≤ 233.2 (+10% of baseline 212)) at step 3'
    )
  })

  test('giant report: under the limit', () => {
    const c = renderComment(giantReport())
    expect(c.length).toBeLessThan(COMMENT_LIMIT_CHARS)
    expect(c).toContain('job summary')
  })

  test('a comment that would be too long is cut by whole sections, with a link to the full summary', () => {
    const r = giantReport()
    r.gates = r.gates.map((g, i) => ({ ...g, name: `gate-"${i}"`, status: 'failed', detail: '<"&">'.repeat(200) }))
    r.steps = Array.from({ length: 50 }, (_, i) => ({ ...r.steps[0], index: i + 1, reason: '"<>"'.repeat(100), result: 'failed' as const }))
    r.error = '"'.repeat(100_000)
    const c = renderComment(r)
    expect(c.length).toBeLessThan(COMMENT_LIMIT_CHARS)
    expect(c).toMatch(/✂️ \d+ sections? left out to keep this comment short; see the full summary/)
    expect(c.trimEnd()).toMatch(new RegExp(`\\[job summary\\]\\(${r.runUrl.replace(/[.]/g, '\\.')}\\) · as of [^<]+</sub>$`))
  })
})

describe('commentMarker', () => {
  test.each([
    ['production', '<!-- stagegate:environment=production -->'],
    ['eu-west_1.prod', '<!-- stagegate:environment=eu-west_1.prod -->'],
    ['a b', '<!-- stagegate:environment=a%20b -->'],
    ['x-->y', '<!-- stagegate:environment=x-%2D%3Ey -->'],
    ['prod--!>', '<!-- stagegate:environment=prod-%2D%21%3E -->'],
    ['ü', '<!-- stagegate:environment=%C3%BC -->']
  ])('%s', (env, marker) => {
    expect(commentMarker(env)).toBe(marker)
    expect(commentMarker(env).slice(4, -3)).not.toMatch(/--[!]?>|>/)
  })

  test('distinct environments get distinct markers, and none is a prefix of another', () => {
    const a = commentMarker('prod')
    const b = commentMarker('prod-eu')
    expect(a).not.toBe(b)
    expect(b.includes(a)).toBe(false)
  })
})

describe('verdictLine', () => {
  test.each([
    ['succeeded', '✅ succeeded · checkout-api/production 1.4.2 · 32m16s · final weight 100% · all 4 steps passed; promoted'],
    ['blocked', '⛔ blocked · checkout-api/production 1.4.2 · 4s · final weight 0% · required gate(s) failed: ci-green, deploy-window'],
    [
      'rolled-back',
      '↩️ rolled-back · checkout-api/production 1.4.2 · 19m12s · final weight 0% · p95-latency-ms 262.4 > 233.2 at step 3 (50%)'
    ],
    [
      'rollback-failed',
      '🚨 rollback-failed · checkout-api/production 1.4.2 · 15m22s · final weight 25% · rollback failed (exit 1); traffic may still be split at 25%; rollback was for: error-rate 0.0123 > 0.005 at step 2 (25%)'
    ],
    [
      'planned',
      '📋 planned · checkout-api/production 1.4.2 · 3s · final weight 0% · plan only, nothing changed: 4 steps; no gate would block'
    ],
    ['live', '🔄 in progress · checkout-api/production 1.4.2 · 0ms · final weight 0% · rolling out: step 2/4 at 25%']
  ])('%s', (name, line) => {
    expect(verdictLine(fixtures[name])).toBe(line)
  })

  test('config error: one line even for a multi-line error', () => {
    const line = verdictLine(fixtures['failed-config-error'])
    expect(line).not.toContain('\n')
    expect(line).toMatch(/^❌ failed · checkout-api\/production 9f1c2ab · 118ms · final weight 0% · \.github\/deploy\.yml:14:18: /)
  })
})

describe('for the person on call', () => {
  test('rolled back: traffic now (verified), every failing check with value, bound and baseline, then what next with the links, before the gates', () => {
    const md = renderSummary(fixtures['rolled-back'])
    const at = (needle: string) => md.indexOf(needle)
    expect(md).toMatch(
      /- \*\*Traffic now:\*\* \*\*0%\*\* on `1\.4\.2`: all traffic is back on the previous version · verified by `verify-rollback` ✅/
    )
    expect(md).toMatch(/- ❌ p95-latency-ms 262\.4 > 233\.2 \(bound .*\) · baseline \d+ · step 3 at 50%: 1 of \d+ failed/)
    expect(md).toContain('- 🔗 [Runbook: checkout latency](https://wiki.example.com/runbooks/checkout-latency)')
    expect(at('**Traffic now:**')).toBeLessThan(at('### What next'))
    expect(at('### What next')).toBeLessThan(at('### Gates'))
  })

  test('rollback failed: says traffic may be split and is not verified; what next says to act now', () => {
    const md = renderSummary(fixtures['rollback-failed'])
    expect(md).toContain('possibly **25%**')
    expect(md).toContain('**not verified**')
    expect(md).toContain('🚨 **Act now:**')
  })

  test('blocked: every blocking gate is listed first with its detail, and how to override', () => {
    const r = fixtures.blocked
    const md = renderSummary(r)
    for (const g of r.failedGates) expect(md).toContain(`- ❌ gate **${g}**`)
    expect(md).toContain('`override-gates`')
  })

  test('the comment carries the same facts and the links', () => {
    const c = renderComment(fixtures['rolled-back'])
    expect(c).toContain('**Traffic now:**')
    expect(c).toContain('**What next:**')
    expect(c).toContain('[Checkout dashboard (canary vs stable)](')
  })

  test('no run link: the text says "re-run the workflow" without a link to github.com///', () => {
    const md = renderSummary({ ...fixtures['rolled-back'], runUrl: '' })
    expect(md).toContain('re-run the workflow.')
    expect(md).not.toContain('/actions/runs/')
  })
})

describe('progressLine', () => {
  const summary = (checkIndex: number, metric: string, b: Partial<CheckSummary>): CheckSummary => ({
    checkIndex,
    metric,
    track: 'canary',
    bound: '',
    min: null,
    max: null,
    samples: 0,
    failures: 0,
    inconclusive: 0,
    ...b
  })
  const step: StepRecord = {
    index: 2,
    weight: 25,
    pauseMs: 5 * 60_000,
    startedAt: T0,
    durationMs: 0,
    result: 'running',
    checks: [
      summary(0, 'error-rate', { bound: '≤ 0.005', upper: 0.005 }),
      summary(1, 'p95-latency-ms', { bound: '≤ 231 (+10% of baseline 210)', upper: 210 * 1.1 }),
      summary(2, 'cache-hit-rate', { bound: '≥ 0.9', lower: 0.9 }),
      summary(3, 'queue-depth', { bound: '≥ 10, ≤ 500', lower: 10, upper: 500 }),
      summary(4, 'saturation', { bound: '≤ +5% of baseline (none)' })
    ]
  }
  const m = (checkIndex: number, value: number | null, verdict: MeasurementRecord['verdict']): MeasurementRecord => ({
    at: T0 + 190_000,
    step: 2,
    weight: 25,
    metric: step.checks[checkIndex].metric,
    checkIndex,
    track: 'canary',
    value,
    verdict,
    detail: ''
  })

  test.each([
    [
      'the example',
      [m(0, 0.0012, 'pass'), m(1, 212, 'pass')],
      'step 2/4 25% · 3m10s/5m · error-rate 0.0012 ≤ 0.005 ✓ · p95-latency-ms 212 ≤ 231 ✓'
    ],
    ['a failure flips the operator', [m(0, 0.0123, 'fail')], 'step 2/4 25% · 3m10s/5m · error-rate 0.0123 > 0.005 ✗'],
    ['no data', [m(0, null, 'inconclusive')], 'step 2/4 25% · 3m10s/5m · error-rate no data ?'],
    ['ignored no data', [m(0, null, 'ignored')], 'step 2/4 25% · 3m10s/5m · error-rate no data –'],
    [
      'lower bound pass and fail',
      [m(2, 0.93, 'pass'), m(2, 0.81, 'fail')],
      'step 2/4 25% · 3m10s/5m · cache-hit-rate 0.93 ≥ 0.9 ✓ · cache-hit-rate 0.81 < 0.9 ✗'
    ],
    ['two-sided', [m(3, 42, 'pass'), m(3, 4, 'fail')], 'step 2/4 25% · 3m10s/5m · queue-depth 42 within 10 … 500 ✓ · queue-depth 4 < 10 ✗'],
    [
      'no absolute limit: the bound text',
      [m(4, 0.7, 'inconclusive')],
      'step 2/4 25% · 3m10s/5m · saturation 0.7 (≤ +5% of baseline (none)) ?'
    ],
    [
      'just over the bound is shown with the digits that tell them apart',
      [m(0, 0.0050004, 'fail'), m(1, 231.00001, 'fail')],
      'step 2/4 25% · 3m10s/5m · error-rate 0.0050004 > 0.005 ✗ · p95-latency-ms 231.00001 > 231 ✗'
    ],
    [
      'checks in check order',
      [m(1, 230.9, 'pass'), m(0, 0.001, 'pass')],
      'step 2/4 25% · 3m10s/5m · error-rate 0.001 ≤ 0.005 ✓ · p95-latency-ms 230.9 ≤ 231 ✓'
    ]
  ])('%s', (_name, round, line) => {
    expect(progressLine(step, 4, round, 190_000)).toBe(line)
  })

  test('no measurement yet: just the position', () => {
    expect(progressLine({ ...step, index: 1, weight: 5, pauseMs: 600_000 }, CANARY_PLAN.length, [], 0)).toBe('step 1/4 5% · 0ms/10m')
  })
})

describe('onCallLine (the Deployment status description)', () => {
  test.each([
    ['rolled-back', /^rolled-back: traffic back at 0% · p95-latency-ms 262\.4 > 233\.2$/],
    ['rollback-failed', /^rollback-failed: traffic may be split at 25% · /],
    ['blocked', /^blocked: /],
    ['succeeded', /^succeeded$/]
  ] as const)('%s', (name, want) => {
    const line = onCallLine(fixtures[name])
    expect(line).toMatch(want)
    expect(line.length).toBeLessThanOrEqual(140)
  })
})
