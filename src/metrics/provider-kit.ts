/**
 * The metric provider contract, kept in one place: a provider's `measure` never throws, and a
 * measurement the caller aborted is an error whose detail is exactly `cancelled`.
 */
import { CANCELLED, errorText } from '../net/http-client.js'
import type { MeasureRequest, Measurement, MetricProvider } from './types.js'

export { CANCELLED }

/**
 * A provider whose measure never throws (the MetricProvider contract, kept in one place): an
 * unexpected throw becomes an error measurement, exactly `cancelled` once the caller aborted.
 */
export function neverThrows(
  name: string,
  readOnly: boolean,
  what: string,
  measure: (r: MeasureRequest) => Promise<Measurement>
): MetricProvider {
  return {
    name,
    readOnly,
    async measure(request) {
      try {
        return await measure(request)
      } catch (err) {
        return { kind: 'error', detail: request.signal?.aborted ? CANCELLED : `${what}: ${errorText(err)}` }
      }
    }
  }
}
