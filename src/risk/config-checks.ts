/**
 * Load-time checks of an environment's risk profiles (called from the schema's cross-checks, so
 * every problem is a config error at its line): steps, gate names, metric references, and the
 * hotfix rule — a hotfix is faster, never without rollback and analysis.
 */
import { IMPLIED_WEIGHTS, type EnvironmentConfig, type ProfileConfig, type ProfileName } from '../config/schema.js'

type Issue = (path: (string | number)[], message: string) => void

export function checkProfiles(env: EnvironmentConfig, metricNames: string[], issue: Issue): void {
  for (const [name, p] of Object.entries(env.profiles ?? {}) as [ProfileName, ProfileConfig | undefined][]) {
    if (!p) continue
    const at = (path: (string | number)[], message: string) => issue([name, ...path], message)
    checkSteps(p, p.strategy ?? env.strategy, at)
    checkGates(p, env, metricNames, at)
    p.analysis?.checks?.forEach((c, i) => {
      if (!metricNames.includes(c.metric)) at(['analysis', 'checks', i, 'metric'], `unknown metric "${c.metric}"`)
    })
    if (name === 'hotfix') checkHotfix(p, env, at)
  }
}

function checkSteps(p: ProfileConfig, strategy: EnvironmentConfig['strategy'], at: Issue): void {
  const steps = p.steps ?? []
  if (strategy !== 'canary') {
    // blue-green and all-at-once imply their weights: a profile's steps set only pauses
    const implied = IMPLIED_WEIGHTS[strategy]
    steps.forEach((s, i) => {
      if (i >= implied.length) at(['steps', i], `${strategy} takes at most ${implied.length} step${implied.length === 1 ? '' : 's'}`)
      else if (s.weight !== undefined && s.weight !== implied[i])
        at(['steps', i, 'weight'], `${strategy} step ${i + 1} is at weight ${implied[i]}; leave weight out (steps set only pauses)`)
    })
    return
  }
  steps.forEach((s, i) => {
    if (s.weight === undefined) at(['steps', i], 'a canary step needs a weight')
    const before = steps[i - 1]?.weight
    if (s.weight !== undefined && before !== undefined && s.weight < before)
      at(['steps', i, 'weight'], `step weights must not decrease (${before} → ${s.weight})`)
  })
  if (steps.length && steps[steps.length - 1].weight !== 100) {
    at(['steps', steps.length - 1, 'weight'], 'the last canary step must reach weight 100')
  }
}

function checkGates(p: ProfileConfig, env: EnvironmentConfig, metricNames: string[], at: Issue): void {
  const seen = new Set<string>()
  p.gates?.forEach((g, i) => {
    if (seen.has(g.name)) at(['gates', i, 'name'], `duplicate gate name "${g.name}"`)
    seen.add(g.name)
    if (g.type === 'metric' && !metricNames.includes(g.metric)) at(['gates', i, 'metric'], `unknown metric "${g.metric}"`)
  })
  const names = (p.gates ?? env.gates).map((g) => g.name)
  p['skip-gates']?.forEach((n, i) => {
    if (!names.includes(n))
      at(['skip-gates', i], `skip-gates names "${n}", which is not a gate of this environment (gates: ${names.join(', ') || 'none'})`)
  })
}

/** A hotfix takes shorter pauses and fewer gates, but keeps a rollback and at least one analysed pause. */
function checkHotfix(p: ProfileConfig, env: EnvironmentConfig, at: Issue): void {
  if (env.actions.rollback === undefined) {
    at([], 'a hotfix profile needs actions.rollback in its environment: a hotfix is never deployed without a way back')
  }
  const checks = p.analysis?.checks ?? env.analysis.checks
  if (checks.length === 0) {
    at(
      p.analysis?.checks ? ['analysis', 'checks'] : [],
      'a hotfix profile must keep analysis: at least one check (a hotfix is never deployed unwatched)'
    )
  }
  const steps = p.steps ?? env.steps
  if (steps && steps.every((s) => s.pause === 0)) {
    at(p.steps ? ['steps'] : [], 'a hotfix profile must keep at least one pause longer than 0s, or no analysis runs')
  }
}
