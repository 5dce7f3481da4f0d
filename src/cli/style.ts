/** Terminal styling for the CLI: ANSI colour only when the stream is a TTY and NO_COLOR is unset. */
export interface Style {
  red(s: string): string
  green(s: string): string
  yellow(s: string): string
  bold(s: string): string
  dim(s: string): string
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`

const COLOUR: Style = { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), bold: wrap(1, 22), dim: wrap(2, 22) }
const PLAIN: Style = { red: (s) => s, green: (s) => s, yellow: (s) => s, bold: (s) => s, dim: (s) => s }

/** https://no-color.org: any non-empty NO_COLOR turns colour off; FORCE_COLOR (non-zero) turns it on. */
export function styleFor(isTTY: boolean | undefined, env: Record<string, string | undefined>): Style {
  if (env.NO_COLOR) return PLAIN
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return COLOUR
  return isTTY ? COLOUR : PLAIN
}

/** Left-aligned columns, two spaces apart. */
export function columns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? []
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] + (c.length - [...c].length))))
      .join('  ')
      .trimEnd()
  )
}
