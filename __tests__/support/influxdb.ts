/**
 * A real InfluxDB 1.x (Debian's `influxdb`) for the influxdb provider: own config and data in a
 * temp dir, HTTP and RPC on free 127.0.0.1 ports, in its own process group, stopped by PID.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { findBinary, freePort } from './stack.js'

export interface Influxdb {
  url: string
  write(db: string, lines: string[]): Promise<void>
  /** Escapes a tag value for line protocol (comma, equals sign, space). */
  escapeTag(v: string): string
  stop(): Promise<void>
}

export function influxdbSkipReason(): string | undefined {
  return findBinary('influxd') ? undefined : 'missing influxd: run scripts/install-stack.sh'
}

export async function startInfluxdb(): Promise<Influxdb> {
  const bin = findBinary('influxd')
  if (!bin) throw new Error('influxd is not installed')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagegate-influx-'))
  const [http, rpc] = [await freePort(), await freePort()]
  const conf = path.join(dir, 'influxdb.conf')
  fs.writeFileSync(
    conf,
    `reporting-disabled = true
bind-address = "127.0.0.1:${rpc}"
[meta]
  dir = "${dir}/meta"
[data]
  dir = "${dir}/data"
  wal-dir = "${dir}/wal"
  query-log-enabled = false
[monitor]
  store-enabled = false
[http]
  bind-address = "127.0.0.1:${http}"
  log-enabled = false
[logging]
  level = "warn"
`
  )
  const log = fs.openSync(path.join(dir, 'influxd.log'), 'a')
  const child = spawn(bin, ['-config', conf], { detached: true, stdio: ['ignore', log, log] })
  const url = `http://127.0.0.1:${http}`
  const deadline = Date.now() + 20_000
  while (
    !(await fetch(`${url}/ping`).then(
      (r) => r.status === 204,
      () => false
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`influxd did not start: ${fs.readFileSync(path.join(dir, 'influxd.log'), 'utf8').slice(-2000)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  const post = async (p: string, body: string) => {
    const res = await fetch(`${url}${p}`, {
      method: 'POST',
      body,
      headers: { 'content-type': p.startsWith('/query') ? 'application/x-www-form-urlencoded' : 'text/plain' }
    })
    if (!res.ok) throw new Error(`influxdb ${p}: HTTP ${res.status} ${await res.text()}`)
  }
  return {
    url,
    async write(db, lines) {
      await post('/query', `q=${encodeURIComponent(`CREATE DATABASE "${db}"`)}`)
      await post(`/write?db=${encodeURIComponent(db)}`, lines.join('\n'))
    },
    escapeTag: (v) => v.replace(/[,= ]/g, (c) => `\\${c}`),
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once('exit', r))
        process.kill(-child.pid, 'SIGTERM')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}
