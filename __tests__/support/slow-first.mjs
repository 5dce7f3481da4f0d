// Jest's own sequencer, with the files that take longest first, so that on CI's 2 workers a
// two-minute file never starts last. Jest orders by the durations in its cache when it has them;
// a fresh clone has none and would order by file size. The list is from a full run (seconds, 1 worker).
import TestSequencer from '@jest/test-sequencer'

const SLOW = [
  'integration/github-faults.test.ts', // 130
  'integration/github.test.ts', // 102
  'integration/durable.test.ts', // 87
  'e2e/rollout.test.ts', // 87
  'e2e/traffic.test.ts', // 78
  'e2e/durable.test.ts', // 73
  'integration/risk.test.ts', // 27
  'integration/bundle.test.ts', // 25
  'integration/leak.test.ts', // 21
  'e2e/stack.test.ts', // 20
  'actions/run-command.test.ts', // 15
  'report/render.test.ts', // 11
  'integration/orphans.test.ts', // 11
  'config/fuzz.test.ts', // 10
  'metrics/providers.contract.test.ts' // 10
]
const rank = (file) => {
  const i = SLOW.findIndex((s) => file.endsWith(`/__tests__/${s}`))
  return i < 0 ? SLOW.length : i
}

export default class SlowFirst extends TestSequencer {
  sort(tests) {
    return [...super.sort(tests)].sort((a, b) => rank(a.path) - rank(b.path))
  }
}
