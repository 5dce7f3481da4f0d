/** The one order of alert severities (code scanning, Dependabot): `fail-on` and the gates' ranking. */

/** Worst first, as `fail-on` lists them. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Rank of a severity (higher is worse: low 0 … critical 3); -1 for none/unknown such as "warning" or null. */
export function severityRank(s: unknown): number {
  const i = SEVERITIES.indexOf(String(s ?? '').toLowerCase() as Severity)
  return i < 0 ? -1 : SEVERITIES.length - 1 - i
}
