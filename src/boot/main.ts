/**
 * Bundle entry of the main step (dist/index.js): turns on the compile cache, then loads the
 * action (src/index.ts, a separate chunk) so that the cache covers it.
 */
import { enableCompileCache } from './compile-cache.js'

enableCompileCache()
await import('../index.js')
