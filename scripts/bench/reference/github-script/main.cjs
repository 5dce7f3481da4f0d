// The bench's second cold-start reference: actions/github-script v8's entry, recreated from its
// source (src/main.ts, src/async-function.ts, src/retry-options.ts, src/wrap-require.ts of
// https://github.com/actions/github-script, MIT licence, Copyright GitHub) so that `npm run bench`
// can build and run it next to Stagegate's bundle in the same run. Same imports (they decide what
// loads at start), same inputs read in the same order, the same client construction (retry and
// request-log plugins, the toolkit's default request options), the script run through an async
// function built with eval, the result encoded and set as the `result` output. Its dependencies are
// pinned in ./package.json to the lowest versions github-script v8's package.json ranges name
// (see the README's Benchmark section for where each comes from); ncc bundles this
// file to CommonJS as `ncc build src/main.ts` does for github-script. Written as plain CommonJS
// (github-script is TypeScript compiled to CommonJS by ncc): nothing here is typed at run time.
/* global __non_webpack_require__ */
const path = require('node:path')
const core = require('@actions/core')
const exec = require('@actions/exec')
const { context, getOctokit } = require('@actions/github')
const { defaults: defaultGitHubOptions } = require('@actions/github/lib/utils')
const glob = require('@actions/glob')
const io = require('@actions/io')
const { requestLog } = require('@octokit/plugin-request-log')
const { retry } = require('@octokit/plugin-retry')

/** src/async-function.ts: the script becomes the body of an async arrow taking the named arguments. */
function callAsyncFunction(args, source) {
  const fn = eval(`async({${Object.keys(args).join(',')}}) => {\n${source}\n}`)
  return fn(args)
}

/** src/retry-options.ts: retries off (the default, 0) keeps the toolkit's request defaults as they are. */
function getRetryOptions(retries, exemptStatusCodes, defaults) {
  if (retries <= 0) return [{ enabled: false }, defaults.request]
  const retryOptions = { enabled: true }
  if (exemptStatusCodes.length > 0) retryOptions.doNotRetry = exemptStatusCodes
  const requestOptions = { ...defaults.request, retries }
  core.debug(`GitHub client configured with: (retries: ${retries}, retry-exempt-status-code: ${retryOptions.doNotRetry})`)
  return [retryOptions, requestOptions]
}

const parseNumberArray = (list) =>
  list
    ? list
        .trim()
        .split(',')
        .map((x) => parseInt(x))
    : []

/** src/wrap-require.ts: `require` inside a script resolves relative paths and packages from the workspace. */
const wrapRequire = new Proxy(__non_webpack_require__, {
  apply: (target, thisArg, [moduleID]) => {
    if (moduleID.startsWith('.')) return target.apply(thisArg, [path.resolve(moduleID)])
    const resolved = target.resolve.apply(thisArg, [moduleID, { paths: [process.cwd()] }])
    return target.apply(thisArg, [resolved])
  },
  get: (target, prop, receiver) => Reflect.get(target, prop, receiver)
})

/** The orchestration id the runner may set is appended to the user agent, sanitised. */
function userAgentWithOrchestrationId(userAgent) {
  const id = process.env['ACTIONS_ORCHESTRATION_ID']
  return id ? `${userAgent} actions_orchestration_id/${id.replace(/[^a-zA-Z0-9._-]/g, '_')}` : userAgent
}

async function main() {
  const token = core.getInput('github-token', { required: true })
  const debug = core.getBooleanInput('debug')
  const userAgent = core.getInput('user-agent')
  const previews = core.getInput('previews')
  const baseUrl = core.getInput('base-url')
  const retries = parseInt(core.getInput('retries'))
  const exemptStatusCodes = parseNumberArray(core.getInput('retry-exempt-status-codes'))
  const [retryOpts, requestOpts] = getRetryOptions(retries, exemptStatusCodes, defaultGitHubOptions)
  const opts = {
    log: debug ? console : undefined,
    userAgent: userAgentWithOrchestrationId(userAgent || 'actions/github-script'),
    previews: previews ? previews.split(',') : undefined,
    retry: retryOpts,
    request: requestOpts
  }
  if (baseUrl) opts.baseUrl = baseUrl
  const github = getOctokit(token, opts, retry, requestLog)
  const script = core.getInput('script', { required: true })
  const result = await callAsyncFunction(
    {
      require: wrapRequire,
      __original_require__: __non_webpack_require__,
      github,
      octokit: github,
      context,
      core,
      exec,
      glob,
      io
    },
    script
  )
  const encoding = core.getInput('result-encoding') || 'json'
  if (encoding !== 'json' && encoding !== 'string') throw new Error('"result-encoding" must be either "string" or "json"')
  core.setOutput('result', encoding === 'json' ? JSON.stringify(result) : String(result))
}

function handleError(err) {
  console.error(err)
  core.setFailed(`Unhandled error: ${err}`)
}

process.on('unhandledRejection', handleError)
main().catch(handleError)
