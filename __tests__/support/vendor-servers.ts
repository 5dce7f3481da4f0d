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
 * Then the query picks the answer: VALUE (0.042 as the last non-null point), EMPTY, ERROR,
 * SLOW (never answers), ECHO … (value 1 when the query arrived exactly as expected).
 */
import type * as http from 'node:http'
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
  const server = await startServer(async (r, res) => {
    const parsed = PARSE[vendor](r)
    if (vendor === 'cloudwatch') parsed.problems.push(...(await cloudwatchSignatureProblems(r)))
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
