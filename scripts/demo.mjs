// npm run demo — runs the bundled action twice, the way the runner does, against the demo
// service on 127.0.0.1: a healthy canary (promoted) and a bad one (rolled back).
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { createInterface } from 'node:readline'
import { ROOT, makeRunnerDir, runStep } from './lib/runner.mjs'

const DEMO_DIR = path.join(ROOT, 'examples', 'demo')

function startService(env) {
  const child = spawn(process.execPath, [path.join(DEMO_DIR, 'service.mjs')], {
    env: { ...process.env, ...env, MAX_SECONDS: '120' },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    createInterface({ input: child.stdout }).once('line', (line) => resolve({ child, url: JSON.parse(line).url }))
  })
}

/** `::warning file=x::a%0Ab` as a terminal shows it: `warning: a` / `b` (the runner decodes these escapes). */
function readable(line) {
  const m = /^::(error|warning|notice)[^:]*::(.*)$/.exec(line)
  if (!m) return line
  const text = m[2].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
  return `${m[1]}: ${text.split('\n').join('\n    ')}`
}

async function scenario(title, canaryEnv) {
  console.log(`\n━━ ${title} ━━`)
  const { child, url } = await startService(canaryEnv)
  try {
    await new Promise((r) => setTimeout(r, 2500)) // let the sliding window fill
    const dir = makeRunnerDir('stagegate-demo-')
    fs.mkdirSync(path.join(dir, 'workspace', '.github'))
    fs.copyFileSync(path.join(DEMO_DIR, 'deploy.yml'), path.join(dir, 'workspace', '.github', 'deploy.yml'))
    const started = Date.now()
    const r = await runStep({
      dir,
      inputs: { environment: 'production', version: title.includes('bad') ? 'v2.0.0-bad' : 'v2.0.0' },
      env: { DEMO_URL: url, DEMO_DIR },
      onOutput: (chunk) => {
        for (const line of chunk.split('\n')) if (/^(step |▶|Stagegate|::error|::warning)/.test(line)) console.log(`  ${readable(line)}`)
      }
    })
    console.log(
      `  → status: ${r.outputs.status} · final weight ${r.outputs['final-weight']}% · ${((Date.now() - started) / 1000).toFixed(1)}s`
    )
    if (r.outputs['rollback-reason']) console.log(`  → rollback reason: ${r.outputs['rollback-reason']}`)
    console.log(`  → job summary (markdown): ${r.summaryPath}`)
    console.log(`  → JSON report: ${r.outputs['report-path']}`)
    return r.outputs.status
  } finally {
    child.kill('SIGTERM')
  }
}

const healthy = await scenario('healthy canary', {})
const bad = await scenario('bad canary (20% 5xx, +120 ms)', { CANARY_ERROR_RATE: '0.2', CANARY_LATENCY_MS: '120' })
const ok = healthy === 'succeeded' && bad === 'rolled-back'
console.log(`\n${ok ? '✅' : '❌'} demo: healthy canary ${healthy}, bad canary ${bad}`)
process.exit(ok ? 0 : 1)
