/** `metric`: the named metric, measured now (on `track`, default stable), is within `min`/`max`. */
import type { GateConfig } from '../config/schema.js'
import type { Measurement } from '../metrics/types.js'
import { fmt } from '../analysis/evaluate.js'
import type { Gate, GateOutcome } from './types.js'

type Config = Extract<GateConfig, { type: 'metric' }>

export const metricGate: Gate<Config> = {
  type: 'metric',
  // a command metric runs the user's scripts: not in plan mode
  readOnly: (config, ctx) => ctx.metrics.get(config.metric)?.readOnly ?? true,
  check: async (config, ctx) => {
    const provider = ctx.metrics.get(config.metric)
    if (!provider) {
      const known = [...ctx.metrics.keys()]
      return { passed: false, detail: `unknown metric "${config.metric}" (defined: ${known.length ? known.join(', ') : 'none'})` }
    }
    const m = await provider.measure({ context: { ...ctx.template, track: config.track }, signal: ctx.signal })
    return judgeMeasurement(config, m)
  }
}

/** Pure verdict on one measurement against the gate's bounds. */
export function judgeMeasurement(config: Pick<Config, 'metric' | 'track' | 'min' | 'max'>, m: Measurement): GateOutcome {
  const what = `${config.metric} (${config.track})`
  switch (m.kind) {
    case 'no-data':
      return { passed: false, detail: `${what}: no data — ${m.detail}` }
    case 'error':
      return { passed: false, detail: `${what}: error — ${m.detail}` }
    case 'value': {
      const bound = boundText(config.min, config.max)
      const v = fmt(m.value)
      if (!Number.isFinite(m.value)) return { passed: false, detail: `${what} = ${v}, not a finite number (${bound})` }
      if (config.min !== undefined && m.value < config.min) return { passed: false, detail: `${what} = ${v}, below min ${config.min}` }
      if (config.max !== undefined && m.value > config.max) return { passed: false, detail: `${what} = ${v}, above max ${config.max}` }
      return { passed: true, detail: `${what} = ${v}, within ${bound}` }
    }
    default: {
      const never: never = m
      throw new Error(`unknown measurement ${JSON.stringify(never)}`)
    }
  }
}

function boundText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min} … ${max}`
  if (min !== undefined) return `≥ ${min}`
  if (max !== undefined) return `≤ ${max}`
  return 'no bound'
}
