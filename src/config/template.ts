/**
 * `{{ placeholder }}` rendering (SPEC §2 templating). Each value is escaped for where it lands:
 * a PromQL double-quoted string, a URL component, or verbatim (headers, JSON paths, bodies).
 */
import type { TemplateContext } from '../metrics/types.js'
import { PLACEHOLDER, PLACEHOLDERS, isPlaceholderName } from './template-names.js'
import { isHiddenEnv, HIDDEN_ENV_TEXT } from './env-policy.js'

export type Escape = 'promql' | 'url' | 'none'

export class TemplateError extends Error {}

/** Replaces every placeholder in `text`; throws TemplateError for an unset env.NAME or unknown name. */
export function render(text: string, ctx: TemplateContext, escape: Escape): string {
  return text.replace(PLACEHOLDER, (_whole, name: string, offset: number) => {
    const value = lookup(name, ctx)
    if (escape === 'url') refuseDotSegment(text, name, value, offset, _whole.length)
    return escapeFor(escape, value, offset)
  })
}

/**
 * A value of `.` or `..` that forms a whole URL path segment would be normalised away by every
 * URL parser (`/api/../x` is `/x`; `%2E%2E` too, by the WHATWG URL rules), silently changing the
 * address. It is refused.
 */
function refuseDotSegment(text: string, name: string, value: string, offset: number, length: number): void {
  if (value !== '.' && value !== '..') return
  const query = text.search(/[?#]/)
  if (query !== -1 && query < offset) return
  const before = text[offset - 1]
  const after = text[offset + length]
  if (before === '/' && (after === undefined || after === '/' || after === '?' || after === '#')) {
    throw new TemplateError(
      `{{ ${name} }} renders "${value}", a "." or ".." URL path segment that would be normalised away (changing the address); refused`
    )
  }
}

function lookup(name: string, ctx: TemplateContext): string {
  if (name.startsWith('env.')) {
    const key = name.slice(4)
    if (isHiddenEnv(key)) throw new TemplateError(`{{ ${name} }} is never resolved: placeholders cannot read ${HIDDEN_ENV_TEXT}`)
    const v = ctx.env[key]
    if (v === undefined || v === '') throw new TemplateError(`environment variable ${key} (used as {{ ${name} }}) is not set`)
    return v
  }
  if (isPlaceholderName(name)) return PLACEHOLDERS[name](ctx)
  throw new TemplateError(`unknown placeholder {{ ${name} }}`)
}

function escapeFor(escape: Escape, value: string, offset: number): string {
  switch (escape) {
    case 'promql':
      return escapePromQL(value)
    case 'url':
      // A placeholder that starts the URL is its base address (`{{ env.PROM_URL }}/api`): kept as is.
      return offset === 0 ? value : encodeURIComponent(value)
    case 'none':
      return value
    default: {
      const never: never = escape
      throw new Error(`unknown escape ${String(never)}`)
    }
  }
}

/** Escapes a value for a PromQL double-quoted string (label matcher value). */
export function escapePromQL(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
}

/** The env names referenced by `{{ env.NAME }}` in `text`. */
export function envNamesIn(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(PLACEHOLDER)) if (m[1].startsWith('env.')) out.push(m[1].slice(4))
  return out
}

/** Replaces every occurrence of every secret (and its escaped forms) with `***`, and strips URL user-info. */
export function redact(text: string, secrets: readonly string[]): string {
  return redactString(text, secretForms(secrets))
}

/** Every non-empty secret and the forms it takes spliced into a URL, a PromQL string or JSON; longest first. */
export function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>()
  for (const s of secrets) {
    if (!s) continue
    forms.add(s)
    forms.add(encodeURIComponent(s))
    forms.add(escapePromQL(s))
    forms.add(JSON.stringify(s).slice(1, -1))
  }
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length)
}

/**
 * THE redaction of every sink (summary, comment, JSON report, audit, outputs, Deployment status):
 * each needle (from secretForms) becomes `***`, then the user-info of any URL-shaped text
 * (`https://user:pass@host`) becomes `***@`.
 */
export function redactString(s: string, needles: readonly string[]): string {
  let out = s
  for (const n of needles) if (out.includes(n)) out = out.split(n).join('***')
  return stripUserInfo(out)
}

/** `scheme://user:pass@host` → `scheme://***@host`, wherever it appears in `text`. */
export function stripUserInfo(text: string): string {
  return text.includes('@') ? text.replace(USER_INFO, '$1***@') : text
}
const USER_INFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)(?!\*\*\*@)[^\s/?#@"'<>]+@/g
