import { describe, expect, it } from 'vitest';
import { isCallbridgeError } from '../errors.js';
import { parseListQuery, parseStatsQuery } from './calls-query.js';

const url = (query: string) => new URL(`https://crm.test/api/v1/calls?${query}`);

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return isCallbridgeError(error) ? error.code : 'not a CallbridgeError';
  }
}

describe('a positive offset written unencoded in the query string', () => {
  // In a query string `+` means a space, so `…T00:00:00+01:00` typed into curl or a browser bar
  // arrives as `…T00:00:00 01:00`: it is the offset +01:00, not a date-time without a zone.
  it('is read as the offset on GET /calls', () => {
    const { filter } = parseListQuery(url('from=2026-03-01T00:00:00+01:00&to=2026-03-02T10:30+05:30'));
    expect(filter.from).toBe('2026-02-28T23:00:00.000Z');
    expect(filter.to).toBe('2026-03-02T05:00:00.000Z');
  });

  it('is read as the offset on GET /calls/stats, like the %2B-encoded form', () => {
    const plain = parseStatsQuery(url('from=2026-03-01T00:00:00.250+0100&to=2026-03-10'), 0);
    const encoded = parseStatsQuery(url('from=2026-03-01T00:00:00.250%2B0100&to=2026-03-10'), 0);
    expect(plain).toEqual({ from: '2026-02-28T23:00:00.250Z', to: '2026-03-10T00:00:00.000Z' });
    expect(plain).toEqual(encoded);
  });

  it('leaves a date-time without a zone, or any other space, refused', () => {
    for (const value of [
      '2026-03-01 10:00',
      '2026-03-01T10:00:00',
      '2026-03-01 ',
      ' 2026-03-01',
      '2026-03-01T10:00  01:00',
    ]) {
      expect(
        codeOf(() => parseListQuery(url(`from=${encodeURIComponent(value)}`))),
        value,
      ).toBe('invalid_query');
    }
  });
});
