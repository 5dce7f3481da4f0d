/**
 * Builds realistic, deterministic report objects for the renderer tests: a canary of
 * checkout-api to production, measured every 30 s by three checks, the way the engine records it.
 */
import { REPORT_SCHEMA_VERSION, type AuditEntry, type CheckSummary, type CommandRecord, type DeployReport, type GateRecord, type MeasurementRecord, type PlanStep, type StepRecord } from '../../src/report/types.js'

export const T0 = Date.parse('2026-03-10T10:12:00.000Z')
export const SHA = '9f1c2ab47e0d3c55b8a1e6f02d4c7b9a1e3f5d70'
export const RUN_URL = 'https://github.com/acme/checkout/actions/runs/8812345678'
export const INTERVAL_MS = 30_000
export const BASELINE = { 'error-rate': 0.0009, 'p95-latency-ms': 212 }

/** The three analysis checks of the example config. */
export const CHECKS = [
  { metric: 'error-rate', bound: '≤ 0.005', upper: 0.005 },
  { metric: 'p95-latency-ms', bound: '≤ 233.2 (+10% of baseline 212)', upper: 212 * 1.1 },
  { metric: 'p95-latency-ms', bound: '≤ 500', upper: 500 }
] as const

export const CANARY_PLAN: PlanStep[] = [
  { index: 1, weight: 5, pauseMs: 10 * 60_000, measurements: 20 },
  { index: 2, weight: 25, pauseMs: 5 * 60_000, measurements: 10 },
  { index: 3, weight: 50, pauseMs: 5 * 60_000, measurements: 10 },
  { index: 4, weight: 100, pauseMs: 10 * 60_000, measurements: 20 }
]

/** A small seeded generator, so fixtures never change between runs. */
export function noise(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function gates(opts: { override?: string; fail?: Record<string, string>; advisory?: Record<string, string> } = {}): GateRecord[] {
  const list: [string, string, string, number][] = [
    ['ci-green', 'github-checks', '14 check runs and 2 commit statuses concluded success (ignored: deploy)', 1210],
    ['staging-validated', 'github-deployment', 'deployment 88123 to staging is success (2026-03-10 09:41 UTC)', 420],
    ['no-critical-vulns', 'code-scanning', 'no open alert at or above critical', 380],
    ['deploy-window', 'window', 'Tue 11:12 Europe/Berlin is inside mon-thu 10:00-16:00; no freeze', 2],
    ['change-ticket', 'http', 'GET https://cm.example.com/api/tickets/CHG-2291 → 200 in 161ms; $.status = "approved"', 161],
    ['coverage', 'coverage', 'line coverage 86.2% ≥ 80% (coverage/coverage-summary.json)', 12],
    ['migrations-ready', 'command', 'exit 0 · stdout: 0 pending | last applied: 2026_03_01_add_index <orders>', 2310],
    ['healthy-before', 'metric', 'error-rate 0.0009 ≤ 0.001 (stable)', 95],
    ['reviewed', 'approval', '1 approval (maria-ops), distinct from the actor jdoe', 240]
  ]
  return list.map(([name, type, detail, durationMs]) => {
    const failed = opts.fail?.[name]
    const advisory = opts.advisory?.[name]
    if (name === opts.override) return gate(name, type, 'overridden', 'open alert at or above critical: js/sql-injection in src/db/orders.ts:42 (#318)', durationMs)
    if (failed) return gate(name, type, 'failed', failed, durationMs)
    if (advisory) return { ...gate(name, type, 'advisory-failed', advisory, durationMs), required: false }
    return gate(name, type, 'passed', detail, durationMs)
  })
}

function gate(name: string, type: string, status: GateRecord['status'], detail: string, durationMs: number): GateRecord {
  return { name, type, required: true, status, detail, durationMs, attempts: 1 }
}

export interface Trip {
  step: number
  round: number
  checkIndex: number
  value: number
}

export interface RunScenario {
  status: DeployReport['status']
  plan?: PlanStep[]
  trip?: Trip
  /** Exit code of the rollback command; non-zero means rollback-failed. */
  rollbackExit?: number
  /** A round (1-based, per step) where error-rate had no data. */
  noDataAt?: { step: number; round: number }
  seed?: number
  gates?: GateRecord[]
}

/** A full deploy-mode report from a scenario: gates, baseline, deploy, steps, rollback or promote. */
export function buildRun(scn: RunScenario): DeployReport {
  return new Simulation(scn).run()
}

/** Walks the timeline the way the engine does, recording what it would record. */
class Simulation {
  private now = T0
  private readonly audit = new Audit()
  private readonly commands: CommandRecord[] = []
  private readonly steps: StepRecord[] = []
  private readonly measurements: MeasurementRecord[] = []
  private readonly plan: PlanStep[]
  private readonly rnd: () => number

  constructor(private readonly scn: RunScenario) {
    this.plan = scn.plan ?? CANARY_PLAN
    this.rnd = noise(scn.seed ?? 7)
  }

  run(): DeployReport {
    const g = this.scn.gates ?? gates()
    this.audit.add(T0 + 300, 'deployment', 'created', { detail: '1894466201' })
    for (const x of g) this.audit.add(T0 + 400, 'gates', `gate ${x.name}`, { result: x.status, detail: x.detail })
    this.now = T0 + 25_000
    this.audit.add(this.now, 'baseline', 'baseline', { detail: 'measuring error-rate, p95-latency-ms on the stable track' })
    this.now += 1000
    this.audit.add(this.now, 'deploy', 'deploy', { detail: 'bringing up the new version at 0% traffic' })
    this.command('deploy', 41_000, undefined, 0)
    let tripped: MeasurementRecord | undefined
    for (const p of this.plan) {
      tripped = this.step(p)
      if (tripped) break
    }
    const report = base(this.scn.status, this.plan, g)
    Object.assign(report, { steps: this.steps, measurements: this.measurements, commands: this.commands, baseline: { ...BASELINE } })
    if (tripped) this.rollback(report, tripped)
    else this.promote(report)
    this.now += 2_000
    report.finishedAt = new Date(this.now).toISOString()
    report.durationMs = this.now - T0
    report.audit = this.audit.entries
    return report
  }

  private command(action: string, ms: number, step?: number, weight?: number, exitCode = 0): CommandRecord {
    const c: CommandRecord = { action, outcome: exitCode === 0 ? 'ok' : 'failed', exitCode, durationMs: ms, startedAt: this.now, step, weight }
    this.commands.push(c)
    this.audit.add(this.now + ms, 'action', action, { step, weight, result: c.outcome })
    this.now += ms
    return c
  }

  /** One step: set-weight, verify, the measured pause; returns the measurement that failed, if one did. */
  private step(p: PlanStep): MeasurementRecord | undefined {
    const step = startStep(p, this.now)
    this.steps.push(step)
    this.audit.add(this.now, 'step', 'step started', { step: p.index, weight: p.weight })
    this.command('set-weight', 6_000, p.index, p.weight)
    this.command('verify', 9_000, p.index, p.weight)
    const pauseStart = this.now
    for (let k = 1; k <= p.measurements; k++) {
      const at = pauseStart + k * INTERVAL_MS
      const round = measureRound(p, at, k, this.rnd, this.scn)
      for (const m of round) count(step.checks[m.checkIndex], m)
      this.measurements.push(...round)
      const tripped = round.find((m) => m.verdict === 'fail')
      if (tripped) {
        this.now = at + 800
        this.endStep(step, 'failed', `${tripped.metric} ${tripped.detail} at step ${p.index} (${p.weight}%)`)
        return tripped
      }
    }
    this.now = pauseStart + p.pauseMs
    this.endStep(step, 'passed')
    return undefined
  }

  private endStep(step: StepRecord, result: 'passed' | 'failed', reason?: string): void {
    step.result = result
    if (reason) step.reason = reason
    step.durationMs = this.now - step.startedAt
    this.audit.add(this.now, 'step', 'step ended', { step: step.index, weight: step.weight, result, detail: reason })
  }

  private rollback(report: DeployReport, tripped: MeasurementRecord): void {
    const failedStep = this.steps[this.steps.length - 1]
    const exit = this.scn.rollbackExit ?? 0
    this.audit.add(this.now, 'rollback', 'rollback', { detail: failedStep.reason })
    const startedAt = this.now
    const commands = [this.command('rollback', 12_400, failedStep.index, 0, exit)]
    if (exit === 0) commands.push(this.command('verify-rollback', 5_100, failedStep.index, 0))
    report.rollback = {
      reason: failedStep.reason ?? '',
      trigger: 'analysis',
      step: failedStep.index,
      weight: failedStep.weight,
      measurement: tripped,
      bound: CHECKS[tripped.checkIndex].bound,
      commands,
      verified: exit === 0,
      startedAt
    }
    report.finalWeight = exit === 0 ? 0 : failedStep.weight
  }

  private promote(report: DeployReport): void {
    const last = this.plan[this.plan.length - 1]
    this.audit.add(this.now, 'promote', 'promote', { detail: `all steps passed at ${last.weight}%` })
    this.command('promote', 7_300, last.index, last.weight)
    report.finalWeight = last.weight
  }
}

function startStep(p: PlanStep, now: number): StepRecord {
  const checks: CheckSummary[] = CHECKS.map((c, i) => ({
    checkIndex: i, metric: c.metric, track: 'canary', bound: c.bound, upper: c.upper, min: null, max: null, samples: 0, failures: 0, inconclusive: 0
  }))
  return { index: p.index, weight: p.weight, pauseMs: p.pauseMs, startedAt: now, durationMs: 0, result: 'running', checks }
}

function measureRound(p: PlanStep, at: number, k: number, rnd: () => number, scn: RunScenario): MeasurementRecord[] {
  const load = p.weight / 100
  const err = Number((0.0007 + 0.0006 * rnd() + 0.0004 * load).toFixed(5))
  const p95 = Number((204 + 14 * rnd() + 6 * load).toFixed(1))
  const values: (number | null)[] = [err, p95, p95]
  if (scn.noDataAt && scn.noDataAt.step === p.index && scn.noDataAt.round === k) values[0] = null
  const trip = scn.trip && scn.trip.step === p.index ? scn.trip : undefined
  if (trip && k === trip.round) {
    values[trip.checkIndex] = trip.value
    if (trip.checkIndex === 1) values[2] = trip.value
  } else if (trip && k === trip.round - 1 && trip.checkIndex === 1) {
    values[1] = values[2] = Math.min(230.9, Number((trip.value * 0.88).toFixed(1)))
  }
  return CHECKS.map((c, i) => record(p, at, i, values[i]))
}

function record(p: PlanStep, at: number, checkIndex: number, value: number | null): MeasurementRecord {
  const c = CHECKS[checkIndex]
  const base = { at, step: p.index, weight: p.weight, metric: c.metric, checkIndex, track: 'canary' as const, value }
  const fmt = (n: number) => String(Number(n.toPrecision(4)))
  if (value === null) return { ...base, verdict: 'inconclusive', detail: 'no data (empty result)' }
  if (value > c.upper) return { ...base, verdict: 'fail', detail: `${fmt(value)} > ${fmt(c.upper)}` }
  return { ...base, verdict: 'pass', detail: `${fmt(value)} ≤ ${fmt(c.upper)}` }
}

function count(s: CheckSummary, m: MeasurementRecord): void {
  if (m.value !== null) {
    s.samples++
    s.min = s.min === null ? m.value : Math.min(s.min, m.value)
    s.max = s.max === null ? m.value : Math.max(s.max, m.value)
  }
  if (m.verdict === 'fail') s.failures++
  if (m.verdict === 'inconclusive') s.inconclusive++
}

/** The fields every report has; callers fill in the rest. */
export function base(status: DeployReport['status'], plan: PlanStep[], g: GateRecord[]): DeployReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    service: 'checkout-api',
    environment: 'production',
    version: '1.4.2',
    sha: SHA,
    mode: 'deploy',
    strategy: 'canary',
    status,
    startedAt: new Date(T0).toISOString(),
    finishedAt: new Date(T0).toISOString(),
    durationMs: 0,
    finalWeight: 0,
    deploymentId: '1894466201',
    runUrl: RUN_URL,
    actor: 'jdoe',
    failedGates: g.filter((x) => x.status === 'failed' && x.required).map((x) => x.name),
    gates: g,
    baseline: {},
    plan,
    steps: [],
    measurements: [],
    commands: [],
    approvals: [
      { user: 'maria-ops', state: 'approved', at: '2026-03-10T10:11:38Z', comment: 'LGTM — watching the dashboards <3', environments: ['production'] }
    ],
    audit: [],
    apiRequests: 23,
    notes: []
  }
}

class Audit {
  readonly entries: AuditEntry[] = []
  add(at: number, phase: string, action: string, fields: Partial<AuditEntry> = {}): void {
    this.entries.push({ at: new Date(at).toISOString(), phase, action, actor: 'jdoe', sha: SHA, ...fields })
  }
}
