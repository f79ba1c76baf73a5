import { makeInteractionUpsert, uniqueId } from '@callbridge/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresEventLog, PostgresInteractionStore } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * Any schema name is one quoted identifier: a name holding `$1` or `$cb$` (legal in a quoted
 * identifier) is neither read as a placeholder by the statements sent as text nor ends the
 * dollar-quoted bodies of the migrations' functions.
 */
describe.skipIf(!PG_URL)('schema names with $ on a PostgreSQL server', () => {
  const schema = uniqueSchema('d$cb$1');
  const pool = PG_URL ? testPool(4) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, [schema]);
    await pool.end();
  });

  it('migrates, upserts, merges, appends and reads in a schema named with $1 and $cb$', async () => {
    const client = fromPgPool(pool!);
    expect(await migrate(client, { schema })).toEqual({ applied: [1, 2, 3, 4], version: 4 });
    const functions = await pool!.query(
      `SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE nspname = $1 ORDER BY 1`,
      [schema],
    );
    expect(functions.rows.map((r) => r.proname)).toEqual([
      'callbridge_append_events',
      'callbridge_insert_interaction',
      'callbridge_update_interaction',
    ]);
    const interactions = new PostgresInteractionStore({ client, schema });
    const events = new PostgresEventLog({ client, schema });
    const tenantId = uniqueId('tenant');
    const created = await interactions.upsert(makeInteractionUpsert({ tenantId }));
    const merged = await interactions.upsert(
      makeInteractionUpsert({ tenantId, metadata: { callType: 'answered', callState: 'in_progress' } }),
    );
    expect(created.created).toBe(true);
    expect(merged.interaction).toMatchObject({ id: created.interaction.id, version: 2 });
    expect((await events.append(tenantId, 'call_event_created', { n: 1 })).id).toBe('1');
    expect((await events.readAfter(tenantId, '0')).events.map((e) => e.data)).toEqual([{ n: 1 }]);
    expect((await interactions.list(tenantId, {}, { limit: 5 })).items).toHaveLength(1);
  });
});
