/**
 * What the post step needs to finish a cancelled run: saved with core.saveState (GITHUB_STATE)
 * as soon as it is known, read back by src/post.ts from STATE_* variables.
 */
import * as core from '@actions/core'
import type { ActionsConfig } from '../config/schema.js'
import { saveState } from './file-commands.js'

export interface SavedState {
  /** `true` once deploy has started and until promote or rollback has finished. */
  split: boolean
  weight: number
  environment: string
  version: string
  service: string
  /** `rollback`, `verify-rollback` and the default timeout, as configured when the run started. */
  actions: ActionsConfig
  deploymentId: string
  /** `true` when the main step reached its end (post then has nothing to do). */
  done: boolean
}

const KEY = 'stagegate'

export class StateSaver {
  private state: SavedState
  constructor(initial: Omit<SavedState, 'split' | 'weight' | 'done' | 'deploymentId'>) {
    this.state = { ...initial, split: false, weight: 0, done: false, deploymentId: '' }
  }
  update(patch: Partial<SavedState>): void {
    this.state = { ...this.state, ...patch }
    saveState(KEY, JSON.stringify(this.state))
  }
}

export function readSavedState(): SavedState | undefined {
  const raw = core.getState(KEY)
  if (!raw) return undefined
  try {
    return JSON.parse(raw) as SavedState
  } catch {
    return undefined
  }
}
