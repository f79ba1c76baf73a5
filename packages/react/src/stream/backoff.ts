/** How reconnect delays grow. */
export interface BackoffOptions {
  /** First delay in ms when the server sent no `retry:`. Default 1000. */
  initialMs?: number;
  /** Largest delay in ms. Default 30000 (a larger server `retry:` raises it to that value). */
  maxMs?: number;
  /** The server's `retry:` field in ms, when it sent one: it replaces `initialMs`. */
  serverRetryMs?: number | null;
  /**
   * A refused response's `Retry-After` in ms: the delay is at least this, plus up to 25 % of
   * jitter (the backoff when it gives more), but never above the cap (`maxMs`, or a larger
   * `retry:`): jitter that would pass the cap is taken below it instead, so a `Retry-After` at or
   * over the cap is spread over its last quarter.
   */
  retryAfterMs?: number;
  /** Source of randomness in [0, 1); injectable for tests. */
  random?: () => number;
}

/** Share of the nominal delay that jitter may remove, so many tabs do not reconnect in step. */
export const JITTER = 0.25;

/**
 * The delay before reconnect number `attempt` (0-based): `base · 2^attempt` capped at `maxMs`,
 * then reduced by up to 25 % of jitter; at least `retryAfterMs` when given, raised by up to 25 %
 * of jitter so the clients one refusal sent away do not all return at the same moment (past the
 * cap, that jitter is taken below the cap). It never exceeds the cap, nor 2e9 ms (about 23 days,
 * under the longest timer), whatever `maxMs` or the server's `retry:` say.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.serverRetryMs ?? options.initialMs ?? 1000;
  // A timer holds at most 2^31 - 1 ms (about 24.8 days): a longer delay would fire at once.
  // 2e9 ms stays under it (and is fewer bytes).
  const cap = Math.min(Math.max(options.maxMs ?? 30_000, base), 2e9);
  const nominal = Math.min(cap, base * 2 ** Math.min(attempt, 30));
  const jitter = JITTER * (options.random ?? Math.random)();
  const delay = Math.round(nominal * (1 - jitter));
  // Retry-After (at most the cap) plus its jitter; what would pass the cap folds back below it,
  // so clients told to wait as long as the cap (callbridge's 429: 30 s) are spread too.
  const wait = Math.min(cap, options.retryAfterMs ?? 0) * (1 + jitter);
  return Math.max(delay, Math.round(wait > cap ? 2 * cap - wait : wait));
}

/**
 * Ms to wait by a refused response's `Retry-After`: delta-seconds, or an HTTP-date counted from
 * the response's `Date` (so a skewed browser clock does not matter), else from now. 0 when absent,
 * unreadable (`soon`, `1e3`) or past (a number that is not whole seconds, such as `5.5`, reads as a
 * past date).
 */
export function retryAfterMs(headers: Headers): number {
  // Headers trim values; null reads as no digits and no date.
  const v = headers.get('retry-after') as string;
  const ms = /^\d+$/.test(v)
    ? +v * 1000
    : Date.parse(v) - (Date.parse(headers.get('date') as string) || Date.now());
  // biome-ignore lint/complexity/useMathMinMax: NaN (an unreadable date) must give 0, not NaN.
  return ms > 0 ? ms : 0;
}
