/** "Did you mean" hints: the nearest candidate by edit distance, if it is near enough. */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  for (const c of candidates) {
    const d = distance(input.toLowerCase(), c.toLowerCase())
    if (d < bestScore) {
      bestScore = d
      best = c
    }
  }
  const limit = Math.max(2, Math.floor(input.length / 3))
  return best !== undefined && bestScore <= limit ? best : undefined
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const n = nearest(input, candidates)
  return n ? ` (did you mean "${n}"?)` : ` (expected one of: ${candidates.join(', ')})`
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]
}
