/**
 * Risk profiles (pure): which profile of an environment applies to a classified change, and the
 * effective environment config it gives. Resolved once, before the run starts; the flows only
 * ever see the effective config.
 */
import type { EnvironmentConfig, GateConfig, ProfileConfig, ProfileName } from '../config/schema.js'
import type { Classification } from './types.js'

/** The gate added when a profile asks for approvals and the environment has no approval gate. */
export const PROFILE_APPROVAL_GATE = 'risk-approvals'

export interface ProfileChoice {
  /** `hotfix`, a risk level, or undefined when the environment has no profile for this change. */
  name?: ProfileName
  why: string
}

export function chooseProfile(env: EnvironmentConfig, c: Classification): ProfileChoice {
  const profiles = env.profiles ?? {}
  if (c.type === 'hotfix' && profiles.hotfix) return { name: 'hotfix', why: 'change type hotfix: the hotfix profile' }
  const note = c.type === 'hotfix' ? ' (no hotfix profile: the hotfix takes the normal path)' : ''
  if (profiles[c.risk]) return { name: c.risk, why: `risk ${c.risk} (${c.why}): the ${c.risk} profile${note}` }
  return { why: `risk ${c.risk}: no ${c.risk} profile in this environment, so the environment as written${note}` }
}

/** The environment with the profile's keys applied: steps, strategy and gates replace, analysis merges key by key. */
export function applyProfile(env: EnvironmentConfig, p: ProfileConfig | undefined): EnvironmentConfig {
  if (!p) return env
  const out: EnvironmentConfig = { ...env, analysis: { ...env.analysis }, gates: p.gates ?? env.gates }
  if (p.strategy) out.strategy = p.strategy
  if (p.steps) out.steps = p.steps
  for (const [k, v] of Object.entries(p.analysis ?? {})) if (v !== undefined) (out.analysis as Record<string, unknown>)[k] = v
  if (p['skip-gates']) out.gates = out.gates.filter((g) => !p['skip-gates']?.includes(g.name))
  if (p.approvals !== undefined) out.gates = withApprovals(out.gates, p.approvals)
  return out
}

/** Every approval gate asks for `min` approvals; without one, a required approval gate is added. */
function withApprovals(gates: GateConfig[], min: number): GateConfig[] {
  if (gates.some((g) => g.type === 'approval')) return gates.map((g) => (g.type === 'approval' ? { ...g, min } : g))
  const added: GateConfig = {
    name: PROFILE_APPROVAL_GATE,
    type: 'approval',
    min,
    'distinct-from-actor': true,
    required: true,
    timeout: 120_000,
    retries: 0
  }
  return [...gates, added]
}

/** What the profile changed, one phrase per key, for the plan and the report. */
export function describeProfile(p: ProfileConfig | undefined): string[] {
  if (!p) return []
  const out: string[] = []
  if (p.strategy) out.push(`strategy ${p.strategy}`)
  if (p.steps) out.push(`steps ${p.steps.map((s) => s.weight).join(' → ')}`)
  if (p.analysis) out.push(`analysis ${Object.keys(p.analysis).join(', ')}`)
  if (p.gates) out.push(`gates ${p.gates.map((g) => g.name).join(', ') || 'none'}`)
  if (p['skip-gates']) out.push(`skips gates ${p['skip-gates'].join(', ')}`)
  if (p.approvals !== undefined) out.push(`${p.approvals} approval${p.approvals === 1 ? '' : 's'}`)
  return out
}
