/**
 * Before the run starts: classify the change, pick the environment's profile, refuse a hotfix
 * without a reason, and resolve the effective environment config (once; the flows see only it).
 */
import type { Setup } from '../flow/setup.js'
import type { GitHubPort } from '../github/port.js'
import type { ChangeReport, DeployReport } from '../report/types.js'
import type { RunRecorder } from '../record/recorder.js'
import { configErrorAt } from '../config/load.js'
import { InputError } from '../config/inputs.js'
import { gatherFacts } from './change.js'
import { classify, withInputs } from './classify.js'
import { applyProfile, chooseProfile, describeProfile } from './profile.js'
import { riskRank, type ChangeFacts, type Classification } from './types.js'
import type { Log } from '../runtime/types.js'

export interface RiskDecision {
  facts: ChangeFacts
  classification: Classification
  report: ChangeReport
}

/** Classifies the change and replaces `s.env` by the effective environment of its profile. */
export async function resolveRisk(s: Setup, gh: GitHubPort | undefined, log: Log): Promise<RiskDecision> {
  const facts = await gatherFacts(gh, s.run, log, s.inputs.prNumber)
  const ruled = classify(facts, s.config.risk)
  refuseSilentLowering(s, ruled)
  const classification = withInputs(ruled, { type: s.inputs.changeType, risk: s.inputs.risk, actor: s.run.actor })
  const choice = chooseProfile(s.env, classification)
  const profile = choice.name ? s.env.profiles?.[choice.name] : undefined
  if (choice.name === 'hotfix' && !s.inputs.reason) refuseHotfixWithoutReason(s, choice, log)
  s.env = applyProfile(s.env, profile)
  s.change = { type: classification.type, risk: classification.risk }
  const report = changeReport(facts, classification, { ...choice, changes: describeProfile(profile) })
  if (choice.name === 'hotfix')
    report.hotfix = { reason: s.inputs.reason || '(none given: a deploy needs the `reason` input)', actor: s.run.actor }
  log.info(
    `Change: ${classification.type}, risk ${classification.risk} (${classification.why}); profile: ${choice.name ?? 'none'} — ${choice.why}`
  )
  return { facts, classification, report }
}

const HOTFIX_NEEDS_REASON =
  'this change is a hotfix and the hotfix profile (shorter pauses, fewer gates) is only taken with a reason: set the `reason` input; it is recorded in every report'

/** Deploy mode: a config error at the hotfix profile's line. Plan mode (read-only) shows the plan and says so. */
function refuseHotfixWithoutReason(s: Setup, choice: { why: string }, log: Log): void {
  if (s.inputs.mode !== 'plan')
    throw configErrorAt(s.config, s.inputs.config, ['environments', s.inputs.environment, 'profiles', 'hotfix'], HOTFIX_NEEDS_REASON)
  choice.why += '; mode deploy refuses it without the `reason` input'
  log.warning(`plan: ${HOTFIX_NEEDS_REASON}`)
}

/** A hand-set risk below what a matching rule says needs a reason (it is recorded like an override); the bare default does not. */
function refuseSilentLowering(s: Setup, ruled: Classification): void {
  const wanted = s.inputs.risk
  const byRule = ruled.matched.some((m) => m.risk !== undefined)
  if (!wanted || !byRule || s.inputs.reason || riskRank(wanted) >= riskRank(ruled.risk)) return
  throw new InputError(
    `input "risk" (${wanted}) is lower than the risk the change's rules give (${ruled.risk}: ${ruled.why}); lowering it needs the "reason" input, which is recorded in every report`
  )
}

/** The audit trail's record of the classification, the hand-set values and the hotfix. */
export function auditRisk(rec: RunRecorder, r: ChangeReport): void {
  const rules = r.matched.filter((m) => m.origin !== 'input').map((m) => m.rule)
  rec.audit('classify', 'change classified', {
    result: `${r.type}/${r.risk}`,
    detail: `${r.source}; rules: ${rules.join(', ') || 'none'}; ${r.why}`
  })
  for (const m of r.matched.filter((x) => x.origin === 'input')) rec.audit('classify', m.rule, { result: m.risk ?? m.type, detail: m.why })
  rec.audit('classify', 'profile', { result: r.profile.name ?? 'none', detail: r.profile.why })
  if (r.hotfix) rec.audit('classify', 'hotfix', { detail: `by ${r.hotfix.actor || 'unknown'}: ${r.hotfix.reason}` })
}

/** What the GitHub Deployment's payload records about the change. */
export function changePayload(r: Pick<DeployReport, 'change'>): { change?: object } {
  const c = r.change
  return c ? { change: { type: c.type, risk: c.risk, profile: c.profile.name ?? null, hotfix: c.hotfix ?? null } } : {}
}

function changeReport(f: ChangeFacts, c: Classification, profile: ChangeReport['profile']): ChangeReport {
  return {
    type: c.type,
    risk: c.risk,
    why: c.why,
    source: f.source,
    ...(f.pr === undefined ? {} : { pr: f.pr }),
    title: f.title,
    labels: f.labels,
    ...(f.files === undefined ? {} : { files: f.files.length }),
    ...(f.lines === undefined ? {} : { lines: f.lines }),
    matched: c.matched.map((m) => ({ ...m })),
    profile
  }
}
