#!/usr/bin/env node
/** Entry of the `stagegate` command (package.json `bin`, bundled to dist/cli/index.js). */
import { cli } from './main.js'

process.exitCode = await cli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env, cwd: process.cwd() })
