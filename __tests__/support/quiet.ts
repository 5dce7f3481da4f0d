/**
 * `npm test` stays quiet on success: what a test's code under test logs (the action's `core.*`
 * lines on stdout, console output, the expected-failure logs of tests that provoke failures) is
 * captured and dropped. A failing test still shows its assertion; STAGEGATE_TEST_LOGS=1 shows
 * everything. Skipped suites are announced loudly by __tests__/support/skip-reporter.cjs.
 */
import { afterEach, beforeEach, jest } from '@jest/globals'

if (process.env.STAGEGATE_TEST_LOGS !== '1') {
  const write = process.stdout.write
  let spies: { mockRestore(): void }[] = []
  beforeEach(() => {
    process.stdout.write = (() => true) as typeof process.stdout.write
    spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation(() => undefined)
    )
  })
  afterEach(() => {
    process.stdout.write = write
    for (const s of spies) s.mockRestore() // only ours: a test's own spies stay as the test set them
  })
}
