import {
  type Broadcaster,
  createCallBridge,
  type Interaction,
  type InteractionStore,
  MemoryContactDirectory,
  MemoryInteractionStore,
  type StreamEvent,
  staticTenants,
} from '@callbridge/core';
import { makeCallEvent, SseReader } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';

// Invariant 4: a tenant never sees another tenant's data, through the API or the stream. The
// HTTP layer checks the tenant itself, so even a custom port that forgets it cannot leak.

/** A broadcaster that ignores the tenant: every subscriber gets every event. */
class LeakyBroadcaster implements Broadcaster {
  readonly #listeners = new Set<(event: StreamEvent) => void>();

  async publish(event: StreamEvent): Promise<void> {
    for (const listener of this.#listeners) listener(structuredClone(event));
  }

  async subscribe(_tenantId: string, listener: (event: StreamEvent) => void) {
    this.#listeners.add(listener);
    return async () => {
      this.#listeners.delete(listener);
    };
  }
}

/** An interaction store whose reads forget the tenant: `get` and `list` see every record. */
function leakyStore(): InteractionStore {
  const inner = new MemoryInteractionStore();
  const all = new Map<string, Interaction>();
  return {
    async upsert(input) {
      const result = await inner.upsert(input);
      all.set(result.interaction.id, result.interaction);
      return result;
    },
    async get(_tenantId, id) {
      return all.get(id) ?? null;
    },
    getBySource: inner.getBySource.bind(inner),
    async list() {
      return { items: [...all.values()], nextCursor: null };
    },
    stats: inner.stats.bind(inner),
  };
}

function bridgeWith(stores: { interactions?: InteractionStore; broadcaster?: Broadcaster } = {}) {
  return createCallBridge({
    providers: [],
    tenants: staticTenants([
      { id: 'tenant-a', key: 'key-a' },
      { id: 'tenant-b', key: 'key-b' },
    ]),
    authenticate: (request) => {
      const tenantId = request.headers.get('x-tenant');
      return tenantId ? { tenantId, userId: 'user-1' } : null;
    },
    contacts: new MemoryContactDirectory(),
    stores,
  });
}

const get = (bridge: ReturnType<typeof bridgeWith>, path: string, tenant: string) =>
  bridge.handle(new Request(`http://crm.test/api/v1${path}`, { headers: { 'x-tenant': tenant } }));

describe('invariant 4: tenant isolation', () => {
  it('stores the same provider delivery once per tenant: a delivery id is never shared across tenants', async () => {
    const bridge = bridgeWith();
    const a = await bridge.ingest(makeCallEvent({ tenantId: 'tenant-a', deliveryId: 'same-delivery' }));
    const b = await bridge.ingest(makeCallEvent({ tenantId: 'tenant-b', deliveryId: 'same-delivery' }));
    expect([a.status, b.status]).toEqual(['stored', 'stored']);
    for (const tenant of ['tenant-a', 'tenant-b']) {
      const page = (await (await get(bridge, '/calls', tenant)).json()) as { items: Interaction[] };
      expect(page.items.map((item) => item.tenantId)).toEqual([tenant]);
    }
    await bridge.close();
  });

  it("serves only the caller's records through the calls API, even over a store that leaks", async () => {
    const bridge = bridgeWith({ interactions: leakyStore() });
    const a = await bridge.ingest(makeCallEvent({ tenantId: 'tenant-a', sourceRecordId: 'call-a' }));
    const b = await bridge.ingest(makeCallEvent({ tenantId: 'tenant-b', sourceRecordId: 'call-b' }));
    const list = (await (await get(bridge, '/calls', 'tenant-a')).json()) as { items: Interaction[] };
    expect(list.items.map((item) => item.sourceRecordId)).toEqual(['call-a']);
    const own = await get(bridge, `/calls/${a.interaction?.id}`, 'tenant-a');
    expect(own.status).toBe(200);
    const foreign = await get(bridge, `/calls/${b.interaction?.id}`, 'tenant-a');
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(await foreign.json())).not.toContain('call-b');
    await bridge.close();
  });

  it("streams only the caller's events, even over a broadcaster that leaks", async () => {
    const bridge = bridgeWith({ broadcaster: new LeakyBroadcaster() });
    const abort = new AbortController();
    const response = await bridge.handle(
      new Request('http://crm.test/api/v1/events/stream', {
        headers: { 'x-tenant': 'tenant-a' },
        signal: abort.signal,
      }),
    );
    expect(response.status).toBe(200);
    const reader = new SseReader(response);
    await bridge.ingest(makeCallEvent({ tenantId: 'tenant-b', sourceRecordId: 'call-b' }));
    await bridge.ingest(makeCallEvent({ tenantId: 'tenant-a', sourceRecordId: 'call-a' }));
    const [first] = await reader.take(1);
    expect(JSON.parse(first?.data ?? '{}')).toMatchObject({ tenantId: 'tenant-a', sourceRecordId: 'call-a' });
    expect(reader.raw).not.toContain('call-b');
    abort.abort();
    await reader.cancel();
    await bridge.close();
  });
});
