/** Machine-readable forms of the report (pure): the JSON report, the audit trail as JSON Lines, redaction. */
import type { DeployReport } from './types.js'
import type { RecordView } from '../record/types.js'
import { redactString, secretForms } from '../config/template.js'

/** The report as pretty JSON, `schemaVersion` first, with a trailing newline. */
export function toJson(r: RecordView): string {
  const { schemaVersion, ...rest } = r
  return `${JSON.stringify({ schemaVersion, ...rest }, null, 2)}\n`
}

/** One JSON object per audit entry and line; each also names the service, environment, version and commit. */
export function auditJsonl(r: RecordView): string {
  return r.audit
    .map((e) => {
      const { at, ...rest } = e
      return `${JSON.stringify({ at, service: r.service, environment: r.environment, version: r.version, ...rest, sha: e.sha || r.sha })}\n`
    })
    .join('')
}

/**
 * A deep copy of the report in which every occurrence of every non-empty secret, in any string
 * (object keys included), is replaced by `***`. Also catches the forms a secret takes when it was
 * spliced into a URL, a PromQL string or JSON, and strips the user-info of every URL-shaped text
 * (redactString). Pure: the input is not touched.
 */
export function redactReport(r: RecordView, secrets: string[]): DeployReport {
  return redactValue(r, secretForms(secrets)) as DeployReport
}

function redactValue(v: unknown, needles: string[]): unknown {
  if (typeof v === 'string') return redactString(v, needles)
  if (Array.isArray(v)) return v.map((x) => redactValue(x, needles))
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[redactString(k, needles)] = redactValue(x, needles)
    return out
  }
  return v
}
