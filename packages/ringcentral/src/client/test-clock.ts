import type { Clock } from './clock.js';

/** A fake clock whose `sleep` advances time at once and records every wait. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(private current = Date.parse('2025-03-04T16:00:00.000Z')) {}

  now(): number {
    return this.current;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += Math.max(0, ms);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
