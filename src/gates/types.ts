import type { GateConfig, GateType } from '../config/schema.js'
import type { Clock } from '../rollout/clock.js'
import type { CommandRunner } from '../actions/types.js'
import type { MetricProvider, TemplateContext } from '../metrics/types.js'
import type { GitHubPort } from '../github/port.js'
import type { Approval } from '../report/types.js'

export interface GateContext {
  clock: Clock
  /** Aborted when the gate's timeout passes or the run is cancelled. */
  signal: AbortSignal
  /** Template values with track=stable (gates measure the stable track). */
  template: TemplateContext
  runCommand: CommandRunner
  /** STAGEGATE_* variables for command gates. */
  commandEnv: Record<string, string>
  workspace: string
  /** Metric providers by name (from the config's `metrics:`). */
  metrics: ReadonlyMap<string, MetricProvider>
  /** Present when a token and repository are known; GitHub-backed gates fail clearly without it. */
  github?: GitHubPort
  environment: string
}

export interface GateOutcome {
  passed: boolean
  /** One line a human reads in the gates table: what was found, and why it failed. */
  detail: string
  /** The approval gate reports who approved. */
  approvals?: Approval[]
}

/** One gate type. `check` may throw; the runner turns throws into failed outcomes. */
export interface Gate<C extends GateConfig = GateConfig> {
  readonly type: C['type']
  /** True when evaluating it changes nothing anywhere (plan mode runs only these). */
  readOnly(config: C, ctx: Pick<GateContext, 'metrics'>): boolean
  check(config: C, ctx: GateContext): Promise<GateOutcome>
  /** How long one attempt may take, when it is not simply the gate's `timeout` (a gate that polls). */
  timeoutMs?(config: C): number
}

export type GateRegistry = { [T in GateType]: Gate<Extract<GateConfig, { type: T }>> }
