/**
 * Spaces request starts at least `1000 / perSecond` ms apart (Ringover allows 2 requests per
 * second per key and answers 429 beyond, without rate-limit headers). Slots are reserved
 * synchronously, so concurrent callers queue in order.
 */
export class IntervalLimiter {
  readonly #intervalMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  #next = 0;

  constructor(perSecond: number, now: () => number, sleep: (ms: number) => Promise<void>) {
    this.#intervalMs = 1000 / perSecond;
    this.#now = now;
    this.#sleep = sleep;
  }

  /** Resolves when the caller may send its request. */
  async wait(): Promise<void> {
    const now = this.#now();
    const at = Math.max(now, this.#next);
    this.#next = at + this.#intervalMs;
    if (at > now) await this.#sleep(at - now);
  }
}

/** `setTimeout` as a promise. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
