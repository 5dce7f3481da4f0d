/** Change classification and risk profiles: the shared vocabulary (no runtime dependencies). */

/** Ordered: a later level is riskier. The highest level any matching rule gives wins. */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

export const CHANGE_TYPES = ['feature', 'bugfix', 'hotfix', 'refactor', 'config', 'dependency', 'docs', 'unknown'] as const
export type ChangeType = (typeof CHANGE_TYPES)[number]

/** What is known about the change being deployed (from the pull request, or nothing). */
export interface ChangeFacts {
  /** Where the facts came from, e.g. `pull request #12 (pull_request event)`, or `none`. */
  source: string
  pr?: number
  /** The PR is open (a push to its branch): the PR comment may go there without looking it up again. */
  prOpen?: boolean
  title: string
  labels: string[]
  /** Changed paths; `undefined` when the files could not be listed (path rules then cannot match). */
  files?: string[]
  /** Lines added plus lines deleted; `undefined` when unknown. */
  lines?: number
  /** Why the changed files are unknown (a failed request): the risk is then at least `high`. */
  filesError?: string
}

/** One rule that matched, and why. */
export interface RuleMatch {
  rule: string
  risk?: RiskLevel
  type?: ChangeType
  why: string
  /** `config` (risk.rules), `default` (Stagegate's built-in rules) or `input` (set by hand). */
  origin: 'config' | 'default' | 'input'
}

export interface Classification {
  type: ChangeType
  risk: RiskLevel
  matched: RuleMatch[]
  /** Why the risk is what it is, one line. */
  why: string
}

export function riskRank(r: RiskLevel): number {
  return RISK_LEVELS.indexOf(r)
}

export function isRiskLevel(s: string): s is RiskLevel {
  return (RISK_LEVELS as readonly string[]).includes(s)
}

export function isChangeType(s: string): s is ChangeType {
  return (CHANGE_TYPES as readonly string[]).includes(s)
}
