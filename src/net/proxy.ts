/**
 * `fetch` that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and their lower-case forms), for the
 * GitHub client and the metric and gate requests. Node's global fetch ignores them (Node 20;
 * Node 24 only with NODE_USE_ENV_PROXY), and self-hosted runners behind a proxy are common.
 * With no proxy variable set this is the global fetch, unchanged; undici's EnvHttpProxyAgent
 * (which reads the variables, NO_PROXY included) is loaded only when one is set.
 */
import type { Dispatcher } from 'undici'

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const

export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARS.some((name) => Boolean(env[name]))
}

type Proxied = { fetch: (input: string | URL, init: RequestInit & { dispatcher: Dispatcher }) => Promise<unknown>; dispatcher: Dispatcher }
let proxied: Promise<Proxied> | undefined

/** One agent per process: it keeps its connections to the proxy. */
function loadProxied(): Promise<Proxied> {
  proxied ??= import('undici').then((u) => ({ fetch: u.fetch as unknown as Proxied['fetch'], dispatcher: new u.EnvHttpProxyAgent() }))
  return proxied
}

/** Same contract as the global fetch; through the proxy the variables name, when they name one. */
export const proxyFetch: typeof fetch = async (input, init) => {
  if (!proxyConfigured()) return fetch(input, init)
  if (input instanceof Request) throw new TypeError('proxyFetch takes a URL and options, not a Request')
  const p = await loadProxied()
  return (await p.fetch(input, { ...init, dispatcher: p.dispatcher })) as Response
}
