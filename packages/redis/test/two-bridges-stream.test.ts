import { SseReader } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';
import { deliver } from './deliver.js';
import { type Instance, TENANT } from './instances.js';
import { twoInstances, withoutServers } from './suite-setup.js';
import { sleep } from './support.js';

const CALLS = 100;

/** Opens the tenant's SSE stream on an instance. */
async function openStream(instance: Instance): Promise<SseReader> {
  const response = await instance.bridge.handle(new Request('http://127.0.0.1/api/v1/events/stream'));
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
