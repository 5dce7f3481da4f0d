/**
 * The bundled CLI (dist/cli/index.js, `npm run bundle`), spawned as a user runs it: exit codes,
 * every config error with file:line:col, colour only when asked for, the plan plan mode renders.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

const CLI = path.join(process.cwd(), 'dist', 'cli', 'index.js')
if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run bundle first`)

function stagegate(args: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NO_COLOR' && k !== 'FORCE_COLOR')) as Record<
    string,
    string
  >
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 30_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

function tempConfig(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-cli-'))
  fs.mkdirSync(path.join(dir, '.github'))
  fs.writeFileSync(path.join(dir, '.github', 'deploy.yml'), text)
  return dir
}

const BAD = `version: 1
service: shop
environments:
  production:
    steps:
      - { weight: 150, pause: 5 minutes }
    actions:
      set-weight: ./set-weight.sh
`

describe('stagegate validate', () => {
  test('a valid config: exit 0 and one line per environment', () => {
    const r = stagegate(['validate', 'examples/deploy.yml'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('examples/deploy.yml is valid')
    expect(r.out).toMatch(/production: canary, 5% → 25% → 50% → 100%/)
  })

  test('the default path is .github/deploy.yml; every error is printed with file:line:col; exit 1', () => {
    const r = stagegate(['validate'], {}, tempConfig(BAD))
    expect(r.code).toBe(1)
    expect(r.err).toContain('.github/deploy.yml:6:19: error environments.production.steps[0].weight: percentage 150 is outside 0–100')
    expect(r.err).toMatch(/\.github\/deploy\.yml:6:\d+: error .*pause.*invalid duration "5 minutes"/)
    expect(r.err).toContain('2 problems; nothing would run')
    expect(r.out).toBe('')
  })

  test('an unknown environment is a config error (exit 1) with a did-you-mean', () => {
    const r = stagegate(['validate', 'examples/deploy.yml', '--environment', 'prodution'])
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/did you mean "production"/)
  })

  test('a missing file is a config error, exit 1', () => {
    const r = stagegate(['validate', 'nope.yml'])
    expect(r.code).toBe(1)
    expect(r.err).toContain('nope.yml:1:1: error config file not found')
  })
})

describe('usage errors exit 2 with the usage text', () => {
  test.each([
    [[]],
    [['deploy']],
    [['plan', '--config', 'examples/deploy.yml']],
    [['plan', '-e', 'production', '--bogus']],
    [['validate', 'a.yml', 'b.yml']]
  ])('%j', (args) => {
    const r = stagegate(args as string[])
    expect(r.code).toBe(2)
    expect(r.err).toContain('usage error:')
    expect(r.err).toContain('Exit codes: 0 ok')
  })

  test('help exits 0', () => {
    expect(stagegate(['--help']).code).toBe(0)
  })
})

describe('colour', () => {
  const ESC = '\u001b['
  test('none when stdout is not a terminal', () => {
    expect(stagegate(['validate', 'examples/deploy.yml']).out).not.toContain(ESC)
  })
  test('FORCE_COLOR turns it on, NO_COLOR wins over it', () => {
    expect(stagegate(['validate', 'examples/deploy.yml'], { FORCE_COLOR: '1' }).out).toContain(ESC)
    expect(stagegate(['validate', 'examples/deploy.yml'], { FORCE_COLOR: '1', NO_COLOR: '1' }).out).not.toContain(ESC)
  })
})

describe('stagegate plan', () => {
  test('the steps, the analysis and the estimates of plan mode, without GitHub or probes', () => {
    const r = stagegate(['plan', '--environment', 'production', '--config', 'examples/deploy.yml'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/step\s+weight\s+pause\s+measurements/)
    expect(r.out).toMatch(/4\s+100%\s+3s\s+2/)
    expect(r.out).toContain('error-rate      canary  ≤ 0.05')
    expect(r.out).toContain('estimated minimum duration 12s')
    expect(r.out).not.toContain('Metric probes')
  })

  test('--markdown prints the job summary plan mode writes (no run link)', () => {
    const r = stagegate(['plan', '-e', 'production', '-c', 'examples/deploy.yml', '--markdown', '--version', 'v9'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('### Plan')
    expect(r.out).toContain('`v9`')
    expect(r.out).not.toContain('github.com')
  })

  test('--json is machine-readable', () => {
    const r = stagegate(['plan', '-e', 'production', '-c', 'examples/deploy.yml', '--json'])
    expect(JSON.parse(r.out).plan.map((s: { weight: number }) => s.weight)).toEqual([5, 25, 50, 100])
  })

  test('--probe measures HTTP/Prometheus metrics once; an unreachable one is reported, not fatal', () => {
    const r = stagegate(['plan', '-e', 'production', '-c', 'examples/deploy.yml', '--probe'], { PROM_URL: 'http://127.0.0.1:9' })
    expect(r.code).toBe(0)
    expect(r.out).toContain('Metric probes')
    expect(r.out).toMatch(/error-rate: no data/)
  })
})
