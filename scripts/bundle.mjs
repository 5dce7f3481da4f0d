#!/usr/bin/env node
// `npm run bundle`: the three entries (main step, post step, CLI) built by ncc at the same time
// into .dist-build/, then swapped into dist/ only when all three succeeded, so an interrupted or
// failed build never leaves dist/ half-deleted. Then every .js file is re-printed ASCII-only (below).
import { spawn, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import swc from '@swc/core'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUILD = path.join(ROOT, '.dist-build')
const NCC = path.join(ROOT, 'node_modules', '.bin', 'ncc')
const ENTRIES = [
  ['src/boot/main.ts', '', ['--license', 'licenses.txt']],
  ['src/boot/post.ts', 'post', []],
  ['src/cli/index.ts', 'cli', []]
]

function ncc(entry, out, extra) {
  return new Promise((resolve, reject) => {
    const child = spawn(NCC, ['build', entry, '-o', path.join(BUILD, out), ...extra, '--quiet'], { cwd: ROOT, stdio: 'inherit' })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ncc build ${entry} exited ${code}`))))
  })
}

/**
 * ASCII-only output. V8 keeps a script's source in memory for as long as its functions live, as
 * one byte per character when the text is all ASCII and two bytes otherwise, and one `→` in a
 * comment makes a 0.7 MB chunk cost 1.4 MB (and a slower UTF-8 decode at every start). swc's
 * printer (no compression, no renaming: every name, and so every function in a stack trace, stays
 * as it is; whitespace between statements is dropped, line breaks at comments are kept) writes every string, template, regular expression and identifier with \u escapes;
 * what is left outside ASCII is comment text, escaped as text. Checked: the file printed without
 * comments is the same before and after that last step.
 */
const printed = (code, comments) =>
  swc.minify(code, { module: true, compress: false, mangle: false, format: { asciiOnly: true, comments } }).then((r) => r.code)

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const NON_ASCII = /[^\u0000-\u007f]/u

async function asciiOnly(file) {
  const source = fs.readFileSync(file, 'utf8')
  if (!NON_ASCII.test(source)) return
  const code = await printed(source, 'all')
  const ascii = code.replace(new RegExp(NON_ASCII.source, 'gu'), (c) => `\\u{${c.codePointAt(0).toString(16)}}`)
  if ((await printed(code, false)) !== (await printed(ascii, false)))
    throw new Error(`${file}: escaping left code outside comments changed`)
  fs.writeFileSync(file, ascii)
  // swc does not validate what it prints (a non-ASCII capture group name would come out as an
  // invalid `\x` escape): V8 must still parse the file
  const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`${file}: the ASCII re-print does not parse:\n${check.stderr}`)
}

fs.rmSync(BUILD, { recursive: true, force: true })
await Promise.all(ENTRIES.map(([entry, out, extra]) => ncc(entry, out, extra)))
const scripts = fs.readdirSync(BUILD, { recursive: true }).filter((f) => f.endsWith('.js'))
for (const f of scripts.sort()) await asciiOnly(path.join(BUILD, f))
fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true })
fs.renameSync(BUILD, path.join(ROOT, 'dist'))
