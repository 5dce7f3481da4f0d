/**
 * Seeded config fuzzing: 360 mutations of the example configs (examples/ and __fixtures__/)
 * through the loader the action uses (loadConfig + resolveEnvironment, as setup() calls them).
 * Every outcome is a valid config or a ConfigError with a position inside the file; nothing
 * else is thrown and nothing hangs. A seeded sample of 15 rejections then runs through the
 * bundle as the runner runs it, against the GitHub contract server: exit 1, an `::error
 * file=…,line=…,col=…` annotation, no write request and no command (BASH_ENV would leave a marker).
 */
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ConfigError, loadConfig } from '../../src/config/file.js'
import { resolveEnvironment } from '../../src/config/load.js'
import { makeRunnerDir, runStep } from '../../scripts/lib/runner.mjs'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

jest.setTimeout(120_000)

const SEED = 20261126
const PER_FILE = 120
const BUNDLE_SAMPLE = 15
const SOURCES = ['examples/deploy.yml', 'examples/demo/deploy.yml', '__fixtures__/config/full.yml']

/** mulberry32: a small seeded PRNG, so every run tries the same mutations. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const BAD_VALUES = [
  '30d',
  '25h',
  '0',
  '-1',
  '1e309',
  'null',
  '[]',
  '{}',
  '*nope',
  '&a x',
  '"{{ env.ACTIONS_RUNTIME_TOKEN }}"',
  '"{{ env.GITHUB_TOKEN }}"',
  '"{{ env.INPUT_GITHUB-TOKEN }}"',
  '"{{ bogus }}"',
  '"{{ version"',
  '..',
  'x'.repeat(5000),
  '!!binary aGk=',
  '"\\u0000"',
  '|',
  '>-',
  '? x',
  '%',
  '@',
  '`'
]
const JUNK = [':', '{', '[', ']', '}', '&a', '*a', '\t', '"', "'", '- ', '#', ',', '<<: *a', '!!map']

type Mutation = (lines: string[], r: () => number) => string[]
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]
const at = (lines: string[], r: () => number) => Math.floor(r() * lines.length)

const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (l, r) => l.filter((_, i) => i !== at(l, r)),
  duplicateLine: (l, r) => {
    const i = at(l, r)
    return [...l.slice(0, i + 1), l[i], ...l.slice(i + 1)]
  },
  swapLines: (l, r) => {
    const out = [...l]
    const i = at(l, r)
    const j = at(l, r)
    ;[out[i], out[j]] = [out[j], out[i]]
    return out
  },
  indent: (l, r) => l.map((x, i, all) => (i === at(all, r) ? (r() < 0.5 ? `  ${x}` : x.replace(/^ {1,2}/, '')) : x)),
  badValue: (l, r) => {
    const idx = l.map((x, i) => (/:\s*\S/.test(x) && !x.trim().startsWith('#') ? i : -1)).filter((i) => i >= 0)
    if (!idx.length) return l
    const i = pick(idx, r)
    return l.map((x, k) => (k === i ? x.replace(/:\s*\S.*$/, `: ${pick(BAD_VALUES, r)}`) : x))
  },
  typoKey: (l, r) => {
    const i = at(l, r)
    return l.map((x, k) => (k === i ? x.replace(/([A-Za-z])([A-Za-z])(?=[A-Za-z-]*:)/, '$2$1') : x))
  },
  junk: (l, r) => {
    const i = at(l, r)
    const x = l[i]
    const p = Math.floor(r() * (x.length + 1))
    return l.map((y, k) => (k === i ? `${x.slice(0, p)}${pick(JUNK, r)}${x.slice(p)}` : y))
  },
  truncate: (l, r) => {
    const text = l.join('\n')
    return text.slice(0, Math.floor(r() * text.length)).split('\n')
  },
  unknownKey: (l, r) => {
    const i = at(l, r)
    const indent = /^\s*/.exec(l[i])?.[0] ?? ''
    return [...l.slice(0, i), `${indent}${pick(['intervall', 'tpye', 'timeuot', 'stpes', 'x', 'weight'], r)}: 1`, ...l.slice(i)]
  }
}

interface Case {
  id: number
  source: string
  mutation: string
  text: string
}

function cases(): Case[] {
  const r = prng(SEED)
  const out: Case[] = []
  for (const source of SOURCES) {
    const lines = fs.readFileSync(source, 'utf8').split('\n')
    for (let n = 0; n < PER_FILE; n++) {
      let mutated = lines
      const names: string[] = []
      for (let k = 0, count = 1 + Math.floor(r() * 3); k < count; k++) {
        const name = pick(Object.keys(MUTATIONS), r)
        names.push(name)
        mutated = MUTATIONS[name](mutated, r)
      }
      out.push({ id: out.length, source, mutation: names.join('+'), text: mutated.join('\n') })
    }
  }
  return out
}

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-fuzz-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** The loader as setup() uses it: load, then pick the environment the input names. */
async function load(c: Case): Promise<'ok' | ConfigError> {
  const file = path.join(dir, `fuzz-${c.id}.yml`)
  fs.writeFileSync(file, c.text)
  const config = await loadConfig(file, '.github/deploy.yml')
  resolveEnvironment(config, environmentOf(c.source), '.github/deploy.yml')
  return 'ok'
}
/** Every source config defines `production`. */
const environmentOf = (_source: string) => 'production'

const rejected: Case[] = []

test(`${SOURCES.length * PER_FILE} seeded mutations: a valid config or a ConfigError inside the file, nothing else`, async () => {
  const all = cases()
  expect(all).toHaveLength(SOURCES.length * PER_FILE)
  const unexpected: string[] = []
  for (const c of all) {
    const outcome = await load(c).catch((e: unknown) => e)
    if (outcome === 'ok') continue
    if (!(outcome instanceof ConfigError)) {
      unexpected.push(`#${c.id} ${c.source} ${c.mutation}: ${String(outcome)}`)
      continue
    }
    const lines = c.text.split('\n').length
    for (const issue of outcome.issues) {
      if (!(issue.line >= 1 && issue.line <= lines + 1 && issue.column >= 1 && issue.message.length > 0)) {
        unexpected.push(`#${c.id} ${c.source} ${c.mutation}: issue outside the file: ${JSON.stringify(issue)}`)
      }
    }
    expect(outcome.message).toMatch(/^\.github\/deploy\.yml:\d+:\d+: \S/)
    rejected.push(c)
  }
  expect(unexpected).toEqual([])
  // the mutations are meant to break things: most must be rejected, or this test proves little
  expect(rejected.length).toBeGreaterThan(all.length / 2)
})

test(`a seeded sample of ${BUNDLE_SAMPLE} rejections through the bundle: exit 1, annotation, no write, no command`, async () => {
  expect(rejected.length).toBeGreaterThanOrEqual(BUNDLE_SAMPLE)
  const r = prng(SEED + 1)
  const sample = new Set<Case>()
  while (sample.size < BUNDLE_SAMPLE) sample.add(pick(rejected, r))
  const gh: GitHubServer = await startGitHubServer({ owner: 'acme', repo: 'checkout' })
  try {
    const results = await inBatches([...sample], 3, (c) => runRejected(c, gh))
    for (const { c, run, marker } of results) {
      const where = `#${c.id} ${c.source} ${c.mutation}`
      expect({ where, code: run.code }).toEqual({ where, code: 1 })
      expect({ where, annotated: /::error title=Stagegate config,file=\.github\/deploy\.yml,line=\d+,col=\d+::/.test(run.stdout) }).toEqual(
        { where, annotated: true }
      )
      expect({ where, marker }).toEqual({ where, marker: false })
    }
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([])
    expect(gh.violations).toEqual([])
    // control: the marker does catch a command that runs (a valid config with one command gate)
    const control = await runRejected({ id: -1, source: 'control', mutation: 'none', text: CONTROL }, gh)
    expect(control.run.code).toBe(0)
    expect(control.marker).toBe(true)
  } finally {
    await gh.close()
  }
})

const CONTROL = `version: 1
service: s
environments:
  production:
    gates:
      - { name: ok, type: command, run: "true" }
    strategy: all-at-once
`

async function runRejected(c: Case, gh: GitHubServer) {
  const runDir = makeRunnerDir('stagegate-fuzz-run-')
  const ws = path.join(runDir, 'workspace')
  fs.mkdirSync(path.join(ws, '.github'))
  fs.writeFileSync(path.join(ws, '.github', 'deploy.yml'), c.text)
  const markerFile = path.join(runDir, 'command-ran')
  const bashEnv = path.join(runDir, 'bash-env.sh')
  fs.writeFileSync(bashEnv, `touch ${JSON.stringify(markerFile)}\n`)
  const run = await runStep({
    dir: runDir,
    inputs: { environment: environmentOf(c.source), version: 'v1.0.0' },
    token: 'ghs_fuzztoken',
    apiUrl: gh.url,
    env: { BASH_ENV: bashEnv }
  })
  const marker = fs.existsSync(markerFile)
  fs.rmSync(runDir, { recursive: true, force: true })
  return { c, run, marker }
}

async function inBatches<T, R>(items: T[], size: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(f))))
  return out
}
