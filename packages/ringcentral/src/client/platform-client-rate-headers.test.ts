import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRingCentralMock } from '../testing.js';
import { FakeClock } from './fake-clock.js';
import { RingCentralClient } from './platform-client.js';

// RingCentral counts a rate-limit group per app and user, across every process that uses them; its
// X-Rate-Limit-* headers say what is left. A process that reads them stops before the 429 that
// its own count (per process) would not have seen coming.

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API = 'https://platform.ringcentral.com/restapi/v1.0';
const list = { method: 'GET', url: '/restapi/v1.0/subscription', group: 'light', what: 'list' } as const;

function client(clock: FakeClock) {
  return new RingCentralClient({ clientId: 'id', clientSecret: 'secret', jwt: 'jwt-credential', clock });
}

function answerWith(headers: Record<string, string>[]) {
  let n = 0;
  const seen: number[] = [];
  server.use(
    http.get(`${API}/subscription`, () => {
      seen.push(n);
      const h = headers[Math.min(n, headers.length - 1)] ?? {};
      n += 1;
      return HttpResponse.json({ records: [] }, { headers: h });
    }),
  );
  return seen;
}

describe('X-Rate-Limit-* headers', () => {
  it('waits out the window before the next call of the group when Remaining is 0', async () => {
    answerWith([
      {
        'X-Rate-Limit-Group': 'light',
        'X-Rate-Limit-Limit': '50',
        'X-Rate-Limit-Remaining': '0',
        'X-Rate-Limit-Window': '60',
      },
      {},
    ]);
    const clock = new FakeClock();
    const rc = client(clock);
    await rc.json(list);
    expect(clock.sleeps).toEqual([]);
    await rc.json(list);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('blocks the group the header names, not only the one the call was made in', async () => {
    answerWith([
      { 'X-Rate-Limit-Group': 'Heavy', 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Window': '30' },
    ]);
    const clock = new FakeClock();
    const rc = client(clock);
    await rc.json(list);
    await rc.json({ ...list, group: 'heavy' });
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('goes on at once while calls remain, and ignores unreadable headers', async () => {
    answerWith([
      { 'X-Rate-Limit-Remaining': '3', 'X-Rate-Limit-Window': '60' },
      { 'X-Rate-Limit-Remaining': 'none', 'X-Rate-Limit-Window': '60' },
      { 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Window': '-5' },
      {},
    ]);
    const clock = new FakeClock();
    const rc = client(clock);
    for (let i = 0; i < 4; i++) await rc.json(list);
    // Remaining 0 without a usable window: one minute, RingCentral's window
    expect(clock.sleeps).toEqual([60_000]);
  });
});

describe('a 429', () => {
  it('waits for its Retry-After, not for the window its X-Rate-Limit headers name', async () => {
    let n = 0;
    server.use(
      http.get(`${API}/subscription`, () => {
        n += 1;
        if (n > 1) return HttpResponse.json({ records: [] });
        return HttpResponse.json(
          { errorCode: 'CMN-301' },
          {
            status: 429,
            headers: { 'Retry-After': '7', 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Window': '60' },
          },
        );
      }),
    );
    const clock = new FakeClock();
    await client(clock).json(list);
    expect(clock.sleeps).toEqual([7_000]);
  });
});
