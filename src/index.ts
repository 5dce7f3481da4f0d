/** Entry of the main step (dist/index.js). run() itself turns SIGINT/SIGTERM into a rollback. */
import { run } from './main.js'
import { coreRuntime } from './runtime/core.js'

await run({ runtime: coreRuntime() })
