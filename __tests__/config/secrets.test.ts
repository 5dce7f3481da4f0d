/** knownSecrets: every credential the action knows, from a loaded config and the job's environment. */
import { expect, test } from '@jest/globals'
import { ConfigSchema } from '../../src/config/schema.js'
import { knownSecrets } from '../../src/config/secrets.js'

const config = ConfigSchema.parse({
  version: 1,
  service: 's',
  metrics: {
    m: {
      provider: 'prometheus',
      address: '{{ env.PROM_URL }}',
      query: 'up{t="{{ env.TENANT }}"}',
      headers: { Authorization: 'Bearer {{ env.TOKEN }}', Accept: 'application/json' }
    }
  },
  environments: { production: { gates: [{ name: 'g', type: 'http', url: 'http://h/', headers: { 'X-Api-Key': 'static-key-123' } }] } }
})

test('env values the config uses, static header values, URL user-info in the environment and the token', () => {
  const env = {
    PROM_URL: 'http://127.0.0.1:9090',
    TENANT: 'acme-tenant',
    TOKEN: 'tok-abc',
    UNUSED: 'not-a-secret',
    DB_URL: 'postgres://app:s3cret@db:5432/x',
    ACTIONS_RUNTIME_TOKEN: 'rt-hidden'
  }
  const got = knownSecrets(config, config.environments.production, env, 'ghs_token')
  expect(got).toEqual(
    expect.arrayContaining([
      'http://127.0.0.1:9090',
      'acme-tenant',
      'tok-abc',
      'static-key-123',
      'app:s3cret',
      's3cret',
      Buffer.from('app:s3cret').toString('base64'),
      'ghs_token'
    ])
  )
  expect(got).not.toContain('not-a-secret')
  expect(got).not.toContain('application/json')
  expect(got).not.toContain('Bearer')
  expect(got).not.toContain('rt-hidden')
})

test('top-level links and webhook notifications count too: their env values and static header values are secrets', () => {
  const withLinks = ConfigSchema.parse({
    version: 1,
    service: 's',
    links: [{ title: 'Dashboard', url: 'https://grafana.example.com/d/x?auth={{ env.GRAFANA_KEY }}' }],
    notify: [{ type: 'webhook', url: 'https://hooks.example.com/in', headers: { 'X-Hook-Key': 'static-hook-key' } }],
    environments: { production: {}, staging: { links: [{ title: 'Other', url: 'https://x.example.com/{{ env.OTHER_ENV_ONLY }}' }] } }
  })
  const env = { GRAFANA_KEY: 'graf-key-123', OTHER_ENV_ONLY: 'staging-only-value' }
  const got = knownSecrets(withLinks, withLinks.environments.production, env, '')
  expect(got).toEqual(expect.arrayContaining(['graf-key-123', 'static-hook-key']))
  // another environment's placeholders never render in this run
  expect(got).not.toContain('staging-only-value')
})
