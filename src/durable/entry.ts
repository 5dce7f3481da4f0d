/** Running a durable job (loaded only once the config is valid, like the deploy flow). */
import type { FlowContext } from '../flow/context.js'
import type { StateSaver } from '../flow/state.js'
import { wiredEngine } from '../flow/deploy.js'
import { durableFlow } from './flow.js'
import { durableContext } from './context.js'
import type { DurableRequest } from './request.js'

export async function runDurable(f: FlowContext, state: StateSaver, req: DurableRequest): Promise<void> {
  const ctx = durableContext(f, state)
  if ('ignored' in req) {
    f.runtime.info(`Stagegate: ${req.ignored}; nothing to do`)
    ctx.record.idle(req.ignored)
    return
  }
  await durableFlow(ctx, req, wiredEngine(f, state, ctx.jobStartedAt))
}
