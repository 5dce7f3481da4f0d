/**
 * The runner runtime (src/runtime/core.ts) reaches @actions/core's workflow-command modules without
 * the package's index (which would load undici at every start). What it writes must be what the
 * index's own functions write: the same bytes on stdout, the same file commands, the same summary.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { coreRuntime } from '../../src/runtime/core.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-core-'))
const saved = { ...process.env }

function captured(fn: () => void): string {
  const out: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write
  try {
    fn()
  } finally {
    process.stdout.write = write
  }
  return out.join('')
}

/** A file command's `name<<delimiter` block with the random delimiter replaced. */
const normalised = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM')

beforeEach(() => {
  for (const kind of ['OUTPUT', 'STATE', 'STEP_SUMMARY']) {
    const file = path.join(dir, kind)
    fs.writeFileSync(file, '')
    process.env[`GITHUB_${kind}`] = file
  }
  process.exitCode = undefined
})
afterAll(() => {
  process.env = saved
  process.exitCode = undefined
  fs.rmSync(dir, { recursive: true, force: true })
})

const props = { title: 'Stagegate config', file: '.github/deploy.yml', startLine: 3, startColumn: 7 }
const text = 'line one\nline two: 100% done, a:b,c'

const stdoutCases: [string, (rt: ReturnType<typeof coreRuntime>) => void, () => void][] = [
  ['info', (rt) => rt.info(text), () => core.info(text)],
  ['debug', (rt) => rt.debug(text), () => core.debug(text)],
  ['notice', (rt) => rt.notice(text, props), () => core.notice(text, props)],
  ['warning', (rt) => rt.warning(text, props), () => core.warning(text, props)],
  ['error', (rt) => rt.error(text), () => core.error(text)],
  ['error with properties', (rt) => rt.error(text, props), () => core.error(text, props)],
  ['startGroup', (rt) => rt.startGroup('Gates: ci, window'), () => core.startGroup('Gates: ci, window')],
  ['endGroup', (rt) => rt.endGroup(), () => core.endGroup()],
  ['setSecret', (rt) => rt.setSecret('s3cr3t%value'), () => core.setSecret('s3cr3t%value')]
]

test.each(stdoutCases)('%s writes what @actions/core writes', (_name, ours, theirs) => {
  const a = captured(() => ours(coreRuntime()))
  const b = captured(theirs)
  expect(a).not.toBe('')
  expect(a).toBe(b)
})

test('setFailed sets exit code 1 and writes the error command, as @actions/core does', () => {
  const a = captured(() => coreRuntime().setFailed('Stagegate rolled back: p95 breached'))
  expect(process.exitCode).toBe(1)
  process.exitCode = undefined
  const b = captured(() => core.setFailed('Stagegate rolled back: p95 breached'))
  expect(process.exitCode).toBe(1)
  expect(a).toBe(b)
})

test.each([
  ['OUTPUT', (v: string) => coreRuntime().setOutput('status', v), (v: string) => core.setOutput('status', v)],
  ['STATE', (v: string) => coreRuntime().saveState('stagegate', v), (v: string) => core.saveState('stagegate', v)]
] as const)('the %s file command is the one @actions/core writes', (kind, ours, theirs) => {
  const file = process.env[`GITHUB_${kind}`] as string
  const value = '{"step":2,\n"weight":25}'
  ours(value)
  const a = fs.readFileSync(file, 'utf8')
  fs.writeFileSync(file, '')
  theirs(value)
  const b = fs.readFileSync(file, 'utf8')
  expect(a).toContain('weight')
  expect(normalised(a)).toBe(normalised(b))
})

test('inputs and state are read as @actions/core reads them', () => {
  process.env['INPUT_GITHUB-TOKEN'] = '  ghs_x  '
  process.env.INPUT_FAIL_ON = 'blocked'
  process.env.STATE_stagegate = '{"done":true}'
  const rt = coreRuntime()
  for (const name of ['github-token', 'fail on', 'missing']) expect(rt.getInput(name)).toBe(core.getInput(name))
  expect(rt.getInput('github-token')).toBe('ghs_x')
  expect(rt.getState('stagegate')).toBe(core.getState('stagegate'))
  expect(rt.getState('stagegate')).toBe('{"done":true}')
})

test('the job summary is appended and overwritten as @actions/core does it', async () => {
  const file = process.env.GITHUB_STEP_SUMMARY as string
  const rt = coreRuntime()
  await rt.appendSummary('## one\n')
  await rt.appendSummary('## two\n')
  expect(fs.readFileSync(file, 'utf8')).toBe('## one\n' + os.EOL + '## two\n' + os.EOL)
  await rt.writeSummary('## only\n')
  const ours = fs.readFileSync(file, 'utf8')
  await core.summary.addRaw('## only\n', true).write({ overwrite: true })
  expect(ours).toBe(fs.readFileSync(file, 'utf8'))
  expect(ours).toBe('## only\n' + os.EOL)
})
