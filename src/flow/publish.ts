/** Step 8 of the run: the report goes to the job summary, a JSON file, the outputs and GitHub. */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { DeployReport } from '../report/types.js'
import { renderSummary } from '../report/markdown.js'
import { toJson, auditJsonl, redactReport } from '../report/json.js'
import { oneLine } from '../text.js'
import type { Log, Runtime } from '../runtime/types.js'

/**
 * Writes the JSON report and the audit trail (JSON Lines) into the first directory that takes
 * them: RUNNER_TEMP (outside a runner `<os temp>/stagegate`, never the checkout), then the system temp directory, then the workspace (a full disk or an
 * unwritable RUNNER_TEMP must not lose the audit). A fallback is a warning; if every directory
 * fails, this throws, naming each directory and why.
 */
export async function writeReportFiles(r: DeployReport, log: Log, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dirs = [...new Set([reportDir(env), os.tmpdir(), env.GITHUB_WORKSPACE || process.cwd()].filter((d): d is string => !!d))]
  const failures: string[] = []
  for (const dir of dirs) {
    try {
      const reportPath = await writeBoth(dir, r)
      if (failures.length) log.warning(`could not write the JSON report to ${failures.join('; ')}; wrote it to ${reportPath} instead`)
      return reportPath
    } catch (e) {
      failures.push(`${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
  }
  throw new Error(`the JSON report and the audit trail could not be written to any directory: ${failures.join('; ')}`)
}

/** Both files in `dir`; a half-written file is removed (a full disk must not leave a truncated report). */
async function writeBoth(dir: string, r: DeployReport): Promise<string> {
  await fs.mkdir(dir, { recursive: true })
  const base = `stagegate-${safe(r.environment || 'unknown')}`
  const reportPath = path.join(dir, `${base}-report.json`)
  const auditPath = path.join(dir, `${base}-audit.jsonl`)
  try {
    await fs.writeFile(reportPath, toJson(r))
    await fs.writeFile(auditPath, auditJsonl(r))
  } catch (e) {
    await Promise.all([fs.rm(reportPath, { force: true }), fs.rm(auditPath, { force: true })]).catch(() => undefined)
    throw e
  }
  return reportPath
}

export function reportDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || path.join(os.tmpdir(), 'stagegate')
}

export async function writeSummary(r: DeployReport, rt: Runtime, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    const file = path.join(reportDir(env), `stagegate-${safe(r.environment || 'unknown')}-summary.md`)
    await fs.writeFile(file, renderSummary(r))
    rt.info(`GITHUB_STEP_SUMMARY is not set (a local run): the job summary is in ${file}`)
    return
  }
  await rt.appendSummary(renderSummary(r))
}

export function setOutputs(r: DeployReport, reportPath: string, rt: Runtime): void {
  const setOutput = (name: string, value: string) => rt.setOutput(name, value)
  setOutput('status', r.status)
  setOutput('final-weight', String(r.finalWeight))
  setOutput('deployment-id', r.deploymentId)
  setOutput('report-path', reportPath)
  setOutput('failed-gates', r.failedGates.join(','))
  setOutput('rollback-reason', oneLine(r.rollback?.reason ?? ''))
  setOutput('change-type', r.change?.type ?? '')
  setOutput('risk', r.change?.risk ?? '')
}

export interface Published {
  /** The report as written everywhere: redacted. */
  report: DeployReport
  /** Why the JSON report and audit could not be written anywhere (the step must fail), or undefined. */
  lost?: string
}

/** Everything local, in every outcome; never throws (a failure to write the report files is returned). */
export async function publishLocal(
  r: DeployReport,
  secrets: string[],
  withSummary: boolean,
  rt: Runtime,
  env: NodeJS.ProcessEnv = process.env
): Promise<Published> {
  const clean = redactReport(r, secrets)
  let reportPath = ''
  let lost: string | undefined
  try {
    reportPath = await writeReportFiles(clean, rt, env)
  } catch (e) {
    lost = (e as Error).message
    rt.error(`${lost}; report-path is empty`)
  }
  try {
    if (withSummary) await writeSummary(clean, rt, env)
  } catch (e) {
    rt.warning(`could not write the job summary: ${(e as Error).message}`)
  }
  setOutputs(clean, reportPath, rt)
  return { report: clean, lost }
}

function safe(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]/g, '_')
}
