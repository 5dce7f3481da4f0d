import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import {
  CommentWarning,
  commentText,
  forgetCommentIds,
  isOurComment,
  resolvePrNumber,
  shouldComment,
  upsertComment,
  type Identity
} from '../../src/github/comment.js'
import { access, SHA, testClient } from './access.js'

const MARKER = '<!-- stagegate:environment=production -->'

let server: GitHubServer
beforeEach(async () => {
  server = await startGitHubServer()
  forgetCommentIds()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
})

const commentCalls = () =>
  server.requests.filter((r) => r.path.includes('/comments')).map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)

describe('upsertComment', () => {
  test('creates once, then updates in place without listing again', async () => {
    const gh = access(server.url)
    const first = await upsertComment(gh, 12, MARKER, `${MARKER}\nstep 1`)
    const second = await upsertComment(gh, 12, MARKER, `${MARKER}\nstep 2`)
    expect(first.created).toBe(true)
    expect(second).toEqual({ id: first.id, created: false })
    const comments = server.state.comments.get(12) ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toBe(`${MARKER}\nstep 2`)
    expect(commentCalls()).toEqual([
      'GET /repos/acme/shop/issues/12/comments',
      'POST /repos/acme/shop/issues/12/comments',
      `PATCH /repos/acme/shop/issues/comments/${first.id}`
    ])
  })

  test('a re-run finds the marker on the second page and never posts a second copy', async () => {
    const gh = access(server.url)
    for (let i = 0; i < 130; i++) server.state.addComment(12, `chatter ${i}`)
    const ours = server.state.addComment(12, `${MARKER}\nold run`, 'github-actions[bot]')
    server.state.addComment(12, '<!-- stagegate:environment=staging -->\nstaging')
    const res = await upsertComment(gh, 12, MARKER, `${MARKER}\nnew run`)
    expect(res).toEqual({ id: ours.id, created: false })
    expect(server.state.comments.get(12)?.filter((c) => c.body.includes(MARKER))).toHaveLength(1)
    expect(commentCalls().filter((c) => c.startsWith('GET'))).toHaveLength(2)
  })

  test('a remembered comment deleted meanwhile is created again, once', async () => {
    const gh = access(server.url)
    const first = await upsertComment(gh, 12, MARKER, `${MARKER}\nstep 1`)
    server.state.comments.set(12, [])
    const second = await upsertComment(gh, 12, MARKER, `${MARKER}\nstep 2`)
    expect(second.created).toBe(true)
    expect(second.id).not.toBe(first.id)
    expect(server.state.comments.get(12)?.map((c) => c.body)).toEqual([`${MARKER}\nstep 2`])
  })

  test('a forbidden comment raises a CommentWarning with the permission hint', async () => {
    const gh = access(server.url)
    server.state.forbid.set('get /repos/{owner}/{repo}/issues/{issue_number}/comments', 403)
    const err = await upsertComment(gh, 12, MARKER, 'x').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CommentWarning)
    expect((err as Error).message).toContain('"pull-requests: write" under permissions:')
  })
})

describe('resolvePrNumber', () => {
  test.each([
    ['pull_request event', { eventName: 'pull_request', event: { pull_request: { number: 31 } } }, undefined, 31],
    ['pull_request_target event', { eventName: 'pull_request_target', event: { number: 32, pull_request: { number: 32 } } }, undefined, 32],
    ['push: first open associated PR', { eventName: 'push' }, undefined, 9],
    ['input wins', { eventName: 'push' }, 77, 77],
    ['workflow_dispatch without input', { eventName: 'workflow_dispatch' }, undefined, undefined]
  ])('%s', async (_n, over, input, want) => {
    server.state.addPull(SHA, 8, 'closed')
    server.state.addPull(SHA, 9, 'open')
    const gh = access(server.url, over)
    expect(await resolvePrNumber(gh, gh.run, input)).toBe(want)
  })
})

describe('shouldComment', () => {
  test.each([
    ['always', 'succeeded', true],
    ['always', 'blocked', true],
    ['never', 'rolled-back', false],
    ['on-failure', 'succeeded', false],
    ['on-failure', 'planned', false],
    ['on-failure', 'blocked', true],
    ['on-failure', 'rollback-failed', true]
  ] as const)('%s / %s', (policy, status, want) => {
    expect(shouldComment(policy, status)).toBe(want)
  })
  test('an unknown policy is an error, not a silent default', () => {
    expect(() => shouldComment('sometimes' as never, 'succeeded')).toThrow(/unknown pr-comment policy/)
  })
})

describe('the marker cannot be forged', () => {
  const STAGING = '<!-- stagegate:environment=staging -->'
  test.each<[string, string]>([
    ['version text carrying another marker', `${MARKER}\nversion v2 ${STAGING}`],
    ['a marker on a line of its own', `${MARKER}\nok\n${STAGING}\n`],
    ['no marker at the start', `hello ${STAGING}`]
  ])('%s: only the first line is a marker', (_name, body) => {
    const text = commentText(MARKER, body)
    expect(text.startsWith(`${MARKER}\n`)).toBe(true)
    expect(text.match(/<!--/g)).toHaveLength(1)
    expect(text).not.toContain(STAGING)
  })

  const bot: Identity = { bot: true }
  const named: Identity = { bot: true, login: 'github-actions[bot]' }
  const pat: Identity = { bot: false, login: 'deploy-user' }
  test.each<[string, string, { login: string; type: string } | null, Identity, boolean]>([
    ['our bot, marker first', `${MARKER}\nbody`, { login: 'github-actions[bot]', type: 'Bot' }, bot, true],
    ['a person who typed the marker first', `${MARKER}\nbody`, { login: 'mallory', type: 'User' }, bot, false],
    ['our bot, marker not first (quoted)', `> ${MARKER}\nbody`, { login: 'github-actions[bot]', type: 'Bot' }, bot, false],
    [
      'our bot, another environment',
      `${MARKER.replace('production', 'staging')}\nbody`,
      { login: 'github-actions[bot]', type: 'Bot' },
      bot,
      false
    ],
    [
      'a marker that is only a prefix of a longer one',
      `${MARKER.replace(' -->', 'x -->')}\nbody`,
      { login: 'github-actions[bot]', type: 'Bot' },
      bot,
      false
    ],
    ['another bot once our login is known', `${MARKER}\nbody`, { login: 'other-app[bot]', type: 'Bot' }, named, false],
    ['a PAT: its own user', `${MARKER}\nbody`, { login: 'deploy-user', type: 'User' }, pat, true],
    ['a PAT: the bot is not us', `${MARKER}\nbody`, { login: 'github-actions[bot]', type: 'Bot' }, pat, false],
    ['no author (deleted user)', `${MARKER}\nbody`, null, bot, false]
  ])('isOurComment: %s', (_name, body, user, me, want) => {
    expect(isOurComment({ id: 1, body, ...(user ? { author: user } : {}) }, MARKER, me)).toBe(want)
  })

  test("a person's comment that starts with the marker is never edited; ours is created beside it", async () => {
    const gh = access(server.url)
    const forged = server.state.addComment(12, `${MARKER}\nforged`, 'mallory')
    const res = await upsertComment(gh, 12, MARKER, `${MARKER}\nreal`)
    expect(res.created).toBe(true)
    expect(forged.body).toBe(`${MARKER}\nforged`)
  })

  test("with a PAT, the comments of the token's user are ours (GET /user, once)", async () => {
    server.state.viewer = { login: 'deploy-user', type: 'User' }
    const counter = { count: 0 }
    const gh = access(server.url, {}, counter, testClient(server.url, counter, 'ghp_personaltoken'))
    const mine = server.state.addComment(12, `${MARKER}\nold`, 'deploy-user')
    const res = await upsertComment(gh, 12, MARKER, `${MARKER}\nnew`)
    expect(res).toEqual({ id: mine.id, created: false })
    expect(server.requests.filter((r) => r.path === '/user')).toHaveLength(1)
  })
})
