import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { isCallbridgeError } from '../errors.js';
import { MemoryContactDirectory } from '../memory/contact-directory.js';
import { MemoryInteractionStore } from '../memory/interaction-store.js';
import { staticTenants } from '../memory/tenants.js';
import type { InteractionStore } from '../ports/interactions.js';
import { makeCallEvent } from '../testing/fixtures.js';

/** A bridge whose interaction store holds each upsert until `release()`. */
function setup() {
  const inner = new MemoryInteractionStore();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered: () => void = () => undefined;
  const upserting = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const interactions: InteractionStore = Object.assign(Object.create(inner) as InteractionStore, {
    async upsert(upsert: Parameters<InteractionStore['upsert']>[0]) {
      entered();
      await released;
      return inner.upsert(upsert);
    },
  });
  const bridge = createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: 'tenant-1', key: 'k1' }]),
    authenticate: () => null,
    contacts: new MemoryContactDirectory([]),
    stores: { interactions },
  });
  return { bridge, release, upserting };
}

describe('bridge.close() and the ingests it cuts into', () => {
  it('waits for a running ingest: stored, announced and committed before the stores go', async () => {
    const { bridge, release, upserting } = setup();
    const event = makeCallEvent();
    const ingesting = bridge.ingest(event);
    await upserting;
    let closed = false;
    const closing = bridge.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);
    release();
    await expect(ingesting).resolves.toMatchObject({ status: 'stored', created: true });
    await closing;
    const log = await bridge.runtime.eventLog.readAfter('tenant-1', '0');
    expect(log.events.map((e) => e.type)).toEqual(['call_event_created']);
    expect((await bridge.runtime.dedupe.claim(`tenant-1:ringover:${event.deliveryId}`, 1000)).status).toBe(
      'duplicate',
    );
  });

  it('refuses an ingest that starts once closing (503) without claiming its delivery', async () => {
    const { bridge, release } = setup();
    release();
    await bridge.close();
    const event = makeCallEvent({ deliveryId: 'late-delivery' });
    const error = await bridge.ingest(event).catch((e: unknown) => e);
    expect(isCallbridgeError(error) && error.code).toBe('store_unavailable');
    expect(isCallbridgeError(error) && error.status).toBe(503);
    expect((await bridge.runtime.dedupe.claim('tenant-1:ringover:late-delivery', 1000)).status).toBe(
      'claimed',
    );
  });
});
