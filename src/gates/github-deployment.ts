/** `github-deployment`: the same SHA was deployed to another environment and that succeeded. */
import type { GateConfig } from '../config/schema.js'
import type { Gate } from './types.js'
import { withGitHub } from './github-support.js'

type Config = Extract<GateConfig, { type: 'github-deployment' }>

export const githubDeploymentGate: Gate<Config> = {
  type: 'github-deployment',
  readOnly: () => true,
  check: (config, ctx) =>
    withGitHub(ctx, 'deployments', async (gh) => {
      const { sha } = gh.run
      const short = sha.slice(0, 7)
      const deps = await all(gh.deployments({ environment: config.environment, sha }, 100))
      if (deps.length === 0) return { passed: false, detail: `no deployment of ${short} to "${config.environment}"` }
      const seen: string[] = []
      for (const d of deps) {
        const states = (await gh.deploymentStatuses(d.id)).map((s) => s.state)
        const latest = states[0] ?? 'no status'
        // inactive after success: a later deployment superseded it, the SHA was still validated there
        if (latest === 'success' || (latest === 'inactive' && states.includes('success'))) {
          return { passed: true, detail: `${short} deployed to "${config.environment}" (deployment ${d.id}, ${latest})` }
        }
        seen.push(`${d.id}: ${latest}`)
      }
      return { passed: false, detail: `${short} has no successful deployment to "${config.environment}" (${seen.join(', ')})` }
    })
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of items) out.push(x)
  return out
}
