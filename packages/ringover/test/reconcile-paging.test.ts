import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { type MockCallRow, ringoverApiHandlers } from '../src/testing.js';
import { makeBridge } from './helpers.js';

// Reconciliation reads a range in full when the API caps its pages below the size asked, and a
// run reads a bounded number of pages: past `reconcile.maxPages` it fails (logged), and its
// checkpoint does not move, so the next run reads the range again.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API_KEY = 'acme-rest-key';
const CALLS_URL = 'https://public-api.ringover.com/v2/calls';
const row = (n: number): MockCallRow => ({
  cdr_id: 700 + n,
  call_id: `1448659782827346${String(n).padStart(4, '0')}`,
  direction: 'in',
  last_state: 'MISSED',
  start_time: `2025-12-31T0${n % 10}:00:00Z`,
  end_time: `2025-12-31T0${n % 10}:00:30Z`,
  total_duration: 30,
});

describe('reconciliation paging', () => {
  it('stores every call when the API serves fewer rows per page than asked', async () => {
    const rows = [1, 2, 3, 4, 5].map(row);
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: rows, maxLimit: 2 }).handlers);
    const provider = ringover({ apiKey: API_KEY, rest: { requestsPerSecond: 1000 } });
    const { bridge, stores } = makeBridge({ provider });
    await bridge.start();
    const result = await provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' });
    expect(result).toMatchObject({ fetched: 5, stored: 5 });
    const all = await stores.interactions.list('acme', {}, { limit: 100 });
    expect(all.items).toHaveLength(5);
    await bridge.close();
  });

  it('fails a run past reconcile.maxPages, logging it, without moving the checkpoint', async () => {
    let served = 0;
    server.use(
      http.get(CALLS_URL, ({ request }) => {
        served += 1;
        const cursor = new URL(request.url).searchParams.get('last_id_returned');
        const top = cursor === null ? 9_000_000 : Number(cursor) - 1;
        const page = [top, top - 1].map((cdr_id) => ({ ...row(cdr_id % 10), cdr_id }));
        return HttpResponse.json({ call_list: page });
      }),
    );
    const warned: string[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (message: string) => warned.push(message) };
    const provider = ringover({
      apiKey: API_KEY,
      rest: { requestsPerSecond: 1000, logger },
      reconcile: { maxPages: 3 },
    });
    const { bridge, stores } = makeBridge({ provider });
    await bridge.start();
    await expect(
      provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' }),
    ).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining('maxPages'),
    });
    expect(served).toBe(3);
    expect(warned).toContainEqual(expect.stringContaining('page bound'));
    expect(await stores.checkpoints.get('ringover:reconcile:acme')).toBeNull();
    await bridge.close();
  });

  it('refuses a reconcile.maxPages that is not a whole number of pages', () => {
    for (const maxPages of [0, -1, 1.5, Number.NaN]) {
      expect(() => ringover({ reconcile: { maxPages } })).toThrow(
        expect.objectContaining({
          code: 'configuration_error',
          message: expect.stringContaining('maxPages'),
        }),
      );
    }
  });
});
