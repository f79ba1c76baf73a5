import { CallbridgeError } from '@callbridge/core';

/**
 * Default longest wait, in ms, for Redis to answer one command of the dedupe store or the
 * broadcaster (and for the connections to close) before it counts as failed. Redis answers in
 * well under a millisecond; a server that hangs, or a network that drops packets while the
 * connection stays open, never makes ioredis give up by itself.
 */
export const DEFAULT_COMMAND_TIMEOUT_MS = 5_000;

/** Longest delay a timer holds (2^31 - 1 ms); longer ones fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/** Checks a `commandTimeoutMs` option: a positive number of ms, or `Infinity` for no limit. */
export function checkTimeout(name: string, ms: number | undefined, fallback: number): number {
  const value = ms ?? fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new CallbridgeError(
      'configuration_error',
      `${name} must be a positive number of ms, got ${value}.`,
      {
        hint: `Pass ${name} of at least 1 (or Infinity to wait as long as ioredis does).`,
      },
    );
  }
  return value;
}

/**
 * Checks an interval option handed to a timer (a lock duration, how often to look for stalled
 * jobs): a finite positive number of ms a timer can hold, as one that long fires at once.
 */
export function checkInterval(name: string, ms: number | undefined): number | undefined {
  if (ms === undefined) return undefined;
  if (typeof ms !== 'number' || !(ms > 0) || ms > MAX_TIMER_MS) {
    throw new CallbridgeError(
      'configuration_error',
      `${name} must be a finite positive number of ms (at most ${MAX_TIMER_MS}), got ${ms}.`,
      { hint: `Pass ${name} such as 30000, or leave it out for BullMQ's default.` },
    );
  }
  return ms;
}

/**
 * `promise`, or a rejection once `ms` passed without it settling (its later failure is then
 * ignored). The timer is cleared as soon as the promise settles.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  if (ms >= MAX_TIMER_MS) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Closes an ioredis connection: QUIT while it is ready, bounded by `ms`; a connection that is not
 * ready, or whose QUIT fails or does not answer in time, is disconnected instead (QUIT waits for
 * a reply that never comes from an unreachable or hung server).
 */
export async function quitWithin(
  client: { status: string; quit(): Promise<unknown>; disconnect(): void },
  ms: number,
): Promise<void> {
  if (client.status === 'ready') {
    try {
      await withTimeout(client.quit(), ms, 'QUIT');
      return;
    } catch {
      // fall through: cut it
    }
  }
  client.disconnect();
}
