/**
 * The `graphite` metric provider against a real Graphite (Debian's graphite-carbon and
 * graphite-web on 127.0.0.1, see __tests__/support/graphite.ts): datapoints go in over carbon's
 * plaintext protocol and come back through graphite-web's render API. The provider's contract
 * cases run against it, and the bundled action (dist/, run as the runner runs it) reads a
 * graphite metric in its analysis: a healthy canary is promoted, a failing one rolled back.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { makeRunnerDir, runStep, type StepResult } from '../../scripts/lib/runner.mjs'
import { createCommandRunner } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import { Metric, type MetricConfig } from '../../src/config/schema.js'
import { createProviders } from '../../src/metrics/registry.js'
import type { Measurement, TemplateContext } from '../../src/metrics/types.js'
import { closedPort, startSlowProxy, type TestServer } from '../../__fixtures__/metrics/servers.js'
import { graphiteSkipReason, startGraphite, type Graphite } from '../support/graphite.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

jest.setTimeout(120_000)

const skip = graphiteSkipReason()
if (skip) console.warn(`graphite e2e skipped: ${skip}`)
const describeGraphite = skip ? describe.skip : describe

/** A version that breaks naive URL splicing (and is a valid Graphite path element): `&`, `=`, `#`, `?`, `+`, `%`. */
const WEIRD = 'v2&from=-1s#x?y+z%20w'

const CONTEXT: TemplateContext = {
  env: {},
  track: 'canary',
  version: 'v1.2.3',
  environment: 'production',
  service: 'checkout',
  sha: '0123456789abcdef',
  weight: 25
}

let graphite: Graphite | undefined
let slow: TestServer | undefined
let refused = 0

beforeAll(async () => {
  if (skip) return
  graphite = await startGraphite()
  slow = await startSlowProxy(graphite.url, 10_000)
  refused = await closedPort()
  await graphite.feed([
    { name: 'http.canary.v1_2_3.errors', value: 0.5, at: Math.floor(Date.now() / 1000) - 2 },
    { name: 'http.canary.v1_2_3.errors', value: 0.25 },
    { name: 'http.stable.v1_2_3.errors', value: 0.125 },
    { name: `http.canary.${WEIRD}.errors`, value: 0.75 }
  ])
}, 90_000)

afterAll(async () => {
  await slow?.stop()
  await graphite?.stop()
})

async function measure(
  config: Record<string, unknown>,
  context: Partial<TemplateContext> = {},
  signal?: AbortSignal
): Promise<Measurement> {
  const parsed = Metric.parse({ provider: 'graphite', address: graphite!.url, timeout: '2s', ...config }) as MetricConfig
  const provider = createProviders({ m: parsed }, { runCommand, cwd: process.cwd(), baseEnv: {} }).get('m')!
  const pending = provider.measure({ context: { ...CONTEXT, ...context }, signal })
  await expect(pending).resolves.toBeDefined() // never rejects
  return pending
}

describeGraphite('the graphite provider against a real graphite-web', () => {
  test('a value: the last non-null point of the one series the target returns', async () => {
    expect(await measure({ target: 'http.{{ track }}.v1_2_3.errors' })).toEqual({ kind: 'value', value: 0.25 })
    expect(await measure({ target: 'http.{{ track }}.v1_2_3.errors' }, { track: 'stable' })).toEqual({ kind: 'value', value: 0.125 })
  })

  test('a value through a render function (sumSeries over a wildcard)', async () => {
    expect(await measure({ target: 'sumSeries(http.*.v1_2_3.errors)' })).toEqual({ kind: 'value', value: 0.375 })
  })

  test('values escaped for where they land: a version full of URL syntax reaches graphite-web as one path element', async () => {
    expect(await measure({ target: 'http.{{ track }}.{{ version }}.errors' }, { version: WEIRD })).toEqual({ kind: 'value', value: 0.75 })
  })

  test('no data: a target that matches no series', async () => {
    const r = await measure({ target: 'sumSeries(http.{{ track }}.no_such_version.errors)' })
    expect(r).toEqual({ kind: 'no-data', detail: expect.stringMatching(/matched no series/) })
  })

  test('an error from the backend: graphite-web refuses an unknown render function', async () => {
    const r = await measure({ target: 'noSuchFunction(http.canary.v1_2_3.errors)' })
    expect(r.kind).toBe('error')
    expect(r.kind === 'error' && r.detail).toMatch(/^graphite at http:\/\/127\.0\.0\.1:\d+\/render: .*HTTP 400/)
    expect(r.kind === 'error' && r.detail).not.toMatch(/\n/)
  })

  test('an error: a target returning several series asks for an aggregate', async () => {
    const r = await measure({ target: 'http.*.v1_2_3.errors' })
    expect(r).toEqual({ kind: 'error', detail: expect.stringMatching(/returned 2 series; wrap it in sumSeries/) })
  })

  test('an unreachable backend', async () => {
    const r = await measure({ target: 'http.canary.v1_2_3.errors', address: `http://127.0.0.1:${refused}` })
    expect(r).toEqual({ kind: 'error', detail: `graphite at http://127.0.0.1:${refused}/render: connection refused` })
  })

  test('a backend slower than the timeout', async () => {
    const r = await measure({ target: 'http.canary.v1_2_3.errors', address: slow!.url, timeout: '300ms' })
    expect(r).toEqual({ kind: 'error', detail: expect.stringMatching(/timed out after 300ms/) })
  })

  test('a signal aborted while graphite-web is being waited for', async () => {
    const c = new AbortController()
    void slow!.nextRequest('/render').then(() => c.abort())
    const r = await measure({ target: 'http.canary.v1_2_3.errors', address: slow!.url, timeout: '20s' }, {}, c.signal)
    expect(r).toEqual({ kind: 'error', detail: 'cancelled' })
  })
})

function config(maxErrors: number): string {
  return `version: 1
service: checkout
metrics:
  canary-errors:
    provider: graphite
    address: "{{ env.GRAPHITE_URL }}"
    target: "sumSeries(http.{{ track }}.v1_2_3.errors)"
    from: -10min
environments:
  production:
    steps:
      - { weight: 50, pause: 300ms }
      - { weight: 100, pause: 0s }
    analysis:
      interval: 100ms
      checks:
        - { metric: canary-errors, max: ${maxErrors} }
    actions:
      set-weight: "true"
      rollback: "true"
`
}

async function deploy(maxErrors: number): Promise<StepResult> {
  const dir = makeRunnerDir('stagegate-graphite-e2e-')
  fs.mkdirSync(path.join(dir, 'workspace', '.github'))
  fs.writeFileSync(path.join(dir, 'workspace', '.github', 'deploy.yml'), config(maxErrors))
  try {
    const r = await runStep({ dir, inputs: { environment: 'production', version: 'v1.2.3' }, env: { GRAPHITE_URL: graphite!.url } })
    if (!r.report) throw new Error(`no report; output:\n${r.stdout}\n${graphite!.logs()}`)
    return r
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describeGraphite('a deploy through the bundle reads a graphite metric', () => {
  test('the canary error ratio from graphite (0.25) is under the limit: promoted', async () => {
    const r = await deploy(0.3)
    expect(r.outputs.status).toBe('succeeded')
    expect(JSON.stringify(r.report)).toContain('0.25')
  })

  test("the same metric over a stricter limit: rolled back, and the report gives graphite's value", async () => {
    const r = await deploy(0.1)
    expect(r.outputs.status).toBe('rolled-back')
    expect(JSON.stringify(r.report)).toMatch(/canary-errors/)
    expect(JSON.stringify(r.report)).toContain('0.25')
  })
})
