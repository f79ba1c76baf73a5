import { CallbridgeError, silentLogger } from '@callbridge/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RingoverClient, reconcileRingoverCalls } from '../src/index.js';
import { ringoverApiHandlers } from '../src/testing.js';
import { NOW } from './helpers.js';
import { API_KEY, callRow, loggingBridge } from './reconcile-fixture.js';

// A row that reads as a /calls row but not as a valid call event must cost only itself, like a
// malformed row; and a row whose delivery a webhook is storing at that moment is a duplicate.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const row = callRow;
const setup = loggingBridge;

describe('reconciliation past rows the pipeline refuses', () => {
  it('skips, logs and counts a row that is no valid call event, and stores the others', async () => {
    // A control character in call_id: a store key no store takes (core answers malformed_body).
    const bad = row(2, { call_id: '14486597828273463002\u0007', from_number: '33699887766' });
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [row(1), bad, row(3)] }).handlers);
    const { bridge, provider, stores, lines } = setup();
    await bridge.start();
    const result = await provider.reconcile({ tenantId: 'acme', since: '2025-12-31T00:00:00Z' });
    expect(result).toMatchObject({ stored: 2, skipped: 1 });
    expect((await stores.interactions.list('acme', {}, { limit: 10 })).items).toHaveLength(2);
    const logged = lines.join('\n');
    expect(logged).toContain('902');
    expect(logged).not.toContain('699887766');
    await bridge.close();
  });
});

describe('reconciliation racing a webhook', () => {
  it('counts a row whose delivery a webhook is storing at that moment as a duplicate', async () => {
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [row(1), row(2)] }).handlers);
    const client = new RingoverClient({ apiKey: API_KEY, sleep: async () => {}, requestsPerSecond: 1000 });
    const result = await reconcileRingoverCalls({
      client,
      tenantId: 'acme',
      since: '2025-12-31T00:00:00Z',
      until: '2026-01-01T00:00:00Z',
      runtime: {
        now: () => NOW,
        logger: silentLogger,
        ingest: async (event) => {
          if (event.sourceRecordId === row(2).call_id) {
            throw new CallbridgeError(
              'delivery_in_progress',
              'This delivery is being stored by another request.',
            );
          }
          return { status: 'stored', created: true, changed: true };
        },
      },
    });
    expect(result).toMatchObject({ fetched: 2, stored: 1, duplicates: 1 });
  });

  it('still fails the run when the store fails', async () => {
    server.use(...ringoverApiHandlers({ apiKey: API_KEY, calls: [row(1)] }).handlers);
    const client = new RingoverClient({ apiKey: API_KEY, sleep: async () => {}, requestsPerSecond: 1000 });
    const run = reconcileRingoverCalls({
      client,
      tenantId: 'acme',
      since: '2025-12-31T00:00:00Z',
      until: '2026-01-01T00:00:00Z',
      runtime: {
        now: () => NOW,
        logger: silentLogger,
        ingest: async () => {
          throw new CallbridgeError('store_unavailable', 'The store is down.');
        },
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'store_unavailable' });
  });
});
