import { randomBytes } from 'node:crypto';
import { makeInteractionUpsert } from '@callbridge/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresEventLog, PostgresInteractionStore } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/** A tenant id of `bytes` UTF-8 bytes that does not compress (Postgres compresses long index keys). */
const tenantOf = (bytes: number) => randomBytes(bytes).toString('base64url').slice(0, bytes);

/**
 * A tenant id is part of every tenant table's key, which Postgres' btree indexes cap at about
 * 2.7 KB: the stores refuse an id over 1024 bytes with a configuration error that says so,
 * never with `store_unavailable` (503, retried forever by providers), and take any id up to it.
 */
describe.skipIf(!PG_URL)('Postgres stores and long tenant ids', () => {
  const schema = uniqueSchema('tenantlen');
  const pool = PG_URL ? testPool(4) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, [schema]);
    await pool.end();
  });

  it('stores every tenant id up to 1024 bytes and refuses longer ones with configuration_error', async () => {
    await migrate(fromPgPool(pool!), { schema });
    const events = new PostgresEventLog({ client: fromPgPool(pool!), schema });
    const interactions = new PostgresInteractionStore({ client: fromPgPool(pool!), schema });
    const longest = tenantOf(1024);
    expect((await events.append(longest, 'call_event_created', {})).id).toBe('1');
    expect((await interactions.upsert(makeInteractionUpsert({ tenantId: longest }))).created).toBe(true);
    expect((await events.readAfter(longest, '0')).events).toHaveLength(1);

    for (const tenantId of [tenantOf(1025), tenantOf(3000), 'x'.repeat(9000), '\u00e9'.repeat(513)]) {
      const calls = [
        events.append(tenantId, 'call_event_created', {}),
        events.readAfter(tenantId, '0'),
        events.lastId(tenantId),
        interactions.upsert(makeInteractionUpsert({ tenantId })),
        interactions.list(tenantId, {}, { limit: 10 }),
      ];
      for (const result of await Promise.allSettled(calls)) {
        expect(result.status).toBe('rejected');
        const error = (result as PromiseRejectedResult).reason;
        expect(error).toMatchObject({ code: 'configuration_error' });
        expect(String(error.message)).toMatch(/1024 bytes/);
      }
    }
  });
});
