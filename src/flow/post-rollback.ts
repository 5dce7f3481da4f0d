/**
 * The post step's safety net: if the main step left traffic split (it was killed before it could
 * roll back, or its rollback failed), run `rollback` and `verify-rollback` again.
 */
import type { SavedState } from './state.js'
import type { CommandRunner } from '../actions/types.js'
import { actionRequest } from '../actions/action-request.js'
import { readRunContext } from '../github/context.js'
import { deploymentState } from '../github/deployments.js'
import type { ActionName } from '../config/schema.js'
import { endGroups, readLedger, stillAlive } from '../actions/groups.js'
import type { FinalStatus } from '../report/types.js'
import { runTrafficAction } from '../traffic/lazy.js'
import type { Log, Runtime } from '../runtime/types.js'

export interface PostOutcome {
  ran: boolean
  ok: boolean
  message: string
}

/**
 * Ends every process group the main step started that is still running (a killed main step's
 * `set-weight` would otherwise write its weight after our rollback; a rollback slower than the
 * runner's kill grace would run alongside ours): SIGTERM, SIGKILL after a grace, then waits until
 * they are gone. Returns a failure message when something survived SIGKILL.
 */
export async function endMainGroups(st: SavedState, log: Log, graceMs?: number): Promise<string | undefined> {
  if (!st.groups) return undefined
  const live = stillAlive(readLedger(st.groups))
  if (!live.length) return undefined
  const names = live.map((g) => `${g.label} (process group ${g.pgid})`).join(', ')
  log.warning(
    `The main step left ${live.length === 1 ? 'a command' : `${live.length} commands`} running: ${names}. Ending ${live.length === 1 ? 'it' : 'them'} before anything else.`
  )
  if (live.some((g) => g.label === 'rollback' || g.label === 'verify-rollback')) {
    log.warning("The main step's rollback was still running: it is stopped, and the post step runs the rollback once, from the start.")
  }
  const left = await endGroups(live, graceMs)
  if (!left.length) return undefined
  return `could not end ${left.map((g) => `${g.label} (process group ${g.pgid})`).join(', ')} even with SIGKILL; traffic may still change after this step`
}

export async function postRollback(
  st: SavedState,
  runCommand: CommandRunner,
  log: Log,
  env: NodeJS.ProcessEnv = process.env
): Promise<PostOutcome> {
  if (!st.split && !st.migrated) return { ran: false, ok: true, message: 'traffic is not split; nothing to do' }
  const reason = st.done
    ? 'the main step could not roll back; retrying from the post step'
    : 'the main step ended before it could roll back (cancelled or killed)'
  log.warning(`Traffic was left at ${st.weight}% on the new version: ${reason}`)
  const base = {
    service: st.service,
    environment: st.environment,
    version: st.version,
    sha: env.GITHUB_SHA ?? '',
    risk: st.risk,
    changeType: st.type
  }
  const ctx = { weight: 0, previousWeight: st.weight, track: 'stable' as const, reason }
  const names = [...(st.split ? ['rollback', 'verify-rollback'] : []), ...(st.migrated ? ['migrate-rollback'] : [])] as ActionName[]
  for (const name of names) {
    const request = actionRequest(st.actions, name, base, ctx, env.GITHUB_WORKSPACE || process.cwd())
    const res = request
      ? await runCommand(request)
      : st.traffic
        ? await runTrafficAction(st.traffic, name, ctx, { ...base, env, track: 'stable', weight: 0 }, new AbortController().signal, log)
        : null
    if (!res) continue
    if (res.outcome !== 'ok')
      return {
        ran: true,
        ok: false,
        message: `${name} ${res.outcome} (exit ${res.exitCode}) in the post step; traffic may still be split at ${st.weight}%`
      }
  }
  return { ran: true, ok: true, message: `rolled back from the post step (${reason})` }
}

/**
 * A main step that never finished left its GitHub Deployment `in_progress`, which would block
 * the environment (the concurrent-rollout lock) for hours: close it as `failure` (traffic back on
 * the previous version) or `error` (the rollback failed). Never throws.
 */
export async function closeDeployment(st: SavedState, out: PostOutcome, rt: Runtime, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const token = rt.getInput('github-token')
  if ((st.done && (st.finalStatusWritten || !st.finalStatus)) || !st.deploymentId || !token) return
  try {
    const run = readRunContext(env, rt)
    const { githubPort } = await import('../github/octokit-port.js') // the REST client only for a post step with a Deployment to close
    const gh = githubPort(token, run, { count: 0 }, { log: rt })
    // main ended but was stopped while writing the final status: write the real outcome, never `failure` for a success
    const finished = st.done && st.finalStatus ? deploymentState(st.finalStatus as FinalStatus) : undefined
    const state = finished ?? (out.ok ? 'failure' : 'error')
    const description = finished
      ? `${st.finalStatus} (written by the post step)`
      : out.ran
        ? `cancelled; ${out.ok ? 'rolled back from the post step' : 'rollback failed in the post step'}`
        : 'cancelled before traffic moved'
    await gh.setDeploymentStatus(Number(st.deploymentId), state, { logUrl: run.runUrl, description })
    rt.info(`Stagegate post: deployment ${st.deploymentId} marked ${state}`)
    // a killed job that had claimed a paused rollout: it is not paused any more (rolled back, or the rollback failed)
    if (st.pausedId && !finished)
      await gh.setDeploymentStatus(Number(st.pausedId), 'inactive', {
        logUrl: run.runUrl,
        description: `${description} (continued by ${st.deploymentId})`
      })
  } catch (e) {
    rt.warning(`Stagegate post: could not close deployment ${st.deploymentId}: ${(e as Error).message}`)
  }
}
