/** Small text helpers shared by logs, gate details and the report. */

/** Collapses whitespace (newlines included) to single spaces; with `max`, cuts longer text with `…`. */
export function oneLine(s: string, max = Infinity): string {
  const line = s.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}

/** `1 check`, `2 checks` (or `many` for irregular plurals). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

/** The last non-blank line of `text`, trimmed; cut at `max` characters with `…`. */
export function lastLine(text: string, max = 200): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const line = lines[lines.length - 1] ?? ''
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
