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
