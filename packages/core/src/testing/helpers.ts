import { isCallbridgeError } from '../errors.js';
import type { ConformanceOptions, TestApi } from './types.js';

/** A short random id with a prefix, so suites sharing a database never collide. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 12)}`;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `predicate` every 5 ms until it returns true.
 * @throws Error naming `what` when it is still false after `timeoutMs`.
 */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await sleep(5);
  }
}

/**
 * Work that honours a job's signal: resolves true when it aborts (the queue closes), or false
 * after 10 s for a queue that gives its handlers no signal.
 */
export function untilAborted(signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The error `promise` rejects with, or null when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error;
  }
}

/** The `code` of a CallbridgeError, or a marker for any other outcome. */
export function errorCode(error: unknown): string {
  if (error === null) return '(resolved)';
  return isCallbridgeError(error) ? error.code : `(not a CallbridgeError: ${String(error)})`;
}

/**
 * Wires a suite: one `describe` whose tests get a fresh `create()` result through `port()` and
 * `cleanup` after each.
 */
export function suite<Port>(
  t: TestApi,
  title: string,
  options: ConformanceOptions<Port>,
  body: (port: () => Port) => void,
): void {
  t.describe(`${options.name}: ${title} conformance`, () => {
    let current: Port | undefined;
    t.beforeEach(async () => {
      current = await options.create();
    });
    t.afterEach(async () => {
      if (current !== undefined) await options.cleanup?.(current);
      current = undefined;
    });
    body(() => {
      if (current === undefined) throw new Error('The port is only available inside a test.');
      return current;
    });
  });
}
