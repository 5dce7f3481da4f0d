/**
 * The deploy config (SPEC §2) as a zod schema. The schema owns every default; the loader
 * (load.ts) maps its issues back to file:line:column. Keys stay kebab-case as users write them.
 */
import { z } from 'zod'
import { parseDuration, parsePercent } from './units.js'
import { didYouMean } from './suggest.js'
import { unknownPlaceholders, PLACEHOLDER, ALLOWED_PLACEHOLDERS, COMMAND_VARIABLES } from './template-names.js'
import { envNamesIn } from './template.js'
import { isHiddenEnv, HIDDEN_ENV_TEXT } from './env-policy.js'
import { parseDays, parseHours, parseWallBound, DATE_ERROR, HOURS_ERROR, type Parsed } from './window-spec.js'
import { SEVERITIES } from './severity.js'
import { checkProfiles } from '../risk/config-checks.js'
import { RISK_LEVELS, CHANGE_TYPES } from '../risk/types.js'

/** A strict object whose unknown-key error names the nearest known key. */
function obj<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape)
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? iss.keys.map((k) => `unknown key "${k}"${didYouMean(k, known)}`).join('\n') // one line per key, in order (the loader splits them)
        : undefined
  })
}

/** A transform that parses a string once into a typed value; a failure is an issue at the value (file:line:col). */
function parsedBy<T>(parse: (s: string) => Parsed<T>) {
  return (v: string, ctx: z.RefinementCtx<string>): T => {
    const r = parse(v)
    if (r.ok) return r.value
    ctx.addIssue({ code: 'custom', message: r.error })
    return z.NEVER
  }
}

/**
 * The longest duration any key accepts. Every duration reaches a timer, and Node's timers
 * overflow past 2^31-1 ms (24.8 days) and then fire after 1 ms; a day is far past any sensible
 * timeout, pause or interval.
 */
export const MAX_DURATION_MS = 24 * 3_600_000

/** A duration in [min, max]; `min` 1 for timeouts and intervals (0 would fire at once); `max` named in errors as `maxText`. */
function durationIn(minMs: 0 | 1, maxMs = MAX_DURATION_MS, maxText = '24h') {
  const range = `${minMs ? 'more than 0s' : '0s'} up to ${maxText}`
  return z
    .union([z.string(), z.number()])
    .transform((v, ctx) => {
      const r = parseDuration(v)
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.error })
        return z.NEVER
      }
      if (r.ms > maxMs || r.ms < minMs) {
        ctx.addIssue({ code: 'custom', message: `duration ${JSON.stringify(v)} is out of range: allowed ${range}` })
        return z.NEVER
      }
      return r.ms
    })
    .meta({ description: `duration such as "30s", "5m", "1h30m"; ${range}` })
}
/** Pauses and delays: 0s–24h. */
export const Duration = durationIn(0)
/** Timeouts, waits and intervals: more than 0s, up to 24h. */
export const Timeout = durationIn(1)

/**
 * The longest a handed-off rollout may wait (SPEC §4): a step's pause, `job-budget` and
 * `expire-after`. Past a job's budget a pause is handed off, so no timer ever holds it whole
 * (the clock sleeps in chunks below Node's timer limit).
 */
export const MAX_LONG_DURATION_MS = 366 * 86_400_000

/** A duration that may span weeks (pauses handed off between jobs): more than `min`, up to 366 days. */
function longDuration(minMs: 0 | 1) {
  return durationIn(minMs, MAX_LONG_DURATION_MS, '366d')
}
/** `until-promoted`: the rollout holds at the step's weight until a person promotes or aborts it. */
export const UNTIL_PROMOTED = 'until-promoted'
/** A step's pause: a duration up to 366d, or `until-promoted` (one transform, so an error says which one it wanted). */
const Pause = z
  .union([z.string(), z.number()])
  .transform((v, ctx): number | typeof UNTIL_PROMOTED => {
    if (v === UNTIL_PROMOTED) return v
    const r = longDuration(0).safeParse(v)
    if (r.success) return r.data
    const near = typeof v === 'string' ? didYouMean(v, [UNTIL_PROMOTED]) : ''
    const hint = near.includes('did you mean') ? near : ''
    ctx.addIssue({ code: 'custom', message: `${r.error.issues[0]?.message ?? 'invalid pause'}; or until-promoted${hint}` })
    return z.NEVER
  })
  .meta({ description: 'pause: a duration such as "10m" or "7d" (0s up to 366d), or until-promoted' })

const percentOf = (max: number) =>
  z
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
      message: `unknown placeholder "{{ ${name} }}"; allowed: ${ALLOWED_PLACEHOLDERS}`
    })
  }
  for (const name of envNamesIn(s)) {
    if (isHiddenEnv(name)) {
      ctx.addIssue({
        code: 'custom',
        message: `placeholder "{{ env.${name} }}" is refused: placeholders never read ${HIDDEN_ENV_TEXT}, because the value would be sent to the server this config names; pass a credential through a variable of your own (env: in the workflow)`
      })
    }
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
        message: `placeholder "${m[0]}" is not allowed in a command (values spliced into a shell are an injection risk); read the context from the environment instead: ${COMMAND_VARIABLES.join(', ')}, or $NAME for env.NAME`
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
  timeout: Timeout.prefault('10s')
})
const HttpMetric = obj({
  provider: z.literal('http'),
  url: Templated,
  method: z.enum(['GET', 'POST']).default('GET'),
  headers: Headers.optional(),
  body: Templated.optional(),
  value: Templated.describe('JSON path of the number in the response, e.g. $.depth'),
  timeout: Timeout.prefault('10s')
}).refine((m) => m.body === undefined || m.method === 'POST', { message: 'a body is sent only with method: POST', path: ['body'] })
const CommandMetric = obj({
  provider: z.literal('command'),
  run: Command,
  timeout: Timeout.prefault('30s')
})
// Hosted and time-series providers (h-reach): each loaded only when a config uses it.
const InfluxdbMetric = obj({
  provider: z.literal('influxdb'),
  address: Templated,
  database: Templated,
  query: Templated.describe('InfluxQL returning one series with one value in its last row'),
  headers: Headers.optional(),
  timeout: Duration.prefault('10s')
})
const GraphiteMetric = obj({
  provider: z.literal('graphite'),
  address: Templated,
  target: Templated.describe('a render target returning one series; its last non-null point is the value'),
  from: z
    .string()
    .regex(/^-\d+(s|min|h|d)$/, 'from looks like -5min, -1h or -30s')
    .default('-5min'),
  headers: Headers.optional(),
  timeout: Duration.prefault('10s')
})
const DatadogMetric = obj({
  provider: z.literal('datadog'),
  site: Templated.default('https://api.datadoghq.com').describe('API base URL of your Datadog site, e.g. https://api.datadoghq.eu'),
  query: Templated,
  window: Duration.prefault('5m'),
  'api-key': Templated.describe('DD-API-KEY; a secret: use {{ env.NAME }}'),
  'app-key': Templated.describe('DD-APPLICATION-KEY; a secret: use {{ env.NAME }}'),
  timeout: Duration.prefault('10s')
})
const NewrelicMetric = obj({
  provider: z.literal('newrelic'),
  endpoint: Templated.default('https://api.newrelic.com/graphql').describe('NerdGraph URL (EU: https://api.eu.newrelic.com/graphql)'),
  'account-id': z.number().int().positive(),
  query: Templated.describe('NRQL returning one row with one number'),
  'api-key': Templated.describe('a User key (API-Key header); a secret: use {{ env.NAME }}'),
  timeout: Duration.prefault('10s')
})
const CloudwatchMetric = obj({
  provider: z.literal('cloudwatch'),
  region: Templated,
  expression: Templated.describe('a Metrics Insights query or metric math expression returning one series'),
  period: z.number().int().min(1).default(60),
  window: Duration.prefault('5m'),
  endpoint: Templated.optional().describe('default https://monitoring.<region>.amazonaws.com'),
  'access-key-id': Templated.default('{{ env.AWS_ACCESS_KEY_ID }}'),
  'secret-access-key': Templated.default('{{ env.AWS_SECRET_ACCESS_KEY }}'),
  timeout: Duration.prefault('10s')
})
export const METRIC_PROVIDERS = ['prometheus', 'http', 'command', 'influxdb', 'graphite', 'datadog', 'newrelic', 'cloudwatch'] as const
export const Metric = z.discriminatedUnion(
  'provider',
  [PrometheusMetric, HttpMetric, CommandMetric, InfluxdbMetric, GraphiteMetric, DatadogMetric, NewrelicMetric, CloudwatchMetric],
  {
    error: (iss) =>
      iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
        ? `unknown or missing metric provider${hint(iss.input, 'provider', METRIC_PROVIDERS)}`
        : undefined
  }
)

// ---------------------------------------------------------------- gates
const gateBase = {
  name: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9_.-]+$/, 'gate names use letters, digits, ".", "_" and "-"'),
  required: z.boolean().default(true),
  timeout: Timeout.prefault('2m'),
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
    'max-latency': Timeout.optional()
  }).prefault({})
}).refine((g) => g.body === undefined || g.method === 'POST', { message: 'a body is sent only with method: POST', path: ['body'] })
const HOURS_SPEC = /^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/
const DateLike = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, DATE_ERROR))
  .transform(parsedBy(parseWallBound))
const WindowGate = obj({
  ...gateBase,
  type: z.literal('window'),
  timezone: z.string().default('UTC').refine(isTimeZone, { message: 'unknown IANA timezone' }),
  allow: z
    .array(
      obj({
        days: z.string().transform(parsedBy(parseDays)).prefault('mon-sun'),
        hours: z.string().regex(HOURS_SPEC, HOURS_ERROR).transform(parsedBy(parseHours)).prefault('00:00-24:00')
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
export { SEVERITIES }
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
  'command',
  'http',
  'window',
  'github-checks',
  'github-deployment',
  'code-scanning',
  'dependabot',
  'coverage',
  'metric',
  'approval'
] as const
export const Gate = z.discriminatedUnion(
  'type',
  [
    CommandGate,
    HttpGate,
    WindowGate,
    GithubChecksGate,
    GithubDeploymentGate,
    CodeScanningGate,
    DependabotGate,
    CoverageGate,
    MetricGate,
    ApprovalGate
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
        ? `unknown or missing gate type${hint(iss.input, 'type', GATE_TYPES)}`
        : undefined
  }
)

// ---------------------------------------------------------------- traffic adapters (src/traffic/)
/** One argv word of a built-in adapter's CLI invocation (run without a shell). */
const Word = Templated.refine((s) => s.length > 0, { message: 'must not be empty' })
const HostPort = Templated.refine((s) => /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):[0-9]{1,5}$/.test(s) || s.includes('{{'), {
  message: 'expected host:port, e.g. 127.0.0.1:8081'
})
const trafficBase = { timeout: Duration.prefault('2m') }
const NginxTraffic = obj({
  ...trafficBase,
  type: z.literal('nginx'),
  'upstream-file': Word.describe('the file nginx includes at http level; rewritten on every shift'),
  upstream: z
    .string()
    .regex(/^[A-Za-z0-9_]+$/, 'upstream names use letters, digits and "_"')
    .default('stagegate_app'),
  stable: HostPort,
  canary: HostPort,
  nginx: z
    .array(Word)
    .min(1)
    .default(['nginx'])
    .describe('the nginx command as an argv list, e.g. [nginx, -p, /srv/nginx, -c, nginx.conf]'),
  'status-url': Templated.optional().describe('a location answering "$stagegate_weight": verify reads the served weight back there')
})
const HaproxyTraffic = obj({
  ...trafficBase,
  type: z.literal('haproxy'),
  socket: Word.describe('the runtime API socket: a path (stats socket … level admin) or host:port'),
  backend: Word,
  stable: Word.describe('server name of the stable track in the backend'),
  canary: Word.describe('server name of the canary track in the backend')
})
const kube = { namespace: Word.optional(), context: Word.optional(), kubectl: Word.default('kubectl') }
const GatewayApiTraffic = obj({
  ...trafficBase,
  ...kube,
  type: z.literal('gateway-api'),
  route: Word.describe('HTTPRoute name'),
  rule: z.number().int().min(0).default(0),
  stable: Word.describe('backendRef name of the stable Service'),
  canary: Word.describe('backendRef name of the canary Service')
})
const IngressNginxTraffic = obj({
  ...trafficBase,
  ...kube,
  type: z.literal('ingress-nginx'),
  ingress: Word.describe('the canary Ingress (nginx.ingress.kubernetes.io/canary: "true")')
})
const CloudRunTraffic = obj({
  ...trafficBase,
  type: z.literal('cloud-run'),
  service: Word,
  region: Word,
  project: Word.optional(),
  'stable-tag': Word.default('stable'),
  'canary-tag': Word.default('canary'),
  gcloud: Word.default('gcloud')
})
const AwsAlbTraffic = obj({
  ...trafficBase,
  type: z.literal('aws-alb'),
  'listener-arn': Word,
  stable: Word.describe('target group ARN of the stable track'),
  canary: Word.describe('target group ARN of the canary track'),
  region: Word.optional(),
  aws: Word.default('aws')
})
export const TRAFFIC_TYPES = ['nginx', 'haproxy', 'gateway-api', 'ingress-nginx', 'cloud-run', 'aws-alb'] as const
export const Traffic = z.discriminatedUnion(
  'type',
  [NginxTraffic, HaproxyTraffic, GatewayApiTraffic, IngressNginxTraffic, CloudRunTraffic, AwsAlbTraffic],
  {
    error: (iss) =>
      iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
        ? `unknown or missing traffic type${hint(iss.input, 'type', TRAFFIC_TYPES)}`
        : undefined
  }
)
export type TrafficConfig = z.output<typeof Traffic>

// ---------------------------------------------------------------- notifications (src/notify/)
export const NOTIFY_EVENTS = ['started', 'step', 'paused', 'rolled-back', 'rollback-failed', 'succeeded', 'blocked', 'failed'] as const
const notifyBase = {
  url: Templated.describe('the webhook URL; a secret: use {{ env.NAME }}'),
  events: z.array(z.enum(NOTIFY_EVENTS)).min(1).optional().describe('default: every event'),
  timeout: Duration.prefault('5s').refine((ms) => ms > 0 && ms <= 30_000, {
    message: 'a notification timeout is at most 30s (a notification never holds up a rollout)'
  })
}
const SlackNotify = obj({ ...notifyBase, type: z.literal('slack') })
const TeamsNotify = obj({ ...notifyBase, type: z.literal('teams') })
const DiscordNotify = obj({ ...notifyBase, type: z.literal('discord') })
const WebhookNotify = obj({
  ...notifyBase,
  type: z.literal('webhook'),
  secret: Templated.optional().describe('HMAC-SHA256 key: the body is signed in X-Stagegate-Signature-256'),
  headers: Headers.optional()
})
export const NOTIFY_TYPES = ['slack', 'teams', 'discord', 'webhook'] as const
export const Notify = z.discriminatedUnion('type', [SlackNotify, TeamsNotify, DiscordNotify, WebhookNotify], {
  error: (iss) =>
    iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
      ? `unknown or missing notification type${hint(iss.input, 'type', NOTIFY_TYPES)}`
      : undefined
})
export type NotifyConfig = z.output<typeof Notify>
export type NotifyEventName = (typeof NOTIFY_EVENTS)[number]

// ---------------------------------------------------------------- links (dashboards, runbooks)
/** A link for the person on call, shown under "What next" in every report; `url` takes placeholders. */
const Link = obj({
  title: z.string().min(1),
  url: Templated.refine((u) => /^(https?:\/\/|\{\{)/i.test(u), {
    message: 'a link url starts with http:// or https:// (or a placeholder such as {{ env.GRAFANA_URL }})'
  })
})
const Links = z.array(Link).optional()

// ---------------------------------------------------------------- environment
/** `weight` is required for canary steps; blue-green and all-at-once imply it (see impliedWeights). */
const Step = obj({ weight: Percent.optional(), pause: Pause.prefault('0s') })
const Check = obj({
  metric: z.string(),
  max: z.number().optional(),
  min: z.number().optional(),
  'max-increase': RelativePercent.optional(),
  'max-decrease': Percent.optional(),
  'max-delta': z.number().min(0).optional().describe('absolute rise over the baseline allowed, e.g. 0.0005'),
  track: Track.default('canary'),
  'on-no-data': z.enum(['inconclusive', 'fail', 'ignore']).default('inconclusive'),
  for: Duration.refine((ms) => ms > 0, { message: 'for must be longer than 0s' })
    .optional()
    .describe('a failure counts only once the check has stayed out of bounds this long'),
  'min-samples': z.number().int().min(1).optional().describe("fewer measurements with data by the step's end is inconclusive"),
  severity: z.enum(['critical', 'advisory']).default('critical'),
  compare: z.literal('stable').optional().describe('statistical check: both tracks measured every round, judged at the end of each pause'),
  test: z.literal('mann-whitney').optional(),
  direction: z.enum(['increase', 'decrease', 'either']).optional(),
  confidence: z.number().gt(0.5).lt(1).optional(),
  tolerance: RelativePercent.optional()
})
  .superRefine(checkShape)
  .transform(({ test, direction, confidence, tolerance, ...c }) => {
    if (c.compare === undefined) return c as typeof c & { statistics?: Statistics }
    /** Set exactly when `compare` is: the statistical test with its defaults filled in. */
    const statistics: Statistics = {
      test: test ?? 'mann-whitney',
      direction: direction ?? 'either',
      confidence: confidence ?? 0.95,
      tolerance: tolerance ?? 10
    }
    return { ...c, statistics }
  })

interface Statistics {
  test: 'mann-whitney'
  direction: 'increase' | 'decrease' | 'either'
  confidence: number
  /** percent of stable's median */
  tolerance: number
}

type RawCheck = {
  compare?: 'stable'
  max?: number
  min?: number
  'max-increase'?: number
  'max-decrease'?: number
  'max-delta'?: number
  for?: number
  track?: string
  test?: string
  direction?: string
  confidence?: number
  tolerance?: number
}

/** A threshold check needs a bound; a compared check has its test instead of bounds. */
function checkShape(c: RawCheck, ctx: z.RefinementCtx): void {
  const bounds = (['max', 'min', 'max-increase', 'max-decrease', 'max-delta'] as const).filter((k) => c[k] !== undefined)
  const statistical = (['test', 'direction', 'confidence', 'tolerance'] as const).filter((k) => c[k] !== undefined)
  if (c.compare === undefined) {
    if (!bounds.length)
      ctx.addIssue({
        code: 'custom',
        message: 'a check needs a bound: max, min, max-increase, max-decrease or max-delta (or compare: stable for a statistical check)'
      })
    for (const k of statistical)
      ctx.addIssue({ code: 'custom', path: [k], message: `${k} belongs to a statistical check: add compare: stable` })
    return
  }
  for (const k of [...bounds, ...(c.for !== undefined ? ['for' as const] : [])]) {
    ctx.addIssue({
      code: 'custom',
      path: [k],
      message: `${k} does not apply to a compared check (compare: stable judges canary against stable with the test); put bounds in a separate check`
    })
  }
}
const Action = z.union([Command, obj({ run: Command, timeout: Timeout.optional() })])
export const ACTION_NAMES = [
  'deploy',
  'set-weight',
  'verify',
  'promote',
  'rollback',
  'verify-rollback',
  'backup',
  'migrate',
  'migrate-rollback'
] as const
const Actions = obj({
  backup: Action.optional(),
  migrate: Action.optional(),
  'migrate-rollback': Action.optional(),
  deploy: Action.optional(),
  'set-weight': Action.optional(),
  verify: Action.optional(),
  promote: Action.optional(),
  rollback: Action.optional(),
  'verify-rollback': Action.optional(),
  timeout: Timeout.prefault('10m')
})
const Analysis = obj({
  interval: Timeout.prefault('30s'),
  'initial-delay': Duration.prefault('0s'),
  'failure-limit': z.number().int().min(0).default(0),
  'inconclusive-limit': z.number().int().min(0).default(2),
  'consecutive-failure-limit': z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('roll back as soon as one check fails this many measurements in a row'),
  'on-inconclusive': z
    .enum(['rollback', 'pause'])
    .default('rollback')
    .describe('past inconclusive-limit: roll back, or hand off to a person (paused until promoted or aborted)'),
  checks: z.array(Check).default([])
})
/** An analysis block in a risk profile: only the keys given replace the environment's (no defaults here). */
const ProfileAnalysis = obj({
  interval: Timeout.optional(),
  'initial-delay': Duration.optional(),
  'failure-limit': z.number().int().min(0).optional(),
  'inconclusive-limit': z.number().int().min(0).optional(),
  'consecutive-failure-limit': z.number().int().min(1).optional(),
  'on-inconclusive': z.enum(['rollback', 'pause']).optional(),
  checks: z.array(Check).optional()
})
/** What a risk profile (or the hotfix profile) may change in its environment; see src/risk/profile.ts. */
const Profile = obj({
  strategy: z.enum(['canary', 'blue-green', 'all-at-once']).optional(),
  steps: z.array(Step).min(1).optional(),
  analysis: ProfileAnalysis.optional(),
  gates: z.array(Gate).optional(),
  'skip-gates': z.array(z.string().min(1)).optional(),
  approvals: z.number().int().min(1).max(10).optional()
})
export const PROFILE_NAMES = [...RISK_LEVELS, 'hotfix'] as const
const Profiles = obj(
  Object.fromEntries(PROFILE_NAMES.map((n) => [n, Profile.optional()])) as Record<
    (typeof PROFILE_NAMES)[number],
    z.ZodOptional<typeof Profile>
  >
)
const Glob = z.string().min(1)
/** One classification rule: every condition given must hold; see src/risk/classify.ts. */
const RiskRule = obj({
  name: z.string().min(1),
  labels: z.array(z.string().min(1)).min(1).optional(),
  'title-prefix': z
    .array(z.string().regex(/^[A-Za-z]+$/, 'a conventional-commit type such as feat, fix, docs'))
    .min(1)
    .optional(),
  paths: z.array(Glob).min(1).optional(),
  'only-paths': z.array(Glob).min(1).optional(),
  'min-lines': z.number().int().min(1).optional(),
  dependencies: z.literal(true).optional(),
  breaking: z.literal(true).optional(),
  risk: z.enum(RISK_LEVELS).optional(),
  type: z.enum(CHANGE_TYPES).optional()
})
  .refine(
    (r) =>
      ['labels', 'title-prefix', 'paths', 'only-paths', 'min-lines', 'dependencies', 'breaking'].some(
        (k) => k in r && r[k as keyof typeof r] !== undefined
      ),
    {
      message: 'a rule needs a condition: labels, title-prefix, paths, only-paths, min-lines, dependencies or breaking'
    }
  )
  .refine((r) => r.risk !== undefined || r.type !== undefined, { message: 'a rule needs an outcome: risk, type or both' })
const Risk = obj({
  rules: z.array(RiskRule).default([]),
  'default-rules': z.boolean().default(true),
  default: z.enum(RISK_LEVELS).default('medium'),
  'dependency-manifests': z.array(Glob).optional()
})
/** The canary steps when an environment gives none: typed values (pause in ms), nothing left to parse at run time. */
export const DEFAULT_CANARY_STEPS: readonly { weight: number; pause: number }[] = [
  { weight: 5, pause: 5 * 60_000 },
  { weight: 25, pause: 5 * 60_000 },
  { weight: 50, pause: 5 * 60_000 },
  { weight: 100, pause: 5 * 60_000 }
]
const Environment = obj({
  url: Templated.optional(),
  gates: z.array(Gate).default([]),
  strategy: z.enum(['canary', 'blue-green', 'all-at-once']).default('canary'),
  steps: z.array(Step).min(1).optional(),
  analysis: Analysis.prefault({}),
  actions: Actions.prefault({}),
  profiles: Profiles.optional(),
  traffic: Traffic.optional(),
  links: Links,
  'job-budget': longDuration(1)
    .prefault('5h')
    .describe('the longest one job keeps the rollout; a pause that would run past it is handed off (SPEC §4)'),
  'expire-after': longDuration(1).prefault('30d').describe('a rollout paused longer is rolled back by the next resume, reason expired')
})

export const ConfigSchema = obj({
  version: z.literal(1, { error: 'only config version 1 is supported' }),
  service: z.string().min(1),
  metrics: z.record(z.string().regex(/^[A-Za-z0-9_.-]+$/, 'metric names use letters, digits, ".", "_" and "-"'), Metric).default({}),
  environments: z
    .record(z.string(), Environment)
    .refine((e) => Object.keys(e).length > 0, { message: 'at least one environment is needed' }),
  risk: Risk.prefault({}),
  notify: z.array(Notify).default([]),
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
export type ProfileConfig = z.output<typeof Profile>
export type ProfileName = (typeof PROFILE_NAMES)[number]
export type RiskConfig = z.output<typeof Risk>
export type RiskRuleConfig = z.output<typeof RiskRule>

/** References between sections: metrics named by gates and checks, step order, unique gate names. */
function crossCheck(cfg: z.output<z.ZodObject>, ctx: z.RefinementCtx): void {
  const c = cfg as unknown as Config
  const metricNames = Object.keys(c.metrics)
  const unknownMetric = (name: string, path: (string | number)[]) => {
    if (!metricNames.includes(name)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `unknown metric "${name}"${metricNames.length ? didYouMean(name, metricNames) : ' (no metrics are defined under metrics:)'}`
      })
    }
  }
  for (const [envName, env] of Object.entries(c.environments)) {
    const seen = new Set<string>()
    env.gates.forEach((g, i) => {
      if (seen.has(g.name))
        ctx.addIssue({ code: 'custom', path: ['environments', envName, 'gates', i, 'name'], message: `duplicate gate name "${g.name}"` })
      seen.add(g.name)
      if (g.type === 'metric') unknownMetric(g.metric, ['environments', envName, 'gates', i, 'metric'])
    })
    env.analysis.checks.forEach((ch, i) => unknownMetric(ch.metric, ['environments', envName, 'analysis', 'checks', i, 'metric']))
    const steps = env.steps ?? []
    checkStepWeights(env, ['environments', envName, 'steps'], ctx)
    steps.forEach((s, i) => {
      if (i > 0 && s.weight !== undefined && steps[i - 1].weight !== undefined && s.weight < (steps[i - 1].weight as number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['environments', envName, 'steps', i, 'weight'],
          message: `step weights must not decrease (${steps[i - 1].weight} → ${s.weight})`
        })
      }
    })
    const moves = (['deploy', 'set-weight'] as const).filter((a) => env.actions[a] !== undefined)
    if (moves.length && env.actions.rollback === undefined && env.traffic === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['environments', envName, 'actions', moves[0]],
        message: `actions.${moves[0]} changes what serves traffic, so actions.rollback is required (Stagegate must be able to move traffic back)`
      })
    }
    if (env.strategy === 'canary' && steps.length && steps[steps.length - 1].weight !== 100) {
      ctx.addIssue({
        code: 'custom',
        path: ['environments', envName, 'steps', steps.length - 1, 'weight'],
        message: 'the last canary step must reach weight 100'
      })
    }
    checkProfiles(env, metricNames, (path, message) =>
      ctx.addIssue({ code: 'custom', path: ['environments', envName, 'profiles', ...path], message })
    )
  }
}

/** What each non-canary strategy's steps stand for: their weights are fixed, steps only set pauses. */
export const IMPLIED_WEIGHTS: Record<'blue-green' | 'all-at-once', readonly number[]> = { 'blue-green': [0, 100], 'all-at-once': [100] }

function checkStepWeights(env: EnvironmentConfig, at: (string | number)[], ctx: z.RefinementCtx): void {
  const steps = env.steps ?? []
  if (env.strategy === 'canary') {
    steps.forEach((s, i) => {
      if (s.weight === undefined)
        ctx.addIssue({ code: 'custom', path: [...at, i], message: 'a canary step needs a weight (the traffic percent it moves to)' })
    })
    return
  }
  const implied = IMPLIED_WEIGHTS[env.strategy]
  const meaning =
    env.strategy === 'blue-green' ? 'steps[0] is the preview at weight 0, steps[1] the switch to 100' : 'its one step is the switch to 100'
  if (steps.length > implied.length) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, implied.length],
      message: `${env.strategy} takes at most ${implied.length} step${implied.length === 1 ? '' : 's'} (${meaning}); use strategy: canary for more`
    })
  }
  steps.slice(0, implied.length).forEach((s, i) => {
    if (s.weight !== undefined && s.weight !== implied[i]) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, i, 'weight'],
        message: `${env.strategy} steps set only pauses (${meaning}); weight ${s.weight} would be ignored: drop it or use strategy: canary`
      })
    }
  })
}

function hint(input: unknown, key: string, options: readonly string[]): string {
  const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined
  return typeof value === 'string' ? ` "${value}"${didYouMean(value, options)}` : ` (set ${key}: one of ${options.join(', ')})`
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}
