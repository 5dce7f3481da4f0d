/**
 * Change classification (pure): which rules match the change, its type and its risk.
 * Every condition a rule gives must hold; the highest risk of the matching rules wins; the type
 * comes from the first matching rule that sets one (the config's rules come before the defaults).
 */
import picomatch from 'picomatch'
import type { RiskConfig, RiskRuleConfig } from '../config/schema.js'
import { DEFAULT_DEPENDENCY_MANIFESTS, DEFAULT_RULES } from './rules.js'
import { riskRank, type ChangeFacts, type Classification, type RiskLevel, type RuleMatch } from './types.js'

/** `feat(api)!: add x` → { type: 'feat', breaking: true }; not a conventional title → undefined. */
export function conventionalPrefix(title: string): { type: string; breaking: boolean } | undefined {
  const m = /^\s*([A-Za-z]+)(\([^)]*\))?(!)?:\s*\S/.exec(title)
  return m ? { type: m[1].toLowerCase(), breaking: m[3] === '!' } : undefined
}

export function classify(facts: ChangeFacts, cfg: RiskConfig): Classification {
  const manifests = picomatch(cfg['dependency-manifests'] ?? DEFAULT_DEPENDENCY_MANIFESTS, { dot: true })
  const rules: { rule: RiskRuleConfig; origin: RuleMatch['origin'] }[] = [
    ...cfg.rules.map((rule) => ({ rule, origin: 'config' as const })),
    ...(cfg['default-rules'] ? DEFAULT_RULES.map((rule) => ({ rule, origin: 'default' as const })) : [])
  ]
  const matched: RuleMatch[] = []
  for (const { rule, origin } of rules) {
    const why = matchRule(rule, facts, manifests)
    if (why === undefined) continue
    matched.push({ rule: rule.name, origin, why, ...(rule.risk ? { risk: rule.risk } : {}), ...(rule.type ? { type: rule.type } : {}) })
  }
  if (facts.filesError) matched.push({ rule: 'files-unknown', origin: 'default', risk: 'high', why: facts.filesError })
  return decide(matched, cfg.default)
}

function decide(matched: RuleMatch[], fallback: RiskLevel): Classification {
  const type = matched.find((m) => m.type)?.type ?? 'unknown'
  const risky = matched.filter((m) => m.risk)
  if (!risky.length) return { type, risk: fallback, matched, why: `no rule set a risk: the default (${fallback})` }
  const top = risky.reduce((a, b) => (riskRank(b.risk as RiskLevel) > riskRank(a.risk as RiskLevel) ? b : a))
  return { type, risk: top.risk as RiskLevel, matched, why: `rule ${top.rule}: ${top.why}` }
}

/** Why the rule matches (each condition's evidence, joined), or undefined when one condition fails. */
export function matchRule(rule: RiskRuleConfig, facts: ChangeFacts, manifests: (p: string) => boolean): string | undefined {
  const reasons: string[] = []
  const conditions: (() => string | undefined)[] = [
    () => rule.labels && labelMatch(rule.labels, facts.labels),
    () => rule['title-prefix'] && prefixMatch(rule['title-prefix'], facts.title),
    () => rule.breaking && (conventionalPrefix(facts.title)?.breaking ? `title "${facts.title}" marks a breaking change` : undefined),
    () => rule.paths && anyPath(rule.paths, facts.files),
    () => rule['only-paths'] && onlyPaths(rule['only-paths'], facts.files),
    () => (rule['min-lines'] !== undefined ? linesAtLeast(rule['min-lines'], facts.lines) : undefined),
    () => rule.dependencies && anyFile(facts.files, manifests, 'dependency manifest')
  ]
  const given = [rule.labels, rule['title-prefix'], rule.breaking, rule.paths, rule['only-paths'], rule['min-lines'], rule.dependencies]
  for (let i = 0; i < conditions.length; i++) {
    if (given[i] === undefined) continue
    const why = conditions[i]()
    if (!why) return undefined
    reasons.push(why)
  }
  return reasons.length ? reasons.join('; ') : undefined
}

function labelMatch(wanted: string[], labels: string[]): string | undefined {
  const lower = new Set(wanted.map((l) => l.toLowerCase()))
  const hit = labels.find((l) => lower.has(l.toLowerCase()))
  return hit === undefined ? undefined : `label "${hit}"`
}

function prefixMatch(prefixes: string[], title: string): string | undefined {
  const p = conventionalPrefix(title)
  return p && prefixes.some((x) => x.toLowerCase() === p.type) ? `title prefix "${p.type}:"` : undefined
}

function anyPath(globs: string[], files: string[] | undefined): string | undefined {
  return anyFile(files, picomatch(globs, { dot: true }), globs.join(', '))
}

function anyFile(files: string[] | undefined, match: (p: string) => boolean, what: string): string | undefined {
  const hits = (files ?? []).filter((f) => match(f))
  if (!hits.length) return undefined
  return `${hits.length === 1 ? '1 changed file matches' : `${hits.length} changed files match`} ${what} (${examples(hits)})`
}

function onlyPaths(globs: string[], files: string[] | undefined): string | undefined {
  if (!files?.length) return undefined
  const match = picomatch(globs, { dot: true })
  return files.every((f) => match(f))
    ? `all ${files.length} changed file${files.length === 1 ? '' : 's'} match ${globs.join(', ')}`
    : undefined
}

function linesAtLeast(min: number, lines: number | undefined): string | undefined {
  return lines !== undefined && lines >= min ? `${lines} lines changed (≥ ${min})` : undefined
}

function examples(files: string[]): string {
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')}, …`
}

/** The `change-type` / `risk` inputs, set by hand: they replace what the rules say, and are recorded. */
export function withInputs(c: Classification, inputs: { type?: string; risk?: string; actor: string }): Classification {
  const out: Classification = { ...c, matched: [...c.matched] }
  if (inputs.type) {
    out.type = inputs.type as Classification['type']
    out.matched.push({
      rule: 'input change-type',
      origin: 'input',
      type: out.type,
      why: `set by hand by ${inputs.actor || 'the workflow'}`
    })
  }
  if (inputs.risk) {
    out.risk = inputs.risk as RiskLevel
    out.matched.push({
      rule: 'input risk',
      origin: 'input',
      risk: out.risk,
      why: `set by hand by ${inputs.actor || 'the workflow'} (the rules said ${c.risk})`
    })
    out.why = `input risk: set by hand (the rules said ${c.risk}: ${c.why})`
  }
  return out
}
