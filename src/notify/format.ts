/**
 * One NotifyEvent as each target's documented payload, within its limits:
 * - Slack incoming webhook: `text` fallback + Block Kit (≤ 50 blocks, section text ≤ 3000).
 * - Teams workflow webhook: a message whose attachment is an Adaptive Card (1.4).
 * - Discord webhook: `content` ≤ 2000, one embed (title ≤ 256, description ≤ 4096, ≤ 25 fields).
 * - Generic webhook: the event itself as JSON, versioned.
 */
import type { NotifyEvent } from './event.js'

const ICON: Record<NotifyEvent['event'], string> = {
  started: '🚀',
  step: '↗️',
  paused: '⏸️',
  'rolled-back': '↩️',
  'rollback-failed': '🚨',
  succeeded: '✅',
  blocked: '⛔',
  failed: '❌'
}
const COLOR: Record<NotifyEvent['event'], number> = {
  started: 0x1f6feb,
  step: 0x1f6feb,
  paused: 0xd29922,
  'rolled-back': 0xd29922,
  'rollback-failed': 0xcf222e,
  succeeded: 0x2da44e,
  blocked: 0xcf222e,
  failed: 0xcf222e
}

export function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`
}

function facts(ev: NotifyEvent): [string, string][] {
  const out: [string, string][] = [
    ['Traffic on new version', `${ev.weight}%`],
    ['Version', ev.version],
    ['Environment', ev.environment],
    ['Commit', ev.sha.slice(0, 7)]
  ]
  if (ev.step) out.splice(1, 0, ['Step', `${ev.step.index}/${ev.step.total}`])
  return out
}

/** Slack's mrkdwn and `text` treat &, < and > as control characters: escaped as its docs say. */
export function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function slackPayload(ev: NotifyEvent): Record<string, unknown> {
  const text = slackEscape(`${ICON[ev.event]} ${ev.title}${ev.why ? `: ${ev.why}` : ''}`)
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(`${ICON[ev.event]} ${ev.title}`, 150), emoji: true } }
  ]
  if (ev.why) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(`*Why:* ${slackEscape(ev.why)}`, 3000) } })
  blocks.push({ type: 'section', fields: facts(ev).map(([k, v]) => ({ type: 'mrkdwn', text: cut(`*${k}:*\n${slackEscape(v)}`, 2000) })) })
  const buttons = [{ type: 'button', text: { type: 'plain_text', text: 'Open the run' }, url: ev.runUrl }]
  if (ev.environmentUrl)
    buttons.push({ type: 'button', text: { type: 'plain_text', text: 'Open the environment' }, url: ev.environmentUrl })
  if (ev.runUrl) blocks.push({ type: 'actions', elements: buttons.filter((b) => b.url) })
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(`Stagegate · ${ev.service} · ${ev.at}`) }] })
  return { text: cut(text, 3000), blocks }
}

export function teamsPayload(ev: NotifyEvent): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: `${ICON[ev.event]} ${ev.title}`, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' }
  ]
  if (ev.why) body.push({ type: 'TextBlock', text: `Why: ${ev.why}`, wrap: true })
  body.push({ type: 'FactSet', facts: facts(ev).map(([title, value]) => ({ title, value })) })
  const actions = [
    ...(ev.runUrl ? [{ type: 'Action.OpenUrl', title: 'Open the run', url: ev.runUrl }] : []),
    ...(ev.environmentUrl ? [{ type: 'Action.OpenUrl', title: 'Open the environment', url: ev.environmentUrl }] : [])
  ]
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          ...(actions.length ? { actions } : {})
        }
      }
    ]
  }
}

export function discordPayload(ev: NotifyEvent): Record<string, unknown> {
  const embed: Record<string, unknown> = {
    title: cut(`${ICON[ev.event]} ${ev.title}`, 256),
    color: COLOR[ev.event],
    fields: facts(ev).map(([name, value]) => ({ name: cut(name, 256), value: cut(value, 1024), inline: true })),
    footer: { text: `Stagegate · ${ev.service}` },
    timestamp: ev.at
  }
  if (ev.why) embed.description = cut(`Why: ${ev.why}`, 4096)
  if (/^https?:\/\//.test(ev.runUrl)) embed.url = ev.runUrl
  const content = cut(`${ICON[ev.event]} ${ev.title}${ev.runUrl ? ` · ${ev.runUrl}` : ''}`, 2000)
  return { content, embeds: [embed], allowed_mentions: { parse: [] } }
}

export const WEBHOOK_SCHEMA = 'stagegate.notification/v1'

export function webhookPayload(ev: NotifyEvent): Record<string, unknown> {
  return { schema: WEBHOOK_SCHEMA, ...ev }
}
