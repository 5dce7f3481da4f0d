/** Step 8 of the run: the report goes to the job summary, a JSON file, the outputs and GitHub. */
import * as core from '@actions/core'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { DeployReport } from '../report/types.js'
import { renderSummary } from '../report/markdown.js'
import { toJson, auditJsonl, redactReport } from '../report/json.js'
import { oneLine } from '../text.js'

/** Writes the JSON report and the audit trail (JSON Lines) into RUNNER_TEMP (or the workspace). */
export async function writeReportFiles(r: DeployReport): Promise<string> {
  const dir = process.env.RUNNER_TEMP || process.env.GITHUB_WORKSPACE || process.cwd()
  await fs.mkdir(dir, { recursive: true })
  const base = `stagegate-${safe(r.environment || 'unknown')}`
  const reportPath = path.join(dir, `${base}-report.json`)
  await fs.writeFile(reportPath, toJson(r))
  await fs.writeFile(path.join(dir, `${base}-audit.jsonl`), auditJsonl(r))
  return reportPath
}

export async function writeSummary(r: DeployReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set; the summary is only in the JSON report')
    return
  }
  await core.summary.addRaw(renderSummary(r), true).write()
}

export function setOutputs(r: DeployReport, reportPath: string): void {
  core.setOutput('status', r.status)
  core.setOutput('final-weight', String(r.finalWeight))
  core.setOutput('deployment-id', r.deploymentId)
  core.setOutput('report-path', reportPath)
  core.setOutput('failed-gates', r.failedGates.join(','))
  core.setOutput('rollback-reason', oneLine(r.rollback?.reason ?? ''))
  core.setOutput('change-type', r.change?.type ?? '')
  core.setOutput('risk', r.change?.risk ?? '')
}

/** Everything local, in every outcome; never throws (a failure to report is logged). */
export async function publishLocal(r: DeployReport, secrets: string[], withSummary: boolean): Promise<DeployReport> {
  const clean = redactReport(r, secrets)
  let reportPath = ''
  try {
    reportPath = await writeReportFiles(clean)
  } catch (e) {
    core.warning(`could not write the JSON report: ${(e as Error).message}`)
  }
  try {
    if (withSummary) await writeSummary(clean)
  } catch (e) {
    core.warning(`could not write the job summary: ${(e as Error).message}`)
  }
  setOutputs(clean, reportPath)
  return clean
}



function safe(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]/g, '_')
}
