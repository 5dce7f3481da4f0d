/** Entry of the main step. SIGINT/SIGTERM (a cancelled job) abort the run, which then rolls back. */
import * as core from '@actions/core'
import { run } from './main.js'

const controller = new AbortController()
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (controller.signal.aborted) return
    core.warning(`Received ${sig}: stopping the rollout and rolling back before exit.`)
    controller.abort(`cancelled (${sig})`)
  })
}
await run({ signal: controller.signal })
