/** The config's `links:` (top level first, then the environment's) with their placeholders filled. */
import { render } from '../config/template.js'
import type { Config, EnvironmentConfig } from '../config/schema.js'
import type { TemplateContext } from '../metrics/types.js'
import type { ReportLink } from '../report/types.js'
import type { Log } from '../runtime/types.js'

/** A link whose placeholder cannot be filled (an unset env.NAME) is left out with a warning. */
export function resolveLinks(config: Config, env: EnvironmentConfig, ctx: TemplateContext, log: Log): ReportLink[] {
  const out: ReportLink[] = []
  for (const l of [...(config.links ?? []), ...(env.links ?? [])]) {
    try {
      out.push({ title: l.title, url: render(l.url, ctx, 'url') })
    } catch (e) {
      log.warning(`link "${l.title}" left out of the report: ${(e as Error).message}`)
    }
  }
  return out
}
