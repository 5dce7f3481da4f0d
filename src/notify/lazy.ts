/**
 * The run's notification hub: events are sent in the background (fire and forget: a rollout
 * never waits for a webhook), and `flush` waits for what is still in flight, bounded by the
 * longest notifier timeout. The senders are imported only when a config has `notify:`.
 */
import type { NotifyConfig, NotifyEventName } from '../config/schema.js'
import type { TemplateContext } from '../metrics/types.js'
import type { DeployReport } from '../report/types.js'
import { buildEvent } from './event.js'
import type { Delivery } from './index.js'
import type { Log } from '../runtime/types.js'

const FLUSH_SLACK_MS = 500

export class Notifications {
  private pending: Promise<Delivery[]>[] = []
  constructor(
    private readonly targets: NotifyConfig[],
    private readonly template: TemplateContext,
    private readonly secrets: string[],
    private readonly log: Log,
    private readonly environmentUrl?: string
  ) {}

  /** Queues `event` built from the report as it is now; returns at once. */
  emit(event: NotifyEventName, report: DeployReport, at: number, step?: { index: number; total: number }): void {
    if (!this.targets.some((t) => t.events === undefined || t.events.includes(event))) return
    const ev = buildEvent(event, report, at, { step, environmentUrl: this.environmentUrl })
    const sent = import('./index.js')
      .then((m) => m.deliver(this.targets, ev, this.template, this.secrets, this.log))
      .catch((e: Error) => {
        this.log.warning(`notify: ${e.message}`)
        return []
      })
    this.pending.push(sent)
  }

  /** Waits for every queued notification, at most the longest notifier timeout (plus a little). */
  async flush(): Promise<Delivery[]> {
    const bound = Math.max(0, ...this.targets.map((t) => t.timeout)) + FLUSH_SLACK_MS
    let timer: NodeJS.Timeout | undefined
    const all = Promise.all(this.pending).then((d) => d.flat())
    const late = new Promise<Delivery[]>((resolve) => (timer = setTimeout(() => resolve([]), bound)))
    try {
      return await Promise.race([all, late])
    } finally {
      clearTimeout(timer)
    }
  }
}
