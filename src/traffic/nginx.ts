/**
 * `nginx`: rewrites a weighted upstream file, checks it with `nginx -t` (putting the previous
 * file back if nginx refuses it), reloads, and — with `status-url` — waits until nginx serves the
 * new file. Weights: stable 100−W, canary W (tenths of a percent as 975/25); 0 or 100 leaves the
 * idle server out. The file also defines `$stagegate_weight` ("weight=25 generation=…") so a
 * `location` can report what is served; verify reads it there, or reads the file back.
 */
import * as fs from 'node:fs/promises'
import type { TrafficConfig } from '../config/schema.js'
import type { Cli } from './exec.js'
import { TrafficError, type TrafficAdapter } from './types.js'

export type NginxTrafficConfig = Extract<TrafficConfig, { type: 'nginx' }>

const POLL_MS = 50

/** nginx server weights for a percent with at most one decimal. */
export function nginxWeights(weight: number): { stable: number; canary: number } {
  const tenths = Math.round(weight * 10)
  if (Math.abs(tenths - weight * 10) > 1e-9 || tenths < 0 || tenths > 1000)
    throw new TrafficError(`nginx takes percents 0..100 with at most one decimal, not ${weight}`)
  return tenths % 10 === 0 ? { stable: 100 - tenths / 10, canary: tenths / 10 } : { stable: 1000 - tenths, canary: tenths }
}

export function upstreamFile(cfg: NginxTrafficConfig, weight: number, generation: string): string {
  const w = nginxWeights(weight)
  const lines = [
    `# Written by Stagegate (traffic: nginx): canary ${weight}%, generation ${generation}.`,
    `upstream ${cfg.upstream} {`,
    `    zone ${cfg.upstream} 64k;`
  ]
  if (w.stable > 0) lines.push(`    server ${cfg.stable} weight=${w.stable};`)
  if (w.canary > 0) lines.push(`    server ${cfg.canary} weight=${w.canary};`)
  lines.push('    keepalive 16;', '}', `map $uri $stagegate_weight { default "weight=${weight} generation=${generation}"; }`, '')
  return lines.join('\n')
}

/** "weight=25 generation=g" (served or in the file) → { weight, generation }. */
export function parseServed(text: string): { weight: number; generation: string } | undefined {
  const m = /weight=([0-9.]+) generation=([A-Za-z0-9_-]+)/.exec(text)
  return m ? { weight: Number(m[1]), generation: m[2] } : undefined
}

export function nginxAdapter(cfg: NginxTrafficConfig, exec: Cli): TrafficAdapter {
  const file = cfg['upstream-file']
  const nginx = (args: string[], signal: AbortSignal) => exec([...cfg.nginx, ...args], signal)
  return {
    async setWeight(weight, signal) {
      const generation = `${Date.now()}-${process.pid}`
      const text = upstreamFile(cfg, weight, generation)
      const previous = await fs.readFile(file, 'utf8').catch(() => undefined)
      await writeAtomically(file, text)
      try {
        await nginx(['-t', '-q'], signal)
      } catch (e) {
        if (previous !== undefined) await writeAtomically(file, previous)
        throw new TrafficError(`nginx refused the new upstream file; the previous one is back in place: ${(e as Error).message}`)
      }
      await nginx(['-s', 'reload'], signal)
      if (cfg['status-url']) await waitForGeneration(cfg['status-url'], generation, signal)
      const w = nginxWeights(weight)
      return `nginx: canary ${weight}% (weights stable ${w.stable}, canary ${w.canary}) in ${file}, reloaded${cfg['status-url'] ? ' and serving' : ''}`
    },
    async readWeight(signal) {
      const text = cfg['status-url'] ? await served(cfg['status-url'], signal) : await fs.readFile(file, 'utf8')
      const state = parseServed(text)
      if (!state) throw new TrafficError(`no "weight=… generation=…" in ${cfg['status-url'] ? `the answer of ${cfg['status-url']}` : file}`)
      return state.weight
    }
  }
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.stagegate-${process.pid}`
  await fs.writeFile(tmp, text)
  await fs.rename(tmp, file)
}

async function served(url: string, signal: AbortSignal): Promise<string> {
  let res: Response
  try {
    res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(5000)]) })
  } catch (e) {
    throw new TrafficError(`nginx status-url ${url} does not answer: ${(e as Error).message}`)
  }
  const text = await res.text()
  if (!res.ok) throw new TrafficError(`nginx status-url ${url} answered HTTP ${res.status}`)
  return text
}

/** A reload is asynchronous: polls status-url until nginx serves the generation just written. */
async function waitForGeneration(url: string, generation: string, signal: AbortSignal): Promise<void> {
  let last = ''
  while (!signal.aborted) {
    last = await served(url, signal).catch((e: Error) => e.message)
    if (parseServed(last)?.generation === generation) return
    await new Promise((r) => setTimeout(r, POLL_MS))
  }
  throw new TrafficError(`nginx did not serve the new upstream file before the traffic timeout (last answer: ${last.trim() || 'none'})`)
}
