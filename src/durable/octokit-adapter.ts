/**
 * The durable rollout's GitHub calls on an Octokit (until the GitHub port carries them: then
 * these methods move there and this file goes).
 */
import type { GitHubAccess } from '../github/types.js'
import { createDeployment, setDeploymentStatus } from '../github/deployments.js'
import type { DurableGitHub } from './store.js'

export function durableGitHub(gh: GitHubAccess): DurableGitHub {
  const { owner, repo } = gh.run
  const o = gh.octokit
  return {
    run: gh.run,
    createDeployment: (d) => createDeployment(gh, d),
    setDeploymentStatus: (id, state, opts) => setDeploymentStatus(gh, id, state, opts),
    async *deployments(q, pageSize) {
      for await (const page of o.paginate.iterator(o.rest.repos.listDeployments, { owner, repo, environment: q.environment, per_page: pageSize })) {
        for (const d of page.data) yield { id: d.id, createdAt: d.created_at, payload: d.payload }
      }
    },
    async latestDeploymentStatus(id) {
      const res = await o.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id, per_page: 1 })
      const s = res.data[0]
      return s ? { state: s.state, description: s.description ?? '' } : undefined
    },
    async deploymentStatuses(id) {
      const res = await o.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id, per_page: 100 })
      return res.data.map((s) => ({ state: s.state, description: s.description ?? '', createdAt: s.created_at }))
    },
    async collaboratorRole(user) {
      try {
        const res = await o.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user })
        const d = res.data as { permission?: string; role_name?: string }
        return d.role_name || d.permission || 'none'
      } catch (e) {
        if ((e as { status?: number }).status === 404) return 'none' // not a collaborator
        throw e
      }
    },
    async reactToComment(commentId, content) {
      await o.rest.reactions.createForIssueComment({ owner, repo, comment_id: commentId, content })
    }
  }
}
