/**
 * Outputs and saved state through the runner's file commands (GITHUB_OUTPUT, GITHUB_STATE).
 * Outside a runner (a local run) they degrade: no deprecated `::set-output`/`::save-state`, no
 * stack trace when the variable points at a missing file — a warning once, and outputs are logged.
 */
import * as fs from 'node:fs'
import * as core from '@actions/core'

type Kind = 'OUTPUT' | 'STATE'
const warned = new Set<Kind>()

/** The file a file command writes to, or undefined (with a warning once) when it cannot be used. */
function usableFile(kind: Kind, env: NodeJS.ProcessEnv): string | undefined {
  const file = env[`GITHUB_${kind}`]
  if (file && fs.existsSync(file)) return file
  if (file && !warned.has(kind)) core.warning(`GITHUB_${kind} points at ${file}, which does not exist; ${kind === 'OUTPUT' ? 'outputs are logged instead' : 'no state is saved for the post step'}`)
  warned.add(kind)
  return undefined
}

export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  if (usableFile('OUTPUT', env)) core.setOutput(name, value)
  else core.info(`output ${name}=${value}`)
}

export function saveState(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  if (usableFile('STATE', env)) core.saveState(name, value)
  else core.debug(`state ${name} not saved (no GITHUB_STATE file)`)
}
