// A jest reporter: after the run, a loud warning for every test file with skipped tests, naming
// the reason (tests titled `skipped: …`), so a missing binary never passes silently.
class SkipReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.testResults.filter((f) => f.numPendingTests > 0)
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
