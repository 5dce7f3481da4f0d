/**
 * The summary as a reader sees it: markdown → HTML (marked) → Mermaid in a real headless Chromium.
 * Skipped only when Chromium is missing and STAGEGATE_E2E is not `required`.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { fixtures } from '../../__fixtures__/reports/index.js'
import { renderSummary } from '../../src/report/markdown.js'
import { renderCharts } from '../../src/report/chart.js'

const run = promisify(execFile)
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SCRIPT = resolve('scripts/render-summary.mjs')
const enabled = existsSync(CHROMIUM) || process.env.STAGEGATE_E2E === 'required'
const maybe = enabled ? describe : describe.skip
// eslint-disable-next-line jest/expect-expect -- a placeholder that makes the skip visible (skip-reporter.cjs counts it)
if (!enabled) test.skip(`skipped: no Chromium at ${CHROMIUM} (scripts/install-chromium.sh, or set CHROMIUM_PATH)`, () => undefined)

maybe('summary rendered in headless Chromium', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stagegate-render-test-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('rolled back: every chart becomes an SVG xychart, no Mermaid syntax error, a real PNG', async () => {
    const r = fixtures['rolled-back']
    const md = join(dir, 'summary.md')
    const png = join(dir, 'summary.png')
    const dom = join(dir, 'dom.html')
    writeFileSync(md, renderSummary(r))
    const { stdout } = await run(process.execPath, [SCRIPT, md, png, '--dom', dom], { timeout: 180_000 })
    expect(stdout).toMatch(/^rendered .*summary\.png: \d+px high, \d+ svg element\(s\), \d+ bytes/)

    const html = readFileSync(dom, 'utf8')
    const charts = renderCharts(r).length
    expect(charts).toBe(4)
    expect(html).toMatch(/<title>rendered \d+<\/title>/)
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(charts)
    expect((html.match(/aria-roledescription="xychart"/g) ?? []).length).toBe(charts)
    expect(html).not.toMatch(/Syntax error/i)
    expect(html).not.toContain('class="mermaid"></pre>')
    expect(html).toContain('Check 2: p95-latency-ms')
    expect(html).toContain('<details>')

    const bytes = readFileSync(png)
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(statSync(png).size).toBeGreaterThan(20 * 1024)
  }, 240_000)

  test('a broken Mermaid block fails the render instead of passing silently', async () => {
    const md = join(dir, 'broken.md')
    writeFileSync(md, '## x\n\n```mermaid\nxychart-beta\n  line [1, 2\n```\n')
    await expect(run(process.execPath, [SCRIPT, md, join(dir, 'broken.png')], { timeout: 180_000 })).rejects.toMatchObject({
      stderr: expect.stringContaining('did not finish rendering')
    })
  }, 240_000)
})
