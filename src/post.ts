/**
 * Entry of the post step: rolls back when the main step could not (killed, crashed). Exports
 * run() for runners that load the entry and call it (@github/local-action `--post src/post.ts`);
 * runs it only when this file is the program (node dist/post/index.js).
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runPost } from './main.js'
import { coreRuntime } from './runtime/core.js'

export function run(): Promise<void> {
  return runPost({ runtime: coreRuntime() })
}

function isProgram(url: string): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(url))
  } catch {
    return false
  }
}

if (isProgram(import.meta.url)) await run()
