// Waits the stream's log reads share: pauses between reads, and promises cut short by an abort.

/**
 * First pause before a gap read asks the log again, after an answer that does not reach the event
 * that showed the gap (a read replica behind the primary); it doubles up to {@link REREAD_MAX_MS}.
 */
export const REREAD_FIRST_MS = 50;
export const REREAD_MAX_MS = 1000;

/** Resolves after `ms`, or rejects (its timer cleared) as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slept = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return untilAborted(slept, signal).finally(() => clearTimeout(timer));
}

/**
 * `promise`, or a rejection with `signal`'s reason as soon as it aborts (at once when it already
 * did; without a signal, `promise` itself). A failure of `promise` after the abort is still
 * handled, never an unhandled rejection.
 */
export function untilAborted<T>(promise: PromiseLike<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return Promise.resolve(promise);
  if (signal.aborted) {
    Promise.resolve(promise).catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}
