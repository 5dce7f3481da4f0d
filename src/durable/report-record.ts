/**
 * The durable flow's writes, on the report as it is kept today (until the run record's one writer
 * carries them). Merges a resumed job's engine result into the saved record by step index.
 */
import type { AuditTrail } from '../flow/audit.js'
import type { Decision, DeployReport, PauseReport } from '../report/types.js'
import type { RolloutResult } from '../rollout/types.js'
import type { DurableRecord } from './flow.js'

export class ReportRecord implements DurableRecord {
  constructor(
    private readonly r: DeployReport,
    private readonly trail: AuditTrail
  ) {}
  get view(): DeployReport {
    return this.r
  }
  snapshot(): DeployReport {
    return structuredClone({ ...this.r, audit: [...this.trail.entries] })
  }
  deploymentCreated(id: string): void {
    this.r.deploymentId = id
  }
  paused(p: PauseReport, settle = true): void {
    this.r.pause = p
    if (settle) this.r.status = 'paused'
  }
  idle(why: string): void {
    this.r.status = 'idle'
    this.r.error = why
  }
  blocked(why: string): void {
    this.r.status = 'blocked'
    this.r.error = why
  }
  failed(why: string): void {
    this.r.status = 'failed'
    this.r.error = why
  }
  decided(d: Decision): void {
    this.audit('decision', d.action, { detail: `${d.action} by ${d.actor} (${d.via})${d.reason ? `: ${d.reason}` : ''}` })
  }
  resumedFrom(saved: unknown, pausedId: number): void {
    const s = saved as Partial<DeployReport>
    for (const k of ['startedAt', 'gates', 'failedGates', 'approvals', 'baseline', 'plan', 'analysis', 'steps', 'measurements', 'commands', 'change', 'phases', 'overrides'] as const) {
      if (s[k] !== undefined) (this.r as unknown as Record<string, unknown>)[k] = structuredClone(s[k])
    }
    this.trail.entries.unshift(...(s.audit ?? []))
    this.r.notes.push(`continues the rollout saved on paused deployment ${pausedId}`)
  }
  rolloutEnded(o: RolloutResult): void {
    const r = this.r
    for (const step of o.steps) {
      const i = r.steps.findIndex((x) => x.index === step.index)
      if (i >= 0) r.steps[i] = step
      else r.steps.push(step)
    }
    r.measurements.push(...o.measurements)
    r.commands.push(...o.commands)
    if (o.rollback) r.rollback = o.rollback
    r.status = o.status
    r.finalWeight = o.finalWeight
    if (o.error) r.error = o.error
  }
  audit(phase: string, action: string, fields = {}): void {
    this.trail.record(phase, action, fields)
  }
  note(text: string): void {
    this.r.notes.push(text)
  }
}
