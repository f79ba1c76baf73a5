import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { type MockCallRow, ringoverApiHandlers } from '../src/testing.js';
import { makeBridge } from './helpers.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API_KEY = 'acme-rest-key';
const CALL_ID = '14486597828273463999';
const CALLS_URL = 'https://public-api.ringover.com/v2/calls';

const leg = (row: Partial<MockCallRow>): MockCallRow => ({
  cdr_id: 0,
  call_id: CALL_ID,
  channel_id: null,
  direction: 'in',
  last_state: 'ANSWERED',
  start_time: '2025-12-31T11:40:00Z',
  from_number: '33699887766',
  to_number: '33187654321',
  ...row,
});

describe('reconciliation of a call transferred after it was answered', () => {
  // Lea answers, then transfers to Tom, who ends the call: two answered rows share the call_id.
  const first = leg({
    cdr_id: 701,
    last_state: 'BLIND_TRANSFERED',
    answered_time: '2025-12-31T11:40:05Z',
    end_time: '2025-12-31T11:41:00Z',
    incall_duration: 55,
    total_duration: 60,
    user: { user_id: 1, firstname: 'Lea', lastname: 'Martin' },
  });
  const last = leg({
    cdr_id: 702,
    start_time: '2025-12-31T11:41:00Z',
    answered_time: '2025-12-31T11:41:05Z',
    end_time: '2025-12-31T11:45:00Z',
    incall_duration: 235,
    total_duration: 240,
    user: { user_id: 2, firstname: 'Tom', lastname: 'Petit' },
  });

  for (const [name, calls] of [
    ['newest row first', [last, first]],
    ['oldest row first', [first, last]],
  ] as const) {
    it(`ends when the last leg ends, with its agent (${name})`, async () => {
      // The mock serves newest cdr_id first; give the order through cdr_ids.
      const ordered = calls.map((row, i) => ({ ...row, cdr_id: 800 - i }));
      server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: ordered }).handlers);
      const provider = ringover({ apiKey: API_KEY });
      const { bridge, stores } = makeBridge({ provider });
      await bridge.start();
      await provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' });
      const record = await stores.interactions.getBySource('acme', 'RINGOVER', CALL_ID);
      expect(record!.metadata).toMatchObject({
        callState: 'ended',
        endedAt: '2025-12-31T11:45:00.000Z',
        agent: { id: '2', name: 'Tom Petit' },
      });
      await bridge.close();
    });
  }
});

describe('reconciliation stopped half-way', () => {
  it('loses and duplicates nothing when the next run resumes', async () => {
    const rows = Array.from({ length: 5 }, (_, i) =>
      leg({
        cdr_id: 900 + i,
        call_id: `1448659782827346${4000 + i}`,
        start_time: `2025-12-${10 + 5 * i}T10:00:00Z`,
        answered_time: `2025-12-${10 + 5 * i}T10:00:05Z`,
        end_time: `2025-12-${10 + 5 * i}T10:01:00Z`,
        incall_duration: 55,
      }),
    );
    let failing = true;
    let served = 0;
    server.use(
      http.get(CALLS_URL, () => {
        served += 1;
        // The second 15-day window keeps answering 429 during the first run.
        if (failing && served >= 2) return HttpResponse.json({ error: 'Too many requests' }, { status: 429 });
        return undefined;
      }),
      ...ringoverApiHandlers({ apiKey: API_KEY, calls: rows }).handlers,
    );
    const provider = ringover({ apiKey: API_KEY, rest: { maxRetries: 1, sleep: async () => {} } });
    const { bridge, stores } = makeBridge({ provider });
    await bridge.start();
    await expect(
      provider.reconcile({ tenantId: 'acme', since: '2025-12-01T00:00:00Z', until: '2025-12-31T23:00:00Z' }),
    ).rejects.toMatchObject({ code: 'rate_limited' });
    failing = false;
    // The failed run moved no checkpoint: the next one starts where the first began.
    const again = await provider.reconcile({ tenantId: 'acme', since: '2025-12-01T00:00:00Z' });
    const all = await stores.interactions.list('acme', {}, { limit: 100 });
    expect(all.items.map((r) => r.sourceRecordId).sort()).toEqual(rows.map((r) => r.call_id).sort());
    expect(again).toMatchObject({ fetched: 5, duplicates: 2, stored: 3 });
    await bridge.close();
  });
});
