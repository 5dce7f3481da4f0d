/** The placeholder names SPEC §2 allows in URLs, headers, queries and JSON paths. */
export const PLACEHOLDER_NAMES = ['track', 'version', 'environment', 'service', 'sha', 'weight'] as const
export const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g

/** Returns the placeholders of `text` that are not allowed, e.g. `["trak"]`. */
export function unknownPlaceholders(text: string): string[] {
  const bad: string[] = []
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]
    if (!(PLACEHOLDER_NAMES as readonly string[]).includes(name) && !/^env\.[A-Za-z_][A-Za-z0-9_]*$/.test(name)) bad.push(name)
  }
  return bad
}
