#!/usr/bin/env node
// `npm run bundle`: the three entries (main step, post step, CLI) built by ncc at the same time
// into .dist-build/, then swapped into dist/ only when all three succeeded, so an interrupted or
// failed build never leaves dist/ half-deleted.
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

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

fs.rmSync(BUILD, { recursive: true, force: true })
await Promise.all(ENTRIES.map(([entry, out, extra]) => ncc(entry, out, extra)))
fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true })
fs.renameSync(BUILD, path.join(ROOT, 'dist'))
