/**
 * What a notification says, independent of where it goes: what happened, why, where traffic
 * is, and a link to the run. Built from the live report; formatted per target in format.ts.
 */
import type { NotifyEventName } from '../config/schema.js'
import type { DeployReport } from '../report/types.js'
import { oneLine } from '../text.js'

export interface NotifyEvent {
  event: NotifyEventName
  service: string
  environment: string
  version: string
  sha: string
  /** One line: "checkout-api v2.0.0 rolled back in production". */
  title: string
  /** Why (the rollback reason, the failed gates, the error); empty for progress events. */
  why: string
  /** Percent of traffic on the new version right now. */
  weight: number
  step?: { index: number; total: number }
  runUrl: string
  environmentUrl?: string
  at: string
}

const VERBS: Record<NotifyEventName, string> = {
  started: 'rollout started',
  step: 'shifted traffic',
  paused: 'paused',
  'rolled-back': 'rolled back',
  'rollback-failed': 'could NOT roll back',
  succeeded: 'promoted',
  blocked: 'blocked',
  failed: 'failed'
}

/** The final statuses that are also events (`planned` is not: plan mode notifies nobody). */
export function finalEvent(status: string): NotifyEventName | undefined {
  return (['paused', 'rolled-back', 'rollback-failed', 'succeeded', 'blocked', 'failed'] as const).find((e) => e === status)
}

export function buildEvent(
  event: NotifyEventName,
  r: DeployReport,
  at: number,
  extra: { step?: { index: number; total: number }; environmentUrl?: string } = {}
): NotifyEvent {
  const stepText = extra.step ? ` (step ${extra.step.index}/${extra.step.total})` : ''
  return {
    event,
    service: r.service,
    environment: r.environment,
    version: r.version,
    sha: r.sha,
    title: `${r.service} ${r.version} ${VERBS[event]} in ${r.environment}${event === 'step' ? ` to ${extra.step ? (r.plan[extra.step.index - 1]?.weight ?? r.finalWeight) : r.finalWeight}%${stepText}` : ''}`,
    why: oneLine(why(event, r), 1000),
    weight: event === 'step' && extra.step ? (r.plan[extra.step.index - 1]?.weight ?? r.finalWeight) : r.finalWeight,
    ...(extra.step ? { step: extra.step } : {}),
    runUrl: r.runUrl,
    ...(extra.environmentUrl ? { environmentUrl: extra.environmentUrl } : {}),
    at: new Date(at).toISOString()
  }
}

function why(event: NotifyEventName, r: DeployReport): string {
  switch (event) {
    case 'rolled-back':
    case 'rollback-failed':
      return r.rollback?.reason ?? r.error ?? ''
    case 'blocked':
      return r.error ?? `required gate(s) failed: ${r.failedGates.join(', ')}`
    case 'failed':
    case 'paused':
      return r.error ?? ''
    case 'started':
      return `${r.strategy}, ${r.plan.length} step(s): ${r.plan.map((p) => `${p.weight}%`).join(' → ')}`
    default:
      return ''
  }
}
