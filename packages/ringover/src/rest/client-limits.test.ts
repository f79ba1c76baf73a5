import { DEFAULT_MAX_RESPONSE_BYTES } from '@callbridge/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RingoverClient } from './client.js';

// A broken or hostile API host: answers larger than the client reads, of every kind.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CALLS = 'https://public-api.ringover.com/v2/calls';
let pulled = 0;

/** A JSON-looking body of 64 MiB in 64 KiB chunks (`[1,1,1,...`), counting the chunks read. */
function hugeBody(): ReadableStream<Uint8Array> {
  pulled = 0;
  const chunk = new TextEncoder().encode('1,'.repeat(32 * 1024));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"call_list":['));
    },
    pull(controller) {
      pulled += 1;
      if (pulled > 1024) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

const json = { 'content-type': 'application/json' };
const client = (extra: Partial<ConstructorParameters<typeof RingoverClient>[0]> = {}) =>
  new RingoverClient({ apiKey: 'eu-key-123', sleep: async () => {}, ...extra });

describe('RingoverClient reads bounded answers', () => {
  it('refuses a 200 answer past maxResponseBytes after reading about that much', async () => {
    server.use(http.get(CALLS, () => new HttpResponse(hugeBody(), { headers: json })));
    await expect(client({ maxResponseBytes: 1024 * 1024 }).listCalls()).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining('larger than 1048576 bytes'),
    });
    expect(pulled).toBeLessThan(40);
  });

  it('refuses at once an answer whose Content-Length is over the default 16 MiB', async () => {
    server.use(
      http.get(
        CALLS,
        () =>
          new HttpResponse('{"call_list":[]}', {
            headers: { ...json, 'content-length': String(DEFAULT_MAX_RESPONSE_BYTES + 1) },
          }),
      ),
    );
    await expect(client().listCalls()).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining(`larger than ${DEFAULT_MAX_RESPONSE_BYTES} bytes`),
    });
  });

  it('does not read a huge error body, neither before a retry nor for the final error', async () => {
    let hits = 0;
    server.use(
      http.get(CALLS, () => {
        hits += 1;
        return new HttpResponse(hugeBody(), { status: hits === 1 ? 503 : 400, headers: json });
      }),
    );
    await expect(client({ maxRetries: 1 }).listCalls()).rejects.toMatchObject({
      code: 'upstream_error',
      message:
        'The Ringover API answered 400. Retry later; check the request parameters (dates at most 15 days apart).',
    });
    expect(hits).toBe(2);
    expect(pulled).toBeLessThan(40);
  });

  it('answers upstream_error, not invalid_json, to a 200 answer that is not JSON', async () => {
    server.use(
      http.get(
        CALLS,
        () => new HttpResponse('<html>maintenance</html>', { headers: { 'content-type': 'text/html' } }),
      ),
    );
    await expect(client().listCalls()).rejects.toMatchObject({
      code: 'upstream_error',
      status: 502,
      message: expect.stringContaining('not JSON'),
    });
  });

  it('answers upstream_error naming cdr_id to a full page where no cdr_id is an integer', async () => {
    // One such row is skipped (reconcile-malformed-rows.test.ts); a full page of them cannot be paged past.
    const row = (cdr_id: unknown) => ({ cdr_id, call_id: '1', direction: 'in', last_state: 'ANSWERED' });
    for (const bad of ['abc', 1.5, '12e3']) {
      server.use(http.get(CALLS, () => HttpResponse.json({ call_list: [row(bad), row(bad)] })));
      const rows = client().iterateCalls({
        since: '2026-01-01T00:00:00Z',
        until: '2026-01-02T00:00:00Z',
        pageSize: 2,
      });
      const read = async () => {
        for await (const _ of rows);
      };
      await expect(read()).rejects.toMatchObject({
        code: 'upstream_error',
        message: expect.stringContaining('integer cdr_id'),
      });
    }
  });
});
