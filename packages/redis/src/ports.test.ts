import type { StreamEvent } from '@callbridge/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletePrefix, redisUrl, sleep, testClient, uniquePrefix, waitFor } from '../test/support.js';
import { createRedisPorts } from './ports.js';

describe('createRedisPorts', () => {
  it('needs a url or a client', () => {
    expect(() => createRedisPorts({})).toThrow(/`url` or a `redis` client/);
  });
});

describe('createRedisPorts without a reachable Redis', () => {
  it('answers store_unavailable and closes without waiting for Redis', async () => {
    const ports = createRedisPorts({
      url: 'redis://127.0.0.1:1',
      // ioredis's default of 20 retries per command: a QUIT would wait for all of them.
      redisOptions: { retryStrategy: () => 50 },
    });
    await expect(ports.dedupe.claim('k', 1000)).rejects.toMatchObject({ code: 'store_unavailable' });
    await expect(ports.broadcaster.subscribe('t', () => {})).rejects.toMatchObject({
      code: 'store_unavailable',
    });
    const started = Date.now();
    await ports.close();
    expect(Date.now() - started).toBeLessThan(300);
    // No reconnect attempt after close (ioredis retries every 50 ms here until it is stopped).
    let attempts = 0;
    ports.redis.on('reconnecting', () => attempts++);
    await sleep(350);
    expect(attempts).toBe(0);
  });

  it('passes enqueueTimeoutMs to the job queue', async () => {
    const ports = createRedisPorts({
      url: 'redis://127.0.0.1:1',
      // Each command waits for 20 reconnects a second apart: only the deadline ends it early.
      redisOptions: { retryStrategy: () => 1000 },
      enqueueTimeoutMs: 150,
    });
    const started = Date.now();
    await expect(ports.jobs.enqueue('nowhere', {})).rejects.toMatchObject({ code: 'store_unavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
    await ports.close();
  });
});

describe.skipIf(!redisUrl)('createRedisPorts (real Redis)', () => {
  const prefix = uniquePrefix('ports');
  const admin = testClient();

  beforeAll(async () => {
    await admin.ping();
  });
  afterAll(async () => {
    await deletePrefix(admin, prefix);
    await admin.quit();
  });

  it('builds working ports from a URL and closes the client it created', async () => {
    const ports = createRedisPorts({ url: redisUrl, prefix });
    const claim = await ports.dedupe.claim('k', 5000);
    expect(claim.status).toBe('claimed');
    const seen: StreamEvent[] = [];
    await ports.broadcaster.subscribe('t', (e) => seen.push(e));
    await ports.broadcaster.publish({
      id: '1',
      tenantId: 't',
      type: 'call_event_created',
      data: {},
      createdAt: '',
    });
    await waitFor(() => seen.length === 1);
    let ran = false;
    ports.jobs.process('ping', async () => {
      ran = true;
    });
    await ports.jobs.enqueue('ping', {});
    await waitFor(() => ran);
    await ports.close();
    await waitFor(() => ports.redis.status === 'end');
  });

  it('passes subscriberPingMs to the broadcaster', async () => {
    const ports = createRedisPorts({ url: redisUrl, prefix, subscriberPingMs: 50 });
    await ports.broadcaster.subscribe('t', () => {});
    const subscriber = ports.broadcaster.subscriber!;
    let pings = 0;
    const ping = subscriber.ping.bind(subscriber);
    subscriber.ping = (() => {
      pings++;
      return ping();
    }) as typeof subscriber.ping;
    await sleep(300);
    await ports.close();
    expect(pings).toBeGreaterThanOrEqual(2);
  });

  it('passes defaultAttempts and defaultBackoff to the job queue', async () => {
    const ports = createRedisPorts({
      url: redisUrl,
      prefix,
      defaultAttempts: 2,
      defaultBackoff: { type: 'fixed', delayMs: 10 },
    });
    let tries = 0;
    ports.jobs.process('flaky', async () => {
      tries++;
      throw new Error('nope');
    });
    const started = Date.now();
    await ports.jobs.enqueue('flaky', {});
    await waitFor(async () => (await ports.jobs.failed('flaky')).length === 1, 4000);
    expect(Date.now() - started).toBeLessThan(900);
    expect((await ports.jobs.failed('flaky'))[0]?.attempts).toBe(2);
    expect(tries).toBe(2);
    await ports.close();
  });

  it('passes lockDurationMs to the job queue', async () => {
    const ports = createRedisPorts({ url: redisUrl, prefix, lockDurationMs: 2000 });
    let release = () => {};
    const running = new Promise<void>((resolve) => {
      ports.jobs.process('locked', async () => {
        resolve();
        await new Promise<void>((r) => {
          release = r;
        });
      });
    });
    await ports.jobs.enqueue('locked', {}, { jobId: 'locked-1' });
    await running;
    const lock = `${ports.jobs.bullPrefix}:callbridge-locked:cb-locked-1:lock`;
    const ttl = await admin.pttl(lock);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2000);
    release();
    await ports.close();
  });

  it('leaves a client it was given open', async () => {
    const redis = testClient();
    const ports = createRedisPorts({ redis, prefix });
    await ports.dedupe.claim('k2', 5000);
    await ports.close();
    expect(await redis.ping()).toBe('PONG');
    await redis.quit();
  });
});
