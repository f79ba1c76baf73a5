import { MemoryCheckpointStore } from '@callbridge/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CallLogPoller } from '../calllog/poller.js';
import { SubscriptionApi } from '../subscriptions/api.js';
import { createRingCentralMock } from '../testing.js';
import { FakeClock } from './fake-clock.js';
import { RingCentralClient } from './platform-client.js';

// An answer of an unexpected shape is RingCentral's fault (or a proxy's): an upstream_error that
// names the call and the fields, not a bare validation error logged as internal_error.

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const API = 'https://platform.ringcentral.com/restapi/v1.0';
const client = () =>
  new RingCentralClient({
    clientId: 'id',
    clientSecret: 'secret',
    jwt: 'jwt-credential',
    clock: new FakeClock(),
  });

describe('answers of an unexpected shape', () => {
  it('a call-log page without a records list fails the poll with upstream_error naming it', async () => {
    server.use(http.get(`${API}/account/:id/call-log`, () => HttpResponse.json({ records: 'none' })));
    const poller = new CallLogPoller({
      client: client(),
      checkpoints: new MemoryCheckpointStore(),
      checkpointKey: 'cl',
      tenantId: 't1',
      clock: new FakeClock(),
      ingest: async () => ({}) as never,
    });
    const error = await poller.poll().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'upstream_error', details: { provider: 'ringcentral' } });
    expect((error as Error).message).toContain('read call log');
    expect((error as Error).message).toContain('records');
  });

  it('a subscription answer without an id fails with upstream_error naming the call', async () => {
    server.use(http.get(`${API}/subscription/:id`, () => HttpResponse.json({ status: 'Active' })));
    const error = await new SubscriptionApi(client()).get('sub-1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'upstream_error' });
    expect((error as Error).message).toContain('get subscription');
    expect((error as Error).message).toContain('id');
  });
});
