/** The bundle entries' first decisions: pure, table-driven. */
import { describe, expect, test } from '@jest/globals'
import * as path from 'node:path'
import { triagePost } from '../../src/boot/post-state.js'
import { cacheDir } from '../../src/boot/compile-cache.js'
import { proxyConfigured } from '../../src/net/proxy.js'

const state = (o: object) =>
  JSON.stringify({ weight: 0, environment: 'production', version: 'v1', service: 's', actions: {}, deploymentId: '7', ...o })

describe('triagePost: the lean post entry loads the full post step unless there is surely nothing to do', () => {
  test.each([
    ['no saved state', undefined, { work: false, message: 'Stagegate post: no saved state; nothing to do.' }],
    ['empty saved state', '', { work: false, message: 'Stagegate post: no saved state; nothing to do.' }],
    [
      'main finished, traffic not split',
      state({ done: true, split: false }),
      { work: false, message: 'Stagegate post: traffic is not split; nothing to do' }
    ],
    ['main finished, rollback failed (split)', state({ done: true, split: true }), { work: true }],
    ['main killed mid-rollout (split)', state({ done: false, split: true }), { work: true }],
    ['main killed before traffic moved (deployment to close)', state({ done: false, split: false }), { work: true }],
    ['unreadable state', '{not json', { work: true }],
    ['state of another shape', '[1,2]', { work: true }],
    ['done as a string', state({ done: 'true', split: false }), { work: true }],
    ['split missing', JSON.stringify({ done: true }), { work: true }],
    [
      'main finished, final status saved but not written',
      state({ done: true, split: false, finalStatus: 'succeeded', finalStatusWritten: false }),
      { work: true }
    ],
    [
      'main finished, final status written',
      state({ done: true, split: false, finalStatus: 'succeeded', finalStatusWritten: true }),
      { work: false, message: 'Stagegate post: traffic is not split; nothing to do' }
    ],
    ['main finished, migration not undone', state({ done: true, split: false, migrated: true }), { work: true }]
  ])('%s', (_name, raw, expected) => {
    expect(triagePost(raw)).toEqual(expected)
  })
})

describe('cacheDir: the compile cache only where a later job can read it', () => {
  test.each([
    [
      'self-hosted runner',
      { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_TOOL_CACHE: '/opt/tc' },
      path.join('/opt/tc', 'stagegate-compile-cache')
    ],
    ['older runner without RUNNER_ENVIRONMENT', { RUNNER_TOOL_CACHE: '/opt/tc' }, path.join('/opt/tc', 'stagegate-compile-cache')],
    ['GitHub-hosted runner (fresh machine per job)', { RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_TOOL_CACHE: '/opt/tc' }, undefined],
    ['turned off', { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_TOOL_CACHE: '/opt/tc', STAGEGATE_COMPILE_CACHE: 'off' }, undefined],
    ['outside a runner', {}, undefined],
    ['RUNNER_TEMP only (emptied per job)', { RUNNER_TEMP: '/tmp/rt' }, undefined]
  ])('%s', (_name, env, expected) => {
    expect(cacheDir(env)).toBe(expected)
  })
})

describe('proxyConfigured: undici is loaded only when a proxy variable is set', () => {
  test.each([
    [{}, false],
    [{ NO_PROXY: 'localhost' }, false],
    [{ HTTPS_PROXY: '' }, false],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, true],
    [{ https_proxy: 'http://proxy:3128' }, true],
    [{ HTTP_PROXY: 'http://proxy:3128' }, true],
    [{ http_proxy: 'http://proxy:3128' }, true]
  ])('%j → %s', (env, expected) => {
    expect(proxyConfigured(env)).toBe(expected)
  })
})
