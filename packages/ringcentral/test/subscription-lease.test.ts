import {
  type DedupeStore,
  isCallbridgeError,
  MemoryCheckpointStore,
  MemoryDedupeStore,
} from '@callbridge/core';
import { RedisDedupeStore } from '@callbridge/redis';
import {
  type Clock,
  type EnsureResult,
  RingCentralClient,
  SubscriptionManager,
  type SubscriptionManagerOptions,
  systemClock,
} from '@callbridge/ringcentral';
import {
  createRingCentralMock,
  FakeClock,
  FIXTURE_VERIFICATION_TOKEN,
  INSIGHTS_FILTER,
} from '@callbridge/ringcentral/testing';
import { Redis } from 'ioredis';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBridge, SETTINGS } from './helpers.js';

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.state.now = () => Date.now();
  mock.state.subscriptions.clear();
  mock.state.subscriptionRequests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CREATE_URL = 'https://platform.ringcentral.com/restapi/v1.0/subscription';
const ADDRESS = 'https://crm.example.com/api/v1/webhooks/ringcentral/k1';
const LEASE_KEY = 'ringcentral:subscription:t1';
const INPUT = {
  address: ADDRESS,
  eventFilters: [INSIGHTS_FILTER],
  verificationToken: FIXTURE_VERIFICATION_TOKEN,
};
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** RingCentral answers a create only after its validation request to the address (ref. row 9). */
function slowCreates(ms = 50): void {
  server.use(
    http.post(CREATE_URL, async () => {
      await sleep(ms);
      return undefined;
    }),
  );
}

const posts = () => mock.state.subscriptionRequests.filter((r) => r === 'POST /subscription');

/** One instance of the app: its own platform client, the shared checkpoint store. */
function instance(
  checkpoints: MemoryCheckpointStore,
  lease: SubscriptionManagerOptions['lease'],
  clock: Clock = systemClock,
): SubscriptionManager {
  const { clientId, clientSecret, jwt } = SETTINGS;
  return new SubscriptionManager({
    client: new RingCentralClient({ clientId, clientSecret, jwt, clock }),
    checkpoints,
    stateKey: 'ringcentral/subscription/t1',
    clock,
    ...(lease ? { lease } : {}),
  });
}

/** Starts `count` instances at once against the same stores. */
function startTogether(count: number, lease?: (i: number) => SubscriptionManagerOptions['lease']) {
  const checkpoints = new MemoryCheckpointStore();
  const managers = Array.from({ length: count }, (_, i) => instance(checkpoints, lease?.(i)));
  return Promise.all(managers.map((m) => m.ensureSubscription(INPUT)));
}

function expectOneSubscription(results: EnsureResult[]): void {
  expect(posts()).toHaveLength(1);
  const [first] = results;
  expect(results.every((r) => r.subscription.id === first?.subscription.id)).toBe(true);
  expect([...mock.state.subscriptions.keys()]).toEqual([first?.subscription.id]);
  expect(results.map((r) => r.action).sort()).toEqual([
    'created',
    ...Array.from({ length: results.length - 1 }, () => 'unchanged'),
  ]);
}

async function claimable(store: DedupeStore, key: string): Promise<boolean> {
  const claim = await store.claim(key, 1_000);
  if (claim.status === 'claimed') await store.release(key, claim.token);
  return claim.status === 'claimed';
}

describe('subscription lease: instances that start together create once', () => {
  it('without a lease, four instances each create one and then converge on the oldest', async () => {
    slowCreates();
    const results = await startTogether(4);
    // What the lease prevents: one create per instance, cleaned up after the race.
    expect(posts().length).toBeGreaterThan(1);
    expect(mock.state.subscriptions.size).toBe(1);
    expect(new Set(results.map((r) => r.subscription.id)).size).toBe(1);
  });

  it('four instances sharing a memory DedupeStore send one POST /subscription', async () => {
    slowCreates();
    const store = new MemoryDedupeStore();
    const results = await startTogether(4, () => ({ store, key: LEASE_KEY, retryDelayMs: 10 }));
    expectOneSubscription(results);
    expect(await claimable(store, LEASE_KEY)).toBe(true);
  });

  it('releases the lease after a failed create, so the next pass can try at once', async () => {
    server.use(
      http.post(CREATE_URL, () =>
        HttpResponse.json(
          { errors: [{ errorCode: 'SUB-525', message: 'WebHook server response is invalid' }] },
          { status: 400 },
        ),
      ),
    );
    const store = new MemoryDedupeStore();
    const manager = instance(new MemoryCheckpointStore(), { store, key: LEASE_KEY });
    await expect(manager.ensureSubscription(INPUT)).rejects.toThrow(/SUB-525/);
    expect(await claimable(store, LEASE_KEY)).toBe(true);
  });

  it('an instance that gives up waiting never creates; its next pass uses the holder’s subscription', async () => {
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let creating = false;
    server.use(
      http.post(CREATE_URL, async () => {
        creating = true;
        await gate;
        return undefined;
      }),
    );
    const store = new MemoryDedupeStore();
    const checkpoints = new MemoryCheckpointStore();
    const holder = instance(checkpoints, { store, key: LEASE_KEY });
    const waiter = instance(checkpoints, { store, key: LEASE_KEY, retryDelayMs: 5, maxRetries: 3 });
    const holding = holder.ensureSubscription(INPUT);
    await expect.poll(() => creating).toBe(true); // the holder holds the lease, its create in flight
    const gaveUp = await waiter.ensureSubscription(INPUT).catch((error: unknown) => error);
    expect(isCallbridgeError(gaveUp) && gaveUp.code).toBe('timeout');
    open();
    const made = await holding;
    expect(made.action).toBe('created');
    const next = await waiter.ensureSubscription(INPUT);
    expect(next).toMatchObject({ action: 'unchanged', subscription: { id: made.subscription.id } });
    expect(posts()).toHaveLength(1);
  });

  it('a waiter stops waiting as soon as its signal aborts (bridge.close() does not wait out the lease)', async () => {
    const store = new MemoryDedupeStore();
    const held = await store.claim(LEASE_KEY, 60_000); // another instance holds it, for a minute
    expect(held.status).toBe('claimed');
    const waiter = instance(new MemoryCheckpointStore(), { store, key: LEASE_KEY }); // 40 × 500 ms
    const closing = new AbortController();
    const startedAt = Date.now();
    const waiting = waiter.ensureSubscription({ ...INPUT, signal: closing.signal }).catch((e: unknown) => e);
    await sleep(50);
    const reason = new Error('closing');
    closing.abort(reason);
    expect(await waiting).toBe(reason);
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    expect(posts()).toHaveLength(0);
  });

  it('a lease whose holder crashed blocks creation only until its TTL runs out', async () => {
    const clock = new FakeClock();
    mock.state.now = () => clock.now();
    const store = new MemoryDedupeStore({ now: () => clock.now() });
    const crashed = await store.claim(LEASE_KEY, 60_000); // never released
    expect(crashed.status).toBe('claimed');
    const lease = { store, key: LEASE_KEY, ttlMs: 60_000, retryDelayMs: 1_000, maxRetries: 10 };
    const manager = instance(new MemoryCheckpointStore(), lease, clock);

    // This pass waits 10 s, gives up and creates nothing.
    await expect(manager.ensureSubscription(INPUT)).rejects.toMatchObject({ code: 'timeout' });
    expect(clock.sleeps).toEqual(Array.from({ length: 10 }, () => 1_000));
    expect(posts()).toHaveLength(0);

    clock.advance(50_000); // 60 s after the crash: the lease has expired
    const result = await manager.ensureSubscription(INPUT);
    expect(result.action).toBe('created');
    expect(posts()).toHaveLength(1);
  });

  it('a pass that waits longer than the TTL takes over the crashed holder’s lease and creates', async () => {
    const clock = new FakeClock();
    mock.state.now = () => clock.now();
    const store = new MemoryDedupeStore({ now: () => clock.now() });
    await store.claim(LEASE_KEY, 5_000); // a crashed holder
    const lease = { store, key: LEASE_KEY, retryDelayMs: 1_000, maxRetries: 10 };
    const result = await instance(new MemoryCheckpointStore(), lease, clock).ensureSubscription(INPUT);
    expect(result.action).toBe('created');
    expect(clock.sleeps).toEqual([1_000, 1_000, 1_000, 1_000, 1_000]);
    expect(posts()).toHaveLength(1);
  });
});

/** Lets real time pass in `sleep` (so a waiting instance lets the holder's create finish). */
class RealSleepClock extends FakeClock {
  override async sleep(ms: number): Promise<void> {
    await sleep(5);
    await super.sleep(ms);
  }
}

describe('subscription lease through ringcentral(options)', () => {
  async function startBridges(count: number, options: { shared?: DedupeStore; lease?: DedupeStore | false }) {
    const clock = new RealSleepClock();
    mock.state.now = () => clock.now();
    const checkpoints = new MemoryCheckpointStore();
    const bridges = Array.from({ length: count }, () =>
      makeBridge({
        clock,
        checkpoints,
        ...(options.shared ? { dedupe: options.shared } : {}),
        provider: {
          webhookAddress: ADDRESS,
          ...(options.lease !== undefined ? { subscriptionLease: options.lease } : {}),
        },
      }),
    );
    for (const { bridge } of bridges) await bridge.start();
    try {
      return await Promise.all(bridges.map(({ provider }) => provider.ensureSubscription('t1')));
    } finally {
      for (const { bridge } of bridges) await bridge.close();
    }
  }

  it('uses the bridge’s DedupeStore by default: three bridges sharing it create once', async () => {
    slowCreates();
    expectOneSubscription(await startBridges(3, { shared: new MemoryDedupeStore() }));
  });

  it('uses the subscriptionLease store when given, whatever the bridges’ own stores', async () => {
    slowCreates();
    expectOneSubscription(await startBridges(3, { lease: new MemoryDedupeStore() }));
  });

  it('subscriptionLease: false turns the lease off (the race is then only cleaned up)', async () => {
    slowCreates();
    const results = await startBridges(3, { shared: new MemoryDedupeStore(), lease: false });
    expect(posts().length).toBeGreaterThan(1);
    expect(mock.state.subscriptions.size).toBe(1);
    expect(new Set(results.map((r) => r.subscription.id)).size).toBe(1);
  });
});

const redisUrl = process.env.CALLBRIDGE_REDIS_URL;

describe.skipIf(!redisUrl)('subscription lease on the real Redis (RedisDedupeStore)', () => {
  const prefix = `cbtest:rc-lease:${crypto.randomUUID().slice(0, 8)}:`;
  let redis: Redis;
  let store: RedisDedupeStore;
  beforeAll(() => {
    redis = new Redis(redisUrl as string, { maxRetriesPerRequest: 2 });
    redis.on('error', () => {});
    store = new RedisDedupeStore({ redis, prefix });
  });
  afterEach(async () => {
    await redis.del(store.keyOf(LEASE_KEY));
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('five instances sharing Redis send one POST /subscription', async () => {
    slowCreates();
    // One client per instance, as separate processes would have.
    const clients = Array.from({ length: 5 }, () => {
      const client = new Redis(redisUrl as string, { maxRetriesPerRequest: 2 });
      client.on('error', () => {});
      return client;
    });
    try {
      const results = await startTogether(5, (i) => ({
        store: new RedisDedupeStore({ redis: clients[i] as Redis, prefix }),
        key: LEASE_KEY,
        retryDelayMs: 10,
      }));
      expectOneSubscription(results);
      expect(await redis.exists(store.keyOf(LEASE_KEY))).toBe(0); // released
    } finally {
      await Promise.all(clients.map((c) => c.quit()));
    }
  });

  it('takes over a crashed holder’s lease once Redis has expired it', async () => {
    expect((await store.claim(LEASE_KEY, 300)).status).toBe('claimed'); // never released
    const started = Date.now();
    const result = await instance(new MemoryCheckpointStore(), {
      store,
      key: LEASE_KEY,
      retryDelayMs: 25,
      maxRetries: 100,
    }).ensureSubscription(INPUT);
    expect(result.action).toBe('created');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(posts()).toHaveLength(1);
  });
});
