// Runs the bundled action (dist/index.js) as the runner does, with a `verify` command that prints
// a lot of output, under /usr/bin/time -v; the action's log goes through a pipe (as on a runner)
// and is counted, not kept. Usage: node scripts/measure-big-output.mjs <MB> <lines|oneline>
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ROOT, inputEnv, makeRunnerDir } from './lib/runner.mjs'

const mb = Number(process.argv[2] ?? 200)
const shape = process.argv[3] ?? 'lines'
const produce =
  shape === 'lines'
    ? `yes 'a line of output from a chatty verify script 0123456789' | head -c ${mb}000000; echo done`
    : `head -c ${mb}000000 /dev/zero | tr '\\0' x; echo; echo done`
const dir = makeRunnerDir('stagegate-big-')
const ws = path.join(dir, 'workspace')
fs.mkdirSync(path.join(ws, '.github'))
fs.writeFileSync(path.join(ws, 'verify.sh'), `#!/usr/bin/env bash\n${produce}\n`, { mode: 0o755 })
fs.writeFileSync(
  path.join(ws, '.github', 'deploy.yml'),
  `version: 1
service: big
environments:
  production:
    steps:
      - { weight: 100, pause: 0s }
    actions:
      set-weight: "true"
      verify: ./verify.sh
      rollback: "true"
`
)
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: ws,
  RUNNER_TEMP: path.join(dir, 'temp'),
  GITHUB_REPOSITORY: 'acme/big',
  GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  GITHUB_RUN_ID: '1',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_OUTPUT: path.join(dir, 'output'),
  GITHUB_STATE: path.join(dir, 'state'),
  GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
  ...inputEnv({ environment: 'production', 'github-token': '' })
}
for (const f of [env.GITHUB_OUTPUT, env.GITHUB_STATE, env.GITHUB_STEP_SUMMARY]) fs.writeFileSync(f, '')
fs.writeFileSync(path.join(dir, 'event.json'), '{}')
env.GITHUB_EVENT_PATH = path.join(dir, 'event.json')
const child = spawn('/usr/bin/time', ['-v', process.execPath, path.join(ROOT, 'dist/index.js')], {
  env,
  cwd: ws,
  stdio: ['ignore', 'pipe', 'pipe']
})
let bytes = 0
let tail = ''
child.stdout.on('data', (b) => {
  bytes += b.length
  tail = (tail + b.toString()).slice(-2000)
})
let err = ''
child.stderr.on('data', (b) => {
  err += b
})
child.on('close', (code) => {
  const pick = (re) => (re.exec(err) ?? [])[1]
  const out = fs.readFileSync(env.GITHUB_OUTPUT, 'utf8')
  console.log(
    JSON.stringify({
      mb,
      shape,
      exit: code,
      status: /status<<[^\n]*\n([^\n]*)/.exec(out)?.[1],
      wallClock: pick(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/),
      maxRssKB: Number(pick(/Maximum resident set size \(kbytes\): (\d+)/)),
      logBytes: bytes
    })
  )
  if (code !== 0) console.log(err.slice(-3000), tail)
  fs.rmSync(dir, { recursive: true, force: true })
})
