/**
 * examples/deploy.yml (used by the real-stack suite and the demo) is a valid deploy config,
 * and every action it names is one of the example scripts.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { ConfigSchema } from '../../src/config/schema.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const config = ConfigSchema.safeParse(parse(fs.readFileSync(path.join(ROOT, 'examples', 'deploy.yml'), 'utf8')))

test('examples/deploy.yml parses', () => {
  expect(config.error?.issues ?? []).toEqual([])
})

test('its actions are the example nginx scripts', () => {
  const actions = config.data!.environments.production.actions
  const names = ['deploy', 'set-weight', 'verify', 'rollback', 'verify-rollback'] as const
  for (const name of names) {
    const action = actions[name]
    const run = typeof action === 'string' ? action : action?.run
    expect(run).toBe(`bash "$NGINX_SCRIPTS/${name}.sh"`)
    expect(fs.existsSync(path.join(ROOT, 'examples', 'nginx', `${name}.sh`))).toBe(true)
  }
})

test('its queries are per track and read Prometheus from env.PROM_URL', () => {
  for (const metric of Object.values(config.data!.metrics)) {
    expect(metric).toMatchObject({ provider: 'prometheus', address: '{{ env.PROM_URL }}' })
    if (metric.provider === 'prometheus') expect(metric.query).toContain('track="{{ track }}"')
  }
})

test("examples/phased-rollout.yml (the README's four-week rollout) parses: three phases until promoted, then a week watched", () => {
  const phased = ConfigSchema.safeParse(parse(fs.readFileSync(path.join(ROOT, 'examples', 'phased-rollout.yml'), 'utf8')))
  expect(phased.error?.issues ?? []).toEqual([])
  const p = phased.data!.environments.production
  expect(p.steps?.map((s) => [s.weight, s.pause])).toEqual([
    [20, 'until-promoted'],
    [50, 'until-promoted'],
    [80, 'until-promoted'],
    [100, 7 * 86_400_000]
  ])
  expect([p['job-budget'], p['expire-after'], p.analysis['on-inconclusive']]).toEqual([30 * 60_000, 14 * 86_400_000, 'pause'])
})
