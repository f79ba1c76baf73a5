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

function problemOf(run: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (isCallbridgeError(error))
      return { code: error.code, message: error.message, details: error.details ?? {} };
    throw error;
  }
  throw new Error('expected a CallbridgeError, the query was accepted');
}

describe('a query parameter the route does not take', () => {
  // A typo (`contact=`, `directon=`) used to be dropped, which answered the unfiltered list.
  it('is a 400 on GET /calls naming it, the accepted ones, and the likely intended one', () => {
    const problem = problemOf(() => parseListQuery(url('directon=inbound&limit=5')));
    expect(problem.code).toBe('invalid_query');
    expect(problem.details.parameter).toBe('directon');
    expect(problem.details.accepted).toEqual([
      'direction',
      'source',
      'contactId',
      'caseId',
      'callType',
      'status',
      'eventType',
      'from',
      'to',
      'cursor',
      'limit',
    ]);
    expect(problem.message).toContain('"directon"');
    expect(problem.message).toContain('"direction"?');
    expect(problem.message).toContain('contactId, caseId');
    expect(problemOf(() => parseListQuery(url('contact=c1'))).message).toContain('"contactId"?');
    expect(problemOf(() => parseListQuery(url('Direction=inbound'))).message).toContain('"direction"?');
  });

  it('is a 400 on GET /calls/stats, whose accepted ones are from and to', () => {
    const problem = problemOf(() => parseStatsQuery(url('from=2026-03-01&direction=inbound'), 0));
    expect(problem.code).toBe('invalid_query');
    expect(problem.details).toEqual({ parameter: 'direction', accepted: ['from', 'to'] });
  });

  it('is a 400 even when empty or nameless, its name cut to a readable length', () => {
    expect(problemOf(() => parseListQuery(url('contact='))).details.parameter).toBe('contact');
    expect(problemOf(() => parseListQuery(url('=inbound'))).details.parameter).toBe('');
    const long = problemOf(() => parseListQuery(url(`${'x'.repeat(5000)}=1`)));
    expect(long.message.length).toBeLessThan(1000);
    expect(String(long.details.parameter).length).toBeLessThanOrEqual(100);
  });

  it('leaves `_`, the cache-buster of jQuery `cache: false`, ignored, also repeated', () => {
    expect(parseListQuery(url('direction=inbound&_=1700000000000&_=1')).filter).toEqual({
      direction: 'inbound',
    });
    expect(parseStatsQuery(url('_=1&from=2026-03-01&to=2026-03-02'), 0).from).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });

  it("leaves Next.js's route parameters (nxtP…, nxtI…) a deployment's rewrite may leave in the URL ignored", () => {
    // `app/api/callbridge/[...path]/route.ts` is routed as `…/[...path]?nxtPpath=calls` on some
    // platforms; a leak of it into request.url must not turn every call into a 400.
    expect(parseListQuery(url('nxtPpath=calls&direction=inbound')).filter).toEqual({ direction: 'inbound' });
    expect(parseStatsQuery(url('nxtPpath=calls&nxtPpath=stats&nxtIpath=x'), 0).to).toBe(
      '1970-01-01T00:00:00.000Z',
    );
    expect(problemOf(() => parseListQuery(url('nxt=1'))).details.parameter).toBe('nxt');
  });

  it('given twice is refused like a known one given twice, naming it', () => {
    const known = problemOf(() => parseListQuery(url('direction=inbound&direction=outbound')));
    expect(known.code).toBe('invalid_query');
    expect(known.details.parameter).toBe('direction');
    expect(problemOf(() => parseStatsQuery(url('to=2026-03-02&to=2026-03-03'), 0)).details.parameter).toBe(
      'to',
    );
  });
});
