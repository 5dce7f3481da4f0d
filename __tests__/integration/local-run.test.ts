/**
 * The bundle run by hand, outside a runner (`node dist/index.js` with only INPUT_* set), as someone
 * trying Stagegate locally does: no stack trace, no deprecated ::set-output, nothing written into
 * the checkout, and the unexpanded `${{ github.token }}` default treated as no token.
 */
import { expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const MAIN = path.join(process.cwd(), 'dist', 'index.js')

const CONFIG = `version: 1
service: shop
environments:
  production:
    strategy: all-at-once
    steps: [{ pause: 0s }]
`

test('a local run: plain notices and warnings, outputs logged, reports in a temp folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-local-'))
  const ws = path.join(root, 'checkout')
  const tmp = path.join(root, 'tmp')
  fs.mkdirSync(path.join(ws, '.github'), { recursive: true })
  fs.mkdirSync(tmp)
  fs.writeFileSync(path.join(ws, '.github', 'deploy.yml'), CONFIG)
  const r = spawnSync(process.execPath, [MAIN], {
    cwd: ws,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? '',
      TMPDIR: tmp,
      INPUT_ENVIRONMENT: 'production',
      'INPUT_GITHUB-TOKEN': '${{ github.token }}',
      GITHUB_OUTPUT: path.join(root, 'missing', 'output')
    }
  })
  const out = `${r.stdout}${r.stderr}`
  expect(r.status).toBe(0)
  expect(out).not.toMatch(/^\s+at /m) // no stack trace
  expect(out).not.toContain('::set-output')
  expect(out).toContain('unexpanded `${{ github.token }}`')
  expect(out).toMatch(/::warning::GITHUB_OUTPUT points at .*missing\/output, which does not exist; outputs are logged instead/)
  expect(out).toContain('output status=succeeded')
  expect(out).not.toMatch(/retrying|Bad credentials/i)
  expect(fs.readdirSync(ws)).toEqual(['.github']) // nothing written into the checkout
  expect(fs.existsSync(path.join(tmp, 'stagegate', 'stagegate-production-report.json'))).toBe(true)
  const summary = fs.readFileSync(path.join(tmp, 'stagegate', 'stagegate-production-summary.md'), 'utf8')
  expect(summary).not.toContain('/actions/runs/')
})
