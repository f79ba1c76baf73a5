import { dedupeKey } from '@callbridge/core';
import { ringoverDeliveryId } from '@callbridge/ringover';
import { FIXTURE_CHANNEL_ID } from '@callbridge/ringover/testing';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { COMMITTED_MARKER } from '../src/dedupe-store.js';
import { createdCalls, deliver } from './deliver.js';
import { countRecords, type Instance, pgUrl, TENANT } from './instances.js';
import { ThrowawayRedis } from './redis-server.js';
import { startTwo, useSchema, withoutServers } from './suite-setup.js';
import { sleep, testClient, waitFor } from './support.js';
import { callIdOf, callNumberOf } from './webhooks.js';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Delivers calls `ns`, each 3 times concurrently, alternating instances. */
function deliverAll(a: Instance, b: Instance, ns: number[]): Promise<number[][]> {
  return Promise.all(ns.flatMap((n) => [0, 1, 2].map((d) => deliver(d % 2 ? b : a, n))));
}

// The machine's shared Redis is never restarted: this suite runs its own redis-server child.
describe.skipIf(withoutServers)('two bridges while Redis restarts', () => {
  const schema = useSchema('restart');
  let server: ThrowawayRedis;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    server = await ThrowawayRedis.start();
    [a, b] = await startTwo({ pgUrl: pgUrl!, schema, redisUrl: server.url, prefix: 'restart:' });
  });
  afterAll(async () => {
    if (server && !server.running) await server.start();
    await Promise.all([a?.close(), b?.close()]);
    await server?.kill();
  });

  it('resumes broadcasts and dedupe after a restart and loses no stored event', async () => {
    await deliverAll(a, b, range(0, 20));
    await waitFor(() => createdCalls(a).length === 20 && createdCalls(b).length === 20);

    // Deliveries keep arriving while Redis dies and comes back; the ones that fail (503) are retried.
    let settled = false;
    const during = deliverAll(a, b, range(20, 40)).finally(() => {
      settled = true;
    });
    await sleep(20);
    expect(settled).toBe(false); // the restart really happens mid-run
    await server.kill();
    await sleep(300);
    await server.start();
    await during;

    // After the restart: both subscribers are re-subscribed and new calls fan out to both.
    const subscribed = testClient(server.url);
    onTestFinished(() => subscribed.disconnect());
    await waitFor(async () => {
      const reply = (await subscribed.pubsub(
        'NUMSUB',
        a.redis.broadcaster.channelOf(TENANT.id),
      )) as unknown[];
      return Number(reply[1]) === 2;
    }, 10_000);
    await deliverAll(a, b, range(40, 60));
    await waitFor(() => [a, b].every((i) => createdCalls(i).filter((n) => n >= 40).length === 20));

    // Dedupe works again: the new deliveries are committed in the restarted Redis.
    for (const n of range(40, 60)) {
      const key = a.redis.dedupe.keyOf(
        dedupeKey({
          tenantId: TENANT.id,
          provider: 'ringover',
          deliveryId: ringoverDeliveryId('call', 'missed', callIdOf(n), FIXTURE_CHANNEL_ID),
        }),
      );
      expect(await subscribed.get(key)).toMatch(new RegExp(`^${COMMITTED_MARKER}`));
    }
    // Deliveries whose dedupe keys died with Redis merge into the existing records: no new record.
    await deliverAll(a, b, range(0, 10));

    expect(await countRecords(pgUrl!, schema)).toBe(60);
    const log = await a.bridge.runtime.eventLog.readAfter(TENANT.id, '0', 1000);
    const logged = log.events.filter((e) => e.type === 'call_event_created');
    const loggedCalls = logged
      .map((e) => callNumberOf((e.data as { sourceRecordId: string }).sourceRecordId))
      .sort((x, y) => x - y);
    expect(loggedCalls).toEqual(range(0, 60));
    await sleep(100);
    for (const instance of [a, b]) {
      const seen = createdCalls(instance);
      expect(new Set(seen).size).toBe(seen.length);
      // Broadcasts resumed up to the newest logged event; what pub/sub dropped while Redis was
      // down (only calls of that window) is still in the log for Last-Event-ID resume.
      expect(Math.max(...instance.seen.map((e) => Number(e.id)))).toBe(Number(log.events.at(-1)?.id));
      const missed = loggedCalls.filter((n) => !seen.includes(n));
      expect(missed.every((n) => n >= 20 && n < 40)).toBe(true);
    }
  });
});
