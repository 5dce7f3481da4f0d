import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { commandFromEvent, mayAct, parseCommand, react } from '../../src/durable/comment-command.js'
import { runContext } from '../github/access.js'
import { durable } from './fixtures.js'

test.each<[string, ReturnType<typeof parseCommand>]>([
  ['/stagegate promote production', { action: 'promote', environment: 'production', reason: '' }],
  [
    '/stagegate abort production error budget burnt, INC-7',
    { action: 'abort', environment: 'production', reason: 'error budget burnt, INC-7' }
  ],
  [
    'LGTM\n/stagegate promote staging   week 2 looks clean  \nthanks',
    { action: 'promote', environment: 'staging', reason: 'week 2 looks clean' }
  ],
  ['/STAGEGATE PROMOTE production', { action: 'promote', environment: 'production', reason: '' }],
  ['/stagegate promote', undefined],
  ['/stagegate rollback production', undefined],
  ['please /stagegate promote production', undefined],
  ['`/stagegate promote production`', undefined]
])('parseCommand(%j)', (body, want) => expect(parseCommand(body)).toEqual(want))

const event = (body: string, action = 'created') =>
  runContext('http://x', {
    eventName: 'issue_comment',
    event: { action, comment: { id: 77, body, user: { login: 'bob' } }, issue: { number: 12, pull_request: { url: 'x' } } }
  })

test.each<[string, ReturnType<typeof runContext>, unknown]>([
  ['a push is no comment event', runContext('http://x'), undefined],
  [
    'a command for this environment',
    event('/stagegate promote production ok by me'),
    { command: { action: 'promote', environment: 'production', reason: 'ok by me', user: 'bob', commentId: 77, issue: 12 } }
  ],
  [
    'another environment',
    event('/stagegate abort staging'),
    { ignored: 'the command is for environment "staging", this job acts on "production"' }
  ],
  ['an edited comment', event('/stagegate abort production', 'edited'), { ignored: 'the comment was edited, not created' }],
  ['a plain comment', event('nice work'), { ignored: 'the comment holds no /stagegate promote or abort command' }]
])('commandFromEvent: %s', (_name, run, want) => expect(commandFromEvent(run, 'production')).toEqual(want))

test.each<[string, boolean]>([
  ['admin', true],
  ['maintain', true],
  ['write', true],
  ['triage', false],
  ['read', false],
  ['none', false]
])('role %s may act: %p', (role, ok) => expect(mayAct(role)).toBe(ok))

jest.setTimeout(30_000)

let server: GitHubServer
beforeEach(async () => {
  server = await startGitHubServer()
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
})

test('the role comes from the API (maintain and triage by role name; a stranger is none) and the answer is a reaction', async () => {
  const gh = durable(server.url)
  server.state.roles.set('bob', 'maintain')
  server.state.roles.set('eve', 'triage')
  expect(await gh.collaboratorRole('bob')).toBe('maintain')
  expect(await gh.collaboratorRole('eve')).toBe('triage')
  expect(await gh.collaboratorRole('mallory')).toBe('none')
  expect(await react(gh, 77, '+1')).toBeUndefined()
  expect(server.state.reactions).toEqual([{ commentId: 77, content: '+1' }])
  server.state.forbid.set('post /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', 403)
  expect(await react(gh, 77, '-1')).toMatch(/could not react to comment 77/)
})
