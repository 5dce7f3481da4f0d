/**
 * The config's JSON Schema (schema/deploy-config.schema.json) for editors: zod's own conversion,
 * tightened where zod cannot see inside a transform or refinement, so that the schema refuses
 * everything the loader refuses that JSON Schema can express. What it cannot express is listed in
 * SCHEMA_CANNOT_EXPRESS (and checked by __tests__/config/json-schema.test.ts).
 */
import { z } from 'zod'
import { ConfigSchema, GATE_TYPES, METRIC_PROVIDERS, ACTION_NAMES, IMPLIED_WEIGHTS, UNTIL_PROMOTED } from './schema.js'
import { PLACEHOLDER_NAMES } from './template-names.js'

type Node = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the loader refuses and JSON Schema cannot say: each a cross-reference or a computed rule. */
export const SCHEMA_CANNOT_EXPRESS = {
  'unknown-metric': 'a gate or check naming a metric not defined under metrics: (a reference between two maps)',
  'duplicate-gate-name': 'two gates of one environment with the same name (uniqueness of one property across items)',
  'decreasing-weights': 'canary step weights that decrease (a comparison between neighbouring items)',
  'last-step-not-100': 'a canary whose last step is below 100 (JSON Schema cannot address the last item)',
  'unknown-timezone': 'a window timezone that is not an IANA zone (the list depends on the ICU data of the runtime)',
  'empty-hours-range': 'a window hours range that starts where it ends or past 24:00 (arithmetic on times)',
  'zero-interval-rounding': 'an interval that rounds to 0 ms, such as 0.1ms (arithmetic on durations)'
} as const

const DURATION_DESC = 'duration such as "30s", "5m", "1h30m"'
const PERCENT_DESC = 'percentage: 5 or "5%"'
const PAUSE_DESC = 'pause: a duration'
const DURATION = '^\\s*(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d))+\\s*$'
const ZERO_DURATION = '^\\s*(?:0+(?:\\.0+)?(?:ms|s|m|h|d))+\\s*$'
/** A 0–100 percentage string (`"5"`, `"12.5%"`); 0–10000 for relative bounds. */
const percentPattern = (max: 100 | 10_000) => `^\\s*0*(?:${max}(?:\\.0+)?|\\d{1,${String(max).length - 1}}(?:\\.\\d+)?)\\s*%?\\s*$`
const ALLOWED = `(?:env\\.[A-Za-z_][A-Za-z0-9_]*|${PLACEHOLDER_NAMES.join('|')})`
/** A `{{ … }}` whose name is not one of the allowed placeholders. */
const UNKNOWN_PLACEHOLDER = `\\{\\{(?!\\s*${ALLOWED}\\s*\\}\\})[^}]*\\}\\}`
const ANY_PLACEHOLDER = '\\{\\{[^}]*\\}\\}'
const TEMPLATED_KEYS = new Set(['address', 'query', 'url', 'body', 'value', 'path'])

export function configJsonSchema(): object {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any' }) as Node
  walk(schema, '')
  discriminate(at(schema, 'properties.environments.additionalProperties.properties.gates.items'), 'type', GATE_TYPES)
  discriminate(at(schema, 'properties.metrics.additionalProperties'), 'provider', METRIC_PROVIDERS)
  companions(schema)
  return schema
}

/** The node at a dotted path; a path that is not there is a programming error (zod's output changed). */
function at(node: Node, dotted: string): Node {
  let n: Node | undefined = node
  for (const k of dotted.split('.')) n = n?.[k]
  if (!n || typeof n !== 'object') throw new Error(`json-schema: no node at ${dotted}`)
  return n
}

/** Units and strings, wherever they are: durations, percentages, commands, templated strings. */
function walk(node: Node, key: string): void {
  if (typeof node.description === 'string' && node.description.startsWith(DURATION_DESC)) replaceWith(node, durationSchema())
  else if (typeof node.description === 'string' && node.description.startsWith(PAUSE_DESC))
    replaceWith(node, { anyOf: [durationSchema(), { const: UNTIL_PROMOTED }] })
  else if (node.description === PERCENT_DESC) replaceWith(node, percentSchema(key === 'max-increase' ? 10_000 : 100))
  else if (node.type === 'string' && (key === 'run' || (ACTION_NAMES as readonly string[]).includes(key)))
    node.not = { pattern: ANY_PLACEHOLDER }
  else if (node.type === 'string' && TEMPLATED_KEYS.has(key)) node.not = { pattern: UNKNOWN_PLACEHOLDER }
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' && v && typeof v === 'object') for (const [pk, pv] of Object.entries(v as Node)) walk(pv as Node, pk)
    else if (Array.isArray(v)) v.forEach((x) => x && typeof x === 'object' && walk(x as Node, key))
    else if (v && typeof v === 'object' && k !== 'not') walk(v as Node, k === 'additionalProperties' && key === 'headers' ? 'query' : key)
  }
}

function replaceWith(node: Node, next: Node): void {
  const keep = { description: node.description, ...(node.default === undefined ? {} : { default: node.default }) }
  for (const k of Object.keys(node)) delete node[k]
  Object.assign(node, keep, next)
}

function durationSchema(): Node {
  return { anyOf: [{ type: 'string', pattern: DURATION }, { const: 0 }, { const: '0' }] }
}

function percentSchema(max: 100 | 10_000): Node {
  return {
    anyOf: [
      { type: 'number', minimum: 0, maximum: max },
      { type: 'string', pattern: percentPattern(max) }
    ]
  }
}

/**
 * `oneOf` over object shapes gives one error per shape for a mistyped discriminator; instead the
 * discriminator is an enum (one clear error) and each shape applies through `if`/`then`.
 */
function discriminate(node: Node, key: string, values: readonly string[]): void {
  const branches = node.oneOf as Node[]
  if (!Array.isArray(branches)) throw new Error(`json-schema: expected oneOf to discriminate by ${key}`)
  delete node.oneOf
  Object.assign(node, {
    type: 'object',
    required: [key],
    properties: { [key]: { enum: [...values] } },
    allOf: branches.map((b) => ({ if: { properties: { [key]: { const: b.properties[key].const } }, required: [key] }, then: b }))
  })
}

/** Companion keys and per-strategy step rules the loader checks in refinements. */
function companions(schema: Node): void {
  const env = at(schema, 'properties.environments.additionalProperties')
  at(schema, 'properties.environments').minProperties = 1
  at(env, 'properties.actions').dependentRequired = { deploy: ['rollback'], 'set-weight': ['rollback'] }
  at(env, 'properties.analysis.properties.interval').not = {
    anyOf: [{ const: 0 }, { const: '0' }, { type: 'string', pattern: ZERO_DURATION }]
  }
  at(env, 'properties.analysis.properties.checks.items').anyOf = ['max', 'min', 'max-increase', 'max-decrease'].map((k) => ({
    required: [k]
  }))
  env.allOf = [...(env.allOf ?? []), ...strategyRules()]
  for (const links of [at(schema, 'properties.links'), at(env, 'properties.links')])
    at(links, 'items.properties.url').pattern = '^(?:[hH][tT][tT][pP][sS]?://|\\{\\{)'
  const gates = at(env, 'properties.gates.items').allOf as Node[]
  for (const { then } of gates) gateCompanions(then)
  for (const { then } of at(schema, 'properties.metrics.additionalProperties').allOf as Node[]) bodyOnlyWithPost(then)
  const window = gates.find((g) => g.then.properties.type.const === 'window')!.then
  const days = at(window, 'properties.allow.items.properties.days')
  days.pattern = daysPattern()
  for (const k of ['from', 'to'])
    at(window, `properties.freeze.items.properties.${k}`).anyOf = [
      { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$' }
    ]
}

function gateCompanions(gate: Node): void {
  const type = gate.properties.type.const
  if (type === 'metric') gate.anyOf = [{ required: ['min'] }, { required: ['max'] }]
  if (type === 'http') {
    bodyOnlyWithPost(gate)
    const json = at(gate, 'properties.expect.properties.json')
    json.anyOf = ['equals', 'in', 'min', 'max'].map((k) => ({ required: [k] }))
  }
}

function bodyOnlyWithPost(shape: Node): void {
  if (!shape.properties?.body) return
  shape.if = { required: ['body'] }
  shape.then = { required: ['method'], properties: { method: { const: 'POST' } } }
}

/** Canary steps need a weight; blue-green and all-at-once steps only take pauses (their weights are implied). */
function strategyRules(): Node[] {
  const weightIs = (w: number) => ({
    anyOf: [{ const: w }, { type: 'string', pattern: `^\\s*0*${w === 0 ? '0?' : String(w)}(?:\\.0+)?\\s*%?\\s*$` }]
  })
  const fixed = (strategy: 'blue-green' | 'all-at-once') => {
    const weights = IMPLIED_WEIGHTS[strategy]
    return {
      if: { properties: { strategy: { const: strategy } }, required: ['strategy'] },
      then: {
        properties: { steps: { maxItems: weights.length, prefixItems: weights.map((w) => ({ properties: { weight: weightIs(w) } })) } }
      }
    }
  }
  const canary = {
    if: { anyOf: [{ not: { required: ['strategy'] } }, { properties: { strategy: { const: 'canary' } } }] },
    then: { properties: { steps: { items: { required: ['weight'] } } } }
  }
  return [canary, fixed('blue-green'), fixed('all-at-once')]
}

/** DAY_SPEC of the schema, case-insensitive and with blanks allowed (the loader lowercases and strips them). */
function daysPattern(): string {
  const day = `(?:${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [...d].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})`
  const range = `\\s*${day}\\s*(?:-\\s*${day}\\s*)?`
  return `^${range}(?:,${range})*$`
}
