/**
 * `cloudwatch`: GetMetricData (AWS JSON 1.0 protocol) over the last `window` for one expression
 * (Metrics Insights or metric math); the newest value. Requests are signed with Signature V4 by
 * @smithy/signature-v4 + @aws-crypto/sha256-js (the AWS SDK's own signer), never our own crypto.
 * Credentials: `access-key-id` / `secret-access-key` (default the AWS_* variables) and
 * AWS_SESSION_TOKEN when set.
 */
import { Sha256 } from '@aws-crypto/sha256-js'
import { SignatureV4 } from '@smithy/signature-v4'
import type { MetricConfig } from '../config/schema.js'
import { oneLine } from '../text.js'
import { neverThrows } from './provider-kit.js'
import { renderUrl } from '../net/http-client.js'
import { credential, lastValue, measureHosted, type HostedRequest } from './hosted.js'
import type { Measurement, MetricProvider, TemplateContext } from './types.js'
import { render } from '../config/template.js'

export type CloudwatchMetricConfig = Extract<MetricConfig, { provider: 'cloudwatch' }>
export const TARGET = 'GraniteServiceVersion20100801.GetMetricData'
export const CONTENT_TYPE = 'application/x-amz-json-1.0'

export function cloudwatchProvider(name: string, cfg: CloudwatchMetricConfig, now: () => number = Date.now): MetricProvider {
  return neverThrows(name, true, 'cloudwatch', async ({ context, signal }) => {
    let req: HostedRequest
    try {
      req = await cloudwatchRequest(cfg, context, now())
    } catch (e) {
      return { kind: 'error', detail: `cloudwatch: ${(e as Error).message}` }
    }
    return measureHosted('cloudwatch', cfg.timeout, () => req, interpretCloudwatch, context, signal)
  })
}

export async function cloudwatchRequest(cfg: CloudwatchMetricConfig, ctx: TemplateContext, nowMs: number): Promise<HostedRequest> {
  const region = render(cfg.region, ctx, 'none')
  const base = renderUrl(cfg.endpoint ?? `https://monitoring.${encodeURIComponent(region)}.amazonaws.com`, ctx)
  if (!base.ok) throw new Error(base.detail)
  const url = new URL(base.value)
  const end = Math.floor(nowMs / 1000)
  const body = JSON.stringify({
    MetricDataQueries: [{ Id: 'stagegate', Expression: render(cfg.expression, ctx, 'none'), Period: cfg.period, ReturnData: true }],
    StartTime: end - Math.max(cfg.period, Math.round(cfg.window / 1000)),
    EndTime: end,
    ScanBy: 'TimestampDescending'
  })
  const sessionToken = ctx.env.AWS_SESSION_TOKEN || undefined
  const signer = new SignatureV4({
    service: 'monitoring',
    region,
    sha256: Sha256,
    credentials: {
      accessKeyId: credential(cfg['access-key-id'], ctx, 'access-key-id'),
      secretAccessKey: credential(cfg['secret-access-key'], ctx, 'secret-access-key'),
      sessionToken
    }
  })
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname || '/',
      query: {},
      headers: { host: url.host, 'content-type': CONTENT_TYPE, 'x-amz-target': TARGET },
      body
    },
    { signingDate: new Date(nowMs) }
  )
  return { method: 'POST', url: url.toString(), headers: signed.headers as Record<string, string>, body }
}

interface CwBody {
  __type?: unknown
  message?: unknown
  Message?: unknown
  MetricDataResults?: { Values?: unknown[]; StatusCode?: unknown }[]
}

export function interpretCloudwatch(body: unknown, status: number): Measurement {
  const b = body as CwBody
  if (typeof b?.__type === 'string') {
    const type = b.__type.split('#').pop()
    return { kind: 'error', detail: `${type}: ${oneLine(String(b.message ?? b.Message ?? ''), 300)}` }
  }
  if (status < 200 || status > 299) return { kind: 'error', detail: `HTTP ${status}` }
  const results = b?.MetricDataResults
  if (!Array.isArray(results)) return { kind: 'error', detail: 'the answer is not a GetMetricData response' }
  if (results.length === 0 || !results[0].Values?.length) return { kind: 'no-data', detail: 'no datapoints in the window' }
  if (results.length > 1) return { kind: 'error', detail: `the expression returned ${results.length} series; aggregate it to one` }
  // ScanBy TimestampDescending: the newest value first
  return lastValue([[results[0].Values[0]]], 0)
}
