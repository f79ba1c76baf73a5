import { MemoryCheckpointStore } from '@callbridge/core';
import { createRingCentralMock, FakeClock } from '@callbridge/ringcentral/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBridge } from './helpers.js';

// What RingCentral does to a subscription behind our back: it expires and is deleted between our
// check and our renewal, or the webhook address moved (an address cannot be changed, only deleted
// and recreated: ringcentral.md §2.1).

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.state.subscriptions.clear();
  mock.state.subscriptionRequests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ADDRESS = 'https://crm.example.com/api/v1/webhooks/ringcentral/k1';
const MOVED = 'https://calls.example.com/api/v1/webhooks/ringcentral/k1';
const RENEW = 'https://platform.ringcentral.com/restapi/v1.0/subscription/:id/renew';

describe('a subscription changed on the RingCentral side', () => {
  it('one that expires between the check and the renewal is recreated in the same pass', async () => {
    const clock = new FakeClock();
    mock.state.now = () => clock.now();
    const { bridge, provider } = makeBridge({
      clock,
      checkpoints: new MemoryCheckpointStore(),
      provider: { webhookAddress: ADDRESS },
    });
    await bridge.start();
    const created = await provider.ensureSubscription('t1');
    clock.advance(604_800_000 - 5_000); // the process was down: 5 s left
    server.use(
      http.post(RENEW, ({ params }) => {
        mock.state.subscriptions.delete(String(params.id)); // expired meanwhile, and deleted
        return HttpResponse.json(
          {
            errors: [
              { errorCode: 'CMN-102', message: 'Resource for parameter [subscriptionId] is not found' },
            ],
          },
          { status: 404 },
        );
      }),
    );
    const result = await provider.ensureSubscription('t1');
    expect(result.action).toBe('recreated');
    expect(result.subscription.id).not.toBe(created.subscription.id);
    expect([...mock.state.subscriptions.keys()]).toEqual([result.subscription.id]);
    await bridge.close();
  });

  it('a moved webhookAddress deletes the subscription to the old address', async () => {
    const clock = new FakeClock();
    mock.state.now = () => clock.now();
    const checkpoints = new MemoryCheckpointStore();
    const before = makeBridge({ clock, checkpoints, provider: { webhookAddress: ADDRESS } });
    await before.bridge.start();
    const old = await before.provider.ensureSubscription('t1');
    await before.bridge.close();

    const after = makeBridge({ clock, checkpoints, provider: { webhookAddress: MOVED } });
    await after.bridge.start();
    const result = await after.provider.ensureSubscription('t1');
    expect(result.subscription.deliveryMode?.address).toBe(MOVED);
    // Left alive, the old one keeps posting to the old address (and takes one of the 30 slots).
    expect(mock.state.subscriptions.has(old.subscription.id)).toBe(false);
    expect([...mock.state.subscriptions.keys()]).toEqual([result.subscription.id]);
    await after.bridge.close();
  });
});
