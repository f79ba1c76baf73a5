import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { type MockCallRow, ringoverApiHandlers } from '../src/testing.js';
import { makeBridge } from './helpers.js';

// `/calls` lists a call under its start time, and only once it has ended. A call longer than the
// overlap of resumed runs ended after one run and started before the next run's window: it must
// still be found.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API_KEY = 'acme-rest-key';
const HOUR = 3_600_000;
const T1 = Date.parse('2025-12-31T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function call(cdr: number, startMs: number, endMs: number): MockCallRow {
  return {
    cdr_id: cdr,
    call_id: `1448659782827346${cdr}`,
    channel_id: null,
    direction: 'in',
    last_state: 'ANSWERED',
    start_time: iso(startMs),
    answered_time: iso(startMs + 5000),
    end_time: iso(endMs),
    incall_duration: Math.round((endMs - startMs) / 1000) - 5,
    from_number: '33612345678',
    to_number: '33187654321',
  };
}

// Four hours long: started 3 h before the first run's end, ended 1 h after it.
const LONG = call(7001, T1 - 3 * HOUR, T1 + HOUR);
// Short, ended 5 h before the first run's end: the first run stored it.
const EARLIER = call(7000, T1 - 5 * HOUR - 60_000, T1 - 5 * HOUR);

function setup(options: Parameters<typeof ringover>[0] = {}) {
  const provider = ringover({ apiKey: API_KEY, ...options });
  const { bridge, stores } = makeBridge({ provider });
  const record = (row: MockCallRow) => stores.interactions.getBySource('acme', 'RINGOVER', row.call_id);
  return { provider, bridge, record };
}

describe('reconciliation of calls longer than the overlap', () => {
  it('finds a call that ended after the last run and started before its overlap', async () => {
    const { provider, bridge, record } = setup();
    await bridge.start();
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [EARLIER] }).handlers);
    const first = await provider.reconcile({ tenantId: 'acme', since: iso(T1 - 24 * HOUR), until: T1 });
    expect(first).toMatchObject({ fetched: 1, stored: 1 });

    // The long call is listed once it has ended; the next run comes 90 minutes after the first.
    const mock = ringoverApiHandlers({ apiKey: API_KEY, calls: [EARLIER, LONG] });
    server.use(...mock.handlers);
    const second = await provider.reconcile({ tenantId: 'acme', until: T1 + 1.5 * HOUR });
    expect(await record(LONG)).not.toBeNull();
    expect(second).toMatchObject({ stored: 1, alreadyReconciled: 1 });
    // Read back by the overlap (2 h) plus the longest call (8 h) before the last run's end.
    expect(mock.log[0]!.url.searchParams.get('start_date')).toBe(iso(T1 - 10 * HOUR));
    await bridge.close();
  });

  it('takes the longest call from reconcile.maxCallDurationMs, and validates it', async () => {
    const { provider, bridge } = setup({ reconcile: { maxCallDurationMs: HOUR, overlapMs: 30 * 60_000 } });
    await bridge.start();
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [] }).handlers);
    await provider.reconcile({ tenantId: 'acme', since: iso(T1 - HOUR), until: T1 });
    const mock = ringoverApiHandlers({ apiKey: API_KEY, calls: [] });
    server.use(...mock.handlers);
    await provider.reconcile({ tenantId: 'acme', until: T1 + HOUR });
    expect(mock.log[0]!.url.searchParams.get('start_date')).toBe(iso(T1 - 1.5 * HOUR));
    await bridge.close();
    for (const bad of [-1, Number.NaN, '2h' as unknown as number]) {
      expect(() => ringover({ reconcile: { maxCallDurationMs: bad } })).toThrowError(
        /reconcile\.maxCallDurationMs/,
      );
      expect(() => ringover({ reconcile: { overlapMs: bad } })).toThrowError(/reconcile\.overlapMs/);
    }
  });

  it('ingests every row again when `since` is given', async () => {
    const { provider, bridge } = setup();
    await bridge.start();
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [EARLIER] }).handlers);
    await provider.reconcile({ tenantId: 'acme', since: iso(T1 - 24 * HOUR), until: T1 });
    const again = await provider.reconcile({ tenantId: 'acme', since: iso(T1 - 24 * HOUR), until: T1 });
    expect(again).toMatchObject({ fetched: 1, duplicates: 1, alreadyReconciled: 0 });
    await bridge.close();
  });
});

describe('reconciliation dates', () => {
  it('answers invalid_query, saying what a date is, to a `since` or `until` that is none', async () => {
    const { provider, bridge } = setup();
    await bridge.start();
    for (const range of [{ since: 'yesterday' }, { since: iso(T1 - HOUR), until: 'now' }]) {
      await expect(provider.reconcile({ tenantId: 'acme', ...range })).rejects.toMatchObject({
        code: 'invalid_query',
        hint: expect.stringContaining('ISO-8601'),
      });
    }
    await bridge.close();
  });
});
