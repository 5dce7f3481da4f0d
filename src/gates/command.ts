/** `command`: the user's `run` exits 0 (bash -e in the workspace, bounded by the gate's timeout). */
import type { GateConfig } from '../config/schema.js'
import type { CommandResult } from '../actions/types.js'
import type { Gate, GateOutcome } from './types.js'
import { formatDuration } from '../config/units.js'
import { lastLine } from '../text.js'

type Config = Extract<GateConfig, { type: 'command' }>

export const commandGate: Gate<Config> = {
  type: 'command',
  readOnly: () => false,
  check: async (config, ctx) => {
    const r = await ctx.runCommand({
      label: `gate ${config.name}`,
      run: config.run,
      timeoutMs: config.timeout,
      env: ctx.commandEnv,
      cwd: ctx.workspace,
      signal: ctx.signal
    })
    return judgeCommand(r, config.timeout)
  }
}

/** One line from a finished command: exit code and the last line it printed. */
export function judgeCommand(r: CommandResult, timeoutMs: number): GateOutcome {
  const last = r.outcome === 'ok' ? lastLine(r.stdout) || lastLine(r.stderr) : lastLine(r.stderr) || lastLine(r.stdout)
  const said = last ? `: ${last}` : ''
  switch (r.outcome) {
    case 'ok':
      return { passed: true, detail: `exit 0${said}` }
    case 'failed':
      return { passed: false, detail: `${r.exitCode === null ? 'could not run' : `exit ${r.exitCode}`}${said}` }
    case 'timeout':
      return { passed: false, detail: `killed after ${formatDuration(timeoutMs)} (timeout)${said}` }
    case 'aborted':
      return { passed: false, detail: `killed: cancelled${said}` }
    default: {
      const never: never = r.outcome
      throw new Error(`unknown command outcome ${String(never)}`)
    }
  }
}
