import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RINGOVER_API_HOSTS, RingoverClient } from '../src/index.js';
import { type MockCallRow, ringoverApiHandlers } from '../src/testing.js';
import { API_KEY, callRow, loggingBridge } from './reconcile-fixture.js';

// One malformed row in a /calls page must not stop reconciliation on every run: it is skipped,
// logged without its phone numbers, counted, and the rest of the range is still read.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CALLS = `${RINGOVER_API_HOSTS.eu}/calls`;
const SINCE = '2025-12-31T00:00:00Z';

/** An answered /calls row number `n`. */
const row = (n: number, extra: Partial<MockCallRow> = {}): MockCallRow =>
  callRow(n, {
    last_state: 'ANSWERED',
    answered_time: `2025-12-31T10:0${n}:05Z`,
    end_time: `2025-12-31T10:0${n}:50Z`,
    incall_duration: 45,
    ...extra,
  });

const bridgeLogging = loggingBridge;

describe('reconciliation past malformed /calls rows', () => {
  it('skips a bad row, logs it redacted, counts it and stores the others, page after page', async () => {
    // An answer time that is no date, between two good rows; the row also carries a phone number.
    const bad = row(2, { answered_time: 'called back 33699887766', from_number: '33699887766' });
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [row(1), bad, row(3)] }).handlers);
    const { bridge, provider, stores, lines } = bridgeLogging();
    await bridge.start();
    const result = await provider.reconcile({ tenantId: 'acme', since: SINCE });
    expect(result).toMatchObject({ fetched: 2, stored: 2, skipped: 1 });
    const items = (await stores.interactions.list('acme', {}, { limit: 10 })).items;
    expect(items.map((i) => i.sourceRecordId).sort()).toEqual([row(1).call_id, row(3).call_id]);
    const logged = lines.join('\n');
    expect(logged).toContain('malformed /calls row');
    expect(logged).toContain('902');
    expect(logged).toContain('answered_time');
    expect(logged).not.toContain('699887766');
    expect(logged).not.toContain(API_KEY);
    await bridge.close();
  });

  it('keeps paging after a full page with a bad row, whose cdr_id still moves the cursor', async () => {
    const calls = [row(1), row(2), row(3, { answered_time: 'soon' }), row(4), row(5)];
    const mock = ringoverApiHandlers({ apiKey: API_KEY, calls });
    server.use(...mock.handlers);
    const client = new RingoverClient({ apiKey: API_KEY, sleep: async () => {}, requestsPerSecond: 1000 });
    const skipped: Array<string | null> = [];
    const seen: string[] = [];
    for await (const r of client.iterateCalls({
      since: SINCE,
      until: '2026-01-01T00:00:00Z',
      pageSize: 2,
      onSkippedRow: (skip) => skipped.push(skip.cdrId),
    }))
      seen.push(r.cdr_id);
    expect(seen).toEqual(['905', '904', '902', '901']);
    expect(skipped).toEqual(['903']);
    // The last page is short: the empty one after it ends the window.
    expect(mock.log.map((l) => l.url.searchParams.get('last_id_returned'))).toEqual([
      null,
      '904',
      '902',
      '901',
    ]);
  });

  it('skips a row whose cdr_id is not an integer, the cursor taken from the others', async () => {
    const rows = [row(4), { ...row(3), cdr_id: 'abc' }, row(2)];
    let hits = 0;
    server.use(
      http.get(CALLS, ({ request }) => {
        hits += 1;
        const cursor = new URL(request.url).searchParams.get('last_id_returned');
        if (cursor === null) return HttpResponse.json({ call_list: rows });
        expect(cursor).toBe('902');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const client = new RingoverClient({ apiKey: API_KEY, sleep: async () => {}, requestsPerSecond: 1000 });
    const seen: string[] = [];
    let skipped = 0;
    for await (const r of client.iterateCalls({
      since: SINCE,
      until: '2026-01-01T00:00:00Z',
      pageSize: 3,
      onSkippedRow: () => {
        skipped += 1;
      },
    }))
      seen.push(r.cdr_id);
    expect(seen).toEqual(['904', '902']);
    expect(skipped).toBe(1);
    expect(hits).toBe(2);
  });

  it('still fails with upstream_error on a page that is not a list of calls at all', async () => {
    const client = new RingoverClient({ apiKey: API_KEY, sleep: async () => {} });
    for (const body of ['"maintenance"', '[1,2]', '{"call_list":5}', '{"call_list":{"a":1}}']) {
      server.use(
        http.get(CALLS, () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } })),
      );
      await expect(client.listCalls()).rejects.toMatchObject({ code: 'upstream_error', status: 502 });
    }
  });
});
