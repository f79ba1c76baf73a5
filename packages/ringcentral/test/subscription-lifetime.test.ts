import { MemoryCheckpointStore } from '@callbridge/core';
import { createRingCentralMock, FakeClock } from '@callbridge/ringcentral/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBridge } from './helpers.js';

// The renewal window must fit in the lifetime the subscription actually has: one that is as long
// as the lifetime (a setting, or a platform that grants less than asked) would renew on every
// pass, and schedule the next pass a second later, for ever.

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

function setup(extra: Record<string, unknown> = {}) {
  const clock = new FakeClock();
  mock.state.now = () => clock.now();
  const checkpoints = new MemoryCheckpointStore();
  return makeBridge({ clock, checkpoints, provider: { webhookAddress: ADDRESS, ...extra } });
}

const renewals = () => mock.state.subscriptionRequests.filter((r) => r.endsWith('/renew')).length;

describe('renewal window longer than the lifetime', () => {
  it('renewBeforeSeconds over subscriptionExpiresIn renews at half the lifetime, not on every pass', async () => {
    const { bridge, provider, clock } = setup({ subscriptionExpiresIn: 600, renewBeforeSeconds: 3600 });
    await bridge.start();
    const created = await provider.ensureSubscription('t1');
    expect(created.action).toBe('created');
    expect(created.nextCheckAt).toBe(clock.now() + 300_000);
    clock.advance(1_000);
    const again = await provider.ensureSubscription('t1');
    expect(again.action).toBe('unchanged');
    expect(renewals()).toBe(0);
    clock.advance(299_000);
    expect((await provider.ensureSubscription('t1')).action).toBe('renewed');
    await bridge.close();
  });

  it('a lifetime shorter than asked (granted by the platform) sets the window', async () => {
    server.use(
      http.post('https://platform.ringcentral.com/restapi/v1.0/subscription', async ({ request }) => {
        if (!mock.state.authorized(request)) return undefined;
        const body = (await request.clone().json()) as Record<string, unknown>;
        return HttpResponse.json(mock.state.createSubscription({ ...body, expiresIn: 900 }));
      }),
    );
    const { bridge, provider, clock } = setup();
    await bridge.start();
    const created = await provider.ensureSubscription('t1');
    expect(created.nextCheckAt).toBe(clock.now() + 450_000);
    clock.advance(1_000);
    expect((await provider.ensureSubscription('t1')).action).toBe('unchanged');
    expect(renewals()).toBe(0);
    await bridge.close();
  });
});
