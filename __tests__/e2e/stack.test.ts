/**
 * Smoke test of the real stack itself (no action involved): nginx splits traffic by the weights
 * examples/nginx/set-weight.sh writes, the verify scripts see what they should, Prometheus
 * scrapes both tracks, and stop() leaves no process behind.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { startLoad } from '../support/load.js'
import { processGone, stackSkipReason, startStack, type Stack } from '../support/stack.js'

jest.setTimeout(60_000)

const skip = stackSkipReason()
// eslint-disable-next-line jest/expect-expect -- a placeholder that makes the skip visible (skip-reporter.cjs counts it)
if (skip) test.skip(`skipped: ${skip}`, () => undefined)
const describeStack = skip ? describe.skip : describe

describeStack('the real stack (sample service × 2, nginx, Prometheus)', () => {
  let stack: Stack

  beforeAll(async () => {
    stack = await startStack()
  }, 60_000)

  afterAll(async () => {
    await stack?.stop()
  })

  test('set-weight.sh 25 sends about a quarter of the requests to the canary', async () => {
    await stack.setWeight(25)
    const count = await stack.countTracks(400)
    expect(count.errors).toBe(0)
    expect(count.stable + count.canary).toBe(400)
    expect(count.canary / 400).toBeGreaterThanOrEqual(0.15)
    expect(count.canary / 400).toBeLessThanOrEqual(0.35)
    const verify = await stack.runScript('verify', { STAGEGATE_WEIGHT: '25' })
    expect(verify).toMatchObject({ code: 0 })
  })

  test('the load generator stops by itself at its bounds', async () => {
    const load = startLoad(stack.nginxUrl, { rps: 100, maxRequests: 150, maxSeconds: 20 })
    const r = await load.done
    expect(r).toMatchObject({
      sent: 150,
      completed: 150,
      errors: 0,
      byTrack: { stable: expect.any(Number), canary: expect.any(Number), unknown: 0 }
    })
    expect(r.byTrack.canary / 150).toBeGreaterThanOrEqual(0.15)
    expect(r.byTrack.canary / 150).toBeLessThanOrEqual(0.35)
    const short = await startLoad(stack.nginxUrl, { rps: 20, maxRequests: 10_000, maxSeconds: 0.5 }).done
    expect(short.sent).toBeLessThan(30)
    expect(() => startLoad('http://192.0.2.1/', { rps: 1, maxRequests: 1, maxSeconds: 1 })).toThrow(/loopback|127/)
  })

  test('Prometheus sees the canary traffic', async () => {
    const rate = await stack.waitForQuery('sum(rate(http_requests_total{track="canary"}[1m]))', (v) => v !== undefined && v > 0)
    expect(typeof rate).toBe('number')
    expect(rate).toBeGreaterThan(0)
  })

  test('verify.sh fails when the canary answers 5xx', async () => {
    await stack.setCanary({ errorRate: 1 })
    const verify = await stack.runScript('verify', { STAGEGATE_WEIGHT: '25' })
    expect(verify.code).not.toBe(0)
    expect(verify.stderr).toMatch(/requests through nginx failed/)
    expect(await stack.runScript('verify', { STAGEGATE_WEIGHT: '50' })).toMatchObject({ code: 1 }) // wrong weight
  })

  test('rollback.sh puts all traffic back on stable', async () => {
    const rollback = await stack.runScript('rollback', { STAGEGATE_REASON: 'smoke test', STAGEGATE_PREVIOUS_WEIGHT: '25' })
    expect(rollback).toMatchObject({ code: 0 })
    const count = await stack.countTracks(200)
    expect(count).toEqual({ stable: 200, canary: 0, errors: 0 })
    expect(await stack.runScript('verify-rollback')).toMatchObject({ code: 0 })
  })

  test('verify-rollback.sh fails while the canary still gets traffic', async () => {
    await stack.setCanary({ errorRate: 0 })
    await stack.setWeight(100)
    expect((await stack.countTracks(50)).canary).toBe(50)
    const r = await stack.runScript('verify-rollback')
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/expected 0%/)
  })

  test('stopPrometheus() makes the metrics unavailable; restartPrometheus() brings them back', async () => {
    const q = 'sum(rate(http_requests_total{track="stable"}[1m]))'
    await stack.stopPrometheus()
    await expect(stack.query(q)).rejects.toThrow()
    await stack.restartPrometheus()
    expect(await stack.query(q)).toEqual(expect.any(Number))
  })

  test('stop() ends every process', async () => {
    const pids = Object.values(stack.pids())
    expect(pids).toHaveLength(4)
    for (const pid of pids) expect(processGone(pid as number)).toBe(false)
    await stack.stop()
    for (const pid of pids) expect(processGone(pid as number)).toBe(true)
  })
})
