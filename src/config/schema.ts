/**
 * The deploy config (SPEC §2) as a zod schema. The schema owns every default; the loader
 * (load.ts) maps its issues back to file:line:column. Keys stay kebab-case as users write them.
 */
import { z } from 'zod'
import { parseDuration, parsePercent } from './units.js'
import { didYouMean } from './suggest.js'
import { unknownPlaceholders, PLACEHOLDER } from './template-names.js'

/** A strict object whose unknown-key error names the nearest known key. */
function obj<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape)
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown key "${iss.keys[0]}"${didYouMean(iss.keys[0], known)}`
        : undefined
  })
}

export const Duration = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const r = parseDuration(v)
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error })
      return z.NEVER
    }
    return r.ms
  })
  .meta({ description: 'duration such as "30s", "5m", "1h30m"' })

const percentOf = (max: number) => z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const r = parsePercent(v, max)
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error })
      return z.NEVER
    }
    return r.value
  })
  .meta({ description: 'percentage: 5 or "5%"' })

/** Traffic weights and coverage: 0–100. */
export const Percent = percentOf(100)
/** Relative bounds (`max-increase`): a latency may well double, so up to 10000%. */
const RelativePercent = percentOf(10_000)

/** A string that may hold `{{ placeholders }}`; unknown names are refused. */
const Templated = z.string().superRefine((s, ctx) => {
  for (const name of unknownPlaceholders(s)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown placeholder "{{ ${name} }}"; allowed: env.NAME, track, version, environment, service, sha, weight`
    })
  }
})

/** A shell command: placeholders are refused, commands read STAGEGATE_* variables instead. */
const Command = z
  .string()
  .min(1, 'command is empty')
  .superRefine((s, ctx) => {
    const m = [...s.matchAll(PLACEHOLDER)][0]
    if (m) {
      ctx.addIssue({
        code: 'custom',
        message: `placeholder "${m[0]}" is not allowed in a command (values spliced into a shell are an injection risk); read the context from the environment instead: STAGEGATE_SERVICE, STAGEGATE_ENVIRONMENT, STAGEGATE_VERSION, STAGEGATE_SHA, STAGEGATE_STEP, STAGEGATE_WEIGHT, STAGEGATE_PREVIOUS_WEIGHT, STAGEGATE_TRACK, STAGEGATE_REASON, or $NAME for env.NAME`
      })
    }
  })

const Headers = z.record(z.string(), Templated)
export const Track = z.enum(['stable', 'canary'])

// ---------------------------------------------------------------- metrics
const PrometheusMetric = obj({
  provider: z.literal('prometheus'),
  address: Templated,
  query: Templated,
  headers: Headers.optional(),
  timeout: Duration.prefault('10s')
})
const HttpMetric = obj({
  provider: z.literal('http'),
  url: Templated,
  method: z.enum(['GET', 'POST']).default('GET'),
  headers: Headers.optional(),
  body: Templated.optional(),
  value: Templated.describe('JSON path of the number in the response, e.g. $.depth'),
  timeout: Duration.prefault('10s')
}).refine((m) => m.body === undefined || m.method === 'POST', { message: 'a body is sent only with method: POST', path: ['body'] })
const CommandMetric = obj({
  provider: z.literal('command'),
  run: Command,
  timeout: Duration.prefault('30s')
})
export const METRIC_PROVIDERS = ['prometheus', 'http', 'command'] as const
export const Metric = z.discriminatedUnion('provider', [PrometheusMetric, HttpMetric, CommandMetric], {
  error: (iss) =>
    iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
      ? `unknown or missing metric provider${hint(iss.input, 'provider', METRIC_PROVIDERS)}`
      : undefined
})

// ---------------------------------------------------------------- gates
const gateBase = {
  name: z.string().min(1).regex(/^[A-Za-z0-9_.-]+$/, 'gate names use letters, digits, ".", "_" and "-"'),
  required: z.boolean().default(true),
  timeout: Duration.prefault('2m'),
  retries: z.number().int().min(0).max(10).default(0)
}
const JsonExpect = obj({
  path: Templated,
  equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  in: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
  min: z.number().optional(),
  max: z.number().optional()
}).refine((j) => [j.equals, j.in, j.min, j.max].some((v) => v !== undefined), {
  message: 'json expectation needs one of equals, in, min, max'
})
const CommandGate = obj({ ...gateBase, type: z.literal('command'), run: Command })
const HttpGate = obj({
  ...gateBase,
  type: z.literal('http'),
  url: Templated,
  method: z.enum(['GET', 'HEAD', 'POST']).default('GET'),
  headers: Headers.optional(),
  body: Templated.optional(),
  expect: obj({
    status: z.union([z.number().int(), z.array(z.number().int())]).optional(),
    json: JsonExpect.optional(),
    'max-latency': Duration.optional()
  }).prefault({})
}).refine((g) => g.body === undefined || g.method === 'POST', { message: 'a body is sent only with method: POST', path: ['body'] })
const DAY_SPEC = /^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*$/
const HOURS_SPEC = /^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/
const DateLike = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM'))
const WindowGate = obj({
  ...gateBase,
  type: z.literal('window'),
  timezone: z.string().default('UTC').refine(isTimeZone, { message: 'unknown IANA timezone' }),
  allow: z
    .array(
      obj({
        days: z.string().transform((s) => s.toLowerCase().replace(/\s+/g, '')).pipe(z.string().regex(DAY_SPEC, 'days look like "mon-fri" or "mon,wed,fri"')).default('mon-sun'),
        hours: z.string().regex(HOURS_SPEC, 'hours look like "10:00-16:00"').refine(validHours, { message: 'hours must be a non-empty range of times from 00:00 to 24:00, e.g. "10:00-16:00" or "22:00-02:00"' }).default('00:00-24:00')
      })
    )
    .optional(),
  freeze: z.array(obj({ from: DateLike, to: DateLike, reason: z.string().optional() })).default([])
})
const GithubChecksGate = obj({
  ...gateBase,
  type: z.literal('github-checks'),
  ignore: z.array(z.string()).default([]),
  wait: Duration.optional()
})
const GithubDeploymentGate = obj({ ...gateBase, type: z.literal('github-deployment'), environment: z.string().min(1) })
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
const CodeScanningGate = obj({ ...gateBase, type: z.literal('code-scanning'), 'fail-on': z.enum(SEVERITIES).default('critical') })
const DependabotGate = obj({ ...gateBase, type: z.literal('dependabot'), 'fail-on': z.enum(SEVERITIES).default('critical') })
const CoverageGate = obj({
  ...gateBase,
  type: z.literal('coverage'),
  file: z.string().min(1),
  format: z.enum(['auto', 'istanbul', 'lcov', 'cobertura']).default('auto'),
  min: Percent
})
const MetricGate = obj({
  ...gateBase,
  type: z.literal('metric'),
  metric: z.string(),
  min: z.number().optional(),
  max: z.number().optional(),
  track: Track.default('stable')
}).refine((g) => g.min !== undefined || g.max !== undefined, { message: 'metric gate needs min or max' })
const ApprovalGate = obj({
  ...gateBase,
  type: z.literal('approval'),
  min: z.number().int().min(1).default(1),
  'distinct-from-actor': z.boolean().default(false)
})
export const GATE_TYPES = [
  'command', 'http', 'window', 'github-checks', 'github-deployment', 'code-scanning', 'dependabot', 'coverage', 'metric', 'approval'
] as const
export const Gate = z.discriminatedUnion(
  'type',
  [CommandGate, HttpGate, WindowGate, GithubChecksGate, GithubDeploymentGate, CodeScanningGate, DependabotGate, CoverageGate, MetricGate, ApprovalGate],
  {
    error: (iss) =>
      iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
        ? `unknown or missing gate type${hint(iss.input, 'type', GATE_TYPES)}`
        : undefined
  }
)

// ---------------------------------------------------------------- links (dashboards, runbooks)
/** A link for the person on call, shown under "What next" in every report; `url` takes placeholders. */
const Link = obj({
  title: z.string().min(1),
  url: Templated.refine((u) => /^(https?:\/\/|\{\{)/i.test(u), { message: 'a link url starts with http:// or https:// (or a placeholder such as {{ env.GRAFANA_URL }})' })
})
const Links = z.array(Link).optional()

// ---------------------------------------------------------------- environment
/** `weight` is required for canary steps; blue-green and all-at-once imply it (see impliedWeights). */
const Step = obj({ weight: Percent.optional(), pause: Duration.prefault('0s') })
const Check = obj({
  metric: z.string(),
  max: z.number().optional(),
  min: z.number().optional(),
  'max-increase': RelativePercent.optional(),
  'max-decrease': Percent.optional(),
  track: Track.default('canary'),
  'on-no-data': z.enum(['inconclusive', 'fail', 'ignore']).default('inconclusive')
}).refine((c) => [c.max, c.min, c['max-increase'], c['max-decrease']].some((v) => v !== undefined), {
  message: 'a check needs a bound: max, min, max-increase or max-decrease'
})
const Action = z.union([Command, obj({ run: Command, timeout: Duration.optional() })])
export const ACTION_NAMES = ['deploy', 'set-weight', 'verify', 'promote', 'rollback', 'verify-rollback'] as const
const Actions = obj({
  deploy: Action.optional(),
  'set-weight': Action.optional(),
  verify: Action.optional(),
  promote: Action.optional(),
  rollback: Action.optional(),
  'verify-rollback': Action.optional(),
  timeout: Duration.prefault('10m')
})
const Analysis = obj({
  interval: Duration.prefault('30s').refine((ms) => ms > 0, { message: 'interval must be longer than 0s' }),
  'initial-delay': Duration.prefault('0s'),
  'failure-limit': z.number().int().min(0).default(0),
  'inconclusive-limit': z.number().int().min(0).default(2),
  checks: z.array(Check).default([])
})
export const DEFAULT_CANARY_STEPS = [
  { weight: 5, pause: '5m' },
  { weight: 25, pause: '5m' },
  { weight: 50, pause: '5m' },
  { weight: 100, pause: '5m' }
]
const Environment = obj({
  url: Templated.optional(),
  gates: z.array(Gate).default([]),
  strategy: z.enum(['canary', 'blue-green', 'all-at-once']).default('canary'),
  steps: z.array(Step).min(1).optional(),
  analysis: Analysis.prefault({}),
  actions: Actions.prefault({}),
  links: Links
})

export const ConfigSchema = obj({
  version: z.literal(1, { error: 'only config version 1 is supported' }),
  service: z.string().min(1),
  metrics: z.record(z.string().regex(/^[A-Za-z0-9_.-]+$/, 'metric names use letters, digits, ".", "_" and "-"'), Metric).default({}),
  environments: z.record(z.string(), Environment).refine((e) => Object.keys(e).length > 0, { message: 'at least one environment is needed' }),
  links: Links,
  report: obj({
    summary: z.boolean().default(true),
    'pr-comment': z.enum(['always', 'on-failure', 'never']).default('always')
  }).prefault({})
}).superRefine(crossCheck)

export type Config = z.output<typeof ConfigSchema>
export type EnvironmentConfig = Config['environments'][string]
export type GateConfig = z.output<typeof Gate>
export type GateType = GateConfig['type']
export type MetricConfig = z.output<typeof Metric>
export type CheckConfig = z.output<typeof Check>
export type StepConfig = z.output<typeof Step>
export type ActionsConfig = z.output<typeof Actions>
export type ActionName = (typeof ACTION_NAMES)[number]
export type AnalysisConfig = z.output<typeof Analysis>
export type TrackName = z.output<typeof Track>

/** References between sections: metrics named by gates and checks, step order, unique gate names. */
function crossCheck(cfg: z.output<z.ZodObject>, ctx: z.RefinementCtx): void {
  const c = cfg as unknown as Config
  const metricNames = Object.keys(c.metrics)
  const unknownMetric = (name: string, path: (string | number)[]) => {
    if (!metricNames.includes(name)) {
      ctx.addIssue({ code: 'custom', path, message: `unknown metric "${name}"${metricNames.length ? didYouMean(name, metricNames) : ' (no metrics are defined under metrics:)'}` })
    }
  }
  for (const [envName, env] of Object.entries(c.environments)) {
    const seen = new Set<string>()
    env.gates.forEach((g, i) => {
      if (seen.has(g.name)) ctx.addIssue({ code: 'custom', path: ['environments', envName, 'gates', i, 'name'], message: `duplicate gate name "${g.name}"` })
      seen.add(g.name)
      if (g.type === 'metric') unknownMetric(g.metric, ['environments', envName, 'gates', i, 'metric'])
    })
    env.analysis.checks.forEach((ch, i) => unknownMetric(ch.metric, ['environments', envName, 'analysis', 'checks', i, 'metric']))
    const steps = env.steps ?? []
    checkStepWeights(env, ['environments', envName, 'steps'], ctx)
    steps.forEach((s, i) => {
      if (i > 0 && s.weight !== undefined && steps[i - 1].weight !== undefined && s.weight < (steps[i - 1].weight as number)) {
        ctx.addIssue({ code: 'custom', path: ['environments', envName, 'steps', i, 'weight'], message: `step weights must not decrease (${steps[i - 1].weight} → ${s.weight})` })
      }
    })
    const moves = (['deploy', 'set-weight'] as const).filter((a) => env.actions[a] !== undefined)
    if (moves.length && env.actions.rollback === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['environments', envName, 'actions', moves[0]],
        message: `actions.${moves[0]} changes what serves traffic, so actions.rollback is required (Stagegate must be able to move traffic back)`
      })
    }
    if (env.strategy === 'canary' && steps.length && steps[steps.length - 1].weight !== 100) {
      ctx.addIssue({ code: 'custom', path: ['environments', envName, 'steps', steps.length - 1, 'weight'], message: 'the last canary step must reach weight 100' })
    }
  }
}

/** What each non-canary strategy's steps stand for: their weights are fixed, steps only set pauses. */
export const IMPLIED_WEIGHTS: Record<'blue-green' | 'all-at-once', readonly number[]> = { 'blue-green': [0, 100], 'all-at-once': [100] }

function checkStepWeights(env: EnvironmentConfig, at: (string | number)[], ctx: z.RefinementCtx): void {
  const steps = env.steps ?? []
  if (env.strategy === 'canary') {
    steps.forEach((s, i) => {
      if (s.weight === undefined) ctx.addIssue({ code: 'custom', path: [...at, i], message: 'a canary step needs a weight (the traffic percent it moves to)' })
    })
    return
  }
  const implied = IMPLIED_WEIGHTS[env.strategy]
  const meaning = env.strategy === 'blue-green' ? 'steps[0] is the preview at weight 0, steps[1] the switch to 100' : 'its one step is the switch to 100'
  if (steps.length > implied.length) {
    ctx.addIssue({ code: 'custom', path: [...at, implied.length], message: `${env.strategy} takes at most ${implied.length} step${implied.length === 1 ? '' : 's'} (${meaning}); use strategy: canary for more` })
  }
  steps.slice(0, implied.length).forEach((s, i) => {
    if (s.weight !== undefined && s.weight !== implied[i]) {
      ctx.addIssue({ code: 'custom', path: [...at, i, 'weight'], message: `${env.strategy} steps set only pauses (${meaning}); weight ${s.weight} would be ignored: drop it or use strategy: canary` })
    }
  })
}

function hint(input: unknown, key: string, options: readonly string[]): string {
  const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined
  return typeof value === 'string' ? ` "${value}"${didYouMean(value, options)}` : ` (set ${key}: one of ${options.join(', ')})`
}

/** `HH:MM-HH:MM` with times within a day (24:00 only as an end) and a non-empty range (it may cross midnight). */
function validHours(spec: string): boolean {
  const [from, to] = spec.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)))
  return from < 24 * 60 && to <= 24 * 60 && from !== to
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}
