// Demo `verify` / `verify-rollback` action: the split the service reports is the one we asked for.
const res = await fetch(`${process.env.DEMO_URL}/weight`)
const { weight } = await res.json()
const want = Number(process.env.STAGEGATE_WEIGHT)
if (weight !== want) {
  console.error(`service serves ${weight}% canary, expected ${want}%`)
  process.exit(1)
}
console.log(`verified: ${weight}% canary`)
