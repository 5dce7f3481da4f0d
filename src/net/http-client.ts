/**
 * The HTTP client the metric providers, the `http` gate and the notifiers share: URL and header
 * templates rendered and checked, one request under the caller's signal and a timeout, every
 * failure turned into one human line (never a credential, a query string or a header value).
 * Nothing here throws.
 */
import { render } from '../config/template.js'
import { formatDuration } from '../config/units.js'
import type { TemplateContext } from '../metrics/types.js'
import { proxyFetch } from './proxy.js'

/** Exactly this detail when the caller's signal aborted the request. */
export const CANCELLED = 'cancelled'

export type Result<T> = { ok: true; value: T } | { ok: false; detail: string }

/** Renders a URL template ('url' escaping) and checks that the result is an http(s) URL. */
export function renderUrl(template: string, context: TemplateContext): Result<string> {
  let text: string
  try {
    text = render(template, context, 'url')
  } catch (err) {
    return { ok: false, detail: errorText(err) }
  }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { ok: false, detail: `invalid URL "${displayUrl(text)}"` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, detail: `URL "${displayUrl(text)}" is not http or https` }
  return { ok: true, value: text }
}

/** A URL as details show it: no credentials, no query string (either may hold a secret). */
export function displayUrl(text: string): string {
  try {
    const u = new URL(text)
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`
  } catch {
    return text.replace(/[?#].*$/s, '').replace(/\/\/[^/@]*@/, '//')
  }
}

/**
 * Renders header templates ('none' escaping). A value with CR or LF is refused (header
 * injection); errors name the header, never its value.
 */
export function renderHeaders(headers: Record<string, string> | undefined, context: TemplateContext): Result<Headers> {
  const out = new Headers()
  for (const [name, template] of Object.entries(headers ?? {})) {
    let value: string
    try {
      value = render(template, context, 'none')
    } catch (err) {
      return { ok: false, detail: `header "${name}": ${errorText(err)}` }
    }
    if (/[\r\n]/.test(value)) return { ok: false, detail: `header "${name}" contains a line break (CR or LF); refused` }
    try {
      out.append(name, value)
    } catch {
      return { ok: false, detail: `header "${name}" is not a valid HTTP header (name or value)` }
    }
  }
  return { ok: true, value: out }
}

export interface Exchange {
  method: 'GET' | 'HEAD' | 'POST'
  url: string
  headers: Headers
  body?: string
  timeoutMs: number
  signal?: AbortSignal
}

export interface ExchangeResponse {
  status: number
  statusText: string
  contentType: string
  text: string
}

/**
 * One request with the caller's signal and the provider's timeout; the whole body is read
 * under both. Failures come back as a detail: exactly `cancelled` when the caller aborted.
 */
export async function exchange(req: Exchange): Promise<Result<ExchangeResponse>> {
  if (req.signal?.aborted) return { ok: false, detail: CANCELLED }
  const deadline = requestDeadline(req.timeoutMs, req.signal)
  try {
    const { url, headers } = credentialsToHeader(req.url, req.headers)
    const res = await proxyFetch(url, { method: req.method, headers, body: req.body, signal: deadline.signal, redirect: 'follow' })
    const text = await res.text()
    return { ok: true, value: { status: res.status, statusText: res.statusText, contentType: res.headers.get('content-type') ?? '', text } }
  } catch (err) {
    return { ok: false, detail: failureDetail(err, req.signal, req.timeoutMs).split(req.url).join(displayUrl(req.url)) }
  } finally {
    deadline.release()
  }
}

/**
 * The signal one request runs under: aborted by the caller's signal or after `timeoutMs`
 * (a TimeoutError, as AbortSignal.timeout gives). `release()` clears the timer and the listener
 * on the caller's signal as soon as the request is over: a watch passes the same long-lived
 * signal to thousands of requests, and AbortSignal.timeout/any would keep each request's timer
 * and composite signal until the timeout fires.
 */
export function requestDeadline(timeoutMs: number, outer?: AbortSignal): { signal: AbortSignal; release: () => void } {
  const ctl = new AbortController()
  const timer = setTimeout(() => ctl.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')), Math.max(1, timeoutMs))
  timer.unref()
  const onAbort = () => ctl.abort(outer?.reason)
  outer?.addEventListener('abort', onAbort, { once: true })
  return {
    signal: ctl.signal,
    release: () => {
      clearTimeout(timer)
      outer?.removeEventListener('abort', onAbort)
    }
  }
}

/** `https://user:pass@host/` → the URL without them and `Authorization: Basic …` (fetch refuses credentials in URLs). */
function credentialsToHeader(text: string, headers: Headers): { url: string; headers: Headers } {
  const u = new URL(text)
  if (!u.username && !u.password) return { url: text, headers }
  const basic = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')
  u.username = ''
  u.password = ''
  const out = new Headers(headers)
  if (!out.has('authorization')) out.set('authorization', `Basic ${basic}`)
  return { url: u.toString(), headers: out }
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'the server closed the connection',
  UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'the response body stalled',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate could not be verified'
}

/** Why a fetch failed, in a few words (never the request's headers). */
export function failureDetail(err: unknown, outer: AbortSignal | undefined, timeoutMs: number): string {
  if (outer?.aborted) return CANCELLED
  const e = err as { name?: string; cause?: { code?: string; name?: string; message?: string } }
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') return `timed out after ${formatDuration(timeoutMs)}`
  const code = e?.cause?.code
  if (code && NETWORK_ERRORS[code]) return NETWORK_ERRORS[code]
  return e?.cause?.message ? `${errorText(err)}: ${e.cause.message}` : errorText(err)
}

export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err)
  const line = text.split('\n')[0].trim()
  return line.length > 200 ? `${line.slice(0, 200)}…` : line || 'unknown error'
}
