/**
 * A real HAProxy (Debian's `haproxy`) in front of the stack's two tracks, for the `haproxy`
 * traffic adapter: own config in a temp dir, frontend on a free 127.0.0.1 port, the runtime API
 * on a unix socket at admin level, foreground (-db) in its own process group, stopped by PID.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import { findBinary, freePort } from './stack.js'
import { requestTrack } from './load.js'

export interface Haproxy {
  url: string
  socket: string
  /** Runs one runtime API command (as `socat`), returns the answer. */
  command(cmd: string): Promise<string>
  /** n requests through HAProxy, one at a time; counts who answered. */
  count(n: number): Promise<{ stable: number; canary: number; errors: number }>
  stop(): Promise<void>
}

export function haproxySkipReason(): string | undefined {
  return findBinary('haproxy') ? undefined : 'missing haproxy: run scripts/install-stack.sh'
}

function config(port: number, socket: string, stable: string, canary: string): string {
  return `global
    stats socket ${socket} mode 600 level admin
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
frontend app
    bind 127.0.0.1:${port}
    default_backend app
backend app
    balance roundrobin
    server stable ${stable} weight 100
    server canary ${canary} weight 0
`
}

export async function startHaproxy(dir: string, stableUrl: string, canaryUrl: string): Promise<Haproxy> {
  const bin = findBinary('haproxy')
  if (!bin) throw new Error('haproxy is not installed')
  const port = await freePort()
  const socket = path.join(dir, 'haproxy-admin.sock')
  const cfgFile = path.join(dir, 'haproxy.cfg')
  fs.writeFileSync(cfgFile, config(port, socket, new URL(stableUrl).host, new URL(canaryUrl).host))
  const log = fs.openSync(path.join(dir, 'haproxy.log'), 'a')
  const child: ChildProcess = spawn(bin, ['-f', cfgFile, '-db'], { detached: true, stdio: ['ignore', log, log] })
  const url = `http://127.0.0.1:${port}`
  const command = (cmd: string) => runtime(socket, cmd)
  const deadline = Date.now() + 10_000
  while (
    !(await command('show info').then(
      (a) => a.includes('Name: HAProxy'),
      () => false
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`haproxy did not start: ${fs.readFileSync(path.join(dir, 'haproxy.log'), 'utf8')}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    socket,
    command,
    async count(n) {
      const c = { stable: 0, canary: 0, errors: 0 }
      for (let i = 0; i < n; i++) {
        const a = await requestTrack(url)
        if (a.status === 0 || a.status >= 500) c.errors++
        else if (a.track === 'stable' || a.track === 'canary') c[a.track]++
      }
      return c
    },
    async stop() {
      if (child.exitCode !== null || !child.pid) return
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
  }
}

function runtime(socket: string, cmd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const c = net.connect({ path: socket }, () => c.end(`${cmd}\n`))
    c.on('data', (b: Buffer) => chunks.push(b))
    c.on('error', reject)
    c.on('close', () => resolve(Buffer.concat(chunks).toString()))
  })
}
