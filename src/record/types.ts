/**
 * The run record: one plain, serializable value per run (the JSON report is its public form, so
 * every field keeps the report's name). One writer, `RunRecorder`; everyone else reads a view.
 */
import type { DeployReport, FinalStatus } from '../report/types.js'

/**
 * The run's lifecycle, in one place: `running` while the run goes on, then its final status.
 * (Rollouts that outlive a job add their resting phases here, e.g. `paused`.)
 */
export type RunStatus = 'running' | FinalStatus

/** The record itself: the report's shape, `status` going through `RunStatus`. */
export type RunRecord = DeployReport

/** A deeply read-only type, for code that only reads the record. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/** What readers (renderers, the GitHub reporter, notifications) get: the live record, read-only. */
export type RecordView = Readonly<RunRecord>

/** True once the run has its final status. */
export function isFinal(status: RunStatus): status is FinalStatus {
  return status !== 'running'
}

/** The final status of a record that must have one (after the run closed); a running record here is a bug. */
export function finalStatusOf(r: { status: RunStatus }): FinalStatus {
  if (!isFinal(r.status)) throw new Error('the run record is still running: it has no final status yet')
  return r.status
}
