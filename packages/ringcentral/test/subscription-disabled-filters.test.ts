import { type Logger, MemoryCheckpointStore } from '@callbridge/core';
import { createRingCentralMock, FakeClock, INSIGHTS_FILTER } from '@callbridge/ringcentral/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeBridge } from './helpers.js';

// RingCentral creates a subscription even when it cannot deliver some of its filters (the app or
// the user lacks the RingSense permission): it lists them in `disabledFilters` with a reason, and
// the subscription stays Active. Nothing would ever arrive for them; the manager says so.

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ADDRESS = 'https://crm.example.com/api/v1/webhooks/ringcentral/k1';

describe('disabled filters', () => {
  it('are logged as a warning naming the filter and the reason', async () => {
    server.use(
      http.post('https://platform.ringcentral.com/restapi/v1.0/subscription', async ({ request }) => {
        if (!mock.state.authorized(request)) return undefined;
        const sub = mock.state.createSubscription((await request.clone().json()) as Record<string, unknown>);
        sub.disabledFilters = [
          { filter: INSIGHTS_FILTER, reason: 'Permission [RingSense] is required', message: 'no permission' },
        ];
        return HttpResponse.json(sub);
      }),
    );
    const clock = new FakeClock();
    mock.state.now = () => clock.now();
    const logger: Logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const { bridge, provider } = makeBridge({
      clock,
      checkpoints: new MemoryCheckpointStore(),
      provider: { webhookAddress: ADDRESS, logger },
    });
    await bridge.start();
    expect((await provider.ensureSubscription('t1')).action).toBe('created');
    const warned = vi.mocked(logger.warn).mock.calls.find(([m]) => m.includes('disabled'));
    expect(warned?.[1]).toMatchObject({
      disabledFilters: [{ filter: INSIGHTS_FILTER, reason: 'Permission [RingSense] is required' }],
    });
    await bridge.close();
  });
});
