/**
 * `stagegate validate [config]` and `stagegate plan --environment E [--config F]`: the action's own
 * loader and planner, for a terminal. Nothing here talks to GitHub or runs a command of the config.
 *
 * Exit codes: 0 ok · 1 invalid config (or unknown environment) · 2 usage error.
 */
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config/file.js'
import { resolveEnvironment } from '../config/load.js'
import { DEFAULT_CONFIG } from '../config/inputs.js'
import type { Config, EnvironmentConfig } from '../config/schema.js'
import { buildPlan, estimateDurations } from '../rollout/plan.js'
import { describeAnalysis } from '../analysis/describe.js'
import { formatDuration } from '../config/units.js'
import { createProviders } from '../metrics/registry.js'
import { everySecret } from '../config/every-secret.js'
import { redact } from '../config/template.js'
import { renderSummary } from '../report/markdown.js'
import { RunRecorder } from '../record/recorder.js'
import type { RecordView } from '../record/types.js'
import { systemClock } from '../rollout/clock.js'
import { styleFor, columns, type Style } from './style.js'

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const

export interface CliIO {
  out: { write(s: string): unknown; isTTY?: boolean }
  err: { write(s: string): unknown; isTTY?: boolean }
  env: Record<string, string | undefined>
  cwd: string
}

export const USAGE = `Usage:
  stagegate validate [config] [--environment E]
      Check a deploy config (default ${DEFAULT_CONFIG}) exactly as the action does.
  stagegate plan --environment E [--config F] [--version V] [--probe] [--markdown | --json]
      Show the rollout plan the action's plan mode would render: steps, pauses, measurements,
      analysis bounds and time estimates. --probe measures each Prometheus/HTTP metric once on
      the stable track (as plan mode does); command metrics and gates are never run.

Exit codes: 0 ok · 1 invalid config or unknown environment · 2 usage error
Colour only when stdout is a terminal and NO_COLOR is unset.
`

class UsageError extends Error {}

export async function cli(argv: string[], io: CliIO): Promise<number> {
  const style = styleFor(io.out.isTTY, io.env)
  const errStyle = styleFor(io.err.isTTY, io.env)
  try {
    const [command, ...rest] = argv
    switch (command) {
      case 'validate':
        return await validate(rest, io, style)
      case 'plan':
        return await plan(rest, io, style)
      case 'help':
      case '--help':
      case '-h':
        io.out.write(USAGE)
        return EXIT.ok
      default:
        throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`)
    }
  } catch (e) {
    if (e instanceof ConfigError) return printConfigError(e, io, errStyle)
    if (e instanceof UsageError || isParseArgsError(e)) {
      io.err.write(`${errStyle.red('usage error:')} ${(e as Error).message}\n\n${USAGE}`)
      return EXIT.usage
    }
    throw e
  }
}

function isParseArgsError(e: unknown): boolean {
  return typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('ERR_PARSE_ARGS')
}

function printConfigError(e: ConfigError, io: CliIO, style: Style): number {
  for (const issue of e.issues)
    io.err.write(`${style.bold(`${e.file}:${issue.line}:${issue.column}`)}: ${style.red('error')} ${issue.message}\n`)
  io.err.write(`${style.red('✗')} ${e.file}: ${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}; nothing would run\n`)
  return EXIT.invalid
}

async function load(file: string, io: CliIO): Promise<Config> {
  return loadConfig(path.resolve(io.cwd, file), file)
}

// ---------------------------------------------------------------- validate

async function validate(argv: string[], io: CliIO, style: Style): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { environment: { type: 'string', short: 'e' }, config: { type: 'string', short: 'c' } }
  })
  if (positionals.length > 1) throw new UsageError(`validate takes one config file, got ${positionals.length}`)
  if (positionals.length && values.config) throw new UsageError('give the config either as an argument or with --config, not both')
  const file = positionals[0] ?? values.config ?? DEFAULT_CONFIG
  const config = await load(file, io)
  const names = values.environment ? [values.environment] : Object.keys(config.environments)
  const envs = names.map((n) => [n, resolveEnvironment(config, n, file)] as const)
  io.out.write(`${style.green('✓')} ${style.bold(file)} is valid · service ${config.service}\n`)
  for (const [name, env] of envs) io.out.write(`  ${name}: ${envLine(env)}\n`)
  return EXIT.ok
}

function envLine(env: EnvironmentConfig): string {
  const steps = buildPlan(env)
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`
  return `${env.strategy}, ${steps.map((s) => `${s.weight}%`).join(' → ')} · ${n(env.gates.length, 'gate')} · ${n(env.analysis.checks.length, 'check')}`
}

// ---------------------------------------------------------------- plan

async function plan(argv: string[], io: CliIO, style: Style): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      environment: { type: 'string', short: 'e' },
      config: { type: 'string', short: 'c' },
      version: { type: 'string' },
      probe: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }
    }
  })
  if (positionals.length) throw new UsageError(`plan takes no positional argument (got "${positionals[0]}"); use --config F`)
  if (!values.environment) throw new UsageError('plan needs --environment E (a key under environments: in the config)')
  if (values.markdown && values.json) throw new UsageError('--markdown and --json exclude each other')
  const file = values.config ?? DEFAULT_CONFIG
  const config = await load(file, io)
  const env = resolveEnvironment(config, values.environment, file)
  const record = planRecord(config, env, { environment: values.environment, version: values.version ?? 'local' })
  if (values.probe) await probe(config, env, record, io)
  record.analysisPlanned(describeAnalysis(env.analysis, record.view.baseline))
  const report = record.view
  if (values.json)
    io.out.write(
      `${JSON.stringify({ plan: report.plan, analysis: report.analysis, baseline: report.baseline, notes: report.notes }, null, 2)}\n`
    )
  else if (values.markdown) io.out.write(renderSummary(report))
  else io.out.write(planText(report, env, style, values.probe))
  return EXIT.ok
}

/**
 * The same record plan mode builds, without GitHub (no run link, no gates evaluated), written
 * through its one writer like the action's plan flow.
 */
export function planRecord(config: Config, env: EnvironmentConfig, o: { environment: string; version: string }): RunRecorder {
  const r = new RunRecorder(
    {
      service: config.service,
      environment: o.environment,
      version: o.version,
      sha: '',
      mode: 'plan',
      strategy: env.strategy,
      runUrl: '',
      actor: ''
    },
    Date.now(),
    systemClock
  )
  const plan = buildPlan(env)
  r.planned(plan)
  const est = estimateDurations(plan, env.analysis)
  r.note(
    `estimated minimum duration ${formatDuration(est.minimumMs)}; worst-case time from a breach to rollback ${formatDuration(est.worstCaseRollbackMs)}`
  )
  const records = env.gates.map((g) => ({
    name: g.name,
    type: g.type,
    required: g.required,
    status: 'skipped' as const,
    detail: 'not evaluated by the CLI (the action evaluates read-only gates in plan mode)',
    durationMs: 0,
    attempts: 0
  }))
  r.gatesDone({ records, failedRequired: [], approvals: [] })
  r.planDone()
  return r
}

async function probe(config: Config, env: EnvironmentConfig, record: RunRecorder, io: CliIO): Promise<void> {
  const noCommand = async () => {
    throw new Error('the CLI runs no command')
  }
  const providers = createProviders(config.metrics, { runCommand: noCommand, cwd: io.cwd, baseEnv: {} })
  const names = new Set([...env.analysis.checks.map((c) => c.metric), ...env.gates.flatMap((g) => (g.type === 'metric' ? [g.metric] : []))])
  const r = record.view
  const context = {
    env: io.env,
    track: 'stable' as const,
    version: r.version,
    environment: r.environment,
    service: r.service,
    sha: '',
    weight: 0
  }
  for (const name of names) {
    const p = providers.get(name)
    if (!p || !p.readOnly) {
      record.note(`metric ${name} not probed: the CLI runs no command`)
      continue
    }
    const m = await p.measure({ context })
    record.baselineMeasured(name, m.kind === 'value' ? m.value : null)
    // the action redacts the same credentials at every sink; the CLI's output is one too (CI logs)
    if (m.kind !== 'value') record.note(redact(`metric ${name}: ${m.kind} — ${m.detail}`, everySecret(config, env, io.env, '')))
  }
}

export function planText(r: RecordView, env: EnvironmentConfig, style: Style, probed: boolean): string {
  const out: string[] = [
    style.bold(`Plan · ${r.service} → ${r.environment} · strategy ${r.strategy} · ${r.plan.length} step${r.plan.length === 1 ? '' : 's'}`),
    ''
  ]
  out.push(
    ...columns([
      ['step', 'weight', 'pause', 'measurements'],
      ...r.plan.map((s) => [String(s.index), `${s.weight}%`, formatDuration(s.pauseMs), String(s.measurements)])
    ]).map((l, i) => `  ${i === 0 ? style.dim(l) : l}`)
  )
  const a = r.analysis
  if (a) {
    out.push(
      '',
      style.bold('Analysis') +
        ` · every ${formatDuration(a.intervalMs)}${a.initialDelayMs ? ` after ${formatDuration(a.initialDelayMs)}` : ''} · a step rolls back after more than ${a.failureLimit} failed or ${a.inconclusiveLimit} inconclusive measurements`
    )
    if (a.checks.length === 0) out.push('  no checks: pauses are only waited out')
    else
      out.push(
        ...columns([['check', 'track', 'bound', 'no data'], ...a.checks.map((c) => [c.metric, c.track, c.bound, c.onNoData])]).map(
          (l, i) => `  ${i === 0 ? style.dim(l) : l}`
        )
      )
  }
  out.push('', style.bold('Gates') + style.dim(' (not evaluated here)'))
  out.push(env.gates.length ? env.gates.map((g) => `  ${g.name} · ${g.type}${g.required ? '' : ' (advisory)'}`).join('\n') : '  none')
  if (probed) {
    out.push('', style.bold('Metric probes') + ' (stable track)')
    for (const [k, v] of Object.entries(r.baseline)) out.push(`  ${k}: ${v === null ? style.yellow('no data') : String(v)}`)
  }
  out.push('')
  for (const n of r.notes) out.push(/^metric /.test(n) ? `${style.yellow('!')} ${n}` : `⏱ ${n}`)
  return `${out.join('\n')}\n`
}
