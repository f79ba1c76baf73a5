import { dedupeKey } from '@callbridge/core';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMITTED_MARKER } from '../src/dedupe-store.js';
import { createdIds, post, testCall } from './deliver.js';
import { fakeProvider } from './fake-provider.js';
import {
  countRecords,
  dropSchema,
  type Instance,
  migrateSchema,
  pgUrl,
  startInstance,
  TENANT,
  uniqueSchema,
} from './instances.js';
import { deletePrefix, redisUrl, sleep, testClient, uniquePrefix, waitFor } from './support.js';
import { TcpProxy } from './tcp-proxy.js';

const SECRET = 'outage-secret';

describe.skipIf(!pgUrl || !redisUrl)('Postgres unreachable during a webhook', () => {
  const schema = uniqueSchema('outage');
  const prefix = uniquePrefix('outage');
  let proxy: TcpProxy;
  let instance: Instance;
  let admin: Redis;

  beforeAll(async () => {
    admin = testClient();
    await migrateSchema(pgUrl!, schema);
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
      provider: fakeProvider(SECRET),
      pool: { connectionTimeoutMillis: 1000 },
    });
  });
  afterAll(async () => {
    await proxy?.up();
    await instance?.close();
    await proxy?.down();
    await dropSchema(pgUrl!, schema);
    await deletePrefix(admin, prefix);
    await admin.quit();
  });

  it('answers 503 and releases the claim; the retried delivery is stored once after it returns', async () => {
    const call = testCall(1);
    const key = instance.redis.dedupe.keyOf(
      dedupeKey({ tenantId: TENANT.id, provider: 'ringover', deliveryId: call.deliveryId }),
    );
    // Warm the pool through the proxy, then cut it: open connections die, new ones are refused.
    expect((await post(instance, SECRET, testCall(0))).status).toBe(200);
    await proxy.down();

    const down = await post(instance, SECRET, call);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'store_unavailable' });
    expect(await admin.exists(key)).toBe(0);
    // A second try while it is still down fails the same way (no claim left stuck in between).
    expect((await post(instance, SECRET, call)).status).toBe(503);
    expect(await admin.exists(key)).toBe(0);

    await proxy.up();
    const retried = await post(instance, SECRET, call);
    expect(retried).toMatchObject({ status: 200, body: { status: 'received' } });
    expect(await admin.get(key)).toMatch(new RegExp(`^${COMMITTED_MARKER}`));
    const again = await post(instance, SECRET, call);
    expect(again).toMatchObject({ status: 200, body: { status: 'duplicate' } });

    expect(await countRecords(pgUrl!, schema)).toBe(2);
    await waitFor(() => createdIds(instance).includes('call-1'));
    await sleep(100);
    expect(createdIds(instance).filter((id) => id === 'call-1')).toHaveLength(1);
  });
});
