#!/usr/bin/env node
// `npm run bench`: bundles scripts/bench/bench.ts (with ncc, like dist/) into .bench-build/, runs
// each figure in a fresh process from the repo root, and prints the table (markdown, as in the
// README). Needs a built dist/ (npm run bundle) for the cold-start and API figures. Also builds,
// with ncc like dist/, the references the cold-start figures are compared with in the same run:
// actions/github-script v8's entry (scripts/bench/reference/github-script/, on its own pinned
// dependencies, installed here with `npm ci --prefix` when missing), a minimal @actions/core action
// (scripts/bench/reference/core-action.mjs) and the full post step as it was bundled before the lean
// entry (src/post.ts alone). The RSS figure runs scripts/bench/watch.ts, bundled alone, in a process
// of its own: its bundle holds what the action holds during a watch and nothing of the bench.
//
// --quick (or STAGEGATE_BENCH_QUICK=1; what CI runs): every figure, measured the same way, with
//   fewer rounds, shorter pauses, a 1-hour simulated watch instead of 4 hours, a coarser breach
//   sweep and every 4th canary of the accuracy corpus; the output says so at its top. The README's
//   figures come from the full run.
// --runtime-only (CI's second pass, on Node 24): only the figures the runtime changes (cold start
//   of both steps, RSS); the others measure the engine on a virtual clock or GitHub round trips.
// --reuse-build: keep .bench-build/ from an earlier run (CI's second pass).
import { execFile, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, '.bench-build')
const quick = process.argv.includes('--quick') || process.env.STAGEGATE_BENCH_QUICK === '1'
const runtimeOnly = process.argv.includes('--runtime-only')
const FIGURES = runtimeOnly
  ? ['cold-start', 'post-start', 'rss']
  : ['breach', 'overhead', 'overhead-e2e', 'gates', 'cold-start', 'post-start', 'api-requests', 'resume-tick', 'rss']
const childEnv = { ...process.env, STAGEGATE_BENCH_QUICK: quick ? '1' : '' }

if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run npm run bundle first')
  process.exit(1)
}
if (!fs.existsSync('/usr/bin/time')) {
  console.error('/usr/bin/time is missing: run scripts/install-extras.sh')
  process.exit(1)
}

// github-script's dependencies are not ours (other majors of @actions/core, @actions/github and
// @octokit/*): they live in the reference's own package, pinned by its lockfile.
const GITHUB_SCRIPT = path.join(ROOT, 'scripts', 'bench', 'reference', 'github-script')
if (!fs.existsSync(path.join(GITHUB_SCRIPT, 'node_modules'))) {
  const r = spawnSync('npm', ['ci', '--prefix', GITHUB_SCRIPT, '--no-audit', '--no-fund'], { stdio: ['ignore', 2, 2] })
  if (r.status !== 0) {
    console.error(`npm ci --prefix ${GITHUB_SCRIPT} failed`)
    process.exit(1)
  }
}

// Every bundle the run needs, built by ncc two at a time (each build is one busy core). bench.ts and
// the references are type-checked like dist/ (their bundles are what the RSS and cold-start figures
// load); the analysis benches, whose figures do not depend on their bundle, are transpiled only
// (`npx tsc --noEmit` checks them with the rest of the tree).
const BUILDS = [
  ['scripts/bench/bench.ts', OUT, []],
  ['src/post.ts', path.join(OUT, 'full-post'), []],
  ['scripts/bench/watch.ts', path.join(OUT, 'watch'), []],
  ['scripts/bench/reference/core-action.mjs', path.join(OUT, 'reference'), []],
  ['scripts/bench/reference/github-script/main.cjs', path.join(OUT, 'github-script'), []],
  ...(runtimeOnly
    ? []
    : ['breach-sweep', 'accuracy'].map((name) => [`scripts/bench/${name}.ts`, path.join(OUT, name), ['--transpile-only']]))
]
const built = (out) =>
  fs.existsSync(out) && fs.readdirSync(out, { withFileTypes: true }).some((f) => f.isFile() && f.name.startsWith('index.'))
const ncc = promisify(execFile)
async function buildAll(builds) {
  const queue = [...builds]
  const worker = async () => {
    for (let b = queue.shift(); b; b = queue.shift()) {
      const [entry, out, extra] = b
      await ncc(path.join(ROOT, 'node_modules', '.bin', 'ncc'), ['build', entry, '-o', out, ...extra, '--quiet'], { cwd: ROOT })
    }
  }
  await Promise.all([worker(), worker()])
}
const reuse = process.argv.includes('--reuse-build')
const t0 = performance.now()
await buildAll(BUILDS.filter(([, out]) => !(reuse && built(out))))
console.error(`✓ bundles (${((performance.now() - t0) / 1000).toFixed(0)} s)`)

const run = (args, timeout) => {
  const s = performance.now()
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout, env: childEnv })
  return { ...r, seconds: ((performance.now() - s) / 1000).toFixed(0) }
}
const rows = []
for (const figure of FIGURES) {
  const r = run(figure === 'rss' ? ['--expose-gc', path.join(OUT, 'watch', 'index.js')] : [path.join(OUT, 'index.js'), figure], 300_000)
  if (r.status !== 0) {
    console.error(`bench ${figure} failed:\n${r.stderr}`)
    process.exit(1)
  }
  rows.push(JSON.parse(r.stdout.trim().split('\n').pop()))
  console.error(`✓ ${figure} (${r.seconds} s)`)
}

// Analysis benches (issue 11), each its own script and bundle: the swept breach figure joins the
// table; the accuracy bench prints its own table after it. They judge on the virtual clock, so
// their figures do not depend on the runtime: not in the --runtime-only pass.
const runBench = (name) => {
  const r = run([path.join(OUT, name, 'index.js')], 900_000)
  if (r.status !== 0) {
    console.error(`bench ${name} failed:\n${r.stderr}`)
    process.exit(1)
  }
  console.error(`✓ ${name} (${r.seconds} s)`)
  return r.stdout
}
if (!runtimeOnly) rows.push(JSON.parse(runBench('breach-sweep').trim().split('\n').pop()))
const accuracy = runtimeOnly ? '' : runBench('accuracy')

const cell = (s) => String(s).replace(/\|/g, '\\|')
if (quick)
  console.log(
    '**QUICK RUN** (`--quick`, as CI runs it): fewer rounds, shorter pauses, a 1-hour watch, a 50 ms breach sweep and a quarter of the accuracy corpus. Indicative only; the README quotes the full `npm run bench`.\n'
  )
console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus().length} CPUs${quick ? ' (quick run)' : ''}${runtimeOnly ? '; runtime-dependent figures only' : ''}\n`
)
console.log('| figure | result | goal | method |')
console.log('|---|---|---|---|')
for (const r of rows)
  console.log(`| ${cell(r.figure)}${quick ? ' (quick)' : ''} | ${cell(r.value)} | ${cell(r.goal)} | ${cell(r.method)} |`)
if (accuracy) console.log(`\n${accuracy.trim()}`)
