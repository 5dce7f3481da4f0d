/**
 * `stagegate plan --probe` writes a probe's failure detail to stdout (often a CI log, where the
 * runner masks nothing the CLI did not register): the credentials the config reads are redacted
 * there as in the action's reports. A real HTTP server on 127.0.0.1 answers 500.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { cli } from '../../src/cli/main.js'

let server: http.Server
let port = 0
beforeAll(async () => {
  server = http.createServer((_req, res) => res.writeHead(500, 'Broken').end('{}'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function sink() {
  const chunks: string[] = []
  return { chunks, stream: { write: (s: string) => chunks.push(s) } }
}

test.each(['text', 'json', 'markdown'])('a key in a metric URL path never reaches --probe output (%s)', async (format) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-cli-probe-'))
  fs.writeFileSync(
    path.join(dir, 'deploy.yml'),
    [
      'version: 1',
      'service: shop',
      'metrics:',
      '  depth:',
      '    provider: http',
      `    url: "http://127.0.0.1:${port}/api/{{ env.PROBE_KEY }}/depth"`,
      '    value: $.depth',
      'environments:',
      '  production:',
      '    analysis:',
      '      checks: [{ metric: depth, max: 10, track: stable }]',
      '    actions:',
      '      set-weight: ./set-weight.sh',
      '      rollback: ./rollback.sh',
      ''
    ].join('\n')
  )
  const out = sink()
  const err = sink()
  const extra = format === 'text' ? [] : [`--${format}`]
  const code = await cli(['plan', '-e', 'production', '-c', 'deploy.yml', '--probe', ...extra], {
    out: out.stream,
    err: err.stream,
    env: { PROBE_KEY: 'probe-key-7f3a9' },
    cwd: dir
  })
  const text = out.chunks.join('') + err.chunks.join('')
  expect(code).toBe(0)
  expect(text).toContain('HTTP 500') // the probe failed and said so
  expect(text).not.toContain('probe-key-7f3a9')
  expect(text).toMatch(/\/api\/(\*\*\*|(\\\*){3})\/depth/) // markdown escapes the stars
})
