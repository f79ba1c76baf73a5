import { CallbridgeError } from '@callbridge/core';

/** Pages one `iterateCalls` (one reconciliation run) reads at most, unless told otherwise. */
export const DEFAULT_MAX_PAGES = 1000;

/** A page bound must be a whole number of pages, 1 or more. */
export function checkMaxPages(maxPages: unknown, name = 'maxPages'): void {
  if (Number.isInteger(maxPages) && (maxPages as number) >= 1) return;
  throw new CallbridgeError(
    'configuration_error',
    `Invalid \`${name}\`: ${String(maxPages).slice(0, 20)} is not a whole number of pages.`,
    {
      hint: `Set \`${name}\` to a whole number of pages, 1 or more, or leave it out for the default (1000).`,
    },
  );
}

/** `iterateCalls` read `maxPages` pages and the API still lists calls. */
export function pageBoundError(maxPages: number, from: string): CallbridgeError {
  return new CallbridgeError(
    'upstream_error',
    `Ringover GET /calls was still listing calls after ${maxPages} pages (maxPages); the rest of the range from ${from} is not read.`,
    {
      hint: 'Read a shorter range per run, or raise `maxPages` (`reconcile.maxPages` in ringover()) if the range really holds that many calls; otherwise the API is not ending the list: report it.',
    },
  );
}

/** A full page where no row has an integer `cdr_id`: the cursor cannot move past it. */
export function noCursorError(): CallbridgeError {
  return new CallbridgeError(
    'upstream_error',
    'No row of a full Ringover GET /calls page has an integer cdr_id, which paging needs.',
    {
      hint: 'The API may have changed: report it. Meanwhile a larger pageSize (up to 1000) may hold the window in one page.',
    },
  );
}
