import type { Clock } from './clock.js';

/**
 * A fake clock whose `sleep` advances time at once and records every wait: pass it as `clock`
 * to `ringcentral(options)` or `RingCentralClient` to test pacing and Retry-After without waiting.
 */
export class FakeClock implements Clock {
  /** Every `sleep` duration, in order. */
  readonly sleeps: number[] = [];

  constructor(private current = Date.parse('2025-03-04T16:00:00.000Z')) {}

  /** The fake time, ms since the epoch (default start 2025-03-04T16:00:00Z). */
  now(): number {
    return this.current;
  }

  /** Records the wait and advances the clock by it, at once. */
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += Math.max(0, ms);
  }

  /** Moves time forward, as if `ms` passed. */
  advance(ms: number): void {
    this.current += ms;
  }
}
