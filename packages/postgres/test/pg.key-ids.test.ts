import { createCallBridge, MemoryContactDirectory, staticTenants } from '@callbridge/core';
import { createFakeProvider, fakeSignature, uniqueId } from '@callbridge/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStores } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

describe.skipIf(!PG_URL)('webhook events whose ids Postgres cannot store, on a PostgreSQL server', () => {
  const schema = uniqueSchema('keyids');
  const pool = PG_URL ? testPool(4) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, [schema]);
    await pool.end();
  });

  it('answers a NUL in deliveryId or sourceRecordId 400 malformed_body (not 503), writing nothing', async () => {
    const stores = await createPostgresStores({ pool: pool!, schema });
    const tenantId = uniqueId('tenant');
    const secret = 'secret-of-the-tenant';
    const bridge = createCallBridge({
      providers: [createFakeProvider()],
      tenants: staticTenants([{ id: tenantId, key: 'k1', providers: { ringover: { secret } } }]),
      authenticate: () => null,
      contacts: new MemoryContactDirectory([]),
      stores,
      background: false,
    });
    const post = async (calls: unknown[]) => {
      const body = JSON.stringify({ calls });
      return bridge.handle(
        new Request('https://crm.test/api/v1/webhooks/ringover/k1', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-fake-signature': await fakeSignature(secret, body),
          },
          body,
        }),
      );
    };
    const count = async (table: string) =>
      (await pool!.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}"."${table}"`)).rows[0]?.n;

    for (const [field, call] of [
      ['deliveryId', { id: 'call-1', deliveryId: 'delivery-\u0000' }],
      ['sourceRecordId', { id: 'call-\u00001', deliveryId: 'delivery-2' }],
    ] as const) {
      const response = await post([call]);
      expect(response.status, field).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'malformed_body', fields: [field] });
    }
    expect(await count('dedupe')).toBe(0);
    expect(await count('interactions')).toBe(0);
    // The same calls with storable ids go through.
    const fine = await post([{ id: 'call-1', deliveryId: 'delivery-1' }]);
    expect(await fine.json()).toEqual({ status: 'received', events: 1 });
    expect(await count('interactions')).toBe(1);
    await bridge.close();
    await stores.close();
  });
});
