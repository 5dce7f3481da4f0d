/**
 * Bundle entry of the post step (dist/post/index.js). When the saved state says there is nothing
 * to do it prints the same line the full post step would and exits, loading nothing else;
 * otherwise it loads the full post step (src/post.ts, a separate chunk) with the compile cache on.
 */
import { enableCompileCache } from './compile-cache.js'
import { triagePost } from './post-state.js'

const triage = triagePost(process.env.STATE_stagegate)
if (triage.work) {
  enableCompileCache()
  const { run } = await import('../post.js')
  await run()
} else {
  process.stdout.write(`${triage.message}\n`)
}
