/**
 * `newrelic`: NRQL through NerdGraph (POST GraphQL with the API-Key header): one row whose one
 * numeric field is the value.
 */
import type { MetricConfig } from '../config/schema.js'
import { oneLine } from '../text.js'
import { toNumber } from '../number.js'
import { neverThrows } from './provider-kit.js'
import { renderUrl } from '../net/http-client.js'
import { credential, measureHosted, renderQuoted, type HostedRequest } from './hosted.js'
import type { Measurement, MetricProvider, TemplateContext } from './types.js'

export type NewrelicMetricConfig = Extract<MetricConfig, { provider: 'newrelic' }>

export const NRQL_QUERY = 'query($accountId: Int!, $nrql: Nrql!) { actor { account(id: $accountId) { nrql(query: $nrql) { results } } } }'

export function newrelicProvider(name: string, cfg: NewrelicMetricConfig): MetricProvider {
  return neverThrows(name, true, 'newrelic', ({ context, signal }) =>
    measureHosted('newrelic', cfg.timeout, (ctx) => newrelicRequest(cfg, ctx), interpretNewrelic, context, signal)
  )
}

export function newrelicRequest(cfg: NewrelicMetricConfig, ctx: TemplateContext): HostedRequest {
  const url = renderUrl(cfg.endpoint, ctx)
  if (!url.ok) throw new Error(url.detail)
  const nrql = renderQuoted(cfg.query, ctx)
  return {
    method: 'POST',
    url: url.value,
    headers: { 'API-Key': credential(cfg['api-key'], ctx, 'api-key') },
    body: JSON.stringify({ query: NRQL_QUERY, variables: { accountId: cfg['account-id'], nrql } })
  }
}

interface NrBody {
  errors?: { message?: unknown }[]
  data?: { actor?: { account?: { nrql?: { results?: unknown } } | null } }
}

/** Fields NRQL adds to a row that are not the measured value. */
const META = new Set(['timestamp', 'beginTimeSeconds', 'endTimeSeconds', 'facet'])

export function interpretNewrelic(body: unknown, status: number): Measurement {
  const b = body as NrBody
  if (Array.isArray(b?.errors) && b.errors.length)
    return { kind: 'error', detail: oneLine(b.errors.map((e) => String(e?.message ?? 'error')).join('; '), 300) }
  if (status < 200 || status > 299) return { kind: 'error', detail: `HTTP ${status}` }
  const results = b?.data?.actor?.account?.nrql?.results
  if (!Array.isArray(results))
    return { kind: 'error', detail: 'the answer has no data.actor.account.nrql.results (is the account id right?)' }
  if (results.length === 0) return { kind: 'no-data', detail: 'query returned no rows' }
  if (results.length > 1) return { kind: 'error', detail: `query returned ${results.length} rows; drop FACET/TIMESERIES so it returns one` }
  const fields = Object.entries(results[0] as Record<string, unknown>).filter(([k]) => !META.has(k))
  if (fields.length !== 1)
    return { kind: 'error', detail: `the row has ${fields.length} fields (${fields.map(([k]) => k).join(', ')}); select exactly one` }
  const [field, v] = fields[0]
  if (v === null) return { kind: 'no-data', detail: `${field} is null (no matching events)` }
  const n = toNumber(v)
  return n === undefined ? { kind: 'error', detail: `${field} is ${JSON.stringify(v)}, not a number` } : { kind: 'value', value: n }
}
