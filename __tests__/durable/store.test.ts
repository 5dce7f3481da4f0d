import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { claim, findPaused, release, savePaused, statusTimes, tick, type PausedRollout } from '../../src/durable/store.js'
import { CLAIM_KIND } from '../../src/durable/kind.js'
import { SHA } from '../github/access.js'
import { saved, durable, T0, HOUR } from './fixtures.js'

jest.setTimeout(30_000)

let server: GitHubServer
beforeEach(async () => {
  server = await startGitHubServer()
  server.state.now = () => T0 + HOUR
})
afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
})

const LINE = 'paused at 25% since 12:10Z, next check 13:10Z; promote with mode: promote'

async function handOff(): Promise<number> {
  return savePaused(durable(server.url), saved(), {
    ref: 'refs/heads/main',
    production: true,
    line: LINE,
    logUrl: 'https://github.com/acme/shop/actions/runs/1'
  })
}

async function found(): Promise<PausedRollout> {
  const r = await findPaused(durable(server.url), 'production')
  if (!('found' in r)) throw new Error(`nothing found: ${JSON.stringify(r)}`)
  return r.found
}

test('a hand-off saves the rollout in a Deployment payload, left in_progress with the one-line status', async () => {
  const id = await handOff()
  const dep = server.state.deployments.find((d) => d.id === id)
  expect(dep).toMatchObject({ environment: 'production', sha: SHA, production_environment: true, payload: saved() })
  expect(server.state.statusesOf(id)[0]).toMatchObject({ state: 'in_progress', description: LINE })
  const f = await found()
  expect(f).toMatchObject({ id, saved: saved(), line: LINE })
})

test('nothing paused: none, in one listing', async () => {
  server.state.addDeployment({ environment: 'production', sha: SHA, statuses: ['in_progress', 'success'] })
  const before = server.requests.length
  expect(await findPaused(durable(server.url), 'production')).toEqual({ none: true })
  expect(server.requests.length - before).toBe(1)
})

test('a paused rollout that was settled (inactive) is not found again; the newest paused one is', async () => {
  const gh = durable(server.url)
  const old = await handOff()
  await release(gh, old, 'superseded')
  expect(await findPaused(gh, 'production')).toEqual({ none: true })
  const next = await handOff()
  server.state.addDeployment({ environment: 'production', sha: SHA, statuses: ['failure'] }) // a blocked deploy since
  expect((await found()).id).toBe(next)
})

test('finding the paused rollout costs two requests however long the rollout ran', async () => {
  const gh = durable(server.url)
  const id = await handOff()
  for (let i = 0; i < 50; i++) await tick(gh, id, `watched ${i}`)
  const before = server.requests.length
  await found()
  expect(server.requests.length - before).toBe(2)
})

test('a payload that is not a valid saved rollout is refused, never run', async () => {
  const dep = server.state.createDeployment({
    environment: 'production',
    sha: SHA,
    ref: SHA,
    payload: { ...saved(), step: 7, extra: 'rm -rf /' }
  })
  server.state.addDeploymentStatus(dep.id, { state: 'in_progress' })
  const r = await findPaused(durable(server.url), 'production')
  expect(r).toMatchObject({ invalid: { id: dep.id } })
  if ('invalid' in r) expect(r.invalid.error).toMatch(/extra|step 7/)
})

test('a resume tick that changes nothing posts one status on the paused Deployment', async () => {
  const id = await handOff()
  const before = server.requests.length
  await tick(durable(server.url), id, 'watched: error-rate 0.001 ok; paused at 25%')
  expect(server.requests.length - before).toBe(1)
  expect(server.state.statusesOf(id)[0]).toMatchObject({ state: 'in_progress', description: 'watched: error-rate 0.001 ok; paused at 25%' })
  expect((await statusTimes(durable(server.url), id)).map((s) => s.description)).toEqual([
    LINE,
    'watched: error-rate 0.001 ok; paused at 25%'
  ])
})

test('two jobs claiming one paused rollout at once: exactly one wins, the loser changes nothing and says why', async () => {
  await handOff()
  const paused = await found()
  const now = T0 + HOUR
  const [a, b] = await Promise.all([
    claim(durable(server.url), paused, { mode: 'resume', now, production: true }),
    claim(durable(server.url), paused, { mode: 'abort', now, production: true })
  ])
  const winners = [a, b].filter((c) => c.won)
  expect(winners).toHaveLength(1)
  const loser = [a, b].find((c) => !c.won)
  expect(loser && !loser.won && loser.why).toMatch(/claimed paused rollout \d+ first/)
  expect(Math.min(a.id, b.id)).toBe(winners[0].id) // the lowest id wins
  expect(server.state.statusesOf(loser?.id as number)[0].state).toBe('inactive')
  expect(server.state.deployments.find((d) => d.id === a.id)?.payload).toMatchObject({ kind: CLAIM_KIND, of: paused.id })
})

test.each<[string, string[] | undefined, number, boolean]>([
  ['a live earlier claim (in_progress) wins', ['in_progress'], 0, false],
  ['an earlier claim without a status, 2 min old, counts as pending', [], 2 * 60_000, false],
  ['an earlier claim without a status, 20 min old, is stale', [], 20 * 60_000, true],
  ['an earlier claim that lost (inactive) does not count', ['in_progress', 'inactive'], 0, true],
  ['an earlier claim in progress for 7 h (its job died) is stale', ['in_progress'], 7 * HOUR, true]
])('claims: %s', async (_name, statuses, ageMs, wins) => {
  await handOff()
  const paused = await found()
  const now = T0 + HOUR
  const rival = server.state.createDeployment(
    { environment: 'production', sha: SHA, ref: SHA, payload: { kind: CLAIM_KIND, of: paused.id, mode: 'resume' } },
    now - ageMs
  )
  for (const s of statuses ?? []) server.state.addDeploymentStatus(rival.id, { state: s })
  const c = await claim(durable(server.url), paused, { mode: 'promote', now, production: true })
  expect(c.won).toBe(wins)
})

test('a claim on a rollout another job already settled loses', async () => {
  const gh = durable(server.url)
  await handOff()
  const paused = await found()
  await release(gh, paused.id, 'continued by 9: succeeded')
  const c = await claim(gh, paused, { mode: 'resume', now: T0 + HOUR, production: true })
  expect(c).toMatchObject({ won: false, why: expect.stringMatching(/already settled \(inactive: continued by 9: succeeded\)/) })
})

test('a paused rollout blocks a new deploy, naming it and how to promote or abort; once settled it does not', async () => {
  const { pausedBlocks } = await import('../../src/durable/flow.js')
  const gh = durable(server.url)
  expect(await pausedBlocks(gh, 'production')).toBeUndefined()
  const id = await handOff()
  const why = await pausedBlocks(gh, 'production')
  expect(why).toMatch(
    new RegExp(
      `^a rollout of "production" is paused \\(deployment ${id}: checkout-api 1\\.2\\.3 at 25%; paused at 25%.*mode: promote.*mode: abort.*/stagegate abort production`
    )
  )
  await release(gh, id, 'aborted')
  expect(await pausedBlocks(gh, 'production')).toBeUndefined()
})
