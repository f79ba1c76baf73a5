import { MemoryCheckpointStore } from '@callbridge/core';
import {
  createRingCentralMock,
  FakeClock,
  FIXTURE_VERIFICATION_TOKEN,
  INSIGHTS_FILTER,
  reminderNotification,
} from '@callbridge/ringcentral/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POLL_JOB, SUBSCRIPTION_JOB } from '../src/jobs.js';
import { makeBridge, postWebhook } from './helpers.js';

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
const DAY = 86_400_000;

function setup(extra: Record<string, unknown> = {}) {
  const clock = new FakeClock();
  mock.state.now = () => clock.now();
  const made = makeBridge({
    clock,
    checkpoints: new MemoryCheckpointStore(),
    provider: { webhookAddress: ADDRESS, ...extra },
  });
  return made;
}

describe('subscription manager', () => {
  it('creates the subscription with an explicit expiresIn, the reminder filter and the token', async () => {
    let body: Record<string, unknown> = {};
    server.use(
      http.post('https://platform.ringcentral.com/restapi/v1.0/subscription', async ({ request }) => {
        body = (await request.clone().json()) as Record<string, unknown>;
        return undefined;
      }),
    );
    const { bridge, provider } = setup();
    await bridge.start();
    const result = await provider.ensureSubscription('t1');
    expect(result.action).toBe('created');
    expect(body).toEqual({
      eventFilters: [INSIGHTS_FILTER, '/restapi/v1.0/subscription/~?threshold=151200&interval=37800'],
      deliveryMode: {
        transportType: 'WebHook',
        address: ADDRESS,
        verificationToken: FIXTURE_VERIFICATION_TOKEN,
      },
      expiresIn: 604800,
    });
    const state = await bridge.runtime.checkpoints.get<Record<string, unknown>>(
      'ringcentral/subscription/t1',
    );
    expect(state).toMatchObject({ id: result.subscription.id, address: ADDRESS });
    expect(JSON.stringify(state)).not.toContain(FIXTURE_VERIFICATION_TOKEN);
    await bridge.close();
  });

  it('leaves one subscription when two instances create theirs at the same moment', async () => {
    const clock = new FakeClock();
    mock.state.now = () => clock.now();
    const checkpoints = new MemoryCheckpointStore(); // shared, as Redis or Postgres would be
    // Each bridge keeps its own in-memory DedupeStore, so no lease is shared: this is the safety
    // net (subscription-lease.test.ts shows a shared store letting only one instance create).
    const one = makeBridge({ clock, checkpoints, provider: { webhookAddress: ADDRESS } });
    const two = makeBridge({ clock, checkpoints, provider: { webhookAddress: ADDRESS } });
    // RingCentral answers a create only after its validation request to the address (§2.1).
    server.use(
      http.post('https://platform.ringcentral.com/restapi/v1.0/subscription', async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return undefined;
      }),
    );
    await one.bridge.start();
    await two.bridge.start();
    const [a, b] = await Promise.all([
      one.provider.ensureSubscription('t1'),
      two.provider.ensureSubscription('t1'),
    ]);
    expect(mock.state.subscriptionRequests.filter((r) => r.startsWith('POST'))).toHaveLength(2);
    expect([...mock.state.subscriptions.keys()]).toEqual([a.subscription.id]);
    expect(b.subscription.id).toBe(a.subscription.id);
    expect((await checkpoints.get<{ id: string }>('ringcentral/subscription/t1'))?.id).toBe(
      a.subscription.id,
    );
    await one.bridge.close();
    await two.bridge.close();
  });

  it('leaves a fresh subscription alone, renews it near expiry', async () => {
    const { bridge, provider, clock } = setup();
    await bridge.start();
    const created = await provider.ensureSubscription('t1');
    expect((await provider.ensureSubscription('t1')).action).toBe('unchanged');
    expect(created.nextCheckAt - clock.now()).toBeLessThanOrEqual(3_600_000);
    clock.advance(5.5 * DAY); // 1.5 days left < the 1.75-day renewal window
    const renewed = await provider.ensureSubscription('t1');
    expect(renewed.action).toBe('renewed');
    expect(renewed.subscription.id).toBe(created.subscription.id);
    expect(Date.parse(renewed.subscription.expirationTime ?? '')).toBe(clock.now() + 604800 * 1000);
    expect(mock.state.subscriptionRequests.filter((r) => r.endsWith('/renew'))).toHaveLength(1);
    await bridge.close();
  });

  it.each([
    ['Blacklisted', (id: string, _clock: FakeClock) => mock.state.blacklist(id)],
    // No pass ran for longer than its lifetime (the app was down): it delivers nothing any more,
    // whatever status it is still listed with, and is recreated instead of renewed.
    [
      'past its expirationTime, still listed Active',
      (_id: string, clock: FakeClock) => clock.advance(8 * DAY),
    ],
  ] as const)('deletes and recreates a subscription %s', async (_, kill) => {
    const { bridge, provider, clock } = setup();
    await bridge.start();
    const created = await provider.ensureSubscription('t1');
    kill(created.subscription.id, clock);
    mock.state.subscriptionRequests.length = 0;
    const result = await provider.ensureSubscription('t1');
    expect(result.action).toBe('recreated');
    expect(result.subscription.id).not.toBe(created.subscription.id);
    expect(mock.state.subscriptionRequests).toEqual([
      `GET /subscription/${created.subscription.id}`,
      `DELETE /subscription/${created.subscription.id}`,
      'POST /subscription',
      // After a create: is another instance's subscription at the same address too? (keep one)
      'GET /subscription',
    ]);
    expect([...mock.state.subscriptions.values()].map((s) => s.status)).toEqual(['Active']);
    expect(Date.parse(result.subscription.expirationTime ?? '')).toBeGreaterThan(clock.now());
    await bridge.close();
  });

  it('recreates a subscription that is gone', async () => {
    const { bridge, provider } = setup();
    await bridge.start();
    const created = await provider.ensureSubscription('t1');
    mock.state.subscriptions.delete(created.subscription.id);
    const result = await provider.ensureSubscription('t1');
    expect(result.action).toBe('recreated');
    expect(mock.state.subscriptions.size).toBe(1);
    await bridge.close();
  });

  it('adopts an existing subscription to the same address instead of creating a second one', async () => {
    const { bridge, provider } = setup();
    await bridge.start();
    const existing = mock.state.createSubscription({
      eventFilters: [INSIGHTS_FILTER],
      deliveryMode: { address: ADDRESS },
      expiresIn: 604800,
    });
    const result = await provider.ensureSubscription('t1');
    expect(result.subscription.id).toBe(existing.id);
    expect(mock.state.subscriptions.size).toBe(1);
    await bridge.close();
  });

  it('updates the filters of an existing subscription in place when more are configured', async () => {
    const { bridge, provider } = setup();
    await bridge.start();
    const created = await provider.ensureSubscription('t1');
    const telephony = '/restapi/v1.0/account/~/telephony/sessions';
    const wider = makeBridge({
      clock: new FakeClock(),
      checkpoints: bridge.runtime.checkpoints as MemoryCheckpointStore,
      provider: { webhookAddress: ADDRESS, eventFilters: [INSIGHTS_FILTER, telephony] },
    });
    await wider.bridge.start();
    const result = await wider.provider.ensureSubscription('t1');
    expect(result.action).toBe('updated');
    expect(result.subscription.id).toBe(created.subscription.id);
    expect(result.subscription.eventFilters).toContain('/restapi/v1.0/account/809640001/telephony/sessions');
    await bridge.close();
    await wider.bridge.close();
  });

  it('recreates the subscription when the verification token was rotated', async () => {
    const { bridge, provider } = setup();
    await bridge.start();
    const first = await provider.ensureSubscription('t1');
    const rotated = makeBridge({
      clock: new FakeClock(),
      checkpoints: bridge.runtime.checkpoints as MemoryCheckpointStore,
      provider: { webhookAddress: ADDRESS, verificationToken: ['new-token', FIXTURE_VERIFICATION_TOKEN] },
    });
    await rotated.bridge.start();
    const result = await rotated.provider.ensureSubscription('t1');
    expect(result.action).toBe('recreated');
    expect(result.subscription.id).not.toBe(first.subscription.id);
    await bridge.close();
    await rotated.bridge.close();
  });

  it('runs on a schedule through the JobQueue and renews on a reminder notification', async () => {
    const { bridge, clock } = setup({ background: true, pollCallLog: false });
    const enqueue = vi.spyOn(bridge.runtime.jobs, 'enqueue');
    await bridge.start();
    await vi.waitFor(() => expect(mock.state.subscriptions.size).toBe(1));
    await vi.waitFor(() =>
      expect(enqueue.mock.calls.filter(([, , o]) => (o?.delayMs ?? 0) > 0).map(([n]) => n)).toEqual([
        SUBSCRIPTION_JOB,
      ]),
    );
    const next = await bridge.runtime.checkpoints.get<number>(`ringcentral/schedule/${SUBSCRIPTION_JOB}/t1`);
    expect(next).toBe(clock.now() + 3_600_000);
    expect(enqueue.mock.calls.some(([n]) => n === POLL_JOB)).toBe(false);

    const [id] = [...mock.state.subscriptions.keys()];
    // RingCentral reminds within the filter's threshold (151 200 s) of the expiry.
    clock.advance(6 * DAY);
    const response = await postWebhook(bridge, reminderNotification(id ?? ''));
    expect(response.status).toBe(200);
    await vi.waitFor(() =>
      expect(mock.state.subscriptionRequests).toContain(`POST /subscription/${id}/renew`),
    );
    await bridge.close();
  });

  it('renews on no reminder of another subscription, nor on one far from the expiry (a forged or replayed one)', async () => {
    const { bridge, clock } = setup({ background: true, pollCallLog: false });
    await bridge.start();
    await vi.waitFor(() => expect(mock.state.subscriptions.size).toBe(1));
    const [id] = [...mock.state.subscriptions.keys()];
    const enqueue = vi.spyOn(bridge.runtime.jobs, 'enqueue');
    const requests = mock.state.subscriptionRequests.length;
    // Seven days left: a reminder now, whatever its uuid, is not RingCentral's.
    for (let i = 0; i < 5; i++) {
      const response = await postWebhook(bridge, reminderNotification(id ?? '', `900000000000000000${i}`));
      expect(response.status).toBe(200);
    }
    clock.advance(6 * DAY);
    const foreign = await postWebhook(
      bridge,
      reminderNotification('another-subscription', '9100000000000000001'),
    );
    expect(foreign.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(enqueue.mock.calls.filter(([n]) => n === SUBSCRIPTION_JOB)).toEqual([]);
    expect(mock.state.subscriptionRequests.slice(requests)).toEqual([]);
    await bridge.close();
  });

  it('keeps the schedule alive after a failed pass and reports the RingCentral error code', async () => {
    server.use(
      http.post('https://platform.ringcentral.com/restapi/v1.0/subscription', () =>
        HttpResponse.json(
          { errors: [{ errorCode: 'SUB-525', message: 'WebHook server response is invalid' }] },
          { status: 400 },
        ),
      ),
    );
    const errors: Record<string, unknown>[] = [];
    const { bridge, clock } = setup({ background: true, pollCallLog: false, retryDelayMs: 60_000 });
    bridge.runtime.logger.error = (_m: string, fields?: Record<string, unknown>) => {
      errors.push(fields ?? {});
    };
    await bridge.start();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ code: 'upstream_error', error: expect.stringContaining('SUB-525') });
    await vi.waitFor(async () =>
      expect(await bridge.runtime.checkpoints.get(`ringcentral/schedule/${SUBSCRIPTION_JOB}/t1`)).toBe(
        clock.now() + 60_000,
      ),
    );
    await bridge.close();
  });
});
