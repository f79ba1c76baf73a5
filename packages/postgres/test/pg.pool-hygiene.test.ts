import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fromPgPool,
  migrate,
  PostgresCheckpointStore,
  PostgresEventLog,
  PostgresInteractionStore,
} from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/** A failed call gives its connection back to the pool as it found it. */
describe.skipIf(!PG_URL)('pg pool hygiene after failures', () => {
  const schema = uniqueSchema('hygiene');
  const pools: pg.Pool[] = [];
  const pool = (max: number) => {
    const p = testPool(max);
    pools.push(p);
    return p;
  };
  afterAll(async () => {
    await dropSchemas(pools[0]!, [schema]);
    for (const p of pools) await p.end();
  });

  it('a transaction whose setup fails (role missing) leaves no open transaction on the pooled connection', async () => {
    const single = pool(1);
    const client = fromPgPool(single);
    await migrate(client, { schema });
    const misconfigured = new PostgresInteractionStore({ client, schema, role: 'cbt_no_such_role' });
    const failure = await misconfigured.get('acme', 'x').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'store_unavailable', hint: expect.stringContaining('migrate()') });
    // The one connection of the pool must be usable by the next caller, in a fresh transaction.
    const checkpoints = new PostgresCheckpointStore({ client, schema });
    await checkpoints.set('k', { ok: true });
    expect(await checkpoints.get('k')).toEqual({ ok: true });
    const state = await single.query<{ status: string }>('SELECT now() = statement_timestamp() AS status');
    expect(state.rows[0]?.status).toBe(true);
    expect(await new PostgresEventLog({ client, schema }).lastId('acme')).toBeNull();
  });
});
