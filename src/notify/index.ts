/**
 * Sends one event to every notifier that wants it, each with its own deadline (`timeout`,
 * default 5s) and no retry. Never throws: a failed notification is one warning line.
 * Loaded only when a config has `notify:` (see lazy.ts).
 */
import { createHmac, randomUUID } from 'node:crypto'
import type { NotifyConfig } from '../config/schema.js'
import { redact, render } from '../config/template.js'
import { exchange, renderHeaders, renderUrl } from '../net/http-client.js'
import type { TemplateContext } from '../metrics/types.js'
import type { NotifyEvent } from './event.js'
import { discordPayload, slackPayload, teamsPayload, webhookPayload } from './format.js'
import type { Log } from '../runtime/types.js'

export interface Delivery {
  type: NotifyConfig['type']
  event: NotifyEvent['event']
  outcome: 'sent' | 'failed'
  detail: string
}

export const SIGNATURE_HEADER = 'x-stagegate-signature-256'

export function wants(target: NotifyConfig, event: NotifyEvent['event']): boolean {
  return target.events === undefined || target.events.includes(event)
}

export function payloadFor(target: NotifyConfig, ev: NotifyEvent): Record<string, unknown> {
  switch (target.type) {
    case 'slack':
      return slackPayload(ev)
    case 'teams':
      return teamsPayload(ev)
    case 'discord':
      return discordPayload(ev)
    case 'webhook':
      return webhookPayload(ev)
    default: {
      const never: never = target
      throw new Error(`unknown notification type ${JSON.stringify((never as { type?: unknown }).type)}`)
    }
  }
}

/** `sha256=<hex>` of the body under `secret`, as GitHub signs its webhooks (X-Hub-Signature-256). */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`
}

export async function deliver(
  targets: NotifyConfig[],
  ev: NotifyEvent,
  template: TemplateContext,
  secrets: string[],
  log: Log
): Promise<Delivery[]> {
  const chosen = targets.filter((t) => wants(t, ev.event))
  const out = await Promise.all(chosen.map((t) => deliverOne(t, ev, template, secrets)))
  for (const d of out) {
    if (d.outcome === 'sent') log.info(`notify ${d.type}: ${d.event} ${d.detail}`)
    else log.warning(`notify ${d.type}: ${d.event} not delivered: ${d.detail} (the rollout goes on)`)
  }
  return out
}

async function deliverOne(target: NotifyConfig, ev: NotifyEvent, template: TemplateContext, secrets: string[]): Promise<Delivery> {
  const base = { type: target.type, event: ev.event }
  try {
    const url = renderUrl(target.url, template)
    if (!url.ok) return { ...base, outcome: 'failed', detail: `url: ${redact(url.detail, secrets)}` }
    const headers = renderHeaders(target.type === 'webhook' ? target.headers : undefined, template)
    if (!headers.ok) return { ...base, outcome: 'failed', detail: headers.detail }
    const body = redact(JSON.stringify(payloadFor(target, ev)), secrets)
    headers.value.set('content-type', 'application/json')
    headers.value.set('user-agent', 'stagegate-notify')
    if (target.type === 'webhook') {
      headers.value.set('x-stagegate-event', ev.event)
      headers.value.set('x-stagegate-delivery', randomUUID())
      if (target.secret) headers.value.set(SIGNATURE_HEADER, signature(render(target.secret, template, 'none'), body))
    }
    const res = await exchange({ method: 'POST', url: url.value, headers: headers.value, body, timeoutMs: target.timeout })
    const host = new URL(url.value).host
    if (!res.ok) return { ...base, outcome: 'failed', detail: `${host}: ${redact(res.detail, secrets)}` }
    const { status, statusText } = res.value
    if (status < 200 || status > 299)
      return { ...base, outcome: 'failed', detail: `${host} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}` }
    return { ...base, outcome: 'sent', detail: `to ${host}` }
  } catch (e) {
    return { ...base, outcome: 'failed', detail: redact((e as Error).message, secrets) }
  }
}
