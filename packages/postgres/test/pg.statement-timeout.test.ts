import { makeInteractionUpsert, uniqueId } from '@callbridge/core/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fromPgPool,
  migrate,
  PostgresCheckpointStore,
  PostgresDedupeStore,
  PostgresEventLog,
  PostgresInteractionStore,
} from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * A statement the server cancels (statement_timeout) fails the call with store_unavailable (503,
 * so the provider retries), never a 4xx nor a success, and every connection goes back to the pool
 * idle, outside any transaction.
 */
describe.skipIf(!PG_URL)('store calls cancelled by statement_timeout', () => {
  const schema = uniqueSchema('timeout');
  const name = `${schema}-timed`;
  const admin = PG_URL ? testPool(2) : null;
  const timed = PG_URL
    ? new pg.Pool({
        connectionString: PG_URL,
        max: 2,
        application_name: name,
        options: '-c statement_timeout=300',
      })
    : null;
  afterAll(async () => {
    await timed?.end();
    if (!admin) return;
    await dropSchemas(admin, [schema]);
    await admin.end();
  });

  it('answers store_unavailable for every store while a lock holds them, then works, leaking nothing', async () => {
    await migrate(fromPgPool(admin!), { schema });
    const client = fromPgPool(timed!);
    const interactions = new PostgresInteractionStore({ client, schema });
    const events = new PostgresEventLog({ client, schema });
    const dedupe = new PostgresDedupeStore({ client, schema });
    const checkpoints = new PostgresCheckpointStore({ client, schema });
    const tenantId = uniqueId('tenant');
    await interactions.upsert(makeInteractionUpsert({ tenantId }));
    const token = await dedupe.claim(`k-${tenantId}`, 60_000);
    const calls: Record<string, () => Promise<unknown>> = {
      upsert: () =>
        interactions.upsert(makeInteractionUpsert({ tenantId, metadata: { callType: 'missed' } })),
      get: () => interactions.get(tenantId, 'x'),
      list: () => interactions.list(tenantId, {}, { limit: 5 }),
      stats: () => interactions.stats(tenantId, { from: '2026-01-01', to: '2026-12-31' }),
      append: () => events.append(tenantId, 'call_event_created', {}),
      readAfter: () => events.readAfter(tenantId, '0'),
      lastId: () => events.lastId(tenantId),
      claim: () => dedupe.claim(`k2-${tenantId}`, 1000),
      release: () => dedupe.release(`k-${tenantId}`, token.status === 'claimed' ? token.token : ''),
      checkpoint: () => checkpoints.set(`c-${tenantId}`, 1),
    };
    const blocker = await admin!.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(
        `LOCK TABLE "${schema}".interactions, "${schema}".events, "${schema}".event_counters,
           "${schema}".dedupe, "${schema}".checkpoints IN ACCESS EXCLUSIVE MODE`,
      );
      for (const [label, call] of Object.entries(calls)) {
        const error = await call().then(
          () => 'resolved',
          (e: unknown) => e,
        );
        expect(error, label).toMatchObject({ code: 'store_unavailable', status: 503 });
      }
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    expect(timed!.totalCount).toBeLessThanOrEqual(2);
    expect(timed!.idleCount).toBe(timed!.totalCount);
    expect(timed!.waitingCount).toBe(0);
    const open = await admin!.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state <> 'idle'`,
      [name],
    );
    expect(open.rows[0]?.n).toBe(0);
    for (const [label, call] of Object.entries(calls)) await expect(call(), label).resolves.not.toThrow();
  });
});
