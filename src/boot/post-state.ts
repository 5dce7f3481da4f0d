/**
 * The post step's first decision, with no dependency at all: almost every job's post step has
 * nothing to do (the main step reached its end and traffic is not split), and it should cost
 * about what `node -e 0` costs. Reads the state core.saveState('stagegate', …) left (the runner
 * passes it as STATE_stagegate). Anything else (split traffic, a main step that never finished,
 * unreadable state) goes to the full post step (src/post.ts), which decides as before.
 */
export type PostTriage = { work: false; message: string } | { work: true }

export function triagePost(raw: string | undefined): PostTriage {
  if (!raw) return { work: false, message: 'Stagegate post: no saved state; nothing to do.' }
  let st: unknown
  try {
    st = JSON.parse(raw)
  } catch {
    return { work: true }
  }
  return finished(st) ? { work: false, message: 'Stagegate post: traffic is not split; nothing to do' } : { work: true }
}

/**
 * The main step reached its end with traffic not split, its Deployment's final status written
 * (or none to write) and no migration left to undo: the same conditions under which the full
 * post step (src/main.ts runPost) would do nothing. Process groups a finished main step left
 * behind are daemons its commands started, not traffic writers: the runner ends them.
 */
function finished(st: unknown): boolean {
  if (!st || typeof st !== 'object') return false
  const s = st as { done?: unknown; split?: unknown; migrated?: unknown; finalStatus?: unknown; finalStatusWritten?: unknown }
  return s.done === true && s.split === false && s.migrated !== true && (s.finalStatusWritten === true || !s.finalStatus)
}
