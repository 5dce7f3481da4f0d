/** Stagegate's built-in classification rules (`risk.default-rules: true`), after the config's own. */
import type { RiskRuleConfig } from '../config/schema.js'

/** Dependency manifests and lock files, at any depth (`risk.dependency-manifests` replaces the list). */
export const DEFAULT_DEPENDENCY_MANIFESTS = [
  '**/package.json',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/bun.lockb',
  '**/go.mod',
  '**/go.sum',
  '**/Cargo.toml',
  '**/Cargo.lock',
  '**/requirements*.txt',
  '**/Pipfile',
  '**/Pipfile.lock',
  '**/poetry.lock',
  '**/pyproject.toml',
  '**/uv.lock',
  '**/Gemfile',
  '**/Gemfile.lock',
  '**/composer.json',
  '**/composer.lock',
  '**/pom.xml',
  '**/build.gradle',
  '**/build.gradle.kts',
  '**/gradle.lockfile',
  '**/*.csproj',
  '**/packages.lock.json',
  '**/mix.exs',
  '**/mix.lock'
]

const conventional = (name: string, prefixes: string[], type: NonNullable<RiskRuleConfig['type']>): RiskRuleConfig => ({
  name,
  'title-prefix': prefixes,
  type
})

export const DEFAULT_RULES: readonly RiskRuleConfig[] = [
  { name: 'hotfix-label', labels: ['hotfix'], type: 'hotfix' },
  conventional('conventional-hotfix', ['hotfix'], 'hotfix'),
  ...(['low', 'medium', 'high', 'critical'] as const).map((risk): RiskRuleConfig => ({
    name: `risk-label-${risk}`,
    labels: [`risk:${risk}`, `risk/${risk}`],
    risk
  })),
  { name: 'breaking-change', breaking: true, risk: 'high' },
  { name: 'migrations', paths: ['migrations/**', '**/migrations/**', 'db/migrate/**', '**/*.sql'], risk: 'high' },
  { name: 'large-change', 'min-lines': 1000, risk: 'high' },
  { name: 'dependencies', dependencies: true, risk: 'medium', type: 'dependency' },
  conventional('conventional-feature', ['feat', 'feature'], 'feature'),
  conventional('conventional-bugfix', ['fix', 'bugfix', 'revert'], 'bugfix'),
  conventional('conventional-refactor', ['refactor', 'perf', 'style', 'test'], 'refactor'),
  conventional('conventional-dependency', ['deps', 'build'], 'dependency'),
  conventional('conventional-config', ['chore', 'ci', 'config'], 'config'),
  conventional('conventional-docs', ['docs'], 'docs'),
  {
    name: 'infrastructure',
    paths: ['**/Dockerfile', '.github/workflows/**', '.github/deploy.yml', '**/*.tf', 'k8s/**', 'helm/**', 'deploy/**'],
    risk: 'medium',
    type: 'config'
  },
  {
    name: 'docs-only',
    'only-paths': ['docs/**', '**/*.md', '**/*.mdx', '**/*.rst', '**/LICENSE*', '.github/ISSUE_TEMPLATE/**'],
    risk: 'low',
    type: 'docs'
  }
]
