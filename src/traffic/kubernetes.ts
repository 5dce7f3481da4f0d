/**
 * Kubernetes adapters through `kubectl` (the runner's kubeconfig, as every other kubectl step):
 * - `gateway-api`: the weights of the stable and canary backendRefs of one HTTPRoute rule,
 *   changed with a JSON patch whose `test` ops fail if the refs moved since they were read.
 * - `ingress-nginx`: the canary Ingress's `nginx.ingress.kubernetes.io/canary-weight` annotation.
 */
import type { TrafficConfig } from '../config/schema.js'
import { integerSplit, parseJson, type Cli } from './exec.js'
import { TrafficError, type TrafficAdapter } from './types.js'

export type GatewayApiTrafficConfig = Extract<TrafficConfig, { type: 'gateway-api' }>
export type IngressNginxTrafficConfig = Extract<TrafficConfig, { type: 'ingress-nginx' }>
type Kube = Pick<GatewayApiTrafficConfig, 'kubectl' | 'context' | 'namespace'>

export const CANARY_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight'
const CANARY = 'nginx.ingress.kubernetes.io/canary'

function kubectl(cfg: Kube, ...args: string[]): string[] {
  return [
    cfg.kubectl,
    ...(cfg.context ? ['--context', cfg.context] : []),
    ...(cfg.namespace ? ['--namespace', cfg.namespace] : []),
    ...args
  ]
}

interface BackendRef {
  name?: unknown
  weight?: unknown
}

/** Indexes of the stable and canary refs in the configured rule, and their weights (Gateway API default 1). */
export function findRefs(route: unknown, cfg: GatewayApiTrafficConfig): { stable: number; canary: number; weights: [number, number] } {
  const rules = (route as { spec?: { rules?: { backendRefs?: BackendRef[] }[] } })?.spec?.rules
  const refs = Array.isArray(rules) ? rules[cfg.rule]?.backendRefs : undefined
  if (!Array.isArray(refs)) throw new TrafficError(`HTTPRoute ${cfg.route} has no rule ${cfg.rule} with backendRefs`)
  const at = (name: string) => {
    const i = refs.findIndex((r) => r?.name === name)
    if (i < 0)
      throw new TrafficError(
        `HTTPRoute ${cfg.route} rule ${cfg.rule} has no backendRef named ${name} (it has: ${refs.map((r) => String(r?.name)).join(', ') || 'none'})`
      )
    return i
  }
  const stable = at(cfg.stable)
  const canary = at(cfg.canary)
  const w = (i: number) => (typeof refs[i].weight === 'number' ? (refs[i].weight as number) : 1)
  return { stable, canary, weights: [w(stable), w(canary)] }
}

export function gatewayApiAdapter(cfg: GatewayApiTrafficConfig, exec: Cli): TrafficAdapter {
  const get = async (signal: AbortSignal) =>
    parseJson(await exec(kubectl(cfg, 'get', 'httproute', cfg.route, '--output', 'json'), signal), `kubectl get httproute ${cfg.route}`)
  return {
    async setWeight(weight, signal) {
      const [stableW, canaryW] = integerSplit(weight, 'gateway-api')
      const refs = findRefs(await get(signal), cfg)
      const ref = (i: number) => `/spec/rules/${cfg.rule}/backendRefs/${i}`
      const patch = [
        { op: 'test', path: `${ref(refs.stable)}/name`, value: cfg.stable },
        { op: 'test', path: `${ref(refs.canary)}/name`, value: cfg.canary },
        { op: 'add', path: `${ref(refs.stable)}/weight`, value: stableW },
        { op: 'add', path: `${ref(refs.canary)}/weight`, value: canaryW }
      ]
      await exec(kubectl(cfg, 'patch', 'httproute', cfg.route, '--type', 'json', '--patch', JSON.stringify(patch)), signal)
      return `gateway-api: HTTPRoute ${cfg.route} rule ${cfg.rule}: ${cfg.stable} weight ${stableW}, ${cfg.canary} weight ${canaryW}`
    },
    async readWeight(signal) {
      const {
        weights: [s, c]
      } = findRefs(await get(signal), cfg)
      if (s + c === 0) throw new TrafficError(`HTTPRoute ${cfg.route}: both backendRefs have weight 0`)
      return Math.round((c * 1000) / (s + c)) / 10
    }
  }
}

export function ingressNginxAdapter(cfg: IngressNginxTrafficConfig, exec: Cli): TrafficAdapter {
  return {
    async setWeight(weight, signal) {
      const [, canary] = integerSplit(weight, 'ingress-nginx')
      await exec(kubectl(cfg, 'annotate', 'ingress', cfg.ingress, `${CANARY_WEIGHT}=${canary}`, '--overwrite'), signal)
      return `ingress-nginx: Ingress ${cfg.ingress} ${CANARY_WEIGHT}=${canary}`
    },
    async readWeight(signal) {
      const ing = parseJson(
        await exec(kubectl(cfg, 'get', 'ingress', cfg.ingress, '--output', 'json'), signal),
        `kubectl get ingress ${cfg.ingress}`
      )
      const ann = (ing as { metadata?: { annotations?: Record<string, unknown> } })?.metadata?.annotations ?? {}
      if (ann[CANARY] !== 'true')
        throw new TrafficError(
          `Ingress ${cfg.ingress} is not a canary Ingress (annotation ${CANARY} is not "true"), so its weight moves no traffic`
        )
      const w = Number(ann[CANARY_WEIGHT])
      if (typeof ann[CANARY_WEIGHT] !== 'string' || !Number.isFinite(w))
        throw new TrafficError(`Ingress ${cfg.ingress} has no numeric ${CANARY_WEIGHT} annotation`)
      return w
    }
  }
}
