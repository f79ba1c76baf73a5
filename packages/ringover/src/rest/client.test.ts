import type { CallbridgeError } from '@callbridge/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MockCallRow, ringoverApiHandlers } from '../testing/msw.js';
import { RINGOVER_API_HOSTS, RingoverClient, ringoverBaseUrl } from './client.js';
import { fifteenDayWindows } from './windows.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const KEY = 'eu-key-123';
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

function row(n: number, dayOffset: number, extra: Partial<MockCallRow> = {}): MockCallRow {
  return {
    cdr_id: 1000 + n,
    call_id: `1448659782827346${String(3000 + n)}`,
    channel_id: `1639022671801411${String(7000 + n)}`,
    direction: 'in',
    last_state: 'ANSWERED',
    start_time: new Date(T0 + dayOffset * DAY).toISOString(),
    answered_time: new Date(T0 + dayOffset * DAY + 5000).toISOString(),
    end_time: new Date(T0 + dayOffset * DAY + 65000).toISOString(),
    incall_duration: 60,
    total_duration: 65,
    from_number: '33612345678',
    to_number: '33187654321',
    ...extra,
  };
}

/** A fake clock the client's limiter and backoff sleep on. */
function fakeTime() {
  const state = { now: T0 + 40 * DAY, sleeps: [] as number[], starts: [] as number[] };
  return {
    state,
    now: () => state.now,
    sleep: async (ms: number) => {
      state.sleeps.push(ms);
      state.now += ms;
    },
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      state.starts.push(state.now);
      return fetch(input, init);
    }) as typeof fetch,
  };
}

describe('RingoverClient', () => {
  it('picks the host from the key and sends it bare in Authorization', async () => {
    expect(ringoverBaseUrl('abc')).toBe(RINGOVER_API_HOSTS.eu);
    expect(ringoverBaseUrl('US_abc')).toBe(RINGOVER_API_HOSTS.us);
    expect(ringoverBaseUrl('abc', 'us')).toBe(RINGOVER_API_HOSTS.us);
    const us = ringoverApiHandlers({ apiKey: 'US_key', calls: [row(1, 1)] });
    server.use(...us.handlers);
    const t = fakeTime();
    const client = new RingoverClient({ apiKey: 'US_key', fetch: t.fetch, now: t.now, sleep: t.sleep });
    const page = await client.listCalls();
    expect(page.call_list).toHaveLength(1);
    expect(us.log[0]?.url.host).toBe('public-api-us.ringover.com');
  });

  it('reads 204 as an empty list', async () => {
    const mock = ringoverApiHandlers({ apiKey: KEY, calls: [] });
    server.use(...mock.handlers);
    const client = new RingoverClient({ apiKey: KEY });
    await expect(client.listCalls()).resolves.toMatchObject({ call_list: [] });
    await expect(client.getCall('123')).resolves.toEqual([]);
    expect(mock.log.map((l) => l.status)).toEqual([204, 204]);
  });

  it('splits a range into 15-day windows and pages each with last_id_returned', async () => {
    expect(fifteenDayWindows(0, 40 * DAY)).toEqual([
      [0, 15 * DAY],
      [15 * DAY, 30 * DAY],
      [30 * DAY, 40 * DAY],
    ]);
    const calls = [row(1, 1), row(2, 2), row(3, 3), row(4, 4), row(5, 5), row(6, 20), row(7, 35)];
    const mock = ringoverApiHandlers({ apiKey: KEY, calls });
    server.use(...mock.handlers);
    const t = fakeTime();
    const client = new RingoverClient({ apiKey: KEY, fetch: t.fetch, now: t.now, sleep: t.sleep });
    const seen: string[] = [];
    for await (const r of client.iterateCalls({ since: T0, until: T0 + 40 * DAY, pageSize: 2 }))
      seen.push(r.call_id);
    expect(seen.sort()).toEqual(calls.map((c) => c.call_id).sort());
    const cursors = mock.log.map((l) => l.url.searchParams.get('last_id_returned'));
    expect(cursors).toContain('1004');
    expect(cursors).toContain('1002');
    for (const { url } of mock.log) {
      const span =
        Date.parse(url.searchParams.get('end_date')!) - Date.parse(url.searchParams.get('start_date')!);
      expect(span).toBeLessThanOrEqual(15 * DAY);
    }
    // 2 requests per second: request starts are at least 500 ms apart.
    for (let i = 1; i < t.state.starts.length; i++) {
      expect(t.state.starts[i]! - t.state.starts[i - 1]!).toBeGreaterThanOrEqual(500);
    }
  });

  it('backs off on 429 and succeeds, then gives up with rate_limited', async () => {
    const mock = ringoverApiHandlers({ apiKey: KEY, calls: [row(1, 1)], tooManyRequests: 2 });
    server.use(...mock.handlers);
    const t = fakeTime();
    const client = new RingoverClient({ apiKey: KEY, fetch: t.fetch, now: t.now, sleep: t.sleep });
    await expect(client.listCalls()).resolves.toMatchObject({ call_list: [{ cdr_id: '1001' }] });
    expect(mock.log.map((l) => l.status)).toEqual([429, 429, 200]);
    expect(t.state.sleeps).toEqual([1000, 2000]);

    const always = ringoverApiHandlers({ apiKey: KEY, calls: [], tooManyRequests: 99 });
    server.use(...always.handlers);
    const t2 = fakeTime();
    const impatient = new RingoverClient({
      apiKey: KEY,
      maxRetries: 2,
      fetch: t2.fetch,
      now: t2.now,
      sleep: t2.sleep,
    });
    await expect(impatient.listCalls()).rejects.toMatchObject({ code: 'rate_limited', status: 429 });
    expect(always.log).toHaveLength(3);
  });

  it('explains a refused key without revealing it', async () => {
    server.use(...ringoverApiHandlers({ apiKey: KEY, calls: [] }).handlers);
    const client = new RingoverClient({ apiKey: 'wrong-secret-key' });
    const error = (await client.listCalls().catch((e) => e)) as CallbridgeError;
    expect(error.code).toBe('upstream_error');
    expect(error.message).toContain('Invalid user');
    expect(error.message).toContain('US_');
    expect(error.message).not.toContain('wrong-secret-key');
  });

  it('keeps 20-digit ids sent as bare JSON numbers, and reads /calls/{id}', async () => {
    server.use(
      http.get(`${RINGOVER_API_HOSTS.eu}/calls/:id`, () =>
        HttpResponse.text(
          '{"call_list":[{"cdr_id":77,"call_id":14486597828273463454,"channel_id":16390226718014117149,"direction":"in","last_state":"MISSED","start_time":"2023-06-14T12:57:57.59Z"}]}',
          { headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    const [logRow] = await new RingoverClient({ apiKey: KEY }).getCall('14486597828273463454');
    expect(logRow).toMatchObject({
      call_id: '14486597828273463454',
      channel_id: '16390226718014117149',
      cdr_id: '77',
    });
  });
});
