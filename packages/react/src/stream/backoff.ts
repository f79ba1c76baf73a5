/** How reconnect delays grow. */
export interface BackoffOptions {
  /** First delay in ms when the server sent no `retry:`. Default 1000. */
  initialMs?: number;
  /** Largest delay in ms. Default 30000 (a larger server `retry:` raises it to that value). */
  maxMs?: number;
  /** The server's `retry:` field in ms, when it sent one: it replaces `initialMs`. */
  serverRetryMs?: number | null;
  /** Source of randomness in [0, 1); injectable for tests. */
  random?: () => number;
}

/** Share of the nominal delay that jitter may remove, so many tabs do not reconnect in step. */
export const JITTER = 0.25;

/**
 * The delay before reconnect number `attempt` (0-based): `base · 2^attempt` capped at `maxMs`,
 * then reduced by up to 25 % of jitter. It never exceeds the cap.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.serverRetryMs ?? options.initialMs ?? 1000;
  const cap = Math.max(options.maxMs ?? 30_000, base);
  const nominal = Math.min(cap, base * 2 ** Math.min(attempt, 30));
  const random = options.random ?? Math.random;
  return Math.round(nominal * (1 - JITTER * random()));
}
