/**
 * `haproxy`: server weights through the runtime API (`set server <backend>/<server> weight N`)
 * on the admin socket, one command per connection; read back with `get weight`. Stable gets
 * 100−W, canary W (HAProxy weights are integers 0..256).
 */
import * as net from 'node:net'
import type { TrafficConfig } from '../config/schema.js'
import { oneLine } from '../text.js'
import { integerSplit } from './exec.js'
import { TrafficError, type TrafficAdapter } from './types.js'

export type HaproxyTrafficConfig = Extract<TrafficConfig, { type: 'haproxy' }>

export function haproxyAdapter(cfg: HaproxyTrafficConfig): TrafficAdapter {
  const server = (name: string) => `${cfg.backend}/${name}`
  return {
    async setWeight(weight, signal) {
      const [stable, canary] = integerSplit(weight, 'haproxy')
      // Both servers must exist before either weight changes: a typo changes nothing.
      for (const name of [cfg.stable, cfg.canary]) parseWeight(await runtime(cfg.socket, `get weight ${server(name)}`, signal), name)
      // Raise the side that gains first, so the backend never has every weight at 0 in between.
      const order: [string, number][] =
        canary >= 50
          ? [
              [cfg.canary, canary],
              [cfg.stable, stable]
            ]
          : [
              [cfg.stable, stable],
              [cfg.canary, canary]
            ]
      for (const [name, w] of order) expectEmpty(await runtime(cfg.socket, `set server ${server(name)} weight ${w}`, signal), name)
      return `haproxy: ${server(cfg.stable)} weight ${stable}, ${server(cfg.canary)} weight ${canary}`
    },
    async readWeight(signal) {
      const stable = parseWeight(await runtime(cfg.socket, `get weight ${server(cfg.stable)}`, signal), cfg.stable)
      const canary = parseWeight(await runtime(cfg.socket, `get weight ${server(cfg.canary)}`, signal), cfg.canary)
      if (stable + canary === 0) throw new TrafficError(`haproxy: both servers of backend ${cfg.backend} have weight 0`)
      return Math.round((canary * 1000) / (stable + canary)) / 10
    }
  }
}

/** `set server` answers nothing on success; anything else is HAProxy's error message. */
function expectEmpty(answer: string, name: string): void {
  if (answer.trim() !== '') throw new TrafficError(`haproxy refused the weight of ${name}: ${oneLine(answer, 300)}`)
}

/** `get weight` answers "25 (initial 1)". */
export function parseWeight(answer: string, name: string): number {
  const m = /^(\d+) \(initial \d+\)/.exec(answer.trim())
  if (!m) throw new TrafficError(`haproxy: unexpected answer to get weight ${name}: ${oneLine(answer, 300) || 'empty'}`)
  return Number(m[1])
}

/** "/run/haproxy/admin.sock" or "127.0.0.1:9999". */
function endpoint(socket: string): net.NetConnectOpts {
  const m = /^(.+):(\d{1,5})$/.exec(socket)
  return m && !socket.includes('/') ? { host: m[1].replace(/^\[|\]$/g, ''), port: Number(m[2]) } : { path: socket }
}

/** One runtime API command: connect, send it, read until HAProxy closes the connection. */
export function runtime(socket: string, command: string, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const conn = net.connect(endpoint(socket))
    const onAbort = () => conn.destroy(new TrafficError(`haproxy runtime API at ${socket}: cancelled or timed out`))
    signal.addEventListener('abort', onAbort, { once: true })
    if (signal.aborted) onAbort()
    conn.on('connect', () => conn.end(`${command}\n`))
    conn.on('data', (b: Buffer) => chunks.push(b))
    conn.on('error', (e) => reject(e instanceof TrafficError ? e : new TrafficError(`haproxy runtime API at ${socket}: ${e.message}`)))
    conn.on('close', () => {
      signal.removeEventListener('abort', onAbort)
      resolve(Buffer.concat(chunks).toString('utf8'))
    })
  })
}
