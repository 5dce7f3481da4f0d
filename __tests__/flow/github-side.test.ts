import { expect, test } from '@jest/globals'
import { deploymentState, eventDeploymentId, isProduction } from '../../src/flow/github-side.js'
import type { RunContext } from '../../src/github/types.js'

test.each<[string, boolean]>([
  ['production', true],
  ['prod', true],
  ['Production-EU', true],
  ['prod_us', true],
  ['preprod', false],
  ['nonprod', false],
  ['staging', false],
  ['production2', false]
])('isProduction(%s) = %p', (env, want) => expect(isProduction(env)).toBe(want))

test.each<[string, string]>([
  ['succeeded', 'success'],
  ['rolled-back', 'failure'],
  ['blocked', 'failure'],
  ['failed', 'failure'],
  ['rollback-failed', 'error']
])('a %s run ends its Deployment as %s', (status, state) => expect(deploymentState(status as never)).toBe(state))

test.each<[string, object, string, number | undefined]>([
  ['deployment', { deployment: { id: 7, environment: 'production' } }, 'production', 7],
  ['deployment', { deployment: { id: 7, environment: 'staging' } }, 'production', undefined],
  ['push', { deployment: { id: 7, environment: 'production' } }, 'production', undefined],
  ['deployment', {}, 'production', undefined]
])('eventDeploymentId on %s %j for %s', (eventName, event, environment, want) => {
  expect(eventDeploymentId({ eventName, event } as unknown as RunContext, environment)).toBe(want)
})
