// The cold-start reference for `npm run bench`: the smallest real action, @actions/core reading
// an input and writing a log line and an output, bundled by ncc exactly like dist/.
import * as core from '@actions/core'

core.info(`reference action: environment=${core.getInput('environment')}`)
core.setOutput('status', 'done')
