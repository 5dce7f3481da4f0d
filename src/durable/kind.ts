/**
 * What a Deployment's payload says it is: the two kinds of payload Stagegate writes, and a cheap
 * read of the kind for a listing (the full, untrusted-data parse is in ./payload.ts, on the one
 * payload that matters). Imports nothing, so the lock scan (src/github/deployments.ts) can use it.
 */
export const PAUSED_KIND = 'stagegate/paused-rollout'
export const CLAIM_KIND = 'stagegate/claim'

/** The kind a listed Deployment's payload says it is: an object, or the JSON string GitHub may return. */
export function payloadKind(payload: unknown): string | undefined {
  const p = typeof payload === 'string' ? safeJson(payload) : payload
  const kind = p && typeof p === 'object' ? (p as { kind?: unknown }).kind : undefined
  return typeof kind === 'string' ? kind : undefined
}

/** `text` parsed as JSON, or undefined when it is not JSON. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
