/**
 * The actions toolkit's own workflow-command code (`@actions/core`'s `lib/` modules), imported
 * without the package's index. The index (`@actions/core`) also imports its OIDC client, which
 * imports `@actions/http-client` and with it undici: about 0.9 MB of code evaluated at every
 * start, for `getIDToken`, which Stagegate never calls (its own requests use `fetch`, and undici
 * only behind a proxy: `src/net/proxy.ts`). The package's `exports` map names only the index, so
 * the modules are reached by path; `@actions/core` is pinned to an exact version in package.json,
 * and `__tests__/runtime/core.test.ts` checks that what this runtime writes is byte for byte what
 * the index's functions write.
 */
export { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js'
export { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js'
export { toCommandProperties } from '../../node_modules/@actions/core/lib/utils.js'
export { summary } from '../../node_modules/@actions/core/lib/summary.js'
