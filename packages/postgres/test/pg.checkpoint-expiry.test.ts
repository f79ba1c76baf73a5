import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresCheckpointStore } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * Checkpoints set with `ttlMs` (migration 4's `expires_at`): expired rows are deleted in bounded
 * batches as the store is written to, and a schema not migrated yet still reads and writes.
 */
describe.skipIf(!PG_URL)('checkpoint expiry on a PostgreSQL server', () => {
  const schemas: string[] = [];
  const pool = PG_URL ? testPool(4) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, schemas);
    await pool.end();
  });
  const fresh = async () => {
    const schema = uniqueSchema('ckexp');
    schemas.push(schema);
    await migrate(fromPgPool(pool!), { schema });
    return schema;
  };
  const rowsOf = async (schema: string) =>
    (
      await pool!.query<{ key: string; expiring: boolean }>(
        `SELECT key, expires_at IS NOT NULL AS expiring FROM "${schema}".checkpoints ORDER BY key`,
      )
    ).rows;

  it('stores expires_at only for entries set with ttlMs, and clears it on a set without', async () => {
    const schema = await fresh();
    const store = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema });
    await store.set('a', 1, { ttlMs: 60_000 });
    await store.set('b', 2);
    expect(await rowsOf(schema)).toEqual([
      { key: 'a', expiring: true },
      { key: 'b', expiring: false },
    ]);
    await store.set('a', 3);
    expect(await rowsOf(schema)).toEqual([
      { key: 'a', expiring: false },
      { key: 'b', expiring: false },
    ]);
  });

  it('deletes expired rows 100 at a time as it is written to, never live or permanent ones', async () => {
    const schema = await fresh();
    await pool!.query(
      `INSERT INTO "${schema}".checkpoints (key, value, expires_at)
       SELECT 'old/' || g, '1', now() - interval '1 second' FROM generate_series(1, 250) g`,
    );
    const store = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema, sweepEvery: 1 });
    await store.set('permanent', { page: 1 });
    const expired = async () =>
      Number(
        (await pool!.query(`SELECT count(*) AS n FROM "${schema}".checkpoints WHERE key LIKE 'old/%'`))
          .rows[0].n,
      );
    expect(await expired()).toBe(150);
    await store.set('live', 1, { ttlMs: 60_000 });
    await store.set('live', 2, { ttlMs: 60_000 });
    expect(await expired()).toBe(0);
    expect(await rowsOf(schema)).toEqual([
      { key: 'live', expiring: true },
      { key: 'permanent', expiring: false },
    ]);
  });

  it('sweeps only every sweepEvery sets', async () => {
    const schema = await fresh();
    await pool!.query(
      `INSERT INTO "${schema}".checkpoints (key, value, expires_at) VALUES ('old', '1', now() - interval '1 second')`,
    );
    const store = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema, sweepEvery: 3 });
    await store.set('x', 1);
    await store.set('x', 2);
    expect((await rowsOf(schema)).map((r) => r.key)).toEqual(['old', 'x']);
    await store.set('x', 3);
    expect((await rowsOf(schema)).map((r) => r.key)).toEqual(['x']);
  });

  it('uses the clock it is given, like the dedupe store', async () => {
    const schema = await fresh();
    let now = Date.parse('2030-01-01T00:00:00.000Z');
    const store = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema, now: () => now });
    await store.set('k', { a: 1 }, { ttlMs: 1_000 });
    now += 999;
    expect(await store.get('k')).toEqual({ a: 1 });
    now += 1;
    expect(await store.get('k')).toBeNull();
  });

  it('refuses a ttlMs that is not a positive finite number, saying what to pass', async () => {
    const schema = await fresh();
    const store = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema });
    for (const ttlMs of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(store.set('k', 1, { ttlMs })).rejects.toThrow(/ttlMs must be a positive finite number/);
    }
    expect(await store.get('k')).toBeNull();
  });

  it('still reads and writes a schema migration 4 has not reached (entries then never expire)', async () => {
    const schema = await fresh();
    await pool!.query(
      `ALTER TABLE "${schema}".checkpoints DROP COLUMN expires_at;
       DELETE FROM "${schema}".callbridge_migrations WHERE version = 4`,
    );
    const store = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema });
    await store.set('k', { a: 1 }, { ttlMs: 60_000 });
    await store.set('p', 2);
    expect(await store.get('k')).toEqual({ a: 1 });
    expect(await store.get('p')).toBe(2);
    await store.delete('k');
    expect(await store.get('k')).toBeNull();
    expect(await migrate(fromPgPool(pool!), { schema })).toMatchObject({ applied: [4], version: 4 });
    const migrated = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema });
    expect(await migrated.get('p')).toBe(2);
    await migrated.set('k', 3, { ttlMs: 60_000 });
    expect(await rowsOf(schema)).toEqual([
      { key: 'k', expiring: true },
      { key: 'p', expiring: false },
    ]);
  });
});
