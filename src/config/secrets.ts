/**
 * Every credential the action knows, for redaction (report, comment, outputs, audit, Deployment
 * status) and for `core.setSecret` (the runner masks them in the log).
 */
import type { Config, EnvironmentConfig } from './schema.js'
import { envNamesIn } from './template.js'
import { PLACEHOLDER } from './template-names.js'
import { isHiddenEnv } from './env-policy.js'

/** Shorter values would turn ordinary words into `***`. */
const MIN_SECRET = 3
/** Header values that are not credentials (everything else in a header is treated as one). */
const PLAIN_HEADERS = new Set(['accept', 'accept-encoding', 'accept-language', 'content-type', 'user-agent', 'cache-control'])

/**
 * The values of every `{{ env.NAME }}` the config uses (wherever it uses it), every static
 * header value but the plain ones (Accept, Content-Type…), the user-info of every URL-shaped value in the job's
 * environment with its Basic form, and the github token.
 */
export function knownSecrets(
  config: Config,
  env: EnvironmentConfig,
  processEnv: Record<string, string | undefined>,
  token: string
): string[] {
  const out = new Set<string>()
  const add = (v: string | undefined) => {
    if (v && v.length >= MIN_SECRET) for (const f of credentialForms(v)) if (f.length >= MIN_SECRET) out.add(f)
  }
  // every part of the config but the other environments (top-level links and notify render placeholders too)
  for (const text of stringsIn([{ ...config, environments: undefined }, env])) {
    for (const name of envNamesIn(text)) if (!isHiddenEnv(name)) add(processEnv[name])
  }
  // a header with placeholders holds its secrets in their env values (above); a static one is the secret itself
  for (const [name, value] of headersOf(config, env))
    if (!PLAIN_HEADERS.has(name.toLowerCase()) && !PLACEHOLDER_TEST.test(value)) add(value.trim())
  for (const [name, value] of Object.entries(processEnv))
    if (value && !isHiddenEnv(name) && /:\/\/[^/\s]*@/.test(value)) for (const u of userInfos(value)) add(u)
  add(token)
  return [...out]
}
const PLACEHOLDER_TEST = new RegExp(PLACEHOLDER.source)

/**
 * Secrets of credential fields (webhook URLs, signing keys, API keys): the values of the env
 * variables each template reads, and a template without placeholders as it is.
 */
export function keySecrets(templates: readonly string[], processEnv: Record<string, string | undefined>): string[] {
  const out = new Set<string>()
  for (const t of templates) {
    for (const name of envNamesIn(t)) if ((processEnv[name] ?? '').length >= MIN_SECRET) out.add(processEnv[name]!)
    if (t.length >= MIN_SECRET && !t.includes('{{')) out.add(t)
  }
  return [...out]
}

/**
 * A value and the credentials inside it: URL user-info (`user:pass`, the password, their
 * decoded forms and `Basic` base64), the token of `Basic x` / `Bearer x`, and the decoded
 * `user:pass` of a Basic token.
 */
export function credentialForms(value: string): string[] {
  const forms = [value]
  for (const info of userInfos(value)) forms.push(...userPassForms(info))
  const scheme = /^(basic|bearer|token)\s+(\S+)$/i.exec(value.trim())
  if (scheme) {
    forms.push(scheme[2])
    if (scheme[1].toLowerCase() === 'basic') {
      const decoded = Buffer.from(scheme[2], 'base64').toString('utf8')
      if (decoded.includes(':') && Buffer.from(decoded).toString('base64') === scheme[2]) forms.push(...userPassForms(decoded))
    }
  }
  if (value.includes(':') && !value.includes('//') && !/\s/.test(value)) forms.push(...userPassForms(value))
  return [...new Set(forms)]
}

/** The `user:pass` parts of every URL in `text`. */
function userInfos(text: string): string[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\/([^\s/?#@"'<>]+)@/g)].map((m) => m[1])
}

function userPassForms(info: string): string[] {
  const decoded = safeDecode(info)
  const forms = [info, decoded, basic(decoded)]
  const at = decoded.indexOf(':')
  if (at !== -1) {
    const pass = decoded.slice(at + 1)
    forms.push(pass, encodeURIComponent(pass), info.slice(info.indexOf(':') + 1))
  }
  return forms
}

function basic(userPass: string): string {
  return Buffer.from(userPass).toString('base64')
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

function headersOf(config: Config, env: EnvironmentConfig): [string, string][] {
  const out: [string, string][] = []
  for (const m of Object.values(config.metrics)) if ('headers' in m && m.headers) out.push(...Object.entries(m.headers))
  for (const g of env.gates) if ('headers' in g && g.headers) out.push(...Object.entries(g.headers))
  for (const n of config.notify) if (n.type === 'webhook' && n.headers) out.push(...Object.entries(n.headers))
  return out
}

/** Every string anywhere in `v` (iterative: the config is a tree of plain values). */
function stringsIn(v: unknown): string[] {
  const out: string[] = []
  const stack: unknown[] = [v]
  while (stack.length) {
    const x = stack.pop()
    if (typeof x === 'string') out.push(x)
    else if (Array.isArray(x)) stack.push(...x)
    else if (x !== null && typeof x === 'object') stack.push(...Object.values(x))
  }
  return out
}
