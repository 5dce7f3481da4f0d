/**
 * What a paused Deployment's payload carries besides where the rollout stands: the run record so
 * far, compacted to fit, and the current step's analysis tally, read back as untrusted data.
 */
import { z } from 'zod'
import type { DeployReport } from '../report/types.js'
import type { Tally } from '../analysis/tally.js'
import { MAX_PAYLOAD_BYTES } from './payload.js'

/** The record's share of a payload: what is left for the tally, plan and jobs is ample. */
export const MAX_RECORD_BYTES = MAX_PAYLOAD_BYTES - 15_000

/**
 * The record, small enough for a payload: measurements of earlier steps go first (their steps
 * keep each check's min/max/samples), then the oldest audit entries, then the current step's
 * oldest measurements. Says so in a note.
 */
export function compactRecord(r: DeployReport, currentStep: number, maxBytes = MAX_RECORD_BYTES): DeployReport {
  const out = structuredClone(r)
  const cuts: string[] = []
  // the size is kept up to date as items go (an item's JSON, plus its comma while others remain),
  // so a long step costs one serialisation, not one per item dropped
  let size = Buffer.byteLength(JSON.stringify(out))
  const trim = (what: string, cut: () => boolean) => {
    let n = 0
    while (size > maxBytes - 400 && cut()) n++ // room for the note below
    if (n) cuts.push(`${n} ${what}`)
  }
  const drop = <T>(list: T[], i: number): boolean => {
    const [gone] = list.splice(i, 1)
    size -= Buffer.byteLength(JSON.stringify(gone)) + (list.length > 0 ? 1 : 0)
    return true
  }
  let older = 0 // earlier steps' measurements before this index are gone already
  trim('measurements of earlier steps', () => {
    while (older < out.measurements.length && out.measurements[older].step >= currentStep) older++
    return older < out.measurements.length && drop(out.measurements, older)
  })
  trim('oldest audit entries', () => out.audit.length > 20 && drop(out.audit, 0))
  trim('oldest measurements of the current step', () => out.measurements.length > 0 && drop(out.measurements, 0))
  if (cuts.length)
    out.notes.push(
      `saved with the paused rollout without ${cuts.join(', ')} (a Deployment payload holds ${Math.round(maxBytes / 1000)} kB)`
    )
  return out
}

const Streak = z.strictObject({ outSince: z.number().optional(), inARow: z.number().int().min(0) })
const Summary = z.looseObject({
  checkIndex: z.number().int().min(0),
  metric: z.string().max(255),
  samples: z.number().int().min(0),
  failures: z.number().int().min(0),
  inconclusive: z.number().int().min(0)
})
const TallySchema = z.strictObject({
  step: z.strictObject({ index: z.number().int().min(1), weight: z.number().min(0).max(100) }),
  baseline: z.record(z.string().max(255), z.number().nullable()),
  failures: z.number().int().min(0),
  inconclusive: z.number().int().min(0),
  streaks: z.array(Streak),
  series: z.array(z.looseObject({ canary: z.array(z.number()), stable: z.array(z.number()) })),
  summaries: z.array(Summary)
})

/** A saved tally for a config with `checks` analysis checks; throws when it does not fit them. */
export function parseTally(json: unknown, checks: number): Tally {
  const r = TallySchema.safeParse(json)
  if (!r.success)
    throw new Error(`the saved analysis tally cannot be read back (${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message})`)
  const t = r.data
  if (t.streaks.length !== checks || t.series.length !== checks || t.summaries.length !== checks) {
    throw new Error(`the saved analysis tally has ${t.summaries.length} checks, the config ${checks}`)
  }
  return t as unknown as Tally
}
