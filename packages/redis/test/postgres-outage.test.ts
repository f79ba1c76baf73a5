import { dedupeKey } from '@callbridge/core';
import { ringoverDeliveryId } from '@callbridge/ringover';
import { FIXTURE_CHANNEL_ID } from '@callbridge/ringover/testing';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMITTED_MARKER } from '../src/dedupe-store.js';
import { createdCalls, post } from './deliver.js';
import { countRecords, type Instance, pgUrl, startInstance, TENANT } from './instances.js';
import { usePrefix, useSchema, withoutServers } from './suite-setup.js';
import { redisUrl, sleep, testClient, waitFor } from './support.js';
import { TcpProxy } from './tcp-proxy.js';
import { callIdOf } from './webhooks.js';

describe.skipIf(withoutServers)('Postgres unreachable during a webhook', () => {
  const schema = useSchema('outage');
  const prefix = usePrefix('outage');
  let proxy: TcpProxy;
  let instance: Instance;
  let admin: Redis;

  beforeAll(async () => {
    admin = testClient();
    const target = new URL(pgUrl!);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(pgUrl!);
    viaProxy.port = String(proxy.port);
    instance = await startInstance({
      pgUrl: pgUrl!,
      pgConnectionString: viaProxy.toString(),
      schema,
      redisUrl: redisUrl!,
      prefix,
      pool: { connectionTimeoutMillis: 1000 },
    });
  });
  afterAll(async () => {
    await proxy?.up();
    await instance?.close();
    await proxy?.down();
    await admin.quit();
  });

  it('answers 503 and releases the claim; the retried delivery is stored once after it returns', async () => {
    const key = instance.redis.dedupe.keyOf(
      dedupeKey({
        tenantId: TENANT.id,
        provider: 'ringover',
        deliveryId: ringoverDeliveryId('call', 'missed', callIdOf(1), FIXTURE_CHANNEL_ID),
      }),
    );
    // Warm the pool through the proxy, then cut it: open connections die, new ones are refused.
    expect((await post(instance, 0)).status).toBe(200);
    await proxy.down();

    const down = await post(instance, 1);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'store_unavailable' });
    expect(await admin.exists(key)).toBe(0);
    // A second try while it is still down fails the same way (no claim left stuck in between).
    expect((await post(instance, 1)).status).toBe(503);
    expect(await admin.exists(key)).toBe(0);

    await proxy.up();
    const retried = await post(instance, 1);
    expect(retried).toMatchObject({ status: 200, body: { status: 'received' } });
    expect(await admin.get(key)).toMatch(new RegExp(`^${COMMITTED_MARKER}`));
    const again = await post(instance, 1);
    expect(again).toMatchObject({ status: 200, body: { status: 'duplicate' } });

    expect(await countRecords(pgUrl!, schema)).toBe(2);
    await waitFor(() => createdCalls(instance).includes(1));
    await sleep(100);
    expect(createdCalls(instance).filter((n) => n === 1)).toHaveLength(1);
  });
});
