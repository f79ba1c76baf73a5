import { type Logger, MemoryDedupeStore } from '@callbridge/core';
import { createRingCentralMock, FakeClock } from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeBridge } from './helpers.js';

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ADDRESS = 'https://crm.example.com/api/v1/webhooks/ringcentral/k1';

/** A clock whose sleeps take real time, so a lease waiter is still waiting when the bridge closes. */
class WaitingClock extends FakeClock {
  override async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 20));
    await super.sleep(ms);
  }
}

describe('the subscription job waiting for another instance’s lease, when the bridge closes', () => {
  it('stops without logging a failed pass (the shutdown is not a failure)', async () => {
    const store = new MemoryDedupeStore();
    // Another instance holds the lease for a minute.
    expect((await store.claim('ringcentral:subscription:t1', 60_000)).status).toBe('claimed');
    const claims = vi.spyOn(store, 'claim');
    const errors: Array<{ message: string; fields: unknown }> = [];
    const logger: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (message, fields) => errors.push({ message, fields }),
    };
    const { bridge } = makeBridge({
      clock: new WaitingClock(),
      dedupe: store,
      logger,
      provider: { webhookAddress: ADDRESS, background: true, pollCallLog: false },
    });
    await bridge.start();
    // The subscription job runs and waits for the lease.
    await expect.poll(() => claims.mock.calls.length).toBeGreaterThan(1);
    await bridge.close();
    expect(errors).toEqual([]);
  });
});
