/**
 * The runtime on a runner: the one module under src/ (besides the entries) that speaks the
 * runner's protocol, through the actions toolkit's own code (`./toolkit.ts`: `@actions/core`'s
 * workflow and file commands and its job summary). Each method does what the `@actions/core`
 * function of the same name does. Outputs and saved state go through the runner's file commands
 * (GITHUB_OUTPUT, GITHUB_STATE); outside a runner (a local run) they degrade: no deprecated
 * `::set-output` / `::save-state`, no stack trace when the variable points at a missing file — a
 * warning once, and outputs are logged instead.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import { issue, issueCommand, issueFileCommand, prepareKeyValueMessage, summary, toCommandProperties } from './toolkit.js'
import { inputVariable, type AnnotationProperties, type Runtime } from './types.js'

type FileKind = 'OUTPUT' | 'STATE'
type Level = 'notice' | 'warning' | 'error'

const annotation = (level: Level, message: string, properties: AnnotationProperties = {}): void =>
  issueCommand(level, toCommandProperties(properties), message)

/**
 * A runtime on the runner's protocol. It reads the process's own environment (INPUT_*, STATE_*,
 * GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), as @actions/core does.
 */
export function coreRuntime(): Runtime {
  const env = process.env
  const warned = new Set<FileKind>()
  const usable = (kind: FileKind): boolean => {
    const file = env[`GITHUB_${kind}`]
    if (file && fs.existsSync(file)) return true
    if (file && !warned.has(kind))
      annotation(
        'warning',
        `GITHUB_${kind} points at ${file}, which does not exist; ${kind === 'OUTPUT' ? 'outputs are logged instead' : 'no state is saved for the post step'}`
      )
    warned.add(kind)
    return false
  }
  const info = (m: string): void => void process.stdout.write(m + os.EOL)
  const debug = (m: string): void => issueCommand('debug', {}, m)
  return {
    getInput: (name) => (env[inputVariable(name)] || '').trim(),
    getState: (name) => env[`STATE_${name}`] || '',
    debug,
    info,
    notice: (m, p) => annotation('notice', m, p),
    warning: (m, p) => annotation('warning', m, p),
    error: (m, p) => annotation('error', m, p),
    startGroup: (name) => issue('group', name),
    endGroup: () => issue('endgroup'),
    setOutput: (name, value) =>
      usable('OUTPUT') ? issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value)) : info(`output ${name}=${value}`),
    saveState: (name, value) =>
      usable('STATE')
        ? issueFileCommand('STATE', prepareKeyValueMessage(name, value))
        : debug(`state ${name} not saved (no GITHUB_STATE file)`),
    setSecret: (secret) => issueCommand('add-mask', {}, secret),
    appendSummary: async (markdown) => {
      await summary.addRaw(markdown, true).write()
    },
    writeSummary: async (markdown) => {
      await summary.addRaw(markdown, true).write({ overwrite: true })
    },
    setFailed: (message) => {
      process.exitCode = 1
      annotation('error', message)
    }
  }
}
