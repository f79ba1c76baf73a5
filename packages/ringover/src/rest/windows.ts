import { CallbridgeError } from '@callbridge/core';

/** The longest span Ringover accepts between `start_date` and `end_date`. */
export const MAX_WINDOW_MS = 15 * 24 * 60 * 60 * 1000;

/** Splits [fromMs, toMs) into consecutive windows of at most 15 days, oldest first. */
export function fifteenDayWindows(
  fromMs: number,
  toMs: number,
  maxMs = MAX_WINDOW_MS,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = fromMs; start < toMs; start += maxMs) out.push([start, Math.min(start + maxMs, toMs)]);
  return out;
}

/**
 * Milliseconds of a Date, an ISO string or a number of ms.
 *
 * @throws CallbridgeError `invalid_query` for anything else (`since: 'yesterday'`).
 */
export function toMs(value: Date | string | number): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new CallbridgeError('invalid_query', `Not a date: ${String(value).slice(0, 40)}.`, {
      hint: 'Pass a Date, epoch milliseconds or an ISO-8601 date-time such as 2026-01-01T00:00:00Z.',
    });
  }
  return ms;
}
