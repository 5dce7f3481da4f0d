/**
 * The GitHub port is the only way to GitHub: outside `src/github/client.ts` (the client) and
 * `src/github/octokit-port.ts` (the port's implementation) nothing touches an Octokit, and the
 * GitHub room and the gates do not import each other both ways (gates use the port, never the reverse).
 */
import { describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'

const SRC = path.resolve('src')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : []
  })
}

const files = sources(SRC).map((p) => ({ rel: path.relative(SRC, p).split(path.sep).join('/'), text: fs.readFileSync(p, 'utf8') }))

/** Module specifiers a file imports (static `from '…'` and dynamic `import('…')`). */
function imports(text: string): string[] {
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1])
}

/** Where a relative import of `rel` lands, as a path under src/. */
function target(rel: string, spec: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec))
}

const OCTOKIT_USERS = new Set(['github/client.ts', 'github/octokit-port.ts', 'github/types.ts'])

describe('the GitHub port boundary', () => {
  test('there are sources to check', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(files.some((f) => f.rel === 'github/port.ts')).toBe(true)
  })

  test('only the client and the port implementation use an Octokit', () => {
    const code = (t: string) => t.replace(/^\s*(\/\/|\*|\/\*).*$/gm, '')
    const users = files.filter((f) => /\bOctokit\b|\.octokit\b|\b(create|get)Octokit\b|@octokit\/|@actions\/github\b/.test(code(f.text)))
    expect(users.map((f) => f.rel).filter((rel) => !OCTOKIT_USERS.has(rel))).toEqual([])
  })

  test('nothing under src/github imports from src/gates', () => {
    const bad = files
      .filter((f) => f.rel.startsWith('github/'))
      .flatMap((f) =>
        imports(f.text)
          .filter((s) => s.startsWith('.') && target(f.rel, s).startsWith('gates/'))
          .map((s) => `${f.rel} → ${s}`)
      )
    expect(bad).toEqual([])
  })

  test('gates reach GitHub only through the port, its error helpers and the run context', () => {
    const allowed = new Set(['github/port.js', 'github/errors.js', 'github/types.js'])
    const bad = files
      .filter((f) => f.rel.startsWith('gates/'))
      .flatMap((f) =>
        imports(f.text)
          .filter((s) => s.startsWith('.') && target(f.rel, s).startsWith('github/') && !allowed.has(target(f.rel, s)))
          .map((s) => `${f.rel} → ${s}`)
      )
    expect(bad).toEqual([])
  })
})
