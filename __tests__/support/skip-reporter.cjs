// A jest reporter: after the run, a loud warning for every test file with skipped tests, naming
// the reason (tests titled `skipped: …`), so a missing binary never passes silently.
// Under a test-name filter (`-t`, as CI's Node 24 pass uses), the tests it leaves out are meant to
// be left out: only the `skipped: …` placeholders (a missing binary) count then.
class SkipReporter {
  constructor(globalConfig) {
    this.filtered = Boolean(globalConfig?.testNamePattern)
  }

  onRunComplete(_contexts, results) {
    const placeholder = (f) => f.testResults.some((t) => t.status === 'pending' && /^skipped:/.test(t.title))
    const skipped = results.testResults.filter((f) => (this.filtered ? placeholder(f) : f.numPendingTests > 0))
    if (skipped.length === 0) return
    const lines = skipped.map((f) => {
      const reasons = [...new Set(f.testResults.filter((t) => t.status === 'pending' && /^skipped:/.test(t.title)).map((t) => t.title))]
      return `  ⚠️  ${f.testFilePath.replace(`${process.cwd()}/`, '')}: ${f.numPendingTests} test(s) SKIPPED${reasons.length ? ` — ${reasons.join('; ')}` : ''}`
    })
    process.stderr.write(
      `\n\u001b[33;1m${'!'.repeat(78)}\n  SKIPPED SUITES (${skipped.length}): these tests did NOT run\n${lines.join('\n')}\n  (STAGEGATE_E2E=required turns a missing binary into a failure)\n${'!'.repeat(78)}\u001b[0m\n\n`
    )
  }
}
module.exports = SkipReporter
