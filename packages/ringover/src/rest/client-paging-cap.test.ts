import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RingoverClient } from './client.js';

// The API may cap `limit_count` below what was asked: a page shorter than the asked limit is then
// not the last one. Paging ends on an empty page (a reported total may count calls, not rows),
// and a run reads a bounded number of pages, so an API that never ends a list cannot keep it for ever.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CALLS = 'https://public-api.ringover.com/v2/calls';
const SINCE = '2026-01-01T00:00:00Z';
const UNTIL = '2026-01-02T00:00:00Z';
const row = (cdr_id: number) => ({
  cdr_id,
  call_id: `c${cdr_id}`,
  direction: 'in',
  last_state: 'MISSED',
  start_time: '2026-01-01T10:00:00Z',
});

/** A server that serves `count` rows newest first and caps `limit_count` at `cap`. */
function cappingServer(count: number, cap: number, totals: 'window' | 'text' | 'split' | 'none') {
  const requests: URL[] = [];
  const all = Array.from({ length: count }, (_, i) => row(1000 + count - i));
  server.use(
    http.get(CALLS, ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      const cursor = url.searchParams.get('last_id_returned');
      const rest = cursor === null ? all : all.filter((r) => r.cdr_id < Number(cursor));
      const page = rest.slice(0, Math.min(cap, Number(url.searchParams.get('limit_count'))));
      if (page.length === 0) return new HttpResponse(null, { status: 204 });
      return HttpResponse.json({
        call_list: page,
        call_list_count: page.length,
        ...(totals === 'window' ? { total_call_count: count } : {}),
        // The missed calls counted apart: `total_call_count` alone is short of the rows listed.
        ...(totals === 'split' ? { total_call_count: count - 4, total_missed_call_count: 4 } : {}),
        // Counts as text, as PHP APIs often write numbers.
        ...(totals === 'text'
          ? {
              total_call_count: String(count),
              call_list_count: String(page.length),
              limit_count_setted: `${cap}`,
            }
          : {}),
        limit_count_setted: cap,
      });
    }),
  );
  return requests;
}

function client(warned: Array<[string, unknown]> = []) {
  const logger = { debug() {}, info() {}, error() {}, warn: (m: string, f?: unknown) => warned.push([m, f]) };
  // The real sleep: each request waits a timer, so the abort guards below can fire.
  return new RingoverClient({ apiKey: 'k', requestsPerSecond: 1000, logger });
}

async function readAll(rows: AsyncIterable<{ cdr_id: string }>): Promise<string[]> {
  const seen: string[] = [];
  for await (const r of rows) seen.push(r.cdr_id);
  return seen;
}

describe('RingoverClient paging past a capped limit', () => {
  it('reads every row when the server caps limit_count, until an empty page', async () => {
    const requests = cappingServer(10, 3, 'window');
    const seen = await readAll(client().iterateCalls({ since: SINCE, until: UNTIL, pageSize: 5 }));
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    // 3 + 3 + 3 + 1, then the empty page that ends the window.
    expect(requests).toHaveLength(5);
  });

  it('reads counts written as text, and never fails a page over a count it cannot read', async () => {
    const requests = cappingServer(10, 3, 'text');
    const seen = await readAll(client().iterateCalls({ since: SINCE, until: UNTIL, pageSize: 5 }));
    expect(seen).toHaveLength(10);
    expect(requests).toHaveLength(5);
    server.use(
      http.get(CALLS, () =>
        HttpResponse.json({ call_list: [row(5)], call_list_count: 'one', total_call_count: null }),
      ),
    );
    await expect(client().listCalls()).resolves.toMatchObject({ call_list: [{ cdr_id: '5' }] });
  });

  it('a total that leaves the missed calls out does not end paging early', async () => {
    const requests = cappingServer(10, 3, 'split');
    const seen = await readAll(client().iterateCalls({ since: SINCE, until: UNTIL, pageSize: 5 }));
    expect(seen).toHaveLength(10);
    expect(requests).toHaveLength(5);
  });

  it('reads past a reported total that counts calls, not their rows (a transfer lists one row per leg)', async () => {
    // 3 calls of 2 legs each: 6 rows, a total of 3. Stopping once 3 rows are read would leave out
    // the oldest legs; only an empty page ends the window.
    const legs = [6, 5, 4, 3, 2, 1].map((n) => ({ ...row(1000 + n), call_id: `c${Math.ceil(n / 2)}` }));
    let requests = 0;
    server.use(
      http.get(CALLS, ({ request }) => {
        requests += 1;
        const cursor = new URL(request.url).searchParams.get('last_id_returned');
        const page = legs.filter((r) => cursor === null || r.cdr_id < Number(cursor)).slice(0, 2);
        if (page.length === 0) return new HttpResponse(null, { status: 204 });
        return HttpResponse.json({ call_list: page, total_call_count: 3, total_missed_call_count: 0 });
      }),
    );
    const seen = await readAll(client().iterateCalls({ since: SINCE, until: UNTIL, pageSize: 5 }));
    expect(seen).toEqual(['1006', '1005', '1004', '1003', '1002', '1001']);
    expect(requests).toBe(4);
  });

  it('without a reported total, pages until an empty page', async () => {
    const requests = cappingServer(10, 3, 'none');
    const seen = await readAll(client().iterateCalls({ since: SINCE, until: UNTIL, pageSize: 5 }));
    expect(seen).toHaveLength(10);
    expect(requests).toHaveLength(5);
  });

  it('stops at maxPages on an API whose pages never end, logging it and failing with upstream_error', async () => {
    let requests = 0;
    server.use(
      http.get(CALLS, ({ request }) => {
        requests += 1;
        const cursor = new URL(request.url).searchParams.get('last_id_returned');
        const top = cursor === null ? 1_000_000 : Number(cursor) - 1;
        return HttpResponse.json({ call_list: [row(top), row(top - 1)], total_call_count: 1e9 });
      }),
    );
    const warned: Array<[string, unknown]> = [];
    const rows = client(warned).iterateCalls({
      since: SINCE,
      until: UNTIL,
      pageSize: 2,
      maxPages: 5,
      signal: AbortSignal.timeout(3000),
    });
    await expect(readAll(rows)).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining('maxPages'),
    });
    expect(requests).toBe(5);
    expect(warned).toEqual([
      [expect.stringContaining('page bound'), expect.objectContaining({ maxPages: 5 })],
    ]);
  });

  it('has a page bound by default', async () => {
    let requests = 0;
    server.use(
      http.get(CALLS, ({ request }) => {
        requests += 1;
        const cursor = new URL(request.url).searchParams.get('last_id_returned');
        const top = cursor === null ? 10_000_000 : Number(cursor) - 1;
        return HttpResponse.json({ call_list: [row(top)] });
      }),
    );
    // Without a bound this would read for ever: the guard ends it (and fails the test) after 20 s.
    const rows = client().iterateCalls({
      since: SINCE,
      until: UNTIL,
      pageSize: 1,
      signal: AbortSignal.timeout(20_000),
    });
    await expect(readAll(rows)).rejects.toMatchObject({ code: 'upstream_error' });
    expect(requests).toBeGreaterThan(1);
    expect(requests).toBeLessThanOrEqual(10_000);
  }, 30_000);
});
