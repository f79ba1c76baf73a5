import { describe, expect, it } from 'vitest';
import { MemoryInteractionStore } from '../memory/interaction-store.js';
import type { CallEventInput } from '../model/call-event.js';
import type { InteractionStore } from '../ports/interactions.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

// A store that reports an error for a write that landed (the connection dropped after the commit,
// a timeout on the answer) makes the webhook answer 503, and the provider's retry then merges a
// patch that changes nothing. The announcement the write owed must still be made, once: this
// process remembers it when the write throws, and the retry's no-change path pays it.

/** A memory store whose next `failures` upserts write, then throw as if the write had failed. */
function landingThenThrowing() {
  const inner = new MemoryInteractionStore();
  const state = { failures: 0, upserts: 0 };
  const store: InteractionStore = {
    async upsert(input) {
      state.upserts += 1;
      const result = await inner.upsert(input);
      if (state.failures > 0) {
        state.failures -= 1;
        throw new Error('store connection reset after commit');
      }
      return result;
    },
    get: inner.get.bind(inner),
    getBySource: inner.getBySource.bind(inner),
    list: inner.list.bind(inner),
    stats: inner.stats.bind(inner),
  };
  return { store, state };
}

async function setup() {
  const { store, state } = landingThenThrowing();
  const { bridge, events } = await testBridge({ stores: { interactions: store }, background: false });
  const logged = async () =>
    (await bridge.runtime.eventLog.readAfter(TENANT, '0')).events.map((event) => event.type);
  /** Ingests `event` with its store write landing then throwing: a 503 for the provider. */
  const failOnce = async (event: CallEventInput) => {
    state.failures = 1;
    await expect(bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable', status: 503 });
  };
  return { bridge, events, logged, failOnce, state };
}

describe('a store write that lands while the store reports an error', () => {
  it("announces the call's creation once, on the provider's retry", async () => {
    const { bridge, events, logged, failOnce } = await setup();
    const event = callEvent();
    await failOnce(event);
    expect(await logged()).toEqual([]);
    const retry = await bridge.ingest(event);
    expect(retry).toMatchObject({ status: 'stored', created: false, changed: false });
    expect(await logged()).toEqual(['call_event_created']);
    expect(events.map((e) => e.type)).toEqual(['call_event_created']);
    expect(events[0]?.data).toEqual(retry.interaction);
    // Paid: the next redelivery is a duplicate, a new delivery of the same facts changes nothing.
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'duplicate' });
    await bridge.ingest({ ...event, deliveryId: 'same-facts-again' });
    expect(await logged()).toEqual(['call_event_created']);
    await bridge.close();
  });

  it('announces an update (and insights completing AI) of a record announced before', async () => {
    const { bridge, logged, failOnce } = await setup();
    await bridge.ingest(callEvent());
    const answered = callEvent({ kind: 'answered' });
    await failOnce(answered);
    await bridge.ingest(answered);
    expect(await logged()).toEqual(['call_event_created', 'call_event_updated']);
    const insights = callEvent({ kind: 'insights', insights: { transcriptText: 'Hello.' } });
    await failOnce(insights);
    await bridge.ingest(insights);
    expect(await logged()).toEqual(['call_event_created', 'call_event_updated', 'call_ai_completed']);
    await bridge.close();
  });

  it('announces once when the failed write did not land and the retry makes it', async () => {
    const { bridge, logged, state } = await setup();
    const event = callEvent();
    const upsert = bridge.runtime.interactions.upsert;
    bridge.runtime.interactions.upsert = async () => {
      throw new Error('store connection refused');
    };
    await expect(bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable' });
    bridge.runtime.interactions.upsert = upsert;
    await expect(bridge.ingest(event)).resolves.toMatchObject({ created: true });
    await bridge.ingest(callEvent({ kind: 'answered' }));
    expect(await logged()).toEqual(['call_event_created', 'call_event_updated']);
    expect(state.upserts).toBe(2);
    await bridge.close();
  });

  it('carries no AI completion of a failed write when the record has no completed AI', async () => {
    const { bridge, logged } = await setup();
    await bridge.ingest(callEvent());
    const upsert = bridge.runtime.interactions.upsert;
    bridge.runtime.interactions.upsert = async () => {
      throw new Error('store connection refused');
    };
    const insights = callEvent({ kind: 'insights', insights: { transcriptText: 'Hello.' } });
    await expect(bridge.ingest(insights)).rejects.toMatchObject({ code: 'store_unavailable' });
    bridge.runtime.interactions.upsert = upsert;
    // Another event changes the record: the insights did not land, so no AI completion yet.
    await bridge.ingest(callEvent({ kind: 'answered' }));
    expect(await logged()).toEqual(['call_event_created', 'call_event_updated']);
    // The insights' retry lands and announces the completion itself, once.
    await bridge.ingest(insights);
    expect(await logged()).toEqual(['call_event_created', 'call_event_updated', 'call_ai_completed']);
    await bridge.close();
  });

  it('announces nothing for a duplicate delivery of an announced call, with no extra store write', async () => {
    const { bridge, events, logged, state } = await setup();
    const event = callEvent();
    await bridge.ingest(event);
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'duplicate' });
    await expect(bridge.ingest({ ...event, deliveryId: 'redelivered' })).resolves.toMatchObject({
      status: 'stored',
      changed: false,
    });
    expect(await logged()).toEqual(['call_event_created']);
    expect(events).toHaveLength(1);
    expect(state.upserts).toBe(2);
    await bridge.close();
  });
});
