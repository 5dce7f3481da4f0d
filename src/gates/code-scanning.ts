/** `code-scanning` and `dependabot`: no open alert at or above `fail-on` severity. */
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateOutcome } from './types.js'
import { severityRank, withGitHub } from './github-support.js'
import { plural } from '../text.js'

type CodeScanningConfig = Extract<GateConfig, { type: 'code-scanning' }>
type DependabotConfig = Extract<GateConfig, { type: 'dependabot' }>

export interface FoundAlert {
  number: number
  severity: string
  what: string
}

/** Alerts at or above `failOn`, in a one-line verdict. */
export function judgeAlerts(kind: string, alerts: FoundAlert[], failOn: string): GateOutcome {
  const threshold = severityRank(failOn)
  if (threshold < 0) throw new Error(`unknown severity "${failOn}"`)
  const bad = alerts.filter((a) => severityRank(a.severity) >= threshold)
  if (bad.length === 0) {
    return { passed: true, detail: `no open ${kind} alert at or above ${failOn} (${plural(alerts.length, 'open alert')} in total)` }
  }
  const list = bad
    .slice(0, 5)
    .map((a) => `#${a.number} ${a.severity} ${a.what}`)
    .join(', ')
  const more = bad.length > 5 ? `, and ${bad.length - 5} more` : ''
  return { passed: false, detail: `${plural(bad.length, `open ${kind} alert`)} at or above ${failOn}: ${list}${more}` }
}

export const codeScanningGate: Gate<CodeScanningConfig> = {
  type: 'code-scanning',
  readOnly: () => true,
  check: (config, ctx) =>
    withGitHub(ctx, 'security-events', async (gh) => {
      return judgeAlerts('code-scanning', await gh.codeScanningAlerts(), config['fail-on'])
    })
}

export const dependabotGate: Gate<DependabotConfig> = {
  type: 'dependabot',
  readOnly: () => true,
  check: (config, ctx) =>
    withGitHub(ctx, 'security-events', async (gh) => {
      return judgeAlerts('Dependabot', await gh.dependabotAlerts(), config['fail-on'])
    })
}
