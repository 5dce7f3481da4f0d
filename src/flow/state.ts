/**
 * What the post step needs to finish a cancelled run: saved with the runtime's saveState (GITHUB_STATE)
 * as soon as it is known, read back by src/post.ts from STATE_* variables.
 */
import type { ActionsConfig, TrafficConfig } from '../config/schema.js'
import type { Runtime } from '../runtime/types.js'

export interface SavedState {
  /** `true` once deploy has started and until promote or rollback has finished. */
  split: boolean
  weight: number
  environment: string
  version: string
  service: string
  /** `rollback`, `verify-rollback` and the default timeout, as configured when the run started. */
  actions: ActionsConfig
  /** The built-in traffic adapter, if any: it rolls back when `actions.rollback` is not set. */
  traffic?: TrafficConfig
  deploymentId: string
  /** `true` when the main step reached its end (post then has nothing to do). */
  done: boolean
  /**
   * The ledger file (under RUNNER_TEMP) of every process group the main step started: the post
   * step ends whichever is still running before it rolls back. Absent in states saved before v1.2.
   */
  groups?: string
  /** The run's final status, saved with `done` before the final GitHub calls. */
  finalStatus?: string
  /** `true` once the main step wrote the Deployment's final status (or had none to write). */
  finalStatusWritten?: boolean
  /** `true` while `migrate` has run and no `migrate-rollback` has undone it (nor the rollout succeeded). */
  migrated?: boolean
  risk?: string
  type?: string
  /** A job continuing a handed-off rollout: the paused Deployment it claimed (the post step settles it too after a kill). */
  pausedId?: string
}

const KEY = 'stagegate'

export class StateSaver {
  private state: SavedState
  constructor(
    private readonly rt: Runtime,
    initial: Omit<SavedState, 'split' | 'weight' | 'done' | 'deploymentId'>
  ) {
    this.state = { ...initial, split: false, weight: 0, done: false, deploymentId: '' }
  }
  update(patch: Partial<SavedState>): void {
    this.state = { ...this.state, ...patch }
    this.rt.saveState(KEY, JSON.stringify(this.state))
  }
}

export function readSavedState(rt: Runtime): SavedState | undefined {
  const raw = rt.getState(KEY)
  if (!raw) return undefined
  try {
    return JSON.parse(raw) as SavedState
  } catch {
    return undefined
  }
}
