/**
 * Local stand-ins for the hosted metric APIs (127.0.0.1, port 0). Each checks every request
 * against the vendor's documented shape and records what is wrong in `problems` (answering as
 * the vendor would: 400/403 with its error body):
 * - datadog   GET /api/v1/query?from=<s>&to=<s>&query=… with DD-API-KEY and DD-APPLICATION-KEY
 *             → { status: "ok", series: [{ pointlist: [[ms, value], …] }] }
 * - newrelic  POST /graphql, API-Key header, JSON { query, variables: { accountId: Int, nrql } }
 *             using actor.account(id).nrql(query).results → { data: { actor: { account: { nrql: { results } } } } }
 * - cloudwatch POST / GetMetricData (AWS JSON 1.0), SigV4-signed (checked by re-signing)
 * - graphite  GET /render?target=…&from=-5min&until=now&format=json → [{ target, datapoints: [[value, s], …] }]
 * Besides those hand checks, datadog and cloudwatch requests are compared with what the vendor's
 * own published client builds for the same parameters (see vendorModelProblems): Datadog's
 * generated OpenAPI client (@datadog/datadog-api-client, v1 MetricsApiRequestFactory.queryMetrics)
 * and the AWS SDK's GetMetricData serializer (@aws-sdk/client-cloudwatch, its Smithy model).
 * Both are devDependencies: the action's bundle never loads them.
 * Then the query picks the answer: VALUE (0.042 as the last non-null point), EMPTY, ERROR,
 * SLOW (never answers), ECHO … (value 1 when the query arrived exactly as expected).
 */
import type * as http from 'node:http'
import { isDeepStrictEqual } from 'node:util'
import { Sha256 } from '@aws-crypto/sha256-js'
import { SignatureV4 } from '@smithy/signature-v4'
import { sendJson, sendText, startServer, type Received, type TestServer } from '../../__fixtures__/metrics/servers.js'

export interface VendorServer extends TestServer {
  problems: string[]
}

type Vendor = 'datadog' | 'newrelic' | 'graphite' | 'cloudwatch'

interface Parsed {
  query?: string
  problems: string[]
}

function datadogRequest(r: Received): Parsed {
  const p: string[] = []
  if (r.method !== 'GET' || r.url.pathname !== '/api/v1/query') p.push(`${r.method} ${r.url.pathname} is not GET /api/v1/query`)
  if (r.headers['dd-api-key'] !== 'dd-api-key-123') p.push('DD-API-KEY missing or wrong')
  if (r.headers['dd-application-key'] !== 'dd-app-key-456') p.push('DD-APPLICATION-KEY missing or wrong')
  const from = r.url.searchParams.get('from') ?? ''
  const to = r.url.searchParams.get('to') ?? ''
  if (!/^\d{10}$/.test(from) || !/^\d{10}$/.test(to)) p.push('from/to must be POSIX seconds')
  else if (Number(to) - Number(from) !== 300) p.push(`window is ${Number(to) - Number(from)}s, expected 300s`)
  const query = r.url.searchParams.get('query') ?? undefined
  if (!query) p.push('query is required')
  return { query, problems: p }
}

function newrelicRequest(r: Received): Parsed {
  const p: string[] = []
  if (r.method !== 'POST' || r.url.pathname !== '/graphql') p.push(`${r.method} ${r.url.pathname} is not POST /graphql`)
  if (r.headers['api-key'] !== 'NRAK-TESTKEY') p.push('API-Key missing or wrong')
  if (!String(r.headers['content-type']).startsWith('application/json')) p.push('content-type must be application/json')
  let body: any
  try {
    body = JSON.parse(r.body)
  } catch {
    return { problems: [...p, 'body is not JSON'] }
  }
  if (
    typeof body.query !== 'string' ||
    !/account\(id: \$accountId\)/.test(body.query) ||
    !/nrql\(query: \$nrql\)/.test(body.query) ||
    !/results/.test(body.query)
  )
    p.push('GraphQL query must select actor.account(id: $accountId).nrql(query: $nrql).results')
  if (!/\$accountId: Int!/.test(body.query ?? '') || !/\$nrql: Nrql!/.test(body.query ?? ''))
    p.push('variables must be declared $accountId: Int!, $nrql: Nrql!')
  if (body.variables?.accountId !== 1234567) p.push('variables.accountId must be the number 1234567')
  if (typeof body.variables?.nrql !== 'string') p.push('variables.nrql must be a string')
  return { query: body.variables?.nrql, problems: p }
}

function graphiteRequest(r: Received): Parsed {
  const p: string[] = []
  if (r.method !== 'GET' || r.url.pathname !== '/render') p.push(`${r.method} ${r.url.pathname} is not GET /render`)
  if (r.url.searchParams.get('format') !== 'json') p.push('format=json is required')
  if (r.url.searchParams.get('from') !== '-5min' || r.url.searchParams.get('until') !== 'now') p.push('from=-5min&until=now expected')
  const query = r.url.searchParams.get('target') ?? undefined
  if (!query) p.push('target is required')
  return { query, problems: p }
}

/**
 * CloudWatch GetMetricData, AWS JSON 1.0: POST / with X-Amz-Target and the JSON content type,
 * signed with SigV4 for service `monitoring` in eu-west-1 by AKIDEXAMPLE. The signature is
 * checked by signing the request as received again with the AWS SDK's signer at its X-Amz-Date:
 * any change to the method, path, signed headers or body breaks it.
 */
export async function cloudwatchSignatureProblems(r: Received): Promise<string[]> {
  const p: string[] = []
  const auth = String(r.headers.authorization ?? '')
  const date = String(r.headers['x-amz-date'] ?? '')
  const m =
    /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/(\d{8})\/eu-west-1\/monitoring\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/.exec(
      auth
    )
  if (!m) return [`Authorization is not a SigV4 header for AKIDEXAMPLE/eu-west-1/monitoring: ${auth}`]
  for (const h of ['host', 'x-amz-date', 'x-amz-target', 'content-type']) if (!m[2].split(';').includes(h)) p.push(`${h} is not signed`)
  const at = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date)
  if (!at) return [...p, 'X-Amz-Date missing']
  const signingDate = new Date(Date.UTC(+at[1], +at[2] - 1, +at[3], +at[4], +at[5], +at[6]))
  const signer = new SignatureV4({
    service: 'monitoring',
    region: 'eu-west-1',
    sha256: Sha256,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }
  })
  const headers: Record<string, string> = {}
  for (const h of m[2].split(';'))
    if (h !== 'x-amz-date' && h !== 'x-amz-content-sha256' && h !== 'authorization') headers[h] = String(r.headers[h] ?? '')
  const again = await signer.sign(
    { method: r.method, protocol: 'http:', hostname: '127.0.0.1', path: r.url.pathname, query: {}, headers, body: r.body },
    { signingDate }
  )
  if (again.headers.authorization !== auth) p.push('SigV4 signature does not match the request as received')
  return p
}

function cloudwatchRequest(r: Received): Parsed {
  const p: string[] = []
  if (r.method !== 'POST' || r.url.pathname !== '/') p.push(`${r.method} ${r.url.pathname} is not POST /`)
  if (r.headers['x-amz-target'] !== 'GraniteServiceVersion20100801.GetMetricData')
    p.push('X-Amz-Target must be GraniteServiceVersion20100801.GetMetricData')
  if (r.headers['content-type'] !== 'application/x-amz-json-1.0') p.push('Content-Type must be application/x-amz-json-1.0')
  let body: any
  try {
    body = JSON.parse(r.body)
  } catch {
    return { problems: [...p, 'body is not JSON'] }
  }
  const q = body.MetricDataQueries
  if (
    !Array.isArray(q) ||
    q.length !== 1 ||
    !/^[a-z][A-Za-z0-9_]*$/.test(q[0].Id ?? '') ||
    typeof q[0].Expression !== 'string' ||
    q[0].Period % 60 !== 0
  )
    p.push('MetricDataQueries: one query with an Id (lowercase first), Expression and a Period multiple of 60')
  if (!Number.isInteger(body.StartTime) || !Number.isInteger(body.EndTime) || body.EndTime - body.StartTime !== 300)
    p.push('StartTime/EndTime must be epoch seconds 300 s apart')
  if (body.ScanBy !== undefined && !['TimestampDescending', 'TimestampAscending'].includes(body.ScanBy)) p.push('ScanBy')
  return { query: q?.[0]?.Expression, problems: p }
}

type DatadogFactory = { queryMetrics(from: number, to: number, query: string): Promise<any> }

/** Datadog's generated client (from its OpenAPI description): the request factory of v1 queryMetrics, for `origin`. */
async function datadogFactory(origin: string): Promise<DatadogFactory> {
  const common: any = await import('@datadog/datadog-api-client/dist/packages/datadog-api-client-common/index.js')
  const metrics: any = await import('@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/apis/MetricsApi.js')
  const client = common.default ?? common
  const configuration = client.createConfiguration({
    authMethods: { apiKeyAuth: 'dd-api-key-123', appKeyAuth: 'dd-app-key-456' },
    baseServer: new client.BaseServerConfiguration(origin, {})
  })
  return new (metrics.default ?? metrics).MetricsApiRequestFactory(configuration)
}

const sorted = (q: URLSearchParams) => [...q.entries()].sort(([a], [b]) => a.localeCompare(b))

/** The request as Datadog's client builds it for the same from/to/query: method, path, exactly its parameters, its auth headers. */
export async function datadogModelProblems(r: Received): Promise<string[]> {
  const [from, to, query] = [Number(r.url.searchParams.get('from')), Number(r.url.searchParams.get('to')), r.url.searchParams.get('query')]
  if (!Number.isInteger(from) || !Number.isInteger(to) || query === null) return [] // the hand checks say why
  const want = await (await datadogFactory(`http://${r.headers.host}`)).queryMetrics(from, to, query)
  const url = new URL(want.getUrl())
  const p: string[] = []
  if (want.getHttpMethod() !== r.method || url.pathname !== r.url.pathname)
    p.push(`${r.method} ${r.url.pathname} is not Datadog's client's ${want.getHttpMethod()} ${url.pathname}`)
  if (!isDeepStrictEqual(sorted(url.searchParams), sorted(r.url.searchParams)))
    p.push(`query string ${r.url.search} is not the one Datadog's client builds: ${url.search}`)
  for (const [name, value] of Object.entries(want.getHeaders() as Record<string, string>))
    if (/^dd-/i.test(name) && r.headers[name.toLowerCase()] !== value) p.push(`header ${name} is not what Datadog's client sends`)
  return p
}

/** The HTTP request the AWS SDK's CloudWatch client would send for `input` (signed, never sent). */
export async function cloudwatchSdkRequest(
  input: any
): Promise<{ method: string; path: string; headers: Record<string, string>; body: string }> {
  const { CloudWatchClient, GetMetricDataCommand } = await import('@aws-sdk/client-cloudwatch')
  let captured: any
  const client = new CloudWatchClient({
    region: 'eu-west-1',
    endpoint: 'http://127.0.0.1:9',
    maxAttempts: 1,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    requestHandler: {
      handle: async (req: any) => {
        captured = req
        throw new Error('captured')
      }
    } as any
  })
  await client.send(new GetMetricDataCommand(input)).catch(() => undefined)
  client.destroy()
  if (!captured) throw new Error('the AWS SDK refused the input before serializing it')
  const body = typeof captured.body === 'string' ? captured.body : new TextDecoder().decode(captured.body)
  return { method: captured.method, path: captured.path, headers: captured.headers, body }
}

/**
 * GetMetricData as the AWS SDK serializes it from its Smithy model (AWS JSON 1.0): the body read
 * back into the SDK's input type (timestamps as Dates) and serialized again must be the body
 * received; a member the model does not have is dropped, a timestamp in another form changes.
 */
export async function cloudwatchModelProblems(r: Received): Promise<string[]> {
  let body: any
  try {
    body = JSON.parse(r.body)
  } catch {
    return [] // the hand checks say why
  }
  const toDate = (v: unknown) => (typeof v === 'number' ? new Date(v * 1000) : v)
  let sdk: Awaited<ReturnType<typeof cloudwatchSdkRequest>>
  try {
    sdk = await cloudwatchSdkRequest({ ...body, StartTime: toDate(body.StartTime), EndTime: toDate(body.EndTime) })
  } catch (e) {
    return [`the AWS SDK cannot serialize this GetMetricData input: ${(e as Error).message}`]
  }
  const p: string[] = []
  if (sdk.method !== r.method || sdk.path !== r.url.pathname)
    p.push(`${r.method} ${r.url.pathname} is not the AWS SDK's ${sdk.method} ${sdk.path}`)
  for (const h of ['content-type', 'x-amz-target'])
    if (r.headers[h] !== sdk.headers[h]) p.push(`${h} ${String(r.headers[h])} is not the AWS SDK's ${sdk.headers[h]}`)
  if (!isDeepStrictEqual(JSON.parse(sdk.body), body)) p.push(`body ${r.body} is not the AWS SDK's serialization of it: ${sdk.body}`)
  return p
}

const PARSE: Record<Vendor, (r: Received) => Parsed> = {
  datadog: datadogRequest,
  newrelic: newrelicRequest,
  graphite: graphiteRequest,
  cloudwatch: cloudwatchRequest
}

function answer(vendor: Vendor, res: http.ServerResponse, kind: 'value' | 'empty' | 'error', value = 0.042): void {
  const now = Math.floor(Date.now() / 1000)
  switch (vendor) {
    case 'datadog':
      if (kind === 'error') return sendJson(res, 400, { errors: ['Error parsing query: bad query'] })
      return sendJson(res, 200, {
        status: 'ok',
        series:
          kind === 'empty'
            ? []
            : [
                {
                  metric: 'm',
                  pointlist: [
                    [(now - 60) * 1000, 0.01],
                    [(now - 30) * 1000, value],
                    [now * 1000, null]
                  ]
                }
              ]
      })
    case 'newrelic':
      if (kind === 'error')
        return sendJson(res, 200, { errors: [{ message: 'NRQL Syntax Error: bad query' }], data: { actor: { account: { nrql: null } } } })
      return sendJson(res, 200, { data: { actor: { account: { nrql: { results: kind === 'empty' ? [] : [{ percentage: value }] } } } } })
    case 'cloudwatch':
      if (kind === 'error')
        return sendJson(res, 400, {
          __type: 'com.amazonaws.cloudwatch#InvalidParameterValueException',
          message: 'bad query: the expression is not valid'
        })
      return sendJson(res, 200, {
        MetricDataResults: [
          {
            Id: 'stagegate',
            Label: 'q',
            Timestamps: kind === 'empty' ? [] : [now - 60, now - 120],
            Values: kind === 'empty' ? [] : [value, 0.01],
            StatusCode: 'Complete'
          }
        ],
        Messages: []
      })
    case 'graphite':
      if (kind === 'error') return sendText(res, 400, 'text/html', '<h1>bad query</h1>')
      return sendJson(
        res,
        200,
        kind === 'empty'
          ? []
          : [
              {
                target: 't',
                datapoints: [
                  [0.01, now - 60],
                  [value, now - 30],
                  [null, now]
                ]
              }
            ]
      )
  }
}

export async function startVendorServer(vendor: Vendor, expectEcho: string): Promise<VendorServer> {
  const problems: string[] = []
  // load the vendor's client before the first request (a provider under test has a short timeout)
  if (vendor === 'datadog') await datadogFactory('http://127.0.0.1')
  if (vendor === 'cloudwatch') await cloudwatchSdkRequest({ MetricDataQueries: [] })
  const server = await startServer(async (r, res) => {
    const parsed = PARSE[vendor](r)
    if (vendor === 'cloudwatch') parsed.problems.push(...(await cloudwatchSignatureProblems(r)), ...(await cloudwatchModelProblems(r)))
    if (vendor === 'datadog') parsed.problems.push(...(await datadogModelProblems(r)))
    if (parsed.problems.length) {
      problems.push(...parsed.problems)
      return sendJson(res, vendor === 'datadog' && parsed.problems.some((x) => x.includes('KEY')) ? 403 : 400, { errors: parsed.problems })
    }
    const q = parsed.query ?? ''
    if (q === 'SLOW') return // never answers; stop() closes the connection
    if (q === 'VALUE') return answer(vendor, res, 'value')
    if (q === 'EMPTY') return answer(vendor, res, 'empty')
    if (q === 'ERROR') return answer(vendor, res, 'error')
    if (q.startsWith('ECHO')) {
      if (q !== expectEcho) problems.push(`query arrived as ${JSON.stringify(q)}, expected ${JSON.stringify(expectEcho)}`)
      return answer(vendor, res, 'value', q === expectEcho ? 1 : 0)
    }
    return answer(vendor, res, 'error')
  })
  return Object.assign(server, { problems })
}
