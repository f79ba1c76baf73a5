/** Options of {@link runAbortable}. */
export interface AbortableOptions {
  /** Longest time `run` may take; then its signal aborts and `timeoutError()` is thrown. */
  timeoutMs: number;
  /** Aborts the run too (the job's signal); then `parentError(parent.reason)` is thrown. */
  parent?: AbortSignal | undefined;
  timeoutError: () => Error;
  /** The error of a run cut off by `parent`, from its reason (the queue closing, a cancellation). */
  parentError: (reason: unknown) => Error;
}

/**
 * Runs `run` with a signal that aborts after `timeoutMs` or when `parent` aborts, and stops
 * waiting for it at that moment: a call that ignores its signal (a hung provider) can no longer
 * hold the job, nor `close()`, forever.
 */
export async function runAbortable<T>(
  run: (signal: AbortSignal) => Promise<T>,
  options: AbortableOptions,
): Promise<T> {
  const controller = new AbortController();
  let reject: (error: Error) => void = () => {};
  const aborted = new Promise<never>((_, fail) => {
    reject = fail;
  });
  const abort = (error: Error) => {
    if (controller.signal.aborted) return;
    controller.abort(error);
    reject(error);
  };
  const timer = setTimeout(() => abort(options.timeoutError()), options.timeoutMs);
  const onParentAbort = () => abort(options.parentError(options.parent?.reason));
  if (options.parent?.aborted) onParentAbort();
  else options.parent?.addEventListener('abort', onParentAbort, { once: true });
  try {
    return await Promise.race([run(controller.signal), aborted]);
  } finally {
    clearTimeout(timer);
    options.parent?.removeEventListener('abort', onParentAbort);
  }
}
