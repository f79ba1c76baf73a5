import type { StreamEvent } from '@callbridge/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisBroadcaster } from '../src/broadcaster.js';
import { RedisDedupeStore } from '../src/dedupe-store.js';
import { ThrowawayRedis } from './redis-server.js';
import { redisUrl, waitFor } from './support.js';

function event(tenantId: string, id: number): StreamEvent {
  return {
    id: String(id),
    tenantId,
    type: 'call_event_created',
    data: { id },
    createdAt: new Date().toISOString(),
  };
}

// Gated like every real-server suite; the server itself is a private redis-server child process.
describe.skipIf(!redisUrl)('Redis restart: ports recover on their own', () => {
  let server: ThrowawayRedis;
  let pub: Redis;
  let a: RedisBroadcaster;
  let b: RedisBroadcaster;

  beforeAll(async () => {
    server = await ThrowawayRedis.start();
    pub = new Redis(server.url, { retryStrategy: () => 50 });
    pub.on('error', () => {});
    a = new RedisBroadcaster({ redis: pub, prefix: 'restart:' });
    b = new RedisBroadcaster({ redis: pub, prefix: 'restart:' });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    pub?.disconnect();
    await server?.kill();
  });

  it('re-subscribes every channel after a restart and delivers new broadcasts; dedupe works again', async () => {
    const seen: StreamEvent[] = [];
    const seenOther: StreamEvent[] = [];
    await b.subscribe('t1', (e) => seen.push(e));
    await b.subscribe('t2', (e) => seenOther.push(e));
    await a.publish(event('t1', 1));
    await waitFor(() => seen.length === 1);

    const reconnected = new Promise<void>((resolve) => b.subscriber?.once('ready', () => resolve()));
    await server.restart();
    await reconnected;
    // ioredis re-issues SUBSCRIBE for every channel right after 'ready'.
    await waitFor(async () => {
      const reply = (await pub.pubsub('NUMSUB', b.channelOf('t1'), b.channelOf('t2'))) as Array<
        string | number
      >;
      return Number(reply[1]) === 1 && Number(reply[3]) === 1;
    });

    await a.publish(event('t1', 2));
    await a.publish(event('t2', 3));
    await waitFor(() => seen.length === 2 && seenOther.length === 1);
    expect(seen.map((e) => e.id)).toEqual(['1', '2']);
    expect(seenOther.map((e) => e.id)).toEqual(['3']);

    const dedupe = new RedisDedupeStore({ redis: pub, prefix: 'restart:' });
    const claim = await dedupe.claim('after-restart', 5000);
    expect(claim.status).toBe('claimed');
    expect(await dedupe.claim('after-restart', 5000)).toEqual({ status: 'in_progress' });
  });

  it('answers store_unavailable while Redis is down, then works once it is back', async () => {
    const client = new Redis(server.url, { maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    client.on('error', () => {});
    const dedupe = new RedisDedupeStore({ redis: client, prefix: 'restart:' });
    await server.kill();
    await expect(dedupe.claim('while-down', 5000)).rejects.toMatchObject({ code: 'store_unavailable' });
    await server.start();
    await waitFor(() => client.status === 'ready');
    expect((await dedupe.claim('while-down', 5000)).status).toBe('claimed');
    client.disconnect();
  });
});
