import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RingoverClient } from './client.js';

// The API's `error` text is quoted in the error a caller logs: a phone number it names is redacted.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CALLS = 'https://public-api.ringover.com/v2/calls';

async function failureWith(error: string, status: number): Promise<Error> {
  server.use(http.get(CALLS, () => HttpResponse.json({ error }, { status })));
  const client = new RingoverClient({ apiKey: 'k', maxRetries: 0, requestsPerSecond: 1000 });
  return client.listCalls().then(
    () => {
      throw new Error('expected a failure');
    },
    (e: Error) => e,
  );
}

describe("RingoverClient, the API's error text", () => {
  it('is quoted with its phone numbers redacted', async () => {
    for (const status of [400, 403, 429, 500]) {
      const e = await failureWith('No call found for +33 6 12 34 56 78 or 0612345678', status);
      expect(e.message).toContain('No call found for');
      expect(e.message).not.toMatch(/12 34 56|12345678/);
    }
  });

  it('redacts a number the 80-character cut would split', async () => {
    const e = await failureWith(`${'x'.repeat(70)} +33612345678`, 400);
    expect(e.message).not.toContain('+33612');
    expect(e.message).not.toMatch(/6123/);
  });

  it('never quotes the API key the answer may echo', async () => {
    server.use(
      http.get(CALLS, () => HttpResponse.json({ error: 'Unknown key eu-secret-key-42' }, { status: 401 })),
    );
    const client = new RingoverClient({ apiKey: 'eu-secret-key-42', maxRetries: 0, requestsPerSecond: 1000 });
    const e = await client.listCalls().catch((error: Error) => error);
    expect((e as Error).message).toContain('Unknown key');
    expect((e as Error).message).not.toContain('eu-secret-key-42');
  });
});
