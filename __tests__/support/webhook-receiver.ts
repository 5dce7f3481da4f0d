/**
 * A local webhook receiver (127.0.0.1, port 0) for the notification tests. Each path plays one
 * service and checks every payload against that service's documented shape and limits:
 * - /slack   Slack incoming webhook + Block Kit: `text` or `blocks`; ≤ 50 blocks; header
 *            plain_text ≤ 150; section text ≤ 3000, ≤ 10 fields of ≤ 2000; actions ≤ 25
 *            elements, buttons with text ≤ 75 and url ≤ 3000; context ≤ 10 elements.
 * - /teams   Teams workflow webhook: { type: "message", attachments: [{ contentType:
 *            "application/vnd.microsoft.card.adaptive", content: AdaptiveCard }] } with $schema,
 *            version, body of known element types, actions of known types with title and url.
 * - /discord Discord execute-webhook: content ≤ 2000, ≤ 10 embeds; embed title ≤ 256,
 *            description ≤ 4096, ≤ 25 fields (name ≤ 256, value ≤ 1024), footer ≤ 2048,
 *            all embed text ≤ 6000, color an integer ≤ 0xFFFFFF.
 * - /hook    generic JSON; X-Stagegate-Signature-256 checked with the shared secret.
 * A payload that breaks a rule is answered 400 with the rule, and recorded with its problems.
 * `mode` makes it answer 500 or never answer (a hung receiver).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  path: string
  headers: http.IncomingHttpHeaders
  raw: string
  body: any
  problems: string[]
}

export interface Receiver {
  url: string
  received: Received[]
  mode: 'ok' | 'error' | 'hang'
  close(): Promise<void>
}

type Check = (body: any, req: http.IncomingMessage, raw: string) => string[]

const len = (s: unknown) => (typeof s === 'string' ? s.length : 0)

export const slackProblems: Check = (b) => {
  const p: string[] = []
  if (typeof b.text !== 'string' && !Array.isArray(b.blocks)) p.push('needs text or blocks')
  if (len(b.text) > 40_000) p.push('text over 40000')
  const blocks: any[] = b.blocks ?? []
  if (blocks.length > 50) p.push(`${blocks.length} blocks > 50`)
  for (const [i, bl] of blocks.entries()) {
    const at = `blocks[${i}] ${bl.type}`
    switch (bl.type) {
      case 'header':
        if (bl.text?.type !== 'plain_text' || len(bl.text.text) < 1 || len(bl.text.text) > 150)
          p.push(`${at}: text must be plain_text of 1..150`)
        break
      case 'section':
        if (!bl.text && !bl.fields) p.push(`${at}: needs text or fields`)
        if (bl.text && (!['mrkdwn', 'plain_text'].includes(bl.text.type) || len(bl.text.text) < 1 || len(bl.text.text) > 3000))
          p.push(`${at}: text must be 1..3000`)
        if (
          bl.fields &&
          (bl.fields.length > 10 || bl.fields.some((f: any) => len(f.text) > 2000 || !['mrkdwn', 'plain_text'].includes(f.type)))
        )
          p.push(`${at}: ≤ 10 fields of ≤ 2000`)
        break
      case 'actions':
        if (!Array.isArray(bl.elements) || bl.elements.length < 1 || bl.elements.length > 25) p.push(`${at}: 1..25 elements`)
        for (const e of bl.elements ?? []) {
          if (
            e.type === 'button' &&
            (e.text?.type !== 'plain_text' ||
              len(e.text.text) > 75 ||
              (e.url !== undefined && (len(e.url) > 3000 || !/^https?:\/\//.test(e.url))))
          )
            p.push(`${at}: bad button`)
        }
        break
      case 'context':
        if (!Array.isArray(bl.elements) || bl.elements.length < 1 || bl.elements.length > 10) p.push(`${at}: 1..10 elements`)
        break
      case 'divider':
        break
      default:
        p.push(`${at}: unknown block type`)
    }
  }
  return p
}

const CARD_ELEMENTS = new Set(['TextBlock', 'FactSet', 'ColumnSet', 'Container', 'Image', 'RichTextBlock', 'ActionSet'])
const CARD_ACTIONS = new Set(['Action.OpenUrl', 'Action.Submit', 'Action.ShowCard', 'Action.ToggleVisibility', 'Action.Execute'])

export const teamsProblems: Check = (b) => {
  const p: string[] = []
  if (b.type !== 'message') p.push('type must be "message"')
  if (!Array.isArray(b.attachments) || b.attachments.length < 1) return [...p, 'needs attachments']
  const a = b.attachments[0]
  if (a.contentType !== 'application/vnd.microsoft.card.adaptive') p.push('contentType must be application/vnd.microsoft.card.adaptive')
  const c = a.content ?? {}
  if (c.type !== 'AdaptiveCard') p.push('content.type must be AdaptiveCard')
  if (typeof c.$schema !== 'string' || !c.$schema.includes('adaptivecards.io')) p.push('content.$schema missing')
  if (!/^1\.[0-6]$/.test(String(c.version))) p.push('content.version must be 1.0..1.6 (Teams supports up to 1.5/1.6)')
  if (!Array.isArray(c.body) || c.body.length === 0) p.push('content.body must be a non-empty array')
  for (const [i, e] of (c.body ?? []).entries()) {
    if (!CARD_ELEMENTS.has(e.type)) p.push(`body[${i}]: unknown element ${e.type}`)
    if (e.type === 'TextBlock' && typeof e.text !== 'string') p.push(`body[${i}]: TextBlock needs text`)
    if (
      e.type === 'FactSet' &&
      (!Array.isArray(e.facts) || e.facts.some((f: any) => typeof f.title !== 'string' || typeof f.value !== 'string'))
    )
      p.push(`body[${i}]: FactSet facts need title and value strings`)
  }
  for (const [i, act] of (c.actions ?? []).entries()) {
    if (!CARD_ACTIONS.has(act.type)) p.push(`actions[${i}]: unknown action ${act.type}`)
    if (act.type === 'Action.OpenUrl' && (typeof act.url !== 'string' || !/^https?:\/\//.test(act.url)))
      p.push(`actions[${i}]: OpenUrl needs an http(s) url`)
  }
  if (Buffer.byteLength(JSON.stringify(b)) > 28 * 1024) p.push('payload over 28 KB (Teams message limit)')
  return p
}

export const discordProblems: Check = (b) => {
  const p: string[] = []
  if (!b.content && !b.embeds?.length) p.push('needs content or embeds')
  if (len(b.content) > 2000) p.push(`content ${len(b.content)} > 2000`)
  const embeds: any[] = b.embeds ?? []
  if (embeds.length > 10) p.push(`${embeds.length} embeds > 10`)
  let total = 0
  for (const [i, e] of embeds.entries()) {
    if (len(e.title) > 256) p.push(`embeds[${i}].title > 256`)
    if (len(e.description) > 4096) p.push(`embeds[${i}].description > 4096`)
    if ((e.fields ?? []).length > 25) p.push(`embeds[${i}] > 25 fields`)
    for (const f of e.fields ?? []) {
      if (len(f.name) < 1 || len(f.name) > 256 || len(f.value) < 1 || len(f.value) > 1024)
        p.push(`embeds[${i}] field name 1..256 / value 1..1024`)
      total += len(f.name) + len(f.value)
    }
    if (len(e.footer?.text) > 2048) p.push(`embeds[${i}].footer > 2048`)
    if (e.color !== undefined && (!Number.isInteger(e.color) || e.color < 0 || e.color > 0xffffff)) p.push(`embeds[${i}].color`)
    if (e.url !== undefined && !/^https?:\/\//.test(e.url)) p.push(`embeds[${i}].url`)
    if (e.timestamp !== undefined && Number.isNaN(Date.parse(e.timestamp))) p.push(`embeds[${i}].timestamp must be ISO8601`)
    total += len(e.title) + len(e.description) + len(e.footer?.text)
  }
  if (total > 6000) p.push(`embed text ${total} > 6000`)
  return p
}

export function hookProblems(secret: string): Check {
  return (b, req, raw) => {
    const p: string[] = []
    const sig = String(req.headers['x-stagegate-signature-256'] ?? '')
    const want = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`
    if (sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want)))
      p.push('bad or missing X-Stagegate-Signature-256')
    if (req.headers['x-stagegate-event'] !== b.event) p.push('X-Stagegate-Event differs from the body')
    if (!req.headers['x-stagegate-delivery']) p.push('no X-Stagegate-Delivery')
    return p
  }
}

export async function startReceiver(hookSecret: string): Promise<Receiver> {
  const checks: Record<string, Check> = {
    '/slack': slackProblems,
    '/teams': teamsProblems,
    '/discord': discordProblems,
    '/hook': hookProblems(hookSecret)
  }
  const received: Received[] = []
  const state = { mode: 'ok' as Receiver['mode'] }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const path = `/${(req.url ?? '').split('?')[0].split('/')[1] ?? ''}`
      let body: any
      const problems: string[] = []
      try {
        body = JSON.parse(raw)
      } catch {
        problems.push('body is not JSON')
      }
      if (req.method !== 'POST') problems.push(`method ${req.method}`)
      if (!String(req.headers['content-type']).startsWith('application/json')) problems.push('content-type is not application/json')
      const check = checks[path]
      if (!check) problems.push(`unknown path ${path}`)
      else if (body) problems.push(...check(body, req, raw))
      received.push({ path, headers: req.headers, raw, body, problems })
      if (state.mode === 'hang') return // never answers
      if (state.mode === 'error') return void res.writeHead(500).end('boom')
      if (problems.length) return void res.writeHead(400, { 'content-type': 'text/plain' }).end(problems.join('; '))
      res.writeHead(path === '/discord' ? 204 : 200, { 'content-type': 'text/plain' }).end(path === '/discord' ? undefined : 'ok')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    get mode() {
      return state.mode
    },
    set mode(m) {
      state.mode = m
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections()
        server.close(() => r())
      })
  }
}
