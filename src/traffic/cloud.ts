/**
 * Managed load balancers through their official CLIs (the runner's credentials, as every other
 * step that calls them):
 * - `cloud-run`: `gcloud run services update-traffic --to-tags stable=100−W,canary=W`, read back
 *   from `gcloud run services describe` (status.traffic, summed per tag).
 * - `aws-alb`: the listener's weighted forward action (`aws elbv2 modify-listener
 *   --default-actions`), keeping the rest of the action (stickiness); read back from
 *   `describe-listeners`.
 */
import type { TrafficConfig } from '../config/schema.js'
import { integerSplit, parseJson, type Cli } from './exec.js'
import { TrafficError, type TrafficAdapter } from './types.js'

export type CloudRunTrafficConfig = Extract<TrafficConfig, { type: 'cloud-run' }>
export type AwsAlbTrafficConfig = Extract<TrafficConfig, { type: 'aws-alb' }>

export function cloudRunAdapter(cfg: CloudRunTrafficConfig, exec: Cli): TrafficAdapter {
  const where = ['--region', cfg.region, ...(cfg.project ? ['--project', cfg.project] : [])]
  return {
    async setWeight(weight, signal) {
      const [stable, canary] = integerSplit(weight, 'cloud-run')
      const tags = `${cfg['stable-tag']}=${stable},${cfg['canary-tag']}=${canary}`
      await exec(
        [cfg.gcloud, 'run', 'services', 'update-traffic', cfg.service, ...where, '--to-tags', tags, '--quiet', '--format', 'json'],
        signal
      )
      return `cloud-run: service ${cfg.service} traffic ${tags}`
    },
    async readWeight(signal) {
      const svc = parseJson(
        await exec([cfg.gcloud, 'run', 'services', 'describe', cfg.service, ...where, '--format', 'json'], signal),
        `gcloud run services describe ${cfg.service}`
      )
      return canaryPercent(svc, cfg)
    }
  }
}

/** The percent on the canary tag in `status.traffic` (a target without `percent` has 0). */
export function canaryPercent(svc: unknown, cfg: CloudRunTrafficConfig): number {
  const traffic = (svc as { status?: { traffic?: { tag?: unknown; percent?: unknown }[] } })?.status?.traffic
  if (!Array.isArray(traffic)) throw new TrafficError(`Cloud Run service ${cfg.service} has no status.traffic`)
  if (!traffic.some((t) => t.tag === cfg['canary-tag']))
    throw new TrafficError(
      `Cloud Run service ${cfg.service} has no revision tagged ${cfg['canary-tag']} (deploy the canary with --tag ${cfg['canary-tag']} --no-traffic)`
    )
  return traffic.filter((t) => t.tag === cfg['canary-tag']).reduce((sum, t) => sum + (typeof t.percent === 'number' ? t.percent : 0), 0)
}

interface TargetGroup {
  TargetGroupArn?: string
  Weight?: number
}
interface ListenerAction {
  Type?: string
  TargetGroupArn?: string
  ForwardConfig?: { TargetGroups?: TargetGroup[]; [k: string]: unknown }
  [k: string]: unknown
}

export function awsAlbAdapter(cfg: AwsAlbTrafficConfig, exec: Cli): TrafficAdapter {
  const region = cfg.region ? ['--region', cfg.region] : []
  const describe = async (signal: AbortSignal) => {
    const out = parseJson(
      await exec([cfg.aws, 'elbv2', 'describe-listeners', '--listener-arns', cfg['listener-arn'], ...region, '--output', 'json'], signal),
      'aws elbv2 describe-listeners'
    )
    const actions = (out as { Listeners?: { DefaultActions?: ListenerAction[] }[] })?.Listeners?.[0]?.DefaultActions
    if (!Array.isArray(actions)) throw new TrafficError(`aws elbv2 describe-listeners: no listener ${cfg['listener-arn']}`)
    return actions
  }
  return {
    async setWeight(weight, signal) {
      const [stable, canary] = integerSplit(weight, 'aws-alb')
      const actions = withWeights(await describe(signal), cfg, stable, canary)
      await exec(
        [
          cfg.aws,
          'elbv2',
          'modify-listener',
          '--listener-arn',
          cfg['listener-arn'],
          '--default-actions',
          JSON.stringify(actions),
          ...region,
          '--output',
          'json'
        ],
        signal
      )
      return `aws-alb: listener forwards ${stable} to stable, ${canary} to canary`
    },
    async readWeight(signal) {
      const groups = forwardAction(await describe(signal)).ForwardConfig?.TargetGroups ?? []
      const w = (arn: string) => groups.find((g) => g.TargetGroupArn === arn)?.Weight ?? 0
      const [s, c] = [w(cfg.stable), w(cfg.canary)]
      if (s + c === 0) throw new TrafficError('aws-alb: neither target group gets traffic from the listener')
      return Math.round((c * 1000) / (s + c)) / 10
    }
  }
}

function forwardAction(actions: ListenerAction[]): ListenerAction {
  const fwd = actions.find((a) => a.Type === 'forward')
  if (!fwd) throw new TrafficError('aws-alb: the listener has no forward default action')
  return fwd
}

/** The listener's default actions with the forward action sending stable/canary weights; everything else kept. */
export function withWeights(actions: ListenerAction[], cfg: AwsAlbTrafficConfig, stable: number, canary: number): ListenerAction[] {
  const fwd = forwardAction(actions)
  return actions.map((a) => {
    if (a !== fwd) return a
    const { TargetGroupArn: _single, ...rest } = a
    return {
      ...rest,
      ForwardConfig: {
        ...a.ForwardConfig,
        TargetGroups: [
          { TargetGroupArn: cfg.stable, Weight: stable },
          { TargetGroupArn: cfg.canary, Weight: canary }
        ]
      }
    }
  })
}
