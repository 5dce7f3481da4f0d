/**
 * The main step's way into what it needs only once the config is valid: the risk classification
 * (picomatch) and the deploy and plan flows (engine, gates, analysis). Each is an `import()`, so
 * ncc puts them in chunks of their own and a run that fails on its inputs or config never loads
 * them (issue 12's cold start; __tests__/integration/lazy-chunks.test.ts). The wrappers take
 * exactly the parameters of the functions they load.
 */
type Risk = typeof import('../risk/resolve.js')
type Deploy = typeof import('./deploy.js')
type Plan = typeof import('./plan.js')
type Durable = typeof import('../durable/entry.js')

let risk: Risk | undefined

export async function resolveRisk(...args: Parameters<Risk['resolveRisk']>): ReturnType<Risk['resolveRisk']> {
  risk ??= await import('../risk/resolve.js')
  return risk.resolveRisk(...args)
}

/** Called after resolveRisk, which loaded the module. */
export function auditRisk(...args: Parameters<Risk['auditRisk']>): ReturnType<Risk['auditRisk']> {
  if (!risk) throw new Error('auditRisk called before resolveRisk')
  return risk.auditRisk(...args)
}

export async function deployFlow(...args: Parameters<Deploy['deployFlow']>): ReturnType<Deploy['deployFlow']> {
  return (await import('./deploy.js')).deployFlow(...args)
}

export async function planFlow(...args: Parameters<Plan['planFlow']>): ReturnType<Plan['planFlow']> {
  return (await import('./plan.js')).planFlow(...args)
}

export async function runDurable(...args: Parameters<Durable['runDurable']>): ReturnType<Durable['runDurable']> {
  return (await import('../durable/entry.js')).runDurable(...args)
}
