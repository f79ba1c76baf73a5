import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RingoverClient } from './client.js';

// Paging that cannot go on must say so: rows past the page would otherwise be missed silently,
// and the reconciliation checkpoint would move past them.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CALLS = 'https://public-api.ringover.com/v2/calls';
const row = (cdr_id: number) => ({
  cdr_id,
  call_id: `c${cdr_id}`,
  direction: 'in',
  last_state: 'MISSED',
  start_time: '2026-01-01T10:00:00Z',
});

describe('RingoverClient paging', () => {
  it('warns when the API ignores the last_id_returned cursor', async () => {
    server.use(http.get(CALLS, () => HttpResponse.json({ call_list: [row(9), row(8)] })));
    const warned: Array<[string, unknown]> = [];
    const logger = {
      debug() {},
      info() {},
      error() {},
      warn: (m: string, f?: unknown) => warned.push([m, f]),
    };
    const client = new RingoverClient({
      apiKey: 'k',
      sleep: async () => {},
      requestsPerSecond: 1000,
      logger,
    });
    const seen: string[] = [];
    for await (const r of client.iterateCalls({
      since: '2026-01-01T00:00:00Z',
      until: '2026-01-02T00:00:00Z',
      pageSize: 2,
    }))
      seen.push(r.cdr_id);
    expect(new Set(seen)).toEqual(new Set(['9', '8']));
    expect(warned).toEqual([
      [
        expect.stringContaining('last_id_returned'),
        { cursor: '8', oldest: '8', start: '2026-01-01T00:00:00.000Z', end: '2026-01-02T00:00:00.000Z' },
      ],
    ]);
  });
});
