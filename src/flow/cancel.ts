/**
 * Cancellation of a run: SIGINT/SIGTERM (a cancelled job, Ctrl-C under a local runner) abort the
 * run, which then rolls back before it returns. The handlers are installed by run() itself, for
 * as long as it runs, so they work wherever run() is loaded (dist/index.js, @github/local-action,
 * a test), and a returned run() leaves the process's signal handling as it found it.
 */
import type { Log } from '../runtime/types.js'

const SIGNALS = ['SIGINT', 'SIGTERM'] as const

export async function withCancellation<T>(outer: AbortSignal | undefined, log: Log, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const onSignal = (sig: NodeJS.Signals) => {
    if (controller.signal.aborted) return
    log.warning(`Received ${sig}: stopping the rollout and rolling back before exit.`)
    controller.abort(`cancelled (${sig})`)
  }
  const onOuter = () => controller.abort(outer?.reason)
  if (outer?.aborted) onOuter()
  else outer?.addEventListener('abort', onOuter, { once: true })
  for (const sig of SIGNALS) process.on(sig, onSignal)
  try {
    return await fn(controller.signal)
  } finally {
    for (const sig of SIGNALS) process.off(sig, onSignal)
    outer?.removeEventListener('abort', onOuter)
  }
}
