/** A built-in traffic adapter: moves the canary's share of traffic and reads it back. */
export interface TrafficAdapter {
  /** Moves `weight` percent (0..100) of the traffic to the canary; resolves with one line for the log. Throws TrafficError. */
  setWeight(weight: number, signal: AbortSignal): Promise<string>
  /** The canary's share as the router reports it now. Throws TrafficError. */
  readWeight(signal: AbortSignal): Promise<number>
}

/** A failure an adapter explains in one line (shown in the log and the report). */
export class TrafficError extends Error {}
