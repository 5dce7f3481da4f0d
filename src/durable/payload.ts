/**
 * What a handed-off rollout saves on its GitHub Deployment (SPEC §4), and the one parser that
 * reads it back. Anyone with `deployments: write` can write a payload, so it is untrusted data:
 * parsed with zod, bounded, never code (commands and checks come from the config checked out in
 * the job that reads it; a payload only says where the rollout stands).
 */
import { z } from 'zod'
import { CLAIM_KIND, PAUSED_KIND, safeJson } from './kind.js'

export const PAYLOAD_SCHEMA = 1
/** GitHub keeps payloads whole well past this; we stay far below it (a compacted record fits). */
export const MAX_PAYLOAD_BYTES = 60_000

const Epoch = z.number().int().min(0).max(8.64e15)
const Name = z.string().min(1).max(255)
const Text = z.string().max(2000)

/** Why a rollout was handed off. */
export const PAUSE_WHY = ['job-budget', 'until-promoted', 'inconclusive'] as const
export type PauseWhy = (typeof PAUSE_WHY)[number]

const JobPart = z.strictObject({
  runUrl: z.string().max(500),
  mode: z.enum(['deploy', 'resume', 'promote', 'abort']),
  actor: z.string().max(100),
  startedAt: Epoch,
  endedAt: Epoch,
  did: Text
})

const Decision = z.strictObject({
  action: z.enum(['promote', 'abort']),
  actor: z.string().max(100),
  at: Epoch,
  reason: Text,
  via: z.enum(['input', 'comment'])
})

const PlanStep = z.strictObject({
  index: z.number().int().min(1).max(1000),
  weight: z.number().min(0).max(100),
  pauseMs: z.number().int().min(0),
  untilPromoted: z.literal(true).optional(),
  measurements: z.number().int().min(0)
})

/** The saved rollout. `record` is the run record so far (compacted); `tally` the current step's analysis counters. */
export const SavedRollout = z
  .strictObject({
    kind: z.literal(PAUSED_KIND),
    schema: z.literal(PAYLOAD_SCHEMA),
    environment: Name,
    service: Name,
    version: Name,
    sha: z.string().regex(/^[0-9a-f]{7,64}$/i),
    /** `sha256:<hex>` of the config file's bytes when the rollout started. */
    configHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    configPath: z.string().min(1).max(1024),
    /** The risk profile the rollout runs with (re-applied by name from the same config). */
    profile: z.string().max(64).optional(),
    /** The first Deployment of the rollout (the deploy job's). */
    origin: z.number().int().positive(),
    startedAt: Epoch,
    pausedAt: Epoch,
    why: z.enum(PAUSE_WHY),
    /** The step the rollout holds at (1-based) and its weight: set-weight and verify are done. */
    step: z.number().int().min(1),
    weight: z.number().min(0).max(100),
    /** When the step's pause is over; null: held until a person promotes (until-promoted, inconclusive). */
    pauseEndsAt: Epoch.nullable(),
    plan: z.array(PlanStep).min(1).max(1000),
    baseline: z.record(z.string().max(255), z.number().nullable()),
    tally: z.json(),
    record: z.json(),
    jobs: z.array(JobPart).max(1000),
    decisions: z.array(Decision).max(1000),
    /** The longest the canary ran without a round so far (ms), across earlier paused Deployments. */
    unwatchedMs: z.number().int().min(0).optional()
  })
  .superRefine((p, ctx) => {
    if (p.step > p.plan.length)
      ctx.addIssue({ code: 'custom', path: ['step'], message: `step ${p.step} is past the plan's ${p.plan.length} steps` })
    else if (p.plan[p.step - 1].weight !== p.weight)
      ctx.addIssue({ code: 'custom', path: ['weight'], message: `weight ${p.weight} is not step ${p.step}'s ${p.plan[p.step - 1].weight}` })
  })
export type SavedRollout = z.output<typeof SavedRollout>
export type SavedJob = z.output<typeof JobPart>
export type SavedDecision = z.output<typeof Decision>

/** A continuation Deployment's payload: the job claims the paused rollout `of` before it moves traffic. */
export const ClaimPayload = z.object({ kind: z.literal(CLAIM_KIND), of: z.number().int().positive(), mode: z.string().max(20) })
export type ClaimPayload = z.output<typeof ClaimPayload>

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** Reads a saved rollout back from a Deployment payload (an object, or the JSON string GitHub may return). */
export function parseSavedRollout(payload: unknown): Parsed<SavedRollout> {
  const raw = typeof payload === 'string' ? safeJson(payload) : payload
  if (raw === undefined) return { ok: false, error: 'the payload is not JSON' }
  const r = SavedRollout.safeParse(raw)
  if (r.success) return { ok: true, value: r.data }
  const first = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`)
  return { ok: false, error: first.join('; ') }
}

export function parseClaim(payload: unknown): ClaimPayload | undefined {
  const r = ClaimPayload.safeParse(typeof payload === 'string' ? safeJson(payload) : payload)
  return r.success ? r.data : undefined
}
