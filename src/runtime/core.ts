/**
 * The runtime on a runner: the one module under src/ (besides the entries) that imports
 * @actions/core. Outputs and saved state go through the runner's file commands (GITHUB_OUTPUT,
 * GITHUB_STATE); outside a runner (a local run) they degrade: no deprecated `::set-output` /
 * `::save-state`, no stack trace when the variable points at a missing file — a warning once,
 * and outputs are logged instead.
 */
import * as fs from 'node:fs'
import * as core from '@actions/core'
import type { Runtime } from './types.js'

type FileKind = 'OUTPUT' | 'STATE'

/**
 * A runtime backed by @actions/core. It reads the process's own environment (INPUT_*, STATE_*,
 * GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), because @actions/core does.
 */
export function coreRuntime(): Runtime {
  const env = process.env
  const warned = new Set<FileKind>()
  const usable = (kind: FileKind): boolean => {
    const file = env[`GITHUB_${kind}`]
    if (file && fs.existsSync(file)) return true
    if (file && !warned.has(kind))
      core.warning(
        `GITHUB_${kind} points at ${file}, which does not exist; ${kind === 'OUTPUT' ? 'outputs are logged instead' : 'no state is saved for the post step'}`
      )
    warned.add(kind)
    return false
  }
  return {
    getInput: (name) => core.getInput(name),
    getState: (name) => core.getState(name),
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    notice: (m, p) => core.notice(m, p),
    warning: (m, p) => core.warning(m, p),
    error: (m, p) => core.error(m, p),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    setOutput: (name, value) => (usable('OUTPUT') ? core.setOutput(name, value) : core.info(`output ${name}=${value}`)),
    saveState: (name, value) =>
      usable('STATE') ? core.saveState(name, value) : core.debug(`state ${name} not saved (no GITHUB_STATE file)`),
    setSecret: (secret) => core.setSecret(secret),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write()
    },
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write({ overwrite: true })
    },
    setFailed: (message) => core.setFailed(message)
  }
}
