import type { StreamEvent } from '@callbridge/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletePrefix, redisUrl, testClient, uniquePrefix, waitFor } from '../test/support.js';
import { createRedisPorts } from './ports.js';

describe('createRedisPorts', () => {
  it('needs a url or a client', () => {
    expect(() => createRedisPorts({})).toThrow(/`url` or a `redis` client/);
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
