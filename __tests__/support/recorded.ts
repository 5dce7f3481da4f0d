/** A rollout run the way the action runs it: the engine's events go to a RunRecorder, which builds the record. */
import { runRollout } from '../../src/rollout/engine.js'
import type { EngineDeps, RolloutInput, RolloutOutcome } from '../../src/rollout/types.js'
import { RunRecorder, type RunBasics } from '../../src/record/recorder.js'
import type { RunRecord } from '../../src/record/types.js'

export const BASICS: RunBasics = {
  service: 'checkout-api',
  environment: 'production',
  version: 'v2',
  sha: 'a'.repeat(40),
  mode: 'deploy',
  strategy: 'canary',
  runUrl: '',
  actor: 'ada'
}

export type Recorded = RolloutOutcome &
  Pick<RunRecord, 'baseline' | 'steps' | 'measurements' | 'commands' | 'rollback'> & { record: RunRecord }

export async function recordedRollout(input: RolloutInput, deps: EngineDeps): Promise<Recorded> {
  const rec = new RunRecorder(BASICS, deps.clock.now(), deps.clock)
  const outcome = await runRollout(input, { ...deps, events: rec.engineEvents(deps.events) })
  rec.rolloutEnded(outcome)
  const record = rec.snapshot()
  const { baseline, steps, measurements, commands, rollback } = record
  return { ...outcome, baseline, steps, measurements, commands, ...(rollback ? { rollback } : {}), record }
}
