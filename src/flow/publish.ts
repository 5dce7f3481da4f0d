/** Step 8 of the run: the report goes to the job summary, a JSON file, the outputs and GitHub. */
import * as core from '@actions/core'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { DeployReport } from '../report/types.js'
import { renderSummary } from '../report/markdown.js'
import { toJson, auditJsonl, redactReport } from '../report/json.js'
import { oneLine } from '../text.js'
import { setOutput } from './file-commands.js'

/**
 * Writes the JSON report and the audit trail (JSON Lines) into RUNNER_TEMP; outside a runner (no
 * RUNNER_TEMP) into `<os temp>/stagegate`, never into the checkout.
 */
export async function writeReportFiles(r: DeployReport): Promise<string> {
  const dir = reportDir()
  await fs.mkdir(dir, { recursive: true })
  const base = `stagegate-${safe(r.environment || 'unknown')}`
  const reportPath = path.join(dir, `${base}-report.json`)
  await fs.writeFile(reportPath, toJson(r))
  await fs.writeFile(path.join(dir, `${base}-audit.jsonl`), auditJsonl(r))
  return reportPath
}

export function reportDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || path.join(os.tmpdir(), 'stagegate')
}

export async function writeSummary(r: DeployReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    const file = path.join(reportDir(), `stagegate-${safe(r.environment || 'unknown')}-summary.md`)
    await fs.writeFile(file, renderSummary(r))
    core.info(`GITHUB_STEP_SUMMARY is not set (a local run): the job summary is in ${file}`)
    return
  }
  await core.summary.addRaw(renderSummary(r), true).write()
}

export function setOutputs(r: DeployReport, reportPath: string): void {
  setOutput('status', r.status)
  setOutput('final-weight', String(r.finalWeight))
  setOutput('deployment-id', r.deploymentId)
  setOutput('report-path', reportPath)
  setOutput('failed-gates', r.failedGates.join(','))
  setOutput('rollback-reason', oneLine(r.rollback?.reason ?? ''))
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
