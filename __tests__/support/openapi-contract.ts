/**
 * GitHub's OpenAPI description (from @octokit/openapi), loaded lazily once per process, and
 * request validation against it: path template + method, parameters, JSON request body.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

type Json = Record<string, any>

export interface Operation {
  method: string
  template: string
  regex: RegExp
  pathNames: string[]
  params: Json[]
  body?: ValidateFunction
  bodyRequired: boolean
}

export interface Matched {
  op: Operation
  pathParams: Record<string, string>
}

let spec: Json | undefined
let templates: string[] | undefined
/** OpenAPI formats that JSON Schema does not know; other unknown formats are ignored quietly. */
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']
const quiet = { log: () => {}, warn: () => {}, error: (...a: unknown[]) => console.error(...a) }

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const a = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: quiet })
  ;((addFormatsModule as any).default ?? addFormatsModule)(a)
  for (const f of OPENAPI_FORMATS) a.addFormat(f, true)
  return a
}
const ajv = makeAjv(false)
const paramAjv = makeAjv('array')
const paramValidators = new WeakMap<object, ValidateFunction>()
const opCache = new Map<string, Operation | null>()

function loadSpec(): Json {
  if (!spec) {
    const file = path.join(process.cwd(), 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json')
    spec = JSON.parse(fs.readFileSync(file, 'utf8')) as Json
  }
  return spec
}

function ref(p: string): Json {
  const parts = p.replace(/^#\//, '').split('/')
  let cur: any = loadSpec()
  for (const k of parts) cur = cur[k.replace(/~1/g, '/').replace(/~0/g, '~')]
  return cur
}

/** Inlines $refs and turns OpenAPI 3.0 `nullable` into JSON Schema; cuts cycles at depth 30. */
export function toJsonSchema(s: unknown, depth = 0): any {
  if (depth > 30) return {}
  if (Array.isArray(s)) return s.map((x) => toJsonSchema(x, depth + 1))
  if (!s || typeof s !== 'object') return s
  const o = s as Json
  if (typeof o.$ref === 'string') return toJsonSchema(ref(o.$ref), depth + 1)
  const out: Json = {}
  for (const [k, v] of Object.entries(o)) {
    if (k === 'nullable' || k === 'example' || k === 'examples' || k === 'discriminator' || k === 'xml') continue
    out[k] = k === 'properties' || k === 'patternProperties' ? mapValues(v, depth) : toJsonSchema(v, depth + 1)
  }
  if (o.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (Array.isArray(out.type)) out.type = [...out.type, 'null']
    else return { anyOf: [out, { type: 'null' }] }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  }
  return out
}

function mapValues(v: Json, depth: number): Json {
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJsonSchema(x, depth + 1)]))
}

function templateRegex(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = []
  const src = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part)
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      names.push(m[1])
      return '([^/]+)'
    })
    .join('')
  return { regex: new RegExp(`^${src}$`), names }
}

function buildOperation(template: string, method: string): Operation | null {
  const op = loadSpec().paths[template]?.[method]
  if (!op) return null
  const { regex, names } = templateRegex(template)
  const params = ((op.parameters ?? []) as Json[]).map((p) => toJsonSchema(p))
  const bodySchema = op.requestBody?.content?.['application/json']?.schema
  return {
    method,
    template,
    regex,
    pathNames: names,
    params,
    body: bodySchema ? ajv.compile(toJsonSchema(bodySchema)) : undefined,
    bodyRequired: op.requestBody?.required === true
  }
}

/** Finds the operation in GitHub's description for a method and a concrete path. */
export function matchOperation(method: string, pathname: string): Matched | undefined {
  const m = method.toLowerCase()
  // literal segments win over parameters: /issues/comments/{id} before /issues/{issue_number}/...
  templates ??= Object.keys(loadSpec().paths).sort((a, b) => a.split('{').length - b.split('{').length)
  for (const template of templates) {
    const key = `${m} ${template}`
    if (!opCache.has(key)) {
      const { regex } = templateRegex(template)
      if (!regex.test(pathname)) continue
      opCache.set(key, buildOperation(template, m))
    }
    const op = opCache.get(key)
    if (!op) continue
    const hit = op.regex.exec(pathname)
    if (!hit) continue
    const pathParams = Object.fromEntries(op.pathNames.map((n, i) => [n, decodeURIComponent(hit[i + 1])]))
    return { op, pathParams }
  }
  return undefined
}

function paramValidator(p: Json): ValidateFunction {
  let v = paramValidators.get(p)
  if (!v) {
    v = paramAjv.compile({ type: 'object', properties: { v: p.schema ?? {} } })
    paramValidators.set(p, v)
  }
  return v
}

/** Problems with a request against its operation; empty when it conforms. */
export function validateRequest(mt: Matched, query: URLSearchParams, body: unknown): string[] {
  const problems: string[] = []
  const known = new Set<string>()
  for (const p of mt.op.params) {
    if (p.in === 'header') continue
    if (p.in === 'query') known.add(p.name)
    const raw = p.in === 'path' ? mt.pathParams[p.name] : (query.get(p.name) ?? undefined)
    if (raw === undefined) {
      if (p.required) problems.push(`missing required ${p.in} parameter "${p.name}"`)
      continue
    }
    const holder = { v: raw }
    const v = paramValidator(p)
    if (!v(holder)) problems.push(`${p.in} parameter "${p.name}"=${JSON.stringify(raw)}: ${paramAjv.errorsText(v.errors)}`)
  }
  for (const name of query.keys()) if (!known.has(name)) problems.push(`unknown query parameter "${name}"`)
  if (mt.op.body) {
    if (body === undefined) {
      if (mt.op.bodyRequired) problems.push('missing JSON request body')
    } else if (!mt.op.body(body)) {
      problems.push(`request body: ${ajv.errorsText(mt.op.body.errors)}`)
    }
  } else if (body !== undefined && ['post', 'patch', 'put'].includes(mt.op.method)) {
    problems.push('operation takes no request body')
  }
  return problems
}
