/** The report under construction: starts at step 1 of the run, is filled as the run moves on. */
import { REPORT_SCHEMA_VERSION, type DeployReport } from '../report/types.js'
import type { Setup } from './setup.js'

export interface DraftBasics {
  service: string
  environment: string
  version: string
  sha: string
  mode: 'deploy' | 'plan'
  strategy: string
  runUrl: string
  actor: string
}

export function newReport(b: DraftBasics, startedAt: number): DeployReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...b,
    status: 'failed',
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(startedAt).toISOString(),
    durationMs: 0,
    finalWeight: 0,
    deploymentId: '',
    failedGates: [],
    gates: [],
    baseline: {},
    plan: [],
    steps: [],
    measurements: [],
    commands: [],
    approvals: [],
    audit: [],
    apiRequests: 0,
    notes: []
  }
}

export function basicsFrom(s: Setup): DraftBasics {
  return {
    service: s.config.service,
    environment: s.inputs.environment,
    version: s.version,
    sha: s.run.sha,
    mode: s.inputs.mode,
    strategy: s.env.strategy,
    runUrl: s.run.runUrl,
    actor: s.run.actor
  }
}

/** Basics for a run that failed before its config could be read: whatever the environment tells. */
export function basicsFromEnv(env: NodeJS.ProcessEnv = process.env): DraftBasics {
  const repo = env.GITHUB_REPOSITORY ?? ''
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    service: '',
    environment: env.INPUT_ENVIRONMENT ?? '',
    version: env.INPUT_VERSION || (env.GITHUB_SHA ?? '').slice(0, 7),
    sha: env.GITHUB_SHA ?? '',
    mode: env.INPUT_MODE === 'plan' ? 'plan' : 'deploy',
    strategy: '',
    runUrl: repo && env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : '',
    actor: env.GITHUB_ACTOR ?? ''
  }
}

export function finish(r: DeployReport, now: number, apiRequests: number): void {
  r.finishedAt = new Date(now).toISOString()
  r.durationMs = Math.max(0, now - Date.parse(r.startedAt))
  r.apiRequests = apiRequests
}
