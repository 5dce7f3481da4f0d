/** The action's inputs (SPEC §1), read through an injected getter, trimmed, defaulted and checked. */
import * as path from 'node:path'
import type { FinalStatus } from '../report/types.js'
import { didYouMean } from './suggest.js'
import { CHANGE_TYPES, RISK_LEVELS, isChangeType, isRiskLevel, type ChangeType, type RiskLevel } from '../risk/types.js'

export interface Inputs {
  environment: string
  config: string
  version: string
  /** `resume`, `promote` and `abort` act on the newest paused rollout of the environment (SPEC §4). */
  mode: Mode
  githubToken: string
  overrideGates: string[]
  overrideReason: string
  prNumber?: number
  failOn: Set<FinalStatus>
  /** `change-type` / `risk`, set by hand (they replace what the classification rules say). */
  changeType?: ChangeType
  risk?: RiskLevel
  /** Free text (SPEC §4); a hotfix needs it. */
  reason: string
}

export const MODES = ['deploy', 'plan', 'resume', 'promote', 'abort'] as const
export type Mode = (typeof MODES)[number]
/** The modes that act on a paused (handed-off) rollout instead of starting one. */
export const DURABLE_MODES: readonly Mode[] = ['resume', 'promote', 'abort']

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

export const FINAL_STATUSES: readonly FinalStatus[] = [
  'succeeded',
  'blocked',
  'rolled-back',
  'rollback-failed',
  'failed',
  'planned',
  'paused',
  'idle'
]
export const DEFAULT_CONFIG = '.github/deploy.yml'
export const DEFAULT_FAIL_ON = 'blocked,rolled-back,rollback-failed,failed'

/** `get` returns '' for an input that was not set (as `core.getInput` does). */
export function readInputs(get: (name: string) => string): Inputs {
  const read = (name: string): string => (get(name) ?? '').trim()
  const environment = read('environment')
  if (!environment) throw new InputError('input "environment" is required: the key under environments: in the deploy config')
  const overrideGates = list(read('override-gates'))
  const overrideReason = read('override-reason')
  if (overrideGates.length && !overrideReason) {
    throw new InputError(
      `input "override-gates" (${overrideGates.join(', ')}) needs "override-reason": say why the gates are bypassed; it is recorded in every report`
    )
  }
  const prNumber = readPrNumber(read('pr-number'))
  return {
    environment,
    config: readConfigPath(read('config') || DEFAULT_CONFIG),
    version: read('version'),
    mode: readMode(read('mode') || 'deploy'),
    githubToken: readToken(read('github-token')),
    overrideGates,
    overrideReason,
    ...(prNumber === undefined ? {} : { prNumber }),
    failOn: readFailOn(read('fail-on') || DEFAULT_FAIL_ON),
    ...readClassification(read('change-type'), read('risk')),
    reason: read('reason')
  }
}

function readClassification(type: string, risk: string): Pick<Inputs, 'changeType' | 'risk'> {
  if (type && !isChangeType(type))
    throw new InputError(`input "change-type" is "${type}"; it must be one of ${CHANGE_TYPES.join(', ')}${didYouMean(type, CHANGE_TYPES)}`)
  if (risk && !isRiskLevel(risk))
    throw new InputError(`input "risk" is "${risk}"; it must be one of ${RISK_LEVELS.join(', ')}${didYouMean(risk, RISK_LEVELS)}`)
  return { ...(type ? { changeType: type as ChangeType } : {}), ...(risk ? { risk: risk as RiskLevel } : {}) }
}

/** A comma- or newline-separated list: trimmed, blanks dropped, duplicates removed, order kept. */
export function list(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean)
    )
  ]
}

/**
 * Outside a runner nobody expands action.yml's default `${{ github.token }}`: it arrives literally.
 * Such an unexpanded expression is no token (main.ts then says so in a plain notice), not a
 * credential GitHub refuses after a minute of retries.
 */
export function readToken(text: string): string {
  return /^\$\{\{[^}]*\}\}$/.test(text) ? '' : text
}

function readMode(mode: string): Inputs['mode'] {
  if ((MODES as readonly string[]).includes(mode)) return mode as Mode
  throw new InputError(`input "mode" is "${mode}"; it must be one of ${MODES.join(', ')}${didYouMean(mode, MODES)}`)
}

function readPrNumber(text: string): number | undefined {
  if (!text) return undefined
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new InputError(`input "pr-number" is "${text}"; it must be a positive integer (a pull request number)`)
  }
  return Number(text)
}

function readFailOn(text: string): Set<FinalStatus> {
  const out = new Set<FinalStatus>(['rollback-failed'])
  for (const s of list(text)) {
    if (!isFinalStatus(s)) throw new InputError(`input "fail-on" names unknown status "${s}"${didYouMean(s, FINAL_STATUSES)}`)
    out.add(s)
  }
  return out
}

function isFinalStatus(s: string): s is FinalStatus {
  return (FINAL_STATUSES as readonly string[]).includes(s)
}

/** The config path, relative to the workspace and inside it (normalised, forward slashes). */
function readConfigPath(p: string): string {
  if (p.includes('\0')) throw new InputError('input "config" contains a NUL byte')
  if (path.posix.isAbsolute(p) || path.win32.isAbsolute(p)) {
    throw new InputError(
      `input "config" is the absolute path "${p}"; give the deploy config's path relative to the workspace, e.g. ${DEFAULT_CONFIG}`
    )
  }
  const normal = path.posix.normalize(p.replace(/\\/g, '/'))
  if (normal === '..' || normal.startsWith('../')) {
    throw new InputError(`input "config" is "${p}", which leaves the workspace; the deploy config must be inside the repository`)
  }
  if (normal === '.' || normal.endsWith('/'))
    throw new InputError(`input "config" is "${p}", which is a directory; name the deploy config file, e.g. ${DEFAULT_CONFIG}`)
  return normal
}
