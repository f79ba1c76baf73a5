import { afterAll, describe, expect, it } from 'vitest';
import {
  fromPgPool,
  migrate,
  PostgresCheckpointStore,
  PostgresDedupeStore,
  type SqlClient,
} from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * The sweeps of expired checkpoints and dedupe keys must find them through the index on `expires_at` as an
 * index condition: a filter over the index would read every expiring row (every live per-call
 * entry) on each sweep that finds fewer than a batch of expired ones. And a row set again while
 * the sweep waits for it is kept.
 */
describe.skipIf(!PG_URL)('the checkpoint and dedupe sweeps on a PostgreSQL server', () => {
  const schemas: string[] = [];
  const pool = PG_URL ? testPool(2) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, schemas);
    await pool.end();
  });

  /**
   * The plans of the sweeps (DELETE ... expires_at) `run` sends through the client it is given,
   * once with the database clock and once with an injected one.
   */
  async function sweepPlans(
    run: (client: SqlClient, now: (() => number) | undefined, i: number) => Promise<unknown>,
  ): Promise<string[]> {
    const base = fromPgPool(pool!);
    const sweeps: { text: string; params: readonly unknown[] }[] = [];
    const client: SqlClient = Object.assign(Object.create(base) as SqlClient, {
      query: (text: string, params?: readonly unknown[]) => {
        if (/^\s*DELETE/.test(text) && /expires_at/.test(text)) sweeps.push({ text, params: params ?? [] });
        return base.query(text, params as unknown[]);
      },
    });
    for (const [i, now] of [undefined, () => Date.now()].entries()) await run(client, now, i);
    expect(sweeps).toHaveLength(2);
    const plans: string[] = [];
    for (const sweep of sweeps) {
      const rows = (
        await pool!.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, COSTS OFF) ${sweep.text}`,
          sweep.params as unknown[],
        )
      ).rows;
      plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
    return plans;
  }

  it('reads only expired rows through the expires_at index, whichever clock it uses', async () => {
    const schema = uniqueSchema('cksweep');
    schemas.push(schema);
    await migrate(fromPgPool(pool!), { schema });
    await pool!.query(
      `INSERT INTO "${schema}".checkpoints (key, value, expires_at)
       SELECT 'live/' || g, '1', now() + interval '1 day' FROM generate_series(1, 3000) g;
       INSERT INTO "${schema}".checkpoints (key, value)
       SELECT 'cursor/' || g, '1' FROM generate_series(1, 20000) g;
       ANALYZE "${schema}".checkpoints`,
    );
    const plans = await sweepPlans((client, now) =>
      new PostgresCheckpointStore({ client, schema, sweepEvery: 1, ...(now ? { now } : {}) }).set('k', 1),
    );
    for (const plan of plans) {
      expect(plan).toMatch(/Index Cond: \(expires_at <= /);
      expect(plan).not.toMatch(/Rows Removed by Filter/);
    }
  });

  // The dedupe table holds every delivery of the last days (`commitTtlMs`): compared with the
  // volatile clock_timestamp(), a sweep finding fewer than a batch of expired keys read them all.
  it('reads only expired dedupe keys through the expires_at index, whichever clock it uses', async () => {
    const schema = uniqueSchema('ddsweep');
    schemas.push(schema);
    await migrate(fromPgPool(pool!), { schema });
    await pool!.query(
      `INSERT INTO "${schema}".dedupe (key, token, state, expires_at)
       SELECT 'live/' || g, 't', 'committed', now() + interval '7 days' FROM generate_series(1, 20000) g;
       ANALYZE "${schema}".dedupe`,
    );
    const plans = await sweepPlans((client, now, i) =>
      new PostgresDedupeStore({ client, schema, sweepEvery: 1, ...(now ? { now } : {}) }).claim(
        `k${i}`,
        60_000,
      ),
    );
    for (const plan of plans) {
      expect(plan).toMatch(/Index Cond: \(expires_at <= /);
      expect(plan).not.toMatch(/Rows Removed by Filter/);
    }
  });

  it('keeps a row another connection sets again while the sweep waits for its lock', async () => {
    const schema = uniqueSchema('cksweep');
    schemas.push(schema);
    const base = fromPgPool(pool!);
    await migrate(base, { schema });
    const store = new PostgresCheckpointStore({ client: base, schema, sweepEvery: 1 });
    await pool!.query(
      `INSERT INTO "${schema}".checkpoints (key, value, expires_at) VALUES ('k', '1', now() - interval '1 second')`,
    );
    const writer = await pool!.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(
        `UPDATE "${schema}".checkpoints SET value = '2', expires_at = now() + interval '1 hour' WHERE key = 'k'`,
      );
      // The sweep's set of another key runs, then its DELETE waits for the writer's row lock.
      const sweeping = store.set('other', 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await writer.query('COMMIT');
      await sweeping;
    } finally {
      writer.release();
    }
    expect(await store.get('k')).toBe(2);
  });
});

describe('PostgresCheckpointStore options', () => {
  it('refuses a sweepEvery that is not a positive integer with configuration_error', () => {
    const client = { driver: 'pg', query: async () => ({ rows: [] }) } as unknown as SqlClient;
    for (const sweepEvery of [0, -1, 1.5, Number.NaN]) {
      expect(() => new PostgresCheckpointStore({ client, sweepEvery })).toThrow(/sweepEvery/);
    }
    expect(() => new PostgresCheckpointStore({ client, sweepEvery: 1 })).not.toThrow();
  });
});
