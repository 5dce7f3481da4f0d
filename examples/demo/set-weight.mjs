// Demo `set-weight` / `rollback` action: moves the demo service's split to STAGEGATE_WEIGHT.
const url = `${process.env.DEMO_URL}/weight?value=${encodeURIComponent(process.env.STAGEGATE_WEIGHT ?? '')}`
const res = await fetch(url, { method: 'POST' })
const body = await res.json()
if (!res.ok) {
  console.error(`set-weight failed: ${JSON.stringify(body)}`)
  process.exit(1)
}
console.log(`traffic on canary: ${body.weight}%`)
