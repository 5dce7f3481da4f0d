/** createProviders: one provider per configured metric, each of the configured kind. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { tmpdir } from 'node:os'
import { createCommandRunner } from '../../src/actions/run-command.js'
import { MemoryRuntime } from '../../src/runtime/memory.js'
import { ConfigSchema, METRIC_PROVIDERS, type MetricConfig } from '../../src/config/schema.js'
import { createProvider, createProviders } from '../../src/metrics/registry.js'
import type { TemplateContext } from '../../src/metrics/types.js'
import { sendJson, startServer, type TestServer } from '../../__fixtures__/metrics/servers.js'

/** Real bash; its output lines go to a recording runtime (the log is not under test here). */
const runCommand = createCommandRunner(new MemoryRuntime())

const CONTEXT: TemplateContext = {
  env: {},
  track: 'stable',
  version: 'v1',
  environment: 'production',
  service: 'svc',
  sha: 'abc',
  weight: 0
}
const deps = { runCommand, cwd: tmpdir(), baseEnv: {} }

let server: TestServer
beforeAll(async () => {
  server = await startServer((req, res) =>
    req.url.pathname === '/api/v1/query'
      ? sendJson(res, 200, { status: 'success', data: { resultType: 'scalar', result: [0, '3'] } })
      : sendJson(res, 200, { depth: 2 })
  )
})
afterAll(() => server.stop())

function parsedMetrics(): Record<string, MetricConfig> {
  const config = ConfigSchema.parse({
    version: 1,
    service: 'svc',
    metrics: {
      'from-prometheus': { provider: 'prometheus', address: server.url, query: 'sum(up)' },
      'from-http': { provider: 'http', url: `${server.url}/queue`, value: '$.depth' },
      'from-command': { provider: 'command', run: 'echo 1' }
    },
    environments: { production: {} }
  })
  return config.metrics
}

test('one provider per metric, named after it, measuring through its own backend', async () => {
  const providers = createProviders(parsedMetrics(), deps)
  expect([...providers.keys()]).toEqual(['from-prometheus', 'from-http', 'from-command'])
  const results: Record<string, unknown> = {}
  for (const [name, p] of providers) {
    expect(p.name).toBe(name)
    results[name] = await p.measure({ context: CONTEXT })
  }
  expect(results).toEqual({
    'from-prometheus': { kind: 'value', value: 3 },
    'from-http': { kind: 'value', value: 2 },
    'from-command': { kind: 'value', value: 1 }
  })
  expect(server.received.map((r) => r.url.pathname)).toEqual(['/api/v1/query', '/queue'])
})

test('no metrics, no providers', () => {
  expect(createProviders({}, deps).size).toBe(0)
})

test('every provider the schema knows is handled', () => {
  const minimal: Record<(typeof METRIC_PROVIDERS)[number], MetricConfig> = parsedMetricsByProvider()
  for (const kind of METRIC_PROVIDERS) expect(createProvider(kind, minimal[kind], deps).name).toBe(kind)
})

test('an unknown provider (past the schema) is a programming error', () => {
  const bogus = { provider: 'splunk', timeout: 1000 } as unknown as MetricConfig
  expect(() => createProviders({ legacy: bogus }, deps)).toThrow('metric "legacy": unknown provider "splunk"')
})

function parsedMetricsByProvider(): Record<(typeof METRIC_PROVIDERS)[number], MetricConfig> {
  const m = parsedMetrics()
  const hosted = ConfigSchema.parse({
    version: 1,
    service: 's',
    environments: { p: {} },
    metrics: {
      influxdb: { provider: 'influxdb', address: 'http://127.0.0.1:1', database: 'db', query: 'SELECT 1' },
      graphite: { provider: 'graphite', address: 'http://127.0.0.1:1', target: 'a.b' },
      datadog: { provider: 'datadog', query: 'sum:a{*}', 'api-key': 'k', 'app-key': 'a' },
      newrelic: { provider: 'newrelic', 'account-id': 1, query: 'SELECT count(*) FROM Transaction', 'api-key': 'k' },
      cloudwatch: { provider: 'cloudwatch', region: 'eu-west-1', expression: 'SELECT AVG(CPUUtilization) FROM "AWS/EC2"' }
    }
  }).metrics
  return {
    prometheus: m['from-prometheus'],
    http: m['from-http'],
    command: m['from-command'],
    influxdb: hosted.influxdb,
    graphite: hosted.graphite,
    datadog: hosted.datadog,
    newrelic: hosted.newrelic,
    cloudwatch: hosted.cloudwatch
  }
}
