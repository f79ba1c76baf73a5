import { untilAborted } from '@callbridge/core';
import type { Clock } from './clock.js';

/** RingCentral API rate-limit groups (`x-throttling-group`). */
export type RateGroup = 'light' | 'medium' | 'heavy' | 'auth';

/**
 * Spaces calls of one rate group: at most `perMinute` starts in any sliding 60 s window, and
 * nothing at all while a 429 penalty is running (every request during the penalty restarts it).
 */
export class RatePacer {
  private readonly starts: number[] = [];
  private blockedUntil = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
    private readonly windowMs = 60_000,
  ) {
    if (!Number.isFinite(perMinute) || perMinute < 1) {
      throw new RangeError('perMinute must be a number >= 1');
    }
  }

  /**
   * Waits for a free slot, then records the start of a call. Calls are served in order. When
   * `signal` aborts first, the call rejects with its reason at once and takes no slot: the calls
   * queued after it do not wait for it.
   */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot(signal));
    this.queue = turn.catch(() => undefined);
    return untilAborted(turn, signal);
  }

  /** Blocks every call of the group until `ms` from now (a 429's Retry-After). */
  penalize(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + ms);
  }

  private async waitForSlot(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock.now();
      while (this.starts.length > 0 && (this.starts[0] ?? 0) <= now - this.windowMs) this.starts.shift();
      let waitMs = this.blockedUntil - now;
      if (this.starts.length >= this.perMinute) {
        waitMs = Math.max(waitMs, (this.starts[0] ?? now) + this.windowMs - now);
      }
      if (waitMs <= 0) break;
      await untilAborted(this.clock.sleep(waitMs), signal);
    }
    this.starts.push(this.clock.now());
  }
}
