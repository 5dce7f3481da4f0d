/** The run's basics (from the setup, or from the environment when the config could not be read). */
import type { RunBasics } from '../record/recorder.js'
import * as path from 'node:path'
import { MAX_ALIAS_COUNT, readText, type ConfigError } from '../config/file.js'
import type { Setup } from './setup.js'
import { templateBase } from './setup.js'
import { resolveLinks } from './links.js'
import type { Log } from '../runtime/types.js'

/** What a run knows about itself before it starts (the record's basics). */
export type DraftBasics = RunBasics

export function basicsFrom(s: Setup, log: Log): DraftBasics {
  return {
    service: s.config.service,
    environment: s.inputs.environment,
    version: s.version,
    sha: s.run.sha,
    mode: s.inputs.mode,
    strategy: s.env.strategy,
    runUrl: s.run.owner && s.run.repo && s.run.runId ? s.run.runUrl : '', // a local run links nowhere
    actor: s.run.actor,
    links: resolveLinks(s.config, s.env, templateBase(s), log)
  }
}

/** Basics for a run that failed before its config could be read: whatever the environment tells. */
export function basicsFromEnv(env: NodeJS.ProcessEnv = process.env): DraftBasics {
  const repo = env.GITHUB_REPOSITORY ?? ''
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    service: '',
    environment: env.INPUT_ENVIRONMENT ?? '',
    version: env.INPUT_VERSION || (env.GITHUB_SHA ?? '').slice(0, 7),
    sha: env.GITHUB_SHA ?? '',
    mode: env.INPUT_MODE === 'plan' ? 'plan' : 'deploy',
    strategy: '',
    runUrl: repo && env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : '',
    actor: env.GITHUB_ACTOR ?? ''
  }
}

/** Every problem of a config error, one `file:line:col: message` per line (the summary shows them all). */
export function everyIssue(e: ConfigError): string {
  return e.issues.map((i) => `${e.file}:${i.line}:${i.column}: ${i.message}`).join('\n')
}

/**
 * The `service:` of a config that did not validate, read leniently ('' when even that fails),
 * through the loader's own guarded read (a FIFO, a device or an oversized file is never opened
 * for a blocking read) and with its alias cap.
 */
export async function serviceOf(file: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  try {
    const text = await readText(path.resolve(env.GITHUB_WORKSPACE || process.cwd(), file), file)
    const { parse } = await import('yaml') // only for a config that exists and did not validate
    const data: unknown = parse(text, {
      uniqueKeys: false,
      maxAliasCount: MAX_ALIAS_COUNT
    })
    const service = data && typeof data === 'object' ? (data as Record<string, unknown>).service : undefined
    return typeof service === 'string' ? service : ''
  } catch {
    return ''
  }
}
