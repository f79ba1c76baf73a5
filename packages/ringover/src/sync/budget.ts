import { redactPhoneNumbers } from '@callbridge/core';

/** What `withinBudget` resolves with when the work did not finish in time. */
export const OVER_BUDGET: unique symbol = Symbol('over budget');

/**
 * Races `work` against a time budget (and an abort signal): Ringover waits for synchronous
 * answers while the phone rings, so a slow CRM must answer "nothing" rather than late. A signal
 * already aborted (the caller hung up) answers at once, without starting the work.
 */
export async function withinBudget<T>(
  work: () => Promise<T>,
  budgetMs: number,
  signal?: AbortSignal,
): Promise<T | typeof OVER_BUDGET> {
  if (signal?.aborted) return OVER_BUDGET;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const deadline = new Promise<typeof OVER_BUDGET>((resolve) => {
    timer = setTimeout(() => resolve(OVER_BUDGET), budgetMs);
    onAbort = () => resolve(OVER_BUDGET);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work(), deadline]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/** An empty answer: Ringover reads 204 as "nothing to show". */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A JSON answer to a synchronous request. */
export function jsonAnswer(value: unknown): Response {
  return new Response(JSON.stringify(value), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * The message of a failed lookup or routing function for the log, with the phone numbers it may
 * quote redacted: the numbers the work was given (`numbers`) and anything that looks like one.
 */
export function failureText(error: unknown, numbers: ReadonlyArray<string | null | undefined>): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactPhoneNumbers(message, numbers).slice(0, 300);
}
