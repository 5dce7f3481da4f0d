/**
 * The hosted providers' local servers (__tests__/support/vendor-servers.ts) check each request
 * against the vendor's own published client: Datadog's generated OpenAPI client and the AWS SDK's
 * GetMetricData serializer. Here: each vendor's own client, sent to the local server, is accepted
 * and reads the server's answers with the vendor's own models (so the answers our providers parse
 * are in the vendor's shape); a request that strays from the vendor's shape is refused.
 */
import { afterEach, expect, test } from '@jest/globals'
import { cloudwatchModelProblems, startVendorServer, type VendorServer } from '../support/vendor-servers.js'
import type { Received } from '../../__fixtures__/metrics/servers.js'

let server: VendorServer | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

async function datadogApi(origin: string) {
  const common: any = await import('@datadog/datadog-api-client/dist/packages/datadog-api-client-common/index.js')
  const metrics: any = await import('@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/apis/MetricsApi.js')
  const client = common.default ?? common
  const configuration = client.createConfiguration({
    authMethods: { apiKeyAuth: 'dd-api-key-123', appKeyAuth: 'dd-app-key-456' },
    baseServer: new client.BaseServerConfiguration(origin, {}),
    enableRetry: false
  })
  return new (metrics.default ?? metrics).MetricsApi(configuration)
}

async function cloudwatch(origin: string) {
  const { CloudWatchClient, GetMetricDataCommand } = await import('@aws-sdk/client-cloudwatch')
  const client = new CloudWatchClient({
    region: 'eu-west-1',
    endpoint: origin,
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }
  })
  const now = Math.floor(Date.now() / 1000)
  const send = (expression: string) =>
    client.send(
      new GetMetricDataCommand({
        MetricDataQueries: [{ Id: 'stagegate', Expression: expression, Period: 60 }],
        StartTime: new Date((now - 300) * 1000),
        EndTime: new Date(now * 1000),
        ScanBy: 'TimestampDescending'
      })
    )
  return { client, send }
}

test("Datadog's own client is accepted, and reads the server's answers with its models", async () => {
  server = await startVendorServer('datadog', 'ECHO')
  const api = await datadogApi(server.url)
  const now = Math.floor(Date.now() / 1000)
  const res = await api.queryMetrics({ from: now - 300, to: now, query: 'VALUE' })
  expect(res.series[0].pointlist[1][1]).toBe(0.042)
  expect((await api.queryMetrics({ from: now - 300, to: now, query: 'EMPTY' })).series).toEqual([])
  await expect(api.queryMetrics({ from: now - 300, to: now, query: 'ERROR' })).rejects.toMatchObject({ code: 400 })
  expect(server.problems).toEqual([])
})

test("a Datadog request that is not the one Datadog's client builds is refused", async () => {
  server = await startVendorServer('datadog', 'ECHO')
  const now = Math.floor(Date.now() / 1000)
  const headers = { 'DD-API-KEY': 'dd-api-key-123', 'DD-APPLICATION-KEY': 'dd-app-key-456' }
  const extra = await fetch(`${server.url}/api/v1/query?from=${now - 300}&to=${now}&query=VALUE&interval=60`, { headers })
  expect(extra.status).toBe(400)
  expect(server.problems.join('\n')).toMatch(/query string .* is not the one Datadog's client builds/)
})

test("the AWS SDK's own CloudWatch client is accepted (signature and model), and reads the server's answers", async () => {
  server = await startVendorServer('cloudwatch', 'ECHO')
  const { client, send } = await cloudwatch(server.url)
  try {
    const res = await send('VALUE')
    expect(res.MetricDataResults?.[0].Values?.[0]).toBe(0.042)
    expect(res.MetricDataResults?.[0].Timestamps?.[0]).toBeInstanceOf(Date)
    await expect(send('ERROR')).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
  } finally {
    client.destroy()
  }
  expect(server.problems).toEqual([])
})

const received = (body: unknown): Received =>
  ({
    method: 'POST',
    rawUrl: '/',
    url: new URL('http://127.0.0.1/'),
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'GraniteServiceVersion20100801.GetMetricData' },
    body: JSON.stringify(body)
  }) as Received

test.each([
  ['a member the model does not have', { Bogus: 1 }, /is not the AWS SDK's serialization/],
  ['a query member in the wrong case', { MetricDataQueries: [{ id: 'stagegate', Expression: 'VALUE', Period: 60 }] }, /serialization/]
])('a GetMetricData body with %s is refused by the AWS SDK model check', async (_what, change, why) => {
  const good = { MetricDataQueries: [{ Id: 'stagegate', Expression: 'VALUE', Period: 60 }], StartTime: 1764147300, EndTime: 1764147600 }
  expect(await cloudwatchModelProblems(received(good))).toEqual([])
  expect((await cloudwatchModelProblems(received({ ...good, ...change }))).join('\n')).toMatch(why)
})
