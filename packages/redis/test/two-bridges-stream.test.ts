import { SseReader } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';
import { deliver } from './deliver.js';
import { type Instance, TENANT } from './instances.js';
import { twoInstances, withoutServers } from './suite-setup.js';
import { sleep } from './support.js';
import { callNumberOf } from './webhooks.js';

const CALLS = 100;

/** Opens the tenant's SSE stream on an instance, resuming after `lastEventId` when given. */
async function openStream(instance: Instance, lastEventId?: string): Promise<SseReader> {
  const headers: Record<string, string> = lastEventId ? { 'last-event-id': lastEventId } : {};
  const response = await instance.bridge.handle(
    new Request('http://127.0.0.1/api/v1/events/stream', { headers }),
  );
  expect(response.status).toBe(200);
  return new SseReader(response);
}

describe.skipIf(withoutServers)('SSE streams of two bridges sharing Postgres + Redis', () => {
  const pair = twoInstances('stream', {
    bridge: { authenticate: () => ({ tenantId: TENANT.id, userId: 'u1' }) },
  });

  it('sends every event once and in id order on both instances while both ingest concurrently', {
    timeout: 120_000,
  }, async () => {
    const { a, b } = pair;
    const streams = [await openStream(a), await openStream(b)];
    // Both instances append to one tenant's log and publish each event once its append returned:
    // when one instance is slower to publish (a GC pause, a busy event loop, a slower network),
    // the broadcasts reach the streams out of id order.
    const publish = a.redis.broadcaster.publish.bind(a.redis.broadcaster);
    a.redis.broadcaster.publish = async (event) => {
      await sleep(20);
      await publish(event);
    };
    await Promise.all(Array.from({ length: CALLS }, (_, n) => deliver(n % 2 === 0 ? a : b, n)));
    const expected = Array.from({ length: CALLS }, (_, i) => String(i + 1));
    for (const stream of streams) {
      const events = await stream.take(CALLS, { timeoutMs: 10_000 });
      expect(events.map((e) => e.id)).toEqual(expected);
      expect(events.every((e) => e.event === 'call_event_created')).toBe(true);
      await expect(stream.next(300)).rejects.toThrow(/No SSE event/);
      await stream.cancel();
    }
  });
});

describe.skipIf(withoutServers)(
  'resuming a stream on the other bridge (the shared Postgres event log)',
  () => {
    const pair = twoInstances('resume', {
      bridge: { authenticate: () => ({ tenantId: TENANT.id, userId: 'u1' }) },
    });

    it('a client that drops off bridge A gets exactly the events it missed from bridge B by Last-Event-ID', {
      timeout: 120_000,
    }, async () => {
      const { a, b } = pair;
      const first = await openStream(a);
      for (let n = 0; n < 5; n++) await deliver(a, n);
      const seen = await first.take(5, { timeoutMs: 10_000 });
      await first.cancel();
      // While the client is away, both instances store more calls.
      for (let n = 5; n < 12; n++) await deliver(n % 2 === 0 ? a : b, n);
      const resumed = await openStream(b, seen.at(-1)!.id!);
      const missed = await resumed.take(7, { timeoutMs: 10_000 });
      expect(missed.map((e) => e.id)).toEqual(['6', '7', '8', '9', '10', '11', '12']);
      const calls = missed.map((e) =>
        callNumberOf((JSON.parse(e.data) as { sourceRecordId: string }).sourceRecordId),
      );
      expect(calls).toEqual([5, 6, 7, 8, 9, 10, 11]);
      // Then it is live on B: a call stored on A arrives once, with the next id.
      await deliver(a, 12);
      const live = await resumed.take(1, { timeoutMs: 10_000 });
      expect(live.map((e) => e.id)).toEqual(['13']);
      await expect(resumed.next(300)).rejects.toThrow(/No SSE event/);
      await resumed.cancel();
    });
  },
);
