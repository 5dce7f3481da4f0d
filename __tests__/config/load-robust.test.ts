/**
 * The loader against hostile files: FIFOs and devices (a read would block forever), oversized
 * files, 20 000 unknown keys (reported in linear time, capped at 20 problems plus a count).
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { loadConfig, ConfigError, MAX_CONFIG_BYTES, MAX_REPORTED_ISSUES } from '../../src/config/file.js'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-robust-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const HEAD = 'version: 1\nservice: s\nenvironments:\n  production: {}\n'

async function failure(file: string): Promise<ConfigError> {
  const err = await loadConfig(file, '.github/deploy.yml').then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(ConfigError)
  return err as ConfigError
}

test('a FIFO is refused without opening it for reading (a read would block forever)', async () => {
  const fifo = path.join(dir, 'deploy.fifo')
  execFileSync('mkfifo', [fifo])
  const err = await failure(fifo)
  expect(err.message).toBe(
    ".github/deploy.yml:1:1: config file could not be read (it is a FIFO (named pipe), not a regular file): .github/deploy.yml; set the `config` input to the deploy config's path relative to the workspace (default .github/deploy.yml)"
  )
})

test.each(['/dev/zero', '/dev/null'])('a device (%s) is refused', async (device) => {
  const err = await failure(device)
  expect(err.message).toMatch(/^\.github\/deploy\.yml:1:1: config file could not be read \(it is a character device, not a regular file\)/)
})

test('a symlink to a FIFO is refused too', async () => {
  const fifo = path.join(dir, 'other.fifo')
  execFileSync('mkfifo', [fifo])
  const link = path.join(dir, 'link.yml')
  fs.symlinkSync(fifo, link)
  expect((await failure(link)).message).toMatch(/a FIFO \(named pipe\), not a regular file/)
})

test('a config over 1 MiB is refused before it is read', async () => {
  const file = path.join(dir, 'big.yml')
  fs.writeFileSync(file, HEAD + `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`)
  const err = await failure(file)
  expect(err.message).toMatch(/^\.github\/deploy\.yml:1:1: config file is too big \(\d+ bytes; at most 1048576 bytes, 1 MiB\)/)
})

test('20 000 unknown keys: each reported at its line, the first 20 and a count of the rest', async () => {
  const n = 20_000
  let text = HEAD
  for (let i = 0; i < n; i++) text += `k${i}: v\n`
  expect(text.length).toBeLessThan(MAX_CONFIG_BYTES)
  const file = path.join(dir, 'keys.yml')
  fs.writeFileSync(file, text)
  const err = await failure(file)
  expect(err.issues).toHaveLength(MAX_REPORTED_ISSUES + 1)
  expect(err.issues[0]).toMatchObject({
    line: 5,
    column: 1,
    message: 'unknown key "k0" (expected one of: version, service, metrics, environments, risk, notify, links, report)'
  })
  expect(err.issues[19]).toMatchObject({
    line: 24,
    column: 1,
    message: 'unknown key "k19" (expected one of: version, service, metrics, environments, risk, notify, links, report)'
  })
  expect(err.issues[20]).toMatchObject({
    line: 25,
    column: 1,
    message: `… and ${n - 20} more problems (the first 20 are reported; fix them first)`
  })
  expect(err.message).toBe(
    `.github/deploy.yml:5:1: unknown key "k0" (expected one of: version, service, metrics, environments, risk, notify, links, report) (and ${n - 1} more)`
  )
}, 60_000)

test('two unknown keys in one map are each reported at their own key, the near one with a did-you-mean', async () => {
  const file = path.join(dir, 'two.yml')
  fs.writeFileSync(file, `${HEAD}servise: x\nfoo: y\n`)
  const err = await failure(file)
  expect(err.issues.map((i) => [i.line, i.column, i.message])).toEqual([
    [5, 1, 'unknown key "servise" (did you mean "service"?)'],
    [6, 1, 'unknown key "foo" (expected one of: version, service, metrics, environments, risk, notify, links, report)']
  ])
})

test('duplicate keys in a big map are found in one pass, merge keys excepted', async () => {
  const file = path.join(dir, 'dup.yml')
  fs.writeFileSync(file, `x-base: &b { a: 1 }\nx-more: &m { c: 1 }\nx-m:\n  <<: *b\n  <<: *m\n${HEAD}service: t\n`)
  const err = await failure(file)
  expect(err.issues.map((i) => [i.line, i.column, i.message])).toEqual([
    [10, 1, 'duplicate key "service": a key may appear only once in a map']
  ])
})
