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

  it('leaves a client it was given open', async () => {
    const redis = testClient();
    const ports = createRedisPorts({ redis, prefix });
    await ports.dedupe.claim('k2', 5000);
    await ports.close();
    expect(await redis.ping()).toBe('PONG');
    await redis.quit();
  });
});
