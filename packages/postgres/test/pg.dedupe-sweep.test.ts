import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresDedupeStore, type SqlClient } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * The sweep of expired dedupe keys must find them through the `expires_at` index as an index
 * condition: compared with the volatile clock_timestamp(), `expires_at` is a filter, and a sweep
 * that finds fewer than a batch of expired keys reads the whole table (every delivery of the
 * last days) every `sweepEvery` claims.
 */
describe.skipIf(!PG_URL)('the dedupe sweep on a PostgreSQL server', () => {
  const schemas: string[] = [];
  const pool = PG_URL ? testPool(2) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, schemas);
    await pool.end();
  });

  it('reads only expired keys through the expires_at index, whichever clock it uses', async () => {
    const schema = uniqueSchema('ddsweep');
    schemas.push(schema);
    const base = fromPgPool(pool!);
    await migrate(base, { schema });
    await pool!.query(
      `INSERT INTO "${schema}".dedupe (key, token, state, expires_at)
       SELECT 'live/' || g, 't', 'committed', now() + interval '7 days' FROM generate_series(1, 20000) g;
       ANALYZE "${schema}".dedupe`,
    );
    const sweeps: { text: string; params: readonly unknown[] }[] = [];
    const client: SqlClient = Object.assign(Object.create(base) as SqlClient, {
      query: (text: string, params?: readonly unknown[]) => {
        if (/^\s*DELETE/.test(text) && /expires_at/.test(text)) sweeps.push({ text, params: params ?? [] });
        return base.query(text, params as unknown[]);
      },
    });
    for (const now of [undefined, () => Date.now()]) {
      const store = new PostgresDedupeStore({ client, schema, sweepEvery: 1, ...(now ? { now } : {}) });
      await store.claim(`k${sweeps.length}`, 60_000);
    }
    expect(sweeps).toHaveLength(2);
    for (const sweep of sweeps) {
      const plan = (
        await pool!.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, COSTS OFF) ${sweep.text}`,
          sweep.params as unknown[],
        )
      ).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/Index Cond: \(expires_at <= /);
      expect(plan).not.toMatch(/Rows Removed by Filter/);
    }
  });
});
