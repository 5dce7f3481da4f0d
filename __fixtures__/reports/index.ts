/** Every fixture report, by the name the tests and scripts use. */
import type { DeployReport } from '../../src/report/types.js'
import { succeeded } from './succeeded.js'
import { blocked } from './blocked.js'
import { rolledBack } from './rolled-back.js'
import { rollbackFailed } from './rollback-failed.js'
import { planned } from './planned.js'
import { failedConfigError } from './failed-config-error.js'
import { live } from './live.js'

export { giantReport } from './giant.js'

export const fixtures: Record<string, DeployReport> = {
  succeeded,
  blocked,
  'rolled-back': rolledBack,
  'rollback-failed': rollbackFailed,
  planned,
  'failed-config-error': failedConfigError,
  live
}
