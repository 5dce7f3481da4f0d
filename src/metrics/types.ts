import type { TrackName } from '../config/schema.js'

/** What a provider returns. Providers never throw: errors and missing data are values. */
export type Measurement = { kind: 'value'; value: number } | { kind: 'no-data'; detail: string } | { kind: 'error'; detail: string }

/** Values a `{{ placeholder }}` can take (SPEC §2 templating). */
export interface TemplateContext {
  env: Record<string, string | undefined>
  track: TrackName
  version: string
  environment: string
  service: string
  sha: string
  weight: number
}

export interface MeasureRequest {
  context: TemplateContext
  signal?: AbortSignal
}

export interface MetricProvider {
  readonly name: string
  /** False when measuring runs the user's own code (a command): plan mode does not measure it. */
  readonly readOnly: boolean
  measure(request: MeasureRequest): Promise<Measurement>
}
