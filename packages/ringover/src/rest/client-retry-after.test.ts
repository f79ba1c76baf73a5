import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RingoverClient } from './client.js';

// Ringover documents no rate-limit headers, but a 429 or 503 (from the API or a proxy in front of
// it) may say when to come back: retrying sooner only spends the retries.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CALLS = 'https://public-api.ringover.com/v2/calls';
const T0 = Date.parse('2026-01-01T00:00:00Z');

function clock() {
  const state = { now: T0, sleeps: [] as number[] };
  return {
    state,
    now: () => state.now,
    sleep: async (ms: number) => {
      state.sleeps.push(ms);
      state.now += ms;
    },
  };
}

/** Answers `first` to the first request (status and headers), then an empty page. */
function answerFirst(status: number, headers: Record<string, string>) {
  let hits = 0;
  server.use(
    http.get(CALLS, () => {
      hits += 1;
      if (hits === 1) return HttpResponse.json({ error: 'slow down' }, { status, headers });
      return HttpResponse.json({ call_list: [] });
    }),
  );
  return () => hits;
}

describe('RingoverClient and Retry-After', () => {
  it('waits the seconds a 429 asks for when longer than its own backoff', async () => {
    const hits = answerFirst(429, { 'retry-after': '3' });
    const t = clock();
    const client = new RingoverClient({ apiKey: 'k', now: t.now, sleep: t.sleep, requestsPerSecond: 1000 });
    await expect(client.listCalls()).resolves.toMatchObject({ call_list: [] });
    expect(hits()).toBe(2);
    expect(t.state.sleeps).toContain(3000);
    expect(t.state.sleeps).not.toContain(1000);
  });

  it('reads an HTTP date on a 503', async () => {
    const hits = answerFirst(503, { 'retry-after': new Date(T0 + 5000).toUTCString() });
    const t = clock();
    const client = new RingoverClient({ apiKey: 'k', now: t.now, sleep: t.sleep, requestsPerSecond: 1000 });
    await client.listCalls();
    expect(hits()).toBe(2);
    expect(t.state.sleeps).toContain(5000);
  });

  it('keeps its own backoff when Retry-After is shorter or unreadable', async () => {
    for (const value of ['0', 'soon']) {
      answerFirst(429, { 'retry-after': value });
      const t = clock();
      const client = new RingoverClient({ apiKey: 'k', now: t.now, sleep: t.sleep, requestsPerSecond: 1000 });
      await client.listCalls();
      expect(t.state.sleeps).toEqual([1000]);
    }
  });

  it('fails at once, saying when to come back, when asked to wait more than a minute', async () => {
    const hits = answerFirst(429, { 'retry-after': '3600' });
    const t = clock();
    const client = new RingoverClient({ apiKey: 'k', now: t.now, sleep: t.sleep, requestsPerSecond: 1000 });
    await expect(client.listCalls()).rejects.toMatchObject({
      code: 'rate_limited',
      message: expect.stringContaining('3600 s'),
    });
    expect(hits()).toBe(1);
    expect(t.state.sleeps).toEqual([]);
  });
});
