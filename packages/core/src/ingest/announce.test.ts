import { describe, expect, it } from 'vitest';
import { type CallBridge, createCallBridge } from '../bridge.js';
import { MemoryBroadcaster, MemoryBroadcastHub } from '../memory/broadcaster.js';
import { MemoryDedupeStore } from '../memory/dedupe-store.js';
import { MemoryEventLog } from '../memory/event-log.js';
import { MemoryInteractionStore } from '../memory/interaction-store.js';
import type { EventLog, StreamEvent } from '../ports/events.js';
import type { InteractionStore } from '../ports/interactions.js';
import { callEvent, contactsOf, TENANT, tenants } from './harness.test-util.js';

// Invariant 2 across instances: when the store wrote a record but the event log failed, the owed
// announcement must survive a retry that lands on another instance or on a restarted one. Each
// bridge gets its own client objects over the shared backends, as separate processes would.

/** The shared backends: one store, one dedupe store, one log and one pub/sub hub. */
function backends() {
  return {
    interactions: new MemoryInteractionStore(),
    dedupe: new MemoryDedupeStore(),
    log: new MemoryEventLog(),
    hub: new MemoryBroadcastHub(),
  };
}
type Backends = ReturnType<typeof backends>;

/** An event-log client of one instance over the shared log; `failures` appends throw first. */
function logClient(log: EventLog, failures = 0): EventLog & { appends: number } {
  let left = failures;
  const client = {
    appends: 0,
    async append(...args: Parameters<EventLog['append']>) {
      client.appends += 1;
      if (left > 0) {
        left -= 1;
        throw new Error('event log connection reset');
      }
      return log.append(...args);
    },
    readAfter: (...args: Parameters<EventLog['readAfter']>) => log.readAfter(...args),
    lastId: (tenantId: string) => log.lastId(tenantId),
  };
  return client;
}

/** A store client of one instance over the shared store; upserts after the first `ok` throw. */
function storeClient(store: InteractionStore, ok = Number.POSITIVE_INFINITY) {
  const client = {
    upserts: 0,
    async upsert(input: Parameters<InteractionStore['upsert']>[0]) {
      client.upserts += 1;
      if (client.upserts > ok) throw new Error('store connection reset');
      return store.upsert(input);
    },
    get: store.get.bind(store),
    getBySource: store.getBySource.bind(store),
    list: store.list.bind(store),
    stats: store.stats.bind(store),
  };
  return client;
}

/** One bridge instance over the shared backends. */
function instance(
  shared: Backends,
  options: { logFailures?: number; storeOk?: number } = {},
): { bridge: CallBridge; log: ReturnType<typeof logClient>; store: ReturnType<typeof storeClient> } {
  const log = logClient(shared.log, options.logFailures);
  const store = storeClient(shared.interactions, options.storeOk);
  const bridge = createCallBridge({
    providers: [],
    tenants,
    authenticate: () => ({ tenantId: TENANT, userId: 'u1' }),
    contacts: contactsOf([]),
    background: false,
    stores: {
      interactions: store,
      dedupe: shared.dedupe,
      eventLog: log,
      broadcaster: new MemoryBroadcaster({ hub: shared.hub }),
    },
  });
  return { bridge, log, store };
}

/** Every event a subscriber of the shared hub sees. */
async function watch(shared: Backends): Promise<StreamEvent[]> {
  const seen: StreamEvent[] = [];
  await new MemoryBroadcaster({ hub: shared.hub }).subscribe(TENANT, (event) => seen.push(event));
  return seen;
}

const types = async (shared: Backends) =>
  (await shared.log.readAfter(TENANT, '0')).events.map((event) => event.type);

describe('invariant 2: an announcement owed after an event-log failure is durable', () => {
  it('is announced once when the retry lands on another instance', async () => {
    const shared = backends();
    const seen = await watch(shared);
    const a = instance(shared, { logFailures: 1 });
    const b = instance(shared);
    const event = callEvent();

    await expect(a.bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable', status: 503 });
    expect(await types(shared)).toEqual([]);

    const retry = await b.bridge.ingest(event);
    expect(retry).toMatchObject({ status: 'stored', created: false });
    expect(await types(shared)).toEqual(['call_event_created']);
    expect(seen.map((e) => e.type)).toEqual(['call_event_created']);
    expect(seen[0]?.data).toEqual(retry.interaction);
    const page = await shared.interactions.list(TENANT, {}, { limit: 10 });
    expect(page.items).toHaveLength(1);

    // Nothing is owed any more: a redelivery is a duplicate, a new event one update.
    await expect(b.bridge.ingest(event)).resolves.toMatchObject({ status: 'duplicate' });
    await a.bridge.ingest(callEvent({ kind: 'answered' }));
    expect(await types(shared)).toEqual(['call_event_created', 'call_event_updated']);
  });

  it('is announced once when the retry reaches a restarted instance', async () => {
    const shared = backends();
    const seen = await watch(shared);
    const event = callEvent({ kind: 'ended', durationSeconds: 9 });
    await expect(instance(shared, { logFailures: 1 }).bridge.ingest(event)).rejects.toMatchObject({
      code: 'store_unavailable',
    });

    const restarted = instance(shared);
    await expect(restarted.bridge.ingest(event)).resolves.toMatchObject({ status: 'stored' });
    expect(await types(shared)).toEqual(['call_event_created']);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.data).toMatchObject({ metadata: { durationSeconds: 9, owedCallEventCreated: false } });
  });

  it('keeps the creation owed through a second failure, and announces it on the third instance', async () => {
    const shared = backends();
    const event = callEvent();
    for (const failing of [instance(shared, { logFailures: 1 }), instance(shared, { logFailures: 1 })]) {
      await expect(failing.bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable' });
    }
    expect(await types(shared)).toEqual([]);
    await instance(shared).bridge.ingest(event);
    expect(await types(shared)).toEqual(['call_event_created']);
  });

  it('a later event of the call from another instance announces the creation, not an update', async () => {
    const shared = backends();
    await expect(instance(shared, { logFailures: 1 }).bridge.ingest(callEvent())).rejects.toThrow();
    const answered = await instance(shared).bridge.ingest(callEvent({ kind: 'answered' }));
    const { events } = await shared.log.readAfter(TENANT, '0');
    expect(events.map((e) => e.type)).toEqual(['call_event_created']);
    expect(events[0]?.data).toEqual(answered.interaction);
  });

  it('announces the creation once when the retry and a later event race on two instances', async () => {
    const shared = backends();
    const ringing = callEvent();
    await expect(instance(shared, { logFailures: 1 }).bridge.ingest(ringing)).rejects.toThrow();
    const [b, c] = [instance(shared), instance(shared)];
    await Promise.all([b.bridge.ingest(ringing), c.bridge.ingest(callEvent({ kind: 'answered' }))]);
    const all = await types(shared);
    expect(all.filter((type) => type === 'call_event_created')).toHaveLength(1);
    expect((await shared.interactions.list(TENANT, {}, { limit: 10 })).items).toHaveLength(1);
  });

  it('keeps the flags when the retry cannot clear them, and announces once on the next write', async () => {
    const shared = backends();
    const event = callEvent();
    await expect(instance(shared, { logFailures: 1 }).bridge.ingest(event)).rejects.toThrow();
    // B's merge lands, then its store fails: the claim and the re-flag are both lost.
    const b = instance(shared, { storeOk: 1 });
    await expect(b.bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable' });
    expect(b.log.appends).toBe(0);
    await instance(shared).bridge.ingest(event);
    expect(await types(shared)).toEqual(['call_event_created']);
    // B's process does not also owe it: its next write announces only its own update.
    Object.assign(b.store, { upsert: instance(shared).store.upsert });
    await b.bridge.ingest(callEvent({ kind: 'answered' }));
    expect(await types(shared)).toEqual(['call_event_created', 'call_event_updated']);
  });

  it('keeps the creation in process when the clear of the flags lands but fails, and the re-flag fails', async () => {
    const shared = backends();
    const event = callEvent();
    await expect(instance(shared, { logFailures: 1 }).bridge.ingest(event)).rejects.toThrow();
    // B's merge lands; its clear of the flags lands too but reports an error; the re-flag fails.
    const b = instance(shared);
    const upsert = b.store.upsert;
    let writes = 0;
    Object.assign(b.store, {
      upsert: async (input: Parameters<InteractionStore['upsert']>[0]) => {
        writes += 1;
        if (writes === 1) return upsert(input);
        if (writes === 2) await upsert(input);
        throw new Error('store connection reset');
      },
    });
    await expect(b.bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable' });
    const stored = await shared.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    expect(stored?.metadata.owedCallEventCreated).toBe(false);
    expect(await types(shared)).toEqual([]);
    // The store is back: the provider's retry through B announces the creation, once.
    Object.assign(b.store, { upsert });
    await expect(b.bridge.ingest(event)).resolves.toMatchObject({ status: 'stored' });
    expect(await types(shared)).toEqual(['call_event_created']);
    await b.bridge.ingest(callEvent({ kind: 'answered' }));
    expect(await types(shared)).toEqual(['call_event_created', 'call_event_updated']);
  });

  it('costs no extra store write when nothing is owed', async () => {
    const shared = backends();
    const a = instance(shared);
    await a.bridge.ingest(callEvent());
    await a.bridge.ingest(callEvent({ kind: 'answered' }));
    await a.bridge.ingest(callEvent({ kind: 'answered' }));
    expect(a.store.upserts).toBe(3);
    expect(a.log.appends).toBe(2);
  });

  it('falls back to this process when the store cannot take the marker either', async () => {
    const shared = backends();
    // The first upsert stores the call, then the log and the store both fail.
    const a = instance(shared, { logFailures: 1, storeOk: 1 });
    const event = callEvent();
    await expect(a.bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable' });
    expect(a.store.upserts).toBe(2);
    // The store is back for this instance: the same process still owes and pays the creation.
    const again = instance(shared);
    Object.assign(a.store, { upsert: again.store.upsert });
    await a.bridge.ingest(event);
    expect(await types(shared)).toEqual(['call_event_created']);
  });
});
