import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, interaction, setVisibility, sse } from '../../test/sse-fetch.js';
import { backoffDelay, retryAfterMs } from './backoff.js';
import { createEventStreamClient } from './client.js';
import type { StreamMessage } from './types.js';

const URL = 'https://crm.test/api/v1/events/stream';

beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('backoffDelay', () => {
  it('doubles from 1 s and stops at the 30 s cap', () => {
    const delays = Array.from({ length: 8 }, (_, i) => backoffDelay(i, { random: () => 0 }));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('jitters down by at most 25 % and never above the nominal delay', () => {
    expect(backoffDelay(0, { random: () => 0.999999 })).toBe(750);
    expect(backoffDelay(10, { random: () => 0.999999 })).toBe(22500);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(3);
      expect(d).toBeGreaterThanOrEqual(6000);
      expect(d).toBeLessThanOrEqual(8000);
    }
  });

  it("uses the server's retry: as the base, even above the cap", () => {
    expect(backoffDelay(0, { serverRetryMs: 5000, random: () => 0 })).toBe(5000);
    expect(backoffDelay(1, { serverRetryMs: 5000, random: () => 0 })).toBe(10000);
    expect(backoffDelay(0, { serverRetryMs: 60000, random: () => 0 })).toBe(60000);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');

  const after = (retryAfter: string | null, date?: string) =>
    retryAfterMs(
      new Headers({
        ...(retryAfter === null ? {} : { 'retry-after': retryAfter }),
        ...(date ? { date } : {}),
      }),
    );

  it('reads delta-seconds and an HTTP-date, and ignores what is neither', () => {
    vi.setSystemTime(now);
    expect(after('5')).toBe(5000);
    expect(after('120')).toBe(120_000);
    expect(after('Wed, 21 Oct 2026 07:28:30 GMT')).toBe(30_000);
    expect(after('Wednesday, 21-Oct-26 07:28:10 GMT')).toBe(10_000);
    for (const invalid of [null, '', 'soon', '5.5', '-1', '1e3', 'Wed, 99 Foo 2026', '0']) {
      expect(after(invalid)).toBe(0);
    }
    expect(after('Wed, 21 Oct 2026 07:27:00 GMT')).toBe(0);
  });

  it("counts an HTTP-date from the response's Date, not the browser's clock", () => {
    vi.setSystemTime(now + 3_600_000);
    expect(after('Wed, 21 Oct 2026 07:28:30 GMT', 'Wed, 21 Oct 2026 07:28:00 GMT')).toBe(30_000);
    expect(after('Wed, 21 Oct 2026 07:28:30 GMT')).toBe(0);
  });

  it('makes the backoff wait at least Retry-After, never above the cap', () => {
    expect(backoffDelay(0, { retryAfterMs: 5000, random: () => 0 })).toBe(5000);
    // Spread over up to a quarter more, so the clients one refusal sent away do not return together.
    expect(backoffDelay(0, { retryAfterMs: 5000, random: () => 0.999999 })).toBe(6250);
    expect(backoffDelay(0, { retryAfterMs: 5000, random: () => 0.5 })).toBe(5625);
    expect(backoffDelay(3, { retryAfterMs: 5000, random: () => 0 })).toBe(8000);
    expect(backoffDelay(0, { retryAfterMs: 3_600_000, random: () => 0 })).toBe(30_000);
    expect(backoffDelay(0, { retryAfterMs: 3_600_000, maxMs: 120_000, random: () => 0 })).toBe(120_000);
    expect(backoffDelay(0, { retryAfterMs: 60_000, serverRetryMs: 90_000, random: () => 0 })).toBe(90_000);
  });

  it('spreads the clients one refusal sent away also when its Retry-After reaches the cap', () => {
    // callbridge's 429 too_many_streams says Retry-After: 30, the default maxRetryMs is 30 s: the
    // quarter of jitter on top would pass the cap, so it spreads the wait below the cap instead.
    const randoms = [0, 0.2, 0.4, 0.6, 0.8, 0.999999];
    for (const [retryAfter, maxMs, lowest] of [
      [30_000, undefined, 22_500],
      [28_000, undefined, 25_000],
      [3_600_000, undefined, 22_500],
      [3_600_000, 120_000, 90_000],
    ] as const) {
      const delays = randoms.map((r) =>
        backoffDelay(0, { retryAfterMs: retryAfter, maxMs, random: () => r }),
      );
      expect(new Set(delays).size, `${retryAfter} ${maxMs}`).toBe(randoms.length);
      for (const delay of delays) {
        expect(delay).toBeGreaterThanOrEqual(lowest);
        expect(delay).toBeLessThanOrEqual(maxMs ?? 30_000);
      }
    }
    // Below the cap the jitter stays on top: never sooner than Retry-After.
    for (const r of randoms) {
      expect(backoffDelay(0, { retryAfterMs: 20_000, random: () => r })).toBeGreaterThanOrEqual(20_000);
    }
  });
});

describe('createEventStreamClient', () => {
  it('reconnects with exponential backoff 1 s → 30 s while the server is unreachable', async () => {
    const server = createSseFetch();
    for (let i = 0; i < 8; i++) server.respond();
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(client.getSnapshot().status).toBe('retrying');
    expect(client.getSnapshot().error?.code).toBe('network_error');
    const expected = [1000, 2000, 4000, 8000, 16000, 30000, 30000];
    for (const [i, delay] of expected.entries()) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(server.calls).toHaveBeenCalledTimes(i + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(server.calls).toHaveBeenCalledTimes(i + 2);
    }
    client.close();
  });

  it("honours the server's retry: field and resets the backoff once open", async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.getSnapshot().status).toBe('open');
    server.connections[0]!.push('retry: 5000\n\n');
    server.connections[0]!.end();
    await vi.advanceTimersByTimeAsync(4999);
    expect(server.calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveBeenCalledTimes(2);
    client.close();
  });

  it("waits a 503's Retry-After before it reconnects, and shows only the error", async () => {
    const server = createSseFetch();
    const problem = { code: 'store_unavailable', title: 'Service Unavailable', status: 503 };
    server.respond(503, problem, { 'retry-after': '5' });
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    const snapshot = client.getSnapshot();
    expect(Object.keys(snapshot).sort()).toEqual(['error', 'lastEventId', 'paused', 'status']);
    expect(snapshot).toMatchObject({ status: 'retrying', error: { code: 'store_unavailable', status: 503 } });
    await vi.advanceTimersByTimeAsync(4999);
    expect(server.calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(client.getSnapshot()).toMatchObject({ status: 'open', error: null });
    client.close();
  });

  it('retries a 429 after the HTTP-date of its Retry-After, counted from its Date header', async () => {
    const server = createSseFetch();
    // The browser's clock is an hour ahead of the server's: the date still means 12 s.
    vi.setSystemTime(Date.parse('Wed, 21 Oct 2026 08:28:00 GMT'));
    server.respond(
      429,
      { code: 'rate_limited', title: 'Too Many Requests', status: 429 },
      { 'retry-after': 'Wed, 21 Oct 2026 07:28:12 GMT', date: 'Wed, 21 Oct 2026 07:28:00 GMT' },
    );
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.getSnapshot()).toMatchObject({ status: 'retrying', error: { code: 'rate_limited' } });
    await vi.advanceTimersByTimeAsync(11_999);
    expect(server.calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(client.getSnapshot().status).toBe('open');
    client.close();
  });

  it('caps Retry-After at maxRetryMs and ignores an invalid one', async () => {
    const server = createSseFetch();
    server.respond(503, undefined, { 'retry-after': '86400' });
    server.respond(503, undefined, { 'retry-after': 'later' });
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0, maxRetryMs: 20_000 });
    client.open();
    await vi.advanceTimersByTimeAsync(19_999);
    expect(server.calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveBeenCalledTimes(2);
    // The second refusal's Retry-After is unreadable: the backoff (2 s for the second retry) applies.
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.calls).toHaveBeenCalledTimes(3);
    client.close();
  });

  it('waits out a Retry-After that was running when the page was hidden', async () => {
    const server = createSseFetch();
    server.respond(503, undefined, { 'retry-after': '10' });
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(3000);
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(2000);
    setVisibility('visible');
    expect(client.getSnapshot()).toMatchObject({ status: 'connecting', paused: false });
    await vi.advanceTimersByTimeAsync(4999);
    expect(server.calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(client.getSnapshot().status).toBe('open');
    client.close();
  });

  it('waits the longest a timer can with an unbounded maxRetryMs, instead of not at all', async () => {
    const server = createSseFetch();
    // 40 days: more than a timer can hold (2^31 - 1 ms, about 24.8 days).
    server.respond(503, undefined, { 'retry-after': String(40 * 86_400) });
    const client = createEventStreamClient(URL, {
      fetch: server.fetch,
      random: () => 0,
      maxRetryMs: Number.POSITIVE_INFINITY,
    });
    client.open();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(client.getSnapshot().status).toBe('retrying');
    client.close();
    // The plain backoff too, after many failures.
    expect(backoffDelay(40, { maxMs: Number.POSITIVE_INFINITY, random: () => 0 })).toBe(2e9);
  });

  it('forgets a Retry-After once a connection got in: a page shown again reconnects at once', async () => {
    const server = createSseFetch();
    server.respond(503, undefined, { 'retry-after': '30' });
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(1000);
    // The user does not wait: reconnect() gets in, long before the 30 s are up.
    client.reconnect();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(client.getSnapshot().status).toBe('open');
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(2000);
    setVisibility('visible');
    // The refusal is over: nothing is left to wait for.
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveBeenCalledTimes(3);
    expect(client.getSnapshot()).toMatchObject({ status: 'open', paused: false });
    client.close();
  });

  it('re-reads the headers before every reconnect (token refresh)', async () => {
    const server = createSseFetch();
    let token = 'first';
    const getHeaders = vi.fn(async () => ({ Authorization: `Bearer ${token}` }));
    const client = createEventStreamClient(URL, { fetch: server.fetch, getHeaders, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    token = 'refreshed';
    server.connections[0]!.end();
    await vi.advanceTimersByTimeAsync(1000);
    expect(getHeaders).toHaveBeenCalledTimes(2);
    expect(server.connections.map((c) => c.headers.get('authorization'))).toEqual([
      'Bearer first',
      'Bearer refreshed',
    ]);
    expect(server.connections[0]!.headers.get('accept')).toBe('text/event-stream');
    client.close();
  });

  it('keeps retrying after a 401 so a refreshed token can get in', async () => {
    const server = createSseFetch();
    server.respond(401, { code: 'unauthenticated', title: 'Unauthenticated', status: 401 });
    const onError = vi.fn();
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    client.listen({ onError });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'unauthenticated', status: 401 });
    expect(client.getSnapshot().status).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1000);
    expect(client.getSnapshot().status).toBe('open');
    expect(client.getSnapshot().error).toBeNull();
    client.close();
  });

  it('retries when getHeaders throws (e.g. the token refresh failed)', async () => {
    const server = createSseFetch();
    const getHeaders = vi.fn().mockRejectedValueOnce(new Error('refresh failed')).mockResolvedValue({});
    const client = createEventStreamClient(URL, { fetch: server.fetch, getHeaders, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).not.toHaveBeenCalled();
    expect(client.getSnapshot()).toMatchObject({ status: 'retrying', error: { code: 'unauthenticated' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveBeenCalledTimes(1);
    client.close();
  });

  it('stops on a final error such as 404 instead of retrying', async () => {
    const server = createSseFetch();
    server.respond(404, { code: 'not_found', title: 'Not found', status: 404 });
    const client = createEventStreamClient(URL, { fetch: server.fetch });
    client.open();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(client.getSnapshot()).toMatchObject({ status: 'closed', error: { code: 'not_found' } });
  });

  it('stops for good on 204 No Content, without a later timeout error', async () => {
    const server = createSseFetch();
    server.respond(204);
    const client = createEventStreamClient(URL, { fetch: server.fetch });
    client.open();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(client.getSnapshot()).toMatchObject({ status: 'closed', error: null });
  });

  it('sends Last-Event-ID when it resumes', async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.connections[0]!.headers.has('last-event-id')).toBe(false);
    server.connections[0]!.push(sse('call_event_created', interaction('a'), '41'));
    server.connections[0]!.push('id: 42\nevent: heartbeat\ndata: {}\n\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(client.getSnapshot().lastEventId).toBe('42');
    server.connections[0]!.end();
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.connections[1]!.headers.get('last-event-id')).toBe('42');
    client.close();
  });

  it('aborts the previous request before it retries', async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(URL, {
      fetch: server.fetch,
      random: () => 0,
      inactivityTimeoutMs: 5000,
    });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    const first = server.connections[0]!;
    await vi.advanceTimersByTimeAsync(5000);
    expect(first.signal.aborted).toBe(true);
    expect(client.getSnapshot()).toMatchObject({ status: 'retrying', error: { code: 'stream_timeout' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveBeenCalledTimes(2);
    client.reconnect();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.connections[1]!.signal.aborted).toBe(true);
    expect(server.calls).toHaveBeenCalledTimes(3);
    client.close();
    expect(server.connections[2]!.signal.aborted).toBe(true);
  });

  it('gives up on a request that never answers after the inactivity timeout and retries', async () => {
    // E.g. a connection that died while the laptop slept, or a proxy that holds the response.
    const signals: AbortSignal[] = [];
    const fetch = vi.fn(
      (_input: RequestInfo | URL, init: RequestInit = {}) =>
        new Promise<Response>((_resolve, reject) => {
          const signal = init.signal as AbortSignal;
          signals.push(signal);
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const client = createEventStreamClient(URL, {
      fetch: fetch as unknown as typeof globalThis.fetch,
      random: () => 0,
      inactivityTimeoutMs: 5000,
    });
    client.open();
    await vi.advanceTimersByTimeAsync(4999);
    expect(client.getSnapshot().status).toBe('connecting');
    await vi.advanceTimersByTimeAsync(1);
    expect(signals[0]!.aborted).toBe(true);
    expect(client.getSnapshot()).toMatchObject({ status: 'retrying', error: { code: 'stream_timeout' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(2);
    client.close();
    expect(signals[1]!.aborted).toBe(true);
  });

  it('pauses while the page is hidden and resumes where it stopped', async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(URL, { fetch: server.fetch });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    server.connections[0]!.push(sse('call_event_updated', interaction('a'), '7'));
    await vi.advanceTimersByTimeAsync(0);
    setVisibility('hidden');
    expect(server.connections[0]!.signal.aborted).toBe(true);
    expect(client.getSnapshot()).toMatchObject({ status: 'closed', paused: true });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(server.connections[1]!.headers.get('last-event-id')).toBe('7');
    expect(client.getSnapshot()).toMatchObject({ status: 'open', paused: false });
    client.close();
  });

  it('stays connected on a hidden page when pauseWhenHidden is false', async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(URL, { fetch: server.fetch, pauseWhenHidden: false });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    setVisibility('hidden');
    expect(server.connections[0]!.signal.aborted).toBe(false);
    expect(client.getSnapshot().status).toBe('open');
    client.close();
  });

  it('dispatches typed call events, resync and reports malformed data', async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(URL, { fetch: server.fetch });
    const messages: StreamMessage[] = [];
    const onError = vi.fn();
    client.listen({ onMessage: (m) => messages.push(m), onError });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    const c = server.connections[0]!;
    c.push(sse('call_event_created', interaction('a'), '1'));
    c.push(sse('call_ai_completed', interaction('a', { version: 3 }), '2'));
    c.push(sse('resync', { reason: 'gap' }, '3'));
    c.push('id: 4\nevent: call_event_updated\ndata: {not json\n\n');
    c.push(sse('something_else', {}, '5'));
    await vi.advanceTimersByTimeAsync(0);
    expect(messages.map((m) => [m.type, m.id])).toEqual([
      ['call_event_created', '1'],
      ['call_ai_completed', '2'],
      ['resync', '3'],
    ]);
    expect(messages[1]).toMatchObject({ data: { id: 'a', version: 3 } });
    expect(onError.mock.calls[0]![0].code).toBe('invalid_response');
    expect(client.getSnapshot().lastEventId).toBe('5');
    client.close();
  });

  it('takes the media type in any case (Text/Event-Stream), as HTTP defines it', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(new ReadableStream(), {
          headers: { 'content-type': 'Text/Event-Stream; charset=UTF-8' },
        }),
    );
    const client = createEventStreamClient(URL, { fetch: fetch as unknown as typeof globalThis.fetch });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.getSnapshot()).toMatchObject({ status: 'open', error: null });
    client.close();
  });

  it('touches no browser global before open()', () => {
    const fetchSpy = vi.fn();
    createEventStreamClient(URL, { fetch: fetchSpy as unknown as typeof fetch });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
