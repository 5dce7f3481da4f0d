import type { TemplateContext } from '../metrics/types.js'

/**
 * THE placeholder table (SPEC §2): every `{{ name }}` allowed in URLs, headers, queries and JSON
 * paths besides `{{ env.NAME }}`, and what it renders from the context. The schema's check, the
 * renderer (template.ts), the JSON Schema and the config errors all read this one table.
 */
export const PLACEHOLDERS = {
  track: (c: TemplateContext) => c.track,
  version: (c: TemplateContext) => c.version,
  environment: (c: TemplateContext) => c.environment,
  service: (c: TemplateContext) => c.service,
  sha: (c: TemplateContext) => c.sha,
  weight: (c: TemplateContext) => String(c.weight)
} as const satisfies Record<string, (c: TemplateContext) => string>
export type PlaceholderName = keyof typeof PLACEHOLDERS

/** The placeholder names SPEC §2 allows, in the table's order. */
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[]
/** `env.NAME, track, version, …` for error messages. */
export const ALLOWED_PLACEHOLDERS = ['env.NAME', ...PLACEHOLDER_NAMES].join(', ')
export const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g

/**
 * The STAGEGATE_* variables every command sees (src/actions/run-command.ts sets exactly these):
 * commands take no placeholders and read the context from here instead.
 */
export const COMMAND_VARIABLES = [
  'STAGEGATE_SERVICE',
  'STAGEGATE_ENVIRONMENT',
  'STAGEGATE_VERSION',
  'STAGEGATE_SHA',
  'STAGEGATE_STEP',
  'STAGEGATE_WEIGHT',
  'STAGEGATE_PREVIOUS_WEIGHT',
  'STAGEGATE_TRACK',
  'STAGEGATE_REASON',
  'STAGEGATE_RISK',
  'STAGEGATE_CHANGE_TYPE'
] as const
export type CommandVariable = (typeof COMMAND_VARIABLES)[number]

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name)
}

/** Returns the placeholders of `text` that are not allowed, e.g. `["trak"]`. */
export function unknownPlaceholders(text: string): string[] {
  const bad: string[] = []
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]
    if (!isPlaceholderName(name) && !/^env\.[A-Za-z_][A-Za-z0-9_]*$/.test(name)) bad.push(name)
  }
  return bad
}
