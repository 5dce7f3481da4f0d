// ESLint flat config: eslint:recommended + typescript-eslint's recommended + eslint-plugin-jest's
// recommended, the rule sets actions/typescript-action extends. Layout is Prettier's job
// (`npm run format:check`), so eslint-config-prettier turns off every stylistic rule that would
// fight it. Not type-aware (no parserOptions.projectService): `npx tsc --noEmit` already type-checks,
// and the syntactic rules keep `npm run lint` fast enough for the stop hook.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import jest from 'eslint-plugin-jest'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', '.dist-build/', '.bench-build/', 'coverage/', 'node_modules/', '.ci/node24/', 'schema/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node }
    },
    rules: {
      // `_`-prefixed names are deliberately unused (ignored callback arguments, destructured-away keys).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }
      ],
      // Errors here are rendered by message, and src/metrics/http.ts appends `cause.message` to what it
      // reports: a cause attached to a rethrown error would change the text users read.
      'preserve-caught-error': 'off'
    }
  },
  {
    files: ['__tests__/**/*.ts'],
    ...jest.configs['flat/recommended'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // Table-driven tests check a row's optional columns only when the row gives them.
      'jest/no-conditional-expect': 'off',
      // `afterEach(() => expect(server.violations).toEqual([]))` is the GitHub contract check after every test.
      'jest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['afterEach'] }],
      // A suite whose real parts are missing registers a visible `test.skip` (counted by
      // __tests__/support/skip-reporter.cjs; STAGEGATE_E2E=required turns it into a failure).
      'jest/no-disabled-tests': 'off',
      // Test servers and the OpenAPI contract checker handle arbitrary JSON bodies.
      '@typescript-eslint/no-explicit-any': 'off'
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  prettier
)
