import { makeInteractionUpsert, uniqueId, waitFor } from '@callbridge/core/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPostgresStores,
  fromPgPool,
  migrate,
  PostgresEventLog,
  PostgresInteractionStore,
  withTenant,
} from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';
import { invariantTests } from './invariants.js';

describe.skipIf(!PG_URL)('invariants on a PostgreSQL server', () => {
  const schema = uniqueSchema('invariants');
  const schemas = [schema];
  const pools: pg.Pool[] = [];
  const pool = () => {
    const p = testPool(10);
    pools.push(p);
    return p;
  };
  const one = PG_URL ? fromPgPool(pool()) : null;
  const two = PG_URL ? fromPgPool(pool()) : null;
  let migrated: Promise<unknown> | null = null;
  afterAll(async () => {
    if (pools[0]) await dropSchemas(pools[0], schemas);
    for (const p of pools) await p.end();
  });

  invariantTests({
    schema,
    client: async () => {
      migrated ??= migrate(one!, { schema });
      await migrated;
      return one!;
    },
    other: async () => two!,
  });

  it('survives the server dropping idle pool connections: no crash, the next call reconnects', async () => {
    await migrate(fromPgPool(pools[0]!), { schema });
    const name = `${schema}-restart`;
    const own = new pg.Pool({ connectionString: PG_URL, max: 3, application_name: name });
    pools.push(own);
    const client = fromPgPool(own);
    const events = new PostgresEventLog({ client, schema });
    const tenantId = uniqueId('tenant');
    await events.append(tenantId, 'call_event_created', {});
    await pools[0]!.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [name],
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(own.listenerCount('error')).toBe(1);
    // The killed connection may still be handed out once: that call fails as store_unavailable.
    const retry = async () => {
      try {
        return await events.append(tenantId, 'call_event_updated', {});
      } catch (error) {
        expect(error).toMatchObject({ code: 'store_unavailable' });
        return events.append(tenantId, 'call_event_updated', {});
      }
    };
    expect((await retry()).id).toBe('2');
  });

  it('survives the server dropping a connection inside a transaction: 503, no crash, not reused', async () => {
    await migrate(fromPgPool(pools[0]!), { schema });
    const name = `${schema}-midtx`;
    const own = new pg.Pool({ connectionString: PG_URL, max: 2, application_name: name });
    pools.push(own);
    // An 'error' a client emits with no listener is what crashes the process (uncaught): record
    // it here instead, so this test fails on it rather than the whole run.
    const uncaught: unknown[] = [];
    own.on('connect', (conn) => {
      const emit = conn.emit.bind(conn);
      conn.emit = (event: string | symbol, ...args: unknown[]) => {
        if (event === 'error' && conn.listenerCount('error') === 0) {
          uncaught.push(args[0]);
          return false;
        }
        return emit(event, ...args);
      };
    });
    const client = fromPgPool(own);
    const events = new PostgresEventLog({ client, schema });
    const interactions = new PostgresInteractionStore({ client, schema });
    const tenantId = uniqueId('tenant');
    await events.append(tenantId, 'call_event_created', {});
    const calls = {
      readAfter: () => events.readAfter(tenantId, '0'),
      list: () => interactions.list(tenantId, {}, { limit: 5 }),
      withTenant: () => withTenant(client, {}, tenantId, (tx) => tx.query('SELECT pg_sleep(5)')),
    };
    for (const [label, call] of Object.entries(calls)) {
      // A lock holder keeps the call's transaction waiting on the server while it is killed.
      const blocker = await pools[0]!.connect();
      await blocker.query('BEGIN');
      await blocker.query(
        `LOCK TABLE "${schema}".event_counters, "${schema}".interactions IN ACCESS EXCLUSIVE MODE`,
      );
      const victim = call().then(
        () => null,
        (error: unknown) => error,
      );
      const waiting = async () =>
        (
          await pools[0]!.query(
            `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND state = 'active'
               AND (wait_event_type = 'Lock' OR query LIKE '%pg_sleep%')`,
            [name],
          )
        ).rows as { pid: number }[];
      let pids = await waiting();
      for (let i = 0; pids.length === 0 && i < 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        pids = await waiting();
      }
      expect(pids, label).toHaveLength(1);
      await pools[0]!.query('SELECT pg_terminate_backend($1)', [pids[0]!.pid]);
      await blocker.query('ROLLBACK');
      blocker.release();
      const error = await victim;
      if (label === 'withTenant') expect(error, label).toMatchObject({ code: '57P01' });
      else expect(error, label).toMatchObject({ code: 'store_unavailable', status: 503 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught, label).toEqual([]);
      // The broken client was discarded: the next calls get a working connection.
      for (let i = 0; i < 3; i++) expect(await events.lastId(tenantId), label).toBe('1');
    }
  });

  it('createPostgresStores migrates, wires every store and the broadcaster, and closes only its own', async () => {
    const fresh = uniqueSchema('factory');
    schemas.push(fresh);
    const unmigrated = await createPostgresStores({ pool: pools[0]!, schema: fresh, migrate: false });
    const missing = await unmigrated.interactions.get('t', 'x').catch((error: unknown) => error);
    expect(missing).toMatchObject({ code: 'store_unavailable', status: 503 });
    expect(String((missing as Error).message)).toMatch(/migrate/);
    const stores = await createPostgresStores({ pool: pools[0]!, schema: fresh, broadcaster: true });
    const tenantId = uniqueId('tenant');
    const seen: string[] = [];
    await stores.broadcaster!.subscribe(tenantId, (e) => seen.push(e.id));
    const { interaction } = await stores.interactions.upsert(makeInteractionUpsert({ tenantId }));
    const event = await stores.eventLog.append(tenantId, 'call_event_created', { id: interaction.id });
    await stores.broadcaster!.publish(event);
    await waitFor(() => seen.length === 1, 'the broadcast');
    expect(seen).toEqual(['1']);
    expect(await stores.dedupe.claim(`k-${tenantId}`, 1000)).toMatchObject({ status: 'claimed' });
    await stores.checkpoints.set(`c-${tenantId}`, { page: 2 });
    expect(await stores.checkpoints.get(`c-${tenantId}`)).toEqual({ page: 2 });
    expect(await stores.migrate()).toEqual({ applied: [], version: 4 });
    await stores.close();
    expect((await pools[0]!.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('migrate refuses a schema migrated by a newer version, saying what to do, and changes nothing', async () => {
    const fresh = uniqueSchema('newer');
    schemas.push(fresh);
    const client = fromPgPool(pools[0]!);
    await migrate(client, { schema: fresh });
    await pools[0]!.query(
      `INSERT INTO "${fresh}".callbridge_migrations (version, name) VALUES (5, 'from a newer release')`,
    );
    const error = await migrate(client, { schema: fresh }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'configuration_error' });
    expect(String((error as Error).message)).toMatch(/version 5.*understands up to 4/);
    expect(String((error as { hint?: string }).hint)).toMatch(/Upgrade @callbridge\/postgres/);
    const rows = await pools[0]!.query(`SELECT version FROM "${fresh}".callbridge_migrations ORDER BY 1`);
    expect(rows.rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
  });

  it('migrate is safe under concurrent callers: each migration applied exactly once', async () => {
    const fresh = uniqueSchema('migrate');
    schemas.push(fresh);
    const callers = Array.from({ length: 6 }, (_, i) => fromPgPool(i % 2 ? pools[0]! : pools[1]!));
    const results = await Promise.all(callers.map((c) => migrate(c, { schema: fresh })));
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, 0, 0, 0, 4]);
    expect(results.every((r) => r.version === 4)).toBe(true);
    const rows = await pools[0]!.query(`SELECT version FROM "${fresh}".callbridge_migrations`);
    expect(rows.rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
  });
});
