/** What both flows (deploy and plan) share: setup, clock, cancellation, GitHub, the run record. */
import type { Clock } from '../rollout/clock.js'
import type { CommandRunner } from '../actions/types.js'
import type { MetricProvider } from '../metrics/types.js'
import type { GateContext } from '../gates/types.js'
import type { TrackName } from '../config/schema.js'
import { createProviders } from '../metrics/registry.js'
import { stagegateEnv } from '../actions/run-command.js'
import type { ActionBase } from '../actions/action-request.js'
import type { Setup } from './setup.js'
import { templateBase } from './setup.js'
import type { GitHubSide } from './github-side.js'
import type { RunRecorder } from '../record/recorder.js'
import type { Notifications } from '../notify/lazy.js'
import type { Runtime } from '../runtime/types.js'
import type { GroupLedger } from '../actions/groups.js'

export interface FlowContext {
  /** The job the run talks to: log, groups, outputs, state, summary (src/runtime). */
  runtime: Runtime
  s: Setup
  clock: Clock
  signal: AbortSignal
  runCommand: CommandRunner
  github: GitHubSide
  /** The run record's one writer (flows call it; the live record is `record.view`). */
  record: RunRecorder
  providers: Map<string, MetricProvider>
  /** `notify:` targets, when the config has any. */
  notify?: Notifications
  /** The main step's process-group ledger (for the post step): built-in traffic adapters write their CLIs to it too. */
  ledger?: GroupLedger
}

export function makeProviders(s: Setup, runCommand: CommandRunner): Map<string, MetricProvider> {
  return createProviders(s.config.metrics, { runCommand, cwd: s.run.workspace, baseEnv: baseCommandEnv(s) })
}

export function baseCommandEnv(s: Setup): Record<string, string> {
  return stagegateEnv(commandBase(s), { weight: 0, previousWeight: 0, track: 'stable' })
}

export function commandBase(s: Setup): ActionBase {
  return {
    service: s.config.service,
    environment: s.inputs.environment,
    version: s.version,
    sha: s.run.sha,
    ...(s.change ? { risk: s.change.risk, changeType: s.change.type } : {})
  }
}

export function gateContext(f: FlowContext): Omit<GateContext, 'signal'> {
  return {
    clock: f.clock,
    template: templateBase(f.s),
    runCommand: f.runCommand,
    commandEnv: baseCommandEnv(f.s),
    workspace: f.s.run.workspace,
    metrics: f.providers,
    github: f.github.gh,
    environment: f.s.inputs.environment
  }
}

export function measureWith(f: FlowContext) {
  return async (metric: string, track: TrackName, weight: number, signal: AbortSignal) => {
    const provider = f.providers.get(metric)
    if (!provider) return { kind: 'error' as const, detail: `unknown metric "${metric}"` }
    return provider.measure({ context: { ...templateBase(f.s, weight), track }, signal })
  }
}
