// Two projects: `unit` (pure logic + bundle-as-runner integration, always runs) and
// `e2e` (real Prometheus + nginx; needs the binaries that .ci/run installs).
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }]
}
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/quiet.ts']
}
export default {
  reporters: ['default', '<rootDir>/__tests__/support/skip-reporter.cjs'],
  testSequencer: '<rootDir>/__tests__/support/slow-first.mjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/**/*.test.ts'], testPathIgnorePatterns: ['/e2e/'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'] }
  ]
}
