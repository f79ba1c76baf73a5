import type { StreamEvent } from '@callbridge/core';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { RedisBroadcaster } from '../src/broadcaster.js';
import { RedisDedupeStore } from '../src/dedupe-store.js';
import { decodeJobId, encodeJobId, queueNameOf } from '../src/job-ids.js';
import { BullMQJobQueue } from '../src/job-queue.js';
import { createRedisPorts, type RedisPorts } from '../src/ports.js';
import { usePrefix } from './suite-setup.js';
import { redisUrl, sleep, waitFor } from './support.js';
import { TcpProxy } from './tcp-proxy.js';

// Redis that stops answering while its connections stay open (a hung server, a network that
// drops packets): no error ever reaches ioredis, so without a deadline of our own a command
// waits forever and a webhook never gets its 503.

const event = (tenantId: string): StreamEvent => ({
  id: '1',
  tenantId,
  type: 'call_event_created',
  data: {},
  createdAt: new Date().toISOString(),
});

/** Settles `promise` or fails the test after `ms`, saying what hung. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} still pending after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe.skipIf(!redisUrl)('Redis that stops answering', () => {
  const prefix = usePrefix('hung');
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function frozenProxy(): Promise<TcpProxy> {
    const target = new URL(redisUrl!);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
    cleanups.push(() => proxy.down());
    return proxy;
  }

  function client(proxy: TcpProxy): Redis {
    const redis = new Redis({ host: '127.0.0.1', port: proxy.port, maxRetriesPerRequest: 2 });
    redis.on('error', () => {});
    cleanups.push(() => redis.disconnect());
    return redis;
  }

  it('dedupe claim, commit and release answer store_unavailable after commandTimeoutMs', async () => {
    const proxy = await frozenProxy();
    const store = new RedisDedupeStore({ redis: client(proxy), prefix, commandTimeoutMs: 200 });
    const claim = await store.claim('k', 5000);
    if (claim.status !== 'claimed') throw new Error('expected a claim');
    proxy.freeze();
    const started = Date.now();
    const unavailable = { code: 'store_unavailable', status: 503 };
    await within(2000, 'claim', expect(store.claim('k2', 5000)).rejects.toMatchObject(unavailable));
    await within(
      2000,
      'commit',
      expect(store.commit('k', claim.token, 5000)).rejects.toMatchObject(unavailable),
    );
    await within(2000, 'release', expect(store.release('k', claim.token)).rejects.toMatchObject(unavailable));
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 190);
  });

  it('broadcaster publish and subscribe answer store_unavailable; unsubscribe and close return', async () => {
    const proxy = await frozenProxy();
    const broadcaster = new RedisBroadcaster({ redis: client(proxy), prefix, commandTimeoutMs: 200 });
    cleanups.push(() => broadcaster.close());
    const unsubscribe = await broadcaster.subscribe('t1', () => {});
    proxy.freeze();
    const unavailable = { code: 'store_unavailable', status: 503 };
    await within(
      2000,
      'publish',
      expect(broadcaster.publish(event('t1'))).rejects.toMatchObject(unavailable),
    );
    await within(
      2000,
      'subscribe',
      expect(broadcaster.subscribe('t2', () => {})).rejects.toMatchObject(unavailable),
    );
    await within(2000, 'unsubscribe', unsubscribe());
    await within(2000, 'close', broadcaster.close());
    expect(broadcaster.subscriber).toBeNull();
  });

  it('createRedisPorts().close() ends every connection, workers included, instead of waiting for Redis', async () => {
    const proxy = await frozenProxy();
    let ports: RedisPorts | undefined;
    cleanups.push(() => {
      ports?.redis.disconnect();
    });
    ports = createRedisPorts({
      url: `redis://127.0.0.1:${proxy.port}`,
      prefix,
      commandTimeoutMs: 200,
      redisOptions: { maxRetriesPerRequest: 2 },
    });
    let ran = false;
    ports.jobs.process('work', async () => {
      ran = true;
    });
    await ports.jobs.enqueue('work', {});
    await ports.broadcaster.subscribe('t1', () => {});
    await ports.dedupe.claim('k', 5000);
    const until = Date.now() + 5000;
    while (!ran && Date.now() < until) await sleep(10);
    expect(ran).toBe(true);
    // The client, the subscriber, a queue per job name and the names queue, the worker's two.
    expect(proxy.connections).toBeGreaterThanOrEqual(6);
    proxy.freeze();
    await within(5000, 'close', ports.close());
    expect(ports.broadcaster.subscriber).toBeNull();
    // Every connection is gone, so nothing keeps the process alive.
    await waitFor(() => proxy.connections === 0, 2000);
    expect(ports.redis.status).toBe('end');
  });

  it.each([
    ['hangs', (proxy: TcpProxy) => proxy.freeze()],
    ['is down', (proxy: TcpProxy) => proxy.down()],
  ])(
    'close() waits for a running job, then cuts BullMQ off when Redis %s; the job runs again on the next instance',
    async (_, fail) => {
      const proxy = await frozenProxy();
      const target = new URL(redisUrl!);
      const direct = { host: target.hostname, port: Number(target.port || 6379) };
      const first = new BullMQJobQueue({
        connection: { host: '127.0.0.1', port: proxy.port, maxRetriesPerRequest: 2 },
        prefix,
        closeTimeoutMs: 200,
        lockDurationMs: 1000,
      });
      cleanups.push(() => first.close());
      let finished = false;
      let started = false;
      first.process('hung', async (job) => {
        started = true;
        // Honours the signal, as the download and the AI pipeline do: close() cuts the try off.
        await new Promise<void>((resolve) => job.signal?.addEventListener('abort', () => resolve()));
        await sleep(100);
        finished = true;
        throw new Error('interrupted');
      });
      const jobId = `hung:t1:${crypto.randomUUID()}`;
      await first.enqueue('hung', { n: 1 }, { jobId });
      await waitFor(() => started);
      await fail(proxy);
      const closing = Date.now();
      await within(3000, 'close', first.close());
      expect(finished).toBe(true);
      expect(Date.now() - closing).toBeGreaterThanOrEqual(100);
      await waitFor(() => proxy.connections === 0, 2000);

      // Nothing reached Redis: the job is still active, its attempt not counted, as after a crash.
      const admin = new Redis(redisUrl!);
      cleanups.push(() => admin.disconnect());
      const key = `${first.bullPrefix}:${queueNameOf('callbridge', 'hung')}`;
      expect(await admin.lrange(`${key}:active`, 0, -1)).toContain(encodeJobId(jobId));
      expect(await admin.hget(`${key}:${encodeJobId(jobId)}`, 'atm')).toBeNull();
      // Once its lock expired, any instance's stalled-job check gives it back: it runs again.
      await waitFor(async () => (await admin.exists(`${key}:${encodeJobId(jobId)}:lock`)) === 0, 3000);
      // The first instance's check throttles every check for its stalledInterval (BullMQ's 30 s):
      // as if that time had passed.
      await admin.del(`${key}:stalled-check`);
      const seen: Array<{ id: string; attempt: number }> = [];
      const next = new Worker(
        queueNameOf('callbridge', 'hung'),
        async (job) => {
          seen.push({ id: decodeJobId(job.id), attempt: job.attemptsMade + 1 });
        },
        {
          connection: { ...direct, maxRetriesPerRequest: null },
          prefix: first.bullPrefix,
          stalledInterval: 100,
        },
      );
      cleanups.push(() => next.close());
      await waitFor(() => seen.length === 1, 5000);
      expect(seen).toEqual([{ id: jobId, attempt: 1 }]);
    },
  );
});
