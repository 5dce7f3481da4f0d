/**
 * schema/deploy-config.schema.json is the zod schema as JSON Schema, committed for editors
 * (`# yaml-language-server: $schema=…`). Regenerate with UPDATE_SCHEMA=1 after changing the schema.
 */
import { expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { configJsonSchema } from '../../src/config/load.js'

const FILE = path.join(process.cwd(), 'schema', 'deploy-config.schema.json')
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`
if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(FILE, generated)

test('the committed JSON Schema is the one the zod schema gives', () => {
  expect(fs.readFileSync(FILE, 'utf8')).toBe(generated)
})

test.each(['__fixtures__/config/full.yml', 'examples/deploy.yml', 'examples/demo/deploy.yml'])('%s validates against it', (file) => {
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(generated))
  const ok = validate(parse(fs.readFileSync(file, 'utf8')))
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
})

test('it refuses an unknown key, as the loader does', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(generated))
  expect(validate({ version: 1, service: 's', environments: { production: { stpes: [] } } })).toBe(false)
})
