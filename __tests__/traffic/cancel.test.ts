/**
 * A built-in adapter's CLI stopped mid set-weight (cancellation or the traffic timeout) must be
 * gone, with everything it started, before the adapter returns: otherwise a wrapper's kubectl
 * could write its weight after the rollback that follows. The "kubectl" here is a real shell
 * wrapper whose child keeps running when only the wrapper is killed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { Traffic } from '../../src/config/schema.js'
import { trafficAction } from '../../src/traffic/index.js'
import type { TemplateContext } from '../../src/metrics/types.js'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-traffic-cancel-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const ctx: TemplateContext = {
  env: {},
  track: 'canary',
  version: 'v2',
  environment: 'production',
  service: 'checkout',
  sha: 'abc',
  weight: 25
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z')
  } catch {
    return false
  }
}

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 20))
}

test.each(['cancelled', 'timed out'])(
  'a %s set-weight returns only once the CLI and what it started are gone',
  async (how) => {
    const pidFile = path.join(dir, `child-${how.replace(' ', '-')}.pid`)
    const wrapper = path.join(dir, `kubectl-${how.replace(' ', '-')}`)
    // the wrapper's child stands for the real kubectl that a wrapper script starts
    fs.writeFileSync(wrapper, `#!/bin/sh\nsleep 60 &\necho $! > "${pidFile}"\nwait\n`, { mode: 0o755 })
    const cfg = Traffic.parse({
      type: 'gateway-api',
      route: 'shop',
      stable: 'shop-stable',
      canary: 'shop-canary',
      kubectl: wrapper,
      timeout: how === 'timed out' ? '2s' : '2m'
    })
    const controller = new AbortController()
    const started = trafficAction(cfg, 'set-weight', { weight: 25, previousWeight: 0, track: 'canary' }, ctx, controller.signal)
    await until(() => fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8').trim() !== '')
    const child = Number(fs.readFileSync(pidFile, 'utf8').trim())
    if (how === 'cancelled') controller.abort('cancelled (SIGTERM)')
    try {
      const res = await started
      expect(res?.outcome).toBe(how === 'cancelled' ? 'aborted' : 'timeout')
      expect(res?.stderr).toContain('cancelled or timed out')
      expect(alive(child)).toBe(false)
    } finally {
      if (alive(child)) process.kill(child, 'SIGKILL')
    }
  },
  20_000
)
