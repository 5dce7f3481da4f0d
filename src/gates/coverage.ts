/** `coverage`: line coverage in `file` (istanbul json-summary, lcov or cobertura) is at least `min`. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { GateConfig } from '../config/schema.js'
import type { Gate, GateOutcome } from './types.js'

type Config = Extract<GateConfig, { type: 'coverage' }>
export type CoverageFormat = Exclude<Config['format'], 'auto'>

export interface LineCoverage {
  pct: number
  format: CoverageFormat
  /** How the number was obtained, e.g. `167/200 lines`. */
  basis: string
}

export class CoverageError extends Error {}

const FORMAT_NAMES: Record<CoverageFormat, string> = {
  istanbul: 'istanbul json-summary',
  lcov: 'lcov',
  cobertura: 'cobertura'
}

export const coverageGate: Gate<Config> = {
  type: 'coverage',
  readOnly: () => true,
  check: async (config, ctx) => {
    let text: string
    try {
      text = await readFile(resolve(ctx.workspace, config.file), 'utf8')
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      const why = code === 'ENOENT' ? 'not found' : `unreadable (${(e as Error).message})`
      return { passed: false, detail: `coverage file ${config.file} ${why} in the workspace` }
    }
    try {
      return judgeCoverage(parseCoverage(text, config.format), config.min, config.file)
    } catch (e) {
      if (e instanceof CoverageError) return { passed: false, detail: `${config.file}: ${e.message}` }
      throw e
    }
  }
}

export function judgeCoverage(c: LineCoverage, min: number, file: string): GateOutcome {
  const pct = Math.round(c.pct * 100) / 100
  const head = `line coverage ${pct}% (${c.basis}, ${FORMAT_NAMES[c.format]} ${file})`
  return c.pct >= min ? { passed: true, detail: `${head}, at least ${min}%` } : { passed: false, detail: `${head}, below ${min}%` }
}

/** Parses a coverage report; `auto` picks the format from the content. Throws CoverageError. */
export function parseCoverage(text: string, format: Config['format']): LineCoverage {
  const body = text.replace(/^\uFEFF/, '')
  const f = format === 'auto' ? detectFormat(body) : format
  switch (f) {
    case 'istanbul':
      return parseIstanbul(body)
    case 'lcov':
      return parseLcov(body)
    case 'cobertura':
      return parseCobertura(body)
    default: {
      const never: never = f
      throw new CoverageError(`unknown coverage format ${String(never)}`)
    }
  }
}

export function detectFormat(text: string): CoverageFormat {
  const t = text.trimStart()
  if (t.startsWith('{')) return 'istanbul'
  if (t.startsWith('<')) return 'cobertura'
  if (/^(TN|SF|LF|LH|DA):/m.test(t)) return 'lcov'
  throw new CoverageError('not a coverage report this gate knows (istanbul json-summary, lcov, cobertura)')
}

function parseIstanbul(text: string): LineCoverage {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new CoverageError(`not valid JSON (${(e as Error).message})`)
  }
  const lines = (doc as { total?: { lines?: { pct?: unknown; covered?: unknown; total?: unknown } } })?.total?.lines
  if (!lines) throw new CoverageError('no total.lines in the istanbul json-summary (is it coverage-summary.json?)')
  if (typeof lines.pct !== 'number')
    throw new CoverageError(`total.lines.pct is ${JSON.stringify(lines.pct)} (no lines were instrumented?)`)
  const basis =
    typeof lines.covered === 'number' && typeof lines.total === 'number' ? `${lines.covered}/${lines.total} lines` : 'total.lines.pct'
  return { pct: lines.pct, format: 'istanbul', basis }
}

function parseLcov(text: string): LineCoverage {
  let found = 0
  let hit = 0
  let records = 0
  for (const m of text.matchAll(/^(LF|LH):\s*(\d+)\s*$/gm)) {
    if (m[1] === 'LF') {
      found += Number(m[2])
      records++
    } else hit += Number(m[2])
  }
  if (records === 0) throw new CoverageError('no LF: lines in the lcov report')
  if (found === 0) throw new CoverageError('the lcov report counts 0 instrumented lines')
  return { pct: (100 * hit) / found, format: 'lcov', basis: `${hit}/${found} lines` }
}

function parseCobertura(text: string): LineCoverage {
  const tag = /<coverage\b[^>]*>/.exec(text)
  if (!tag) throw new CoverageError('no <coverage> element (is it a cobertura XML report?)')
  const rate = /\sline-rate\s*=\s*["']([^"']*)["']/.exec(tag[0])
  if (!rate) throw new CoverageError('the <coverage> element has no line-rate attribute')
  const r = Number(rate[1])
  if (rate[1].trim() === '' || !Number.isFinite(r) || r < 0 || r > 1)
    throw new CoverageError(`line-rate "${rate[1]}" is not a number between 0 and 1`)
  const covered = /\slines-covered\s*=\s*["'](\d+)["']/.exec(tag[0])
  const valid = /\slines-valid\s*=\s*["'](\d+)["']/.exec(tag[0])
  const basis = covered && valid ? `${covered[1]}/${valid[1]} lines` : `line-rate ${rate[1]}`
  return { pct: 100 * r, format: 'cobertura', basis }
}
