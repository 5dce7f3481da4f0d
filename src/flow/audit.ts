import type { AuditEntry } from '../report/types.js'
import type { Clock } from '../rollout/clock.js'

/** Collects the audit trail: every decision, with time, actor, commit, step and weight. */
export class AuditTrail {
  readonly entries: AuditEntry[] = []
  constructor(
    private readonly clock: Clock,
    private readonly actor: string,
    private readonly sha: string
  ) {}

  record(phase: string, action: string, fields: Partial<Pick<AuditEntry, 'step' | 'weight' | 'result' | 'detail'>> = {}): void {
    this.entries.push({ at: new Date(this.clock.now()).toISOString(), phase, action, actor: this.actor, sha: this.sha, ...fields })
  }
}
