import { CallbridgeError } from '@callbridge/core';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ringover } from '../provider/ringover.js';
import { DEFAULT_RINGOVER_TIMEOUT_MS, RingoverClient } from './client.js';

// A Ringover API that accepts the connection and then never answers (or never finishes the body)
// must not hold a reconciliation for minutes: each request has its own timeout.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CALLS = 'https://public-api.ringover.com/v2/calls';
const EMPTY = { call_list: [], call_list_count: 0, total_call_count: 0 };
const client = (extra: Partial<ConstructorParameters<typeof RingoverClient>[0]> = {}) =>
  new RingoverClient({ apiKey: 'eu-key-123', sleep: async () => {}, ...extra });

describe('RingoverClient request timeout', () => {
  it('aborts a request the API never answers and fails with upstream_error naming the option', async () => {
    let hits = 0;
    server.use(
      http.get(CALLS, async () => {
        hits += 1;
        await delay('infinite');
        return HttpResponse.json(EMPTY);
      }),
    );
    const started = performance.now();
    const error = await client({ timeoutMs: 60, maxRetries: 1 })
      .listCalls()
      .catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(error).toBeInstanceOf(CallbridgeError);
    expect(error).toMatchObject({ code: 'upstream_error', status: 502 });
    expect((error as Error).message).toContain('60 ms');
    expect(`${(error as Error).message} ${(error as CallbridgeError).hint}`).toContain('timeoutMs');
    // A timeout is retried like a network error.
    expect(hits).toBe(2);
  });

  it('also bounds an answer whose body stalls after the headers', async () => {
    server.use(
      http.get(
        CALLS,
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"call_list":['));
              },
            }),
            { headers: { 'content-type': 'application/json' } },
          ),
      ),
    );
    await expect(client({ timeoutMs: 60, maxRetries: 0 }).listCalls()).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining('timeoutMs'),
    });
  });

  it('retries after a timeout and succeeds', async () => {
    let hits = 0;
    server.use(
      http.get(CALLS, async () => {
        hits += 1;
        if (hits === 1) await delay('infinite');
        return HttpResponse.json(EMPTY);
      }),
    );
    await expect(client({ timeoutMs: 60, maxRetries: 2 }).listCalls()).resolves.toMatchObject({
      call_list: [],
    });
    expect(hits).toBe(2);
  });

  it("stops at once, without retrying, when the caller's signal aborts", async () => {
    let hits = 0;
    server.use(
      http.get(CALLS, async () => {
        hits += 1;
        await delay('infinite');
        return HttpResponse.json(EMPTY);
      }),
    );
    const controller = new AbortController();
    const reason = new Error('shutting down');
    setTimeout(() => controller.abort(reason), 30);
    const started = performance.now();
    await expect(
      client({ timeoutMs: 10_000, maxRetries: 3 }).listCalls({}, { signal: controller.signal }),
    ).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(hits).toBe(1);
  });

  it('gives every request a signal, 15 s by default', async () => {
    expect(DEFAULT_RINGOVER_TIMEOUT_MS).toBe(15_000);
    const signals: Array<AbortSignal | null | undefined> = [];
    const fetchSpy: typeof fetch = async (_input, init) => {
      signals.push(init?.signal);
      return new Response(null, { status: 204 });
    };
    await client({ fetch: fetchSpy }).listCalls();
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[0]!.aborted).toBe(false);
  });

  it('refuses a timeout that is not a positive number of ms, saying how to fix it', () => {
    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '15000' as unknown as number]) {
      const attempt = () => client({ timeoutMs });
      expect(attempt).toThrowError(CallbridgeError);
      expect(attempt).toThrowError(/timeoutMs/);
      try {
        attempt();
      } catch (error) {
        expect(error).toMatchObject({
          code: 'configuration_error',
          hint: expect.stringContaining('timeoutMs'),
        });
      }
    }
    expect(() => ringover({ rest: { timeoutMs: -5 } })).toThrowError(/rest\.timeoutMs/);
  });
});
