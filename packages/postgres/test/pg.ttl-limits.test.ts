import { isCallbridgeError, MAX_STORE_TTL_MS } from '@callbridge/core';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresCheckpointStore, PostgresDedupeStore } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * TTLs past what `now() + ttl` can hold (PostgreSQL's interval and timestamptz ranges) are
 * refused where they are passed, with a `configuration_error` naming the option and the maximum,
 * instead of reaching SQL and failing there as `store_unavailable` (a 503 a provider retries).
 */
const TOO_LONG = [MAX_STORE_TTL_MS + 1, Number.MAX_SAFE_INTEGER, 1e300];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return '(resolved)';
  } catch (error) {
    return isCallbridgeError(error) ? `${error.code}: ${error.message}` : `(other: ${String(error)})`;
  }
}

describe.skipIf(!PG_URL)('TTL limits on a PostgreSQL server', () => {
  const schemas: string[] = [];
  const pool = PG_URL ? testPool(2) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, schemas);
    await pool.end();
  });
  const fresh = async () => {
    const schema = uniqueSchema('ttlmax');
    schemas.push(schema);
    await migrate(fromPgPool(pool!), { schema });
    return schema;
  };

  it('refuses a checkpoint ttlMs above the maximum with configuration_error, writing nothing', async () => {
    const store = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema: await fresh() });
    for (const ttlMs of TOO_LONG) {
      expect(await codeOf(store.set('k', 1, { ttlMs })), String(ttlMs)).toMatch(
        /^configuration_error: .*ttlMs.*3155760000000/,
      );
    }
    expect(await store.get('k')).toBeNull();
    await store.set('k', 2, { ttlMs: MAX_STORE_TTL_MS });
    expect(await store.get('k')).toBe(2);
  });

  it('refuses a dedupe claim or commit ttlMs above the maximum with configuration_error', async () => {
    const store = new PostgresDedupeStore({ client: fromPgPool(pool!), schema: await fresh() });
    for (const ttlMs of TOO_LONG) {
      expect(await codeOf(store.claim('d', ttlMs)), String(ttlMs)).toMatch(
        /^configuration_error: .*ttlMs.*3155760000000/,
      );
      expect(await codeOf(store.commit('d', 'token', ttlMs)), String(ttlMs)).toMatch(
        /^configuration_error: .*ttlMs.*3155760000000/,
      );
    }
    for (const ttlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(await codeOf(store.claim('d', ttlMs)), String(ttlMs)).toMatch(/^configuration_error: .*ttlMs/);
    }
    const claim = await store.claim('d', MAX_STORE_TTL_MS);
    expect(claim.status).toBe('claimed');
    if (claim.status === 'claimed') await store.commit('d', claim.token, MAX_STORE_TTL_MS);
    expect(await store.claim('d', 1_000)).toEqual({ status: 'duplicate' });
  });
});
