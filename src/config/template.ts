/**
 * `{{ placeholder }}` rendering (SPEC §2 templating). Each value is escaped for where it lands:
 * a PromQL double-quoted string, a URL component, or verbatim (headers, JSON paths, bodies).
 */
import type { TemplateContext } from '../metrics/types.js'
import { PLACEHOLDER } from './template-names.js'

export type Escape = 'promql' | 'url' | 'none'

export class TemplateError extends Error {}

/** Replaces every placeholder in `text`; throws TemplateError for an unset env.NAME or unknown name. */
export function render(text: string, ctx: TemplateContext, escape: Escape): string {
  return text.replace(PLACEHOLDER, (_whole, name: string, offset: number) => {
    const value = lookup(name, ctx)
    return escapeFor(escape, value, offset)
  })
}

function lookup(name: string, ctx: TemplateContext): string {
  if (name.startsWith('env.')) {
    const key = name.slice(4)
    const v = ctx.env[key]
    if (v === undefined || v === '') throw new TemplateError(`environment variable ${key} (used as {{ ${name} }}) is not set`)
    return v
  }
  switch (name) {
    case 'track':
      return ctx.track
    case 'version':
      return ctx.version
    case 'environment':
      return ctx.environment
    case 'service':
      return ctx.service
    case 'sha':
      return ctx.sha
    case 'weight':
      return String(ctx.weight)
    default:
      throw new TemplateError(`unknown placeholder {{ ${name} }}`)
  }
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

/** Values of env placeholders used in `texts` (headers): masked in logs, removed from reports. */
export function secretsIn(texts: string[], env: Record<string, string | undefined>): string[] {
  const out = new Set<string>()
  for (const t of texts) {
    for (const name of envNamesIn(t)) {
      const v = env[name]
      if (v && v.length >= 3) out.add(v)
    }
  }
  return [...out]
}

/** Replaces every occurrence of every secret (and its escaped forms) with `***`. */
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

/** Replaces every occurrence of each needle (from secretForms) with `***`. */
export function redactString(s: string, needles: readonly string[]): string {
  let out = s
  for (const n of needles) if (out.includes(n)) out = out.split(n).join('***')
  return out
}
