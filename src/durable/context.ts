/** A flow's context as the durable rollout sees it (src/durable/flow.ts). */
import type { FlowContext } from '../flow/context.js'
import type { StateSaver } from '../flow/state.js'
import type { HandOff, HandOffPolicy } from '../rollout/types.js'
import type { DurableContext } from './flow.js'

export function durableContext(f: FlowContext, state: StateSaver): DurableContext {
  return {
    log: f.runtime,
    s: f.s,
    clock: f.clock,
    gh: f.github.gh,
    record: f.record,
    jobStartedAt: Date.parse(f.record.view.startedAt),
    state
  }
}

/** When this job hands a pause off: past its start plus `job-budget`, or until promoted. */
export function handOffPolicy(f: FlowContext, jobStartedAt: number, save: (h: HandOff) => Promise<string | undefined>): HandOffPolicy {
  return { deadline: jobStartedAt + f.s.env['job-budget'], onInconclusive: f.s.env.analysis['on-inconclusive'], save }
}
