/** Every gate type, by name (SPEC §2 gates table). */
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateRegistry } from './types.js'
import { approvalGate } from './approval.js'
import { codeScanningGate, dependabotGate } from './code-scanning.js'
import { commandGate } from './command.js'
import { coverageGate } from './coverage.js'
import { githubChecksGate } from './github-checks.js'
import { githubDeploymentGate } from './github-deployment.js'
import { httpGate } from './http.js'
import { metricGate } from './metric.js'
import { windowGate } from './window.js'

export const gateRegistry: GateRegistry = {
  command: commandGate,
  http: httpGate,
  window: windowGate,
  'github-checks': githubChecksGate,
  'github-deployment': githubDeploymentGate,
  'code-scanning': codeScanningGate,
  dependabot: dependabotGate,
  coverage: coverageGate,
  metric: metricGate,
  approval: approvalGate
}

/** The gate for a config; an unknown type is a programming error (the schema refuses it). */
export function gateFor(config: GateConfig): Gate {
  const gate = (gateRegistry as Record<string, Gate | undefined>)[config.type]
  if (!gate) throw new Error(`no gate of type "${String(config.type)}"`)
  return gate
}
