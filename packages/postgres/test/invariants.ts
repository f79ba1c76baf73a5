import type { Interaction, InteractionUpsert } from '@callbridge/core';
import { makeInteractionUpsert, uniqueId } from '@callbridge/core/testing';
import { expect, it } from 'vitest';
import {
  migrate,
  PostgresEventLog,
  PostgresInteractionStore,
  type SqlClient,
  TENANT_SETTING,
  withTenant,
} from '../src/index.js';

/** How the invariants reach a database: a client (and, for pg, a second "instance"). */
export interface InvariantTarget {
  client: () => Promise<SqlClient>;
  /** A second, independent client on the same database (another app instance). */
  other?: () => Promise<SqlClient>;
  schema: string;
}

const T = ['2026-05-01T09:00:00.000Z', '2026-05-01T09:00:04.000Z', '2026-05-01T09:03:00.000Z'] as const;

/** The lifecycle of one answered call, as sparse patches, plus a late insights event. */
function callEvents(tenantId: string, sourceRecordId: string): InteractionUpsert[] {
  const base = (occurredAt: string, metadata: InteractionUpsert['metadata'], extra = {}) => ({
    ...makeInteractionUpsert({ tenantId, sourceRecordId, occurredAt, ...extra }),
    metadata,
  });
  return [
    base(T[0], { callType: 'ringing', callState: 'ringing', direction: 'inbound', lastEventAt: T[0] }),
    base(T[1], { callType: 'answered', callState: 'in_progress', answeredAt: T[1], lastEventAt: T[1] }),
    base(T[2], { callState: 'ended', endedAt: T[2], durationSeconds: 176, lastEventAt: T[2] }),
    base(
      T[2],
      { aiSummary: 'Asked for a quote.' },
      {
        insights: { summary: 'Asked for a quote.', modifiedAt: T[2] },
        contactId: 'contact-9',
      },
    ),
  ];
}

/** What must converge: the record without ids, versions and timestamps of the write. */
function essence(record: Interaction | null) {
  if (!record) return null;
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Concurrency, convergence and row-level-security tests shared by the pg and PGlite files. */
export function invariantTests(target: InvariantTarget): void {
  const store = async (which: 'client' | 'other' = 'client') => {
    const client = await (which === 'other' && target.other ? target.other : target.client)();
    return new PostgresInteractionStore({ client, schema: target.schema });
  };
  const table = (name: string) => `"${target.schema}"."${name}"`;

  it('stores one row under 50 concurrent upserts of one key, with every field of every upsert', async () => {
    const [one, two] = [await store(), await store('other')];
    const tenantId = uniqueId('tenant');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 ? one : two).upsert({
          ...makeInteractionUpsert({ tenantId, sourceRecordId: '77777777777777777777' }),
          metadata: { [`field${i}`]: i, tags: [`t${i}`] },
        }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const client = await target.client();
    const rows = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table('interactions')} WHERE tenant_id = $1`,
      [tenantId],
    );
    expect(rows.rows[0]?.n).toBe(1);
    const stored = await one.getBySource(tenantId, 'RINGOVER', '77777777777777777777');
    for (let i = 0; i < 50; i++) expect(stored?.metadata[`field${i}`]).toBe(i);
    expect(stored?.metadata.tags).toHaveLength(50);
    expect(stored?.version).toBe(50);
  });

  it('converges when the events of a call arrive out of order, concurrently, on two instances', async () => {
    const [one, two] = [await store(), await store('other')];
    const tenantId = uniqueId('tenant');
    for (const event of callEvents(tenantId, 'in-order')) await one.upsert(event);
    const expected = essence(await one.getBySource(tenantId, 'RINGOVER', 'in-order'));
    expect(expected).toMatchObject({
      contactId: 'contact-9',
      metadata: { callType: 'answered', callState: 'ended', durationSeconds: 176, lastEventAt: T[2] },
    });
    for (let run = 0; run < 6; run++) {
      const id = `shuffled-${run}`;
      const events = shuffled(callEvents(tenantId, id));
      await Promise.all(events.map((event, i) => (i % 2 ? one : two).upsert(event)));
      const got = essence(await two.getBySource(tenantId, 'RINGOVER', id));
      expect({ ...got, sourceRecordId: 'x', metadata: { ...got?.metadata, callId: 'x' } }).toEqual({
        ...expected,
        sourceRecordId: 'x',
        metadata: { ...expected?.metadata, callId: 'x' },
      });
    }
  });

  it('row-level security stops a query that forgets its tenant filter', async () => {
    const client = await target.client();
    const interactions = await store();
    const events = new PostgresEventLog({ client, schema: target.schema });
    const a = uniqueId('tenant-a');
    const b = uniqueId('tenant-b');
    for (const tenantId of [a, b]) {
      await interactions.upsert(makeInteractionUpsert({ tenantId, sourceRecordId: '1' }));
      await interactions.upsert(makeInteractionUpsert({ tenantId, sourceRecordId: '2' }));
      await events.append(tenantId, 'call_event_created', { tenantId });
    }
    const mine = `tenant_id IN ('${a}', '${b}')`;
    // No tenant filter in these statements: only the policy keeps tenant b out.
    const seen = await withTenant(client, {}, a, async (tx) => ({
      who: (
        await tx.query<{ u: string; t: string }>(
          `SELECT current_user AS u, current_setting('${TENANT_SETTING}') AS t`,
        )
      ).rows[0],
      interactions: (
        await tx.query<{ tenant_id: string }>(`SELECT tenant_id FROM ${table('interactions')} WHERE ${mine}`)
      ).rows,
      events: (
        await tx.query<{ tenant_id: string }>(`SELECT tenant_id FROM ${table('events')} WHERE ${mine}`)
      ).rows,
      counters: (await tx.query(`SELECT tenant_id FROM ${table('event_counters')} WHERE ${mine}`)).rowCount,
      updated: (await tx.query(`UPDATE ${table('interactions')} SET title = 'overwritten' WHERE ${mine}`))
        .rowCount,
      deleted: (await tx.query(`DELETE FROM ${table('events')} WHERE tenant_id = '${b}'`)).rowCount,
    }));
    expect(seen.who).toEqual({ u: 'callbridge_app', t: a });
    expect(seen.interactions.map((r) => r.tenant_id)).toEqual([a, a]);
    expect(seen.events.map((r) => r.tenant_id)).toEqual([a]);
    expect(seen.counters).toBe(1);
    expect(seen.updated).toBe(2);
    expect(seen.deleted).toBe(0);
    // Writing another tenant's row is refused by the policy's WITH CHECK.
    await expect(
      withTenant(client, {}, a, (tx) =>
        tx.query(`UPDATE ${table('interactions')} SET tenant_id = $1 WHERE tenant_id = $2`, [b, a]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withTenant(client, {}, a, (tx) =>
        tx.query(`INSERT INTO ${table('event_counters')} (tenant_id, last_id) VALUES ($1, 5)`, [b]),
      ),
    ).rejects.toThrow(/row-level security/);
    // The application role with no tenant set sees nothing at all.
    const unscoped = await client.transaction(async (tx) => {
      await tx.query(`SELECT set_config('role', 'callbridge_app', true)`);
      return (await tx.query(`SELECT 1 FROM ${table('interactions')} WHERE ${mine}`)).rowCount;
    });
    expect(unscoped).toBe(0);
    // Control: the connecting superuser bypasses RLS, which is why the stores switch role.
    const all = await client.query(`SELECT title FROM ${table('interactions')} WHERE ${mine}`);
    expect(all.rowCount).toBe(4);
    expect(all.rows.filter((r) => r.title === 'overwritten')).toHaveLength(2);
    const role = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'callbridge_app'`,
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('combines concurrent appends of one tenant into few transactions, ids still 1..n in order', async () => {
    const client = await target.client();
    let transactions = 0;
    const counting: SqlClient = {
      ...client,
      transaction: (fn, options) => {
        transactions += 1;
        return client.transaction(fn, options);
      },
      script: (sql) => {
        transactions += 1;
        return client.script(sql);
      },
    };
    const log = new PostgresEventLog({ client: counting, schema: target.schema });
    const tenantId = uniqueId('tenant');
    const appended = await Promise.all(
      Array.from({ length: 60 }, (_, i) => log.append(tenantId, 'call_event_updated', { i })),
    );
    expect(appended.map((e) => e.id)).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1)));
    expect(appended.map((e) => (e.data as { i: number }).i)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(transactions).toBeLessThan(10);
    const read = await log.readAfter(tenantId, '0', 100);
    expect(read.events).toEqual(appended);
  });

  it('upserts a new key in one round trip and merges into a stored one in two, without a transaction', async () => {
    const client = await target.client();
    const calls: string[] = [];
    const counting: SqlClient = {
      ...client,
      transaction: (fn, options) => {
        calls.push('transaction');
        return client.transaction(fn, options);
      },
      script: (sql) => {
        calls.push('script');
        return client.script(sql);
      },
    };
    const interactions = new PostgresInteractionStore({ client: counting, schema: target.schema });
    const [first, second] = callEvents(uniqueId('tenant'), uniqueId('call'));
    const created = await interactions.upsert(first as InteractionUpsert);
    expect(created.created).toBe(true);
    expect(calls).toEqual(['script']);
    calls.length = 0;
    const merged = await interactions.upsert(second as InteractionUpsert);
    expect(merged).toMatchObject({ created: false, changed: true });
    expect(merged.interaction.version).toBe(2);
    expect(calls).toEqual(['script', 'script']);
    expect(await interactions.get(merged.interaction.tenantId, merged.interaction.id)).toEqual(
      merged.interaction,
    );
    calls.length = 0;
    expect((await interactions.upsert(second as InteractionUpsert)).changed).toBe(false);
    expect(calls).toEqual(['script']);
  });

  it('keeps row-level security inside the write functions: they run as the caller, scoped to its tenant', async () => {
    const client = await target.client();
    const a = uniqueId('tenant-a');
    const b = uniqueId('tenant-b');
    const record = (await (await store()).upsert(makeInteractionUpsert({ tenantId: a }))).interaction;
    const params = [
      crypto.randomUUID(),
      b,
      'RINGOVER',
      uniqueId('call'),
      'CALL',
      't',
      'b',
      record.occurredAt,
    ];
    await expect(
      withTenant(client, {}, a, (tx) =>
        tx.query(
          `SELECT * FROM ${table('callbridge_insert_interaction')}($1, $2, $3, $4, $5, $6, $7, $8, $8, $8, NULL, NULL, '{}'::jsonb, NULL, 1)`,
          params,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withTenant(client, {}, a, (tx) =>
        tx.query(
          `SELECT * FROM ${table('callbridge_append_events')}($1, '[{"type":"x","data":1}]'::jsonb, NULL, 10, 1000)`,
          [b],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // Tenant a cannot read tenant b's record through the insert function either.
    const other = (await (await store()).upsert(makeInteractionUpsert({ tenantId: b }))).interaction;
    const read = await withTenant(client, {}, a, (tx) =>
      tx.query(
        `SELECT * FROM ${table('callbridge_insert_interaction')}($1, $2, $3, $4, 'CALL', 't', 'b', $5, $5, $5, NULL, NULL, '{}'::jsonb, NULL, 1)`,
        [crypto.randomUUID(), b, other.source, other.sourceRecordId, other.occurredAt],
      ),
    ).catch((error: unknown) => error);
    expect(String(read)).toMatch(/row-level security/);
    // Nor overwrite it through the update function: the policy hides the row, nothing is written.
    const overwrite = await withTenant(client, {}, a, (tx) =>
      tx.query<{ updated: boolean }>(
        `SELECT ${table('callbridge_update_interaction')}($1, $2, 'CALL', 'x', 'x', $3, $3, NULL, NULL, '{}'::jsonb, NULL, 99, $4) AS updated`,
        [other.id, b, other.occurredAt, other.version],
      ),
    );
    expect(overwrite.rows[0]?.updated).toBe(false);
    expect(await (await store()).get(b, other.id)).toEqual(other);
  });

  it('works on a schema migrated before the write functions existed, sending the statements instead', async () => {
    const client = await target.client();
    const schema = `${target.schema}_v1`;
    await migrate(client, { schema });
    await client.exec(`DROP FUNCTION "${schema}".callbridge_insert_interaction;
DROP FUNCTION "${schema}".callbridge_update_interaction;
DROP FUNCTION "${schema}".callbridge_append_events;`);
    const interactions = new PostgresInteractionStore({ client, schema });
    const events = new PostgresEventLog({ client, schema });
    const tenantId = uniqueId('tenant');
    const [first, second] = callEvents(tenantId, uniqueId('call'));
    const created = await interactions.upsert(first as InteractionUpsert);
    expect(created.created).toBe(true);
    const merged = await interactions.upsert(second as InteractionUpsert);
    expect(merged).toMatchObject({ created: false, changed: true });
    expect(await interactions.get(tenantId, created.interaction.id)).toEqual(merged.interaction);
    const appended = await Promise.all(
      [1, 2, 3].map((i) => events.append(tenantId, 'call_event_updated', { i })),
    );
    expect(appended.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect((await events.readAfter(tenantId, '0')).events).toEqual(appended);
    await client.exec(`DROP SCHEMA "${schema}" CASCADE`);
  });

  it('scopes tenants whose ids hold quotes and backslashes (inlined as literals in the setup)', async () => {
    const interactions = await store();
    const odd = `${uniqueId('o')}'\\'); SELECT 1; --`;
    const plain = `${odd}x`;
    const stored = (await interactions.upsert(makeInteractionUpsert({ tenantId: odd }))).interaction;
    expect(stored.tenantId).toBe(odd);
    expect(await interactions.get(odd, stored.id)).toEqual(stored);
    expect(await interactions.get(plain, stored.id)).toBeNull();
    expect((await interactions.list(odd, {}, { limit: 5 })).items).toHaveLength(1);
  });

  it('stores text with NUL characters (which Postgres cannot hold) without them, as a stable record', async () => {
    const client = await target.client();
    const interactions = await store();
    const tenantId = uniqueId('tenant');
    const input = {
      ...makeInteractionUpsert({ tenantId }),
      metadata: { text: 'a\u0000b', tags: ['x\u0000'] },
    };
    const first = await interactions.upsert(input);
    expect(first.interaction.metadata).toMatchObject({ text: 'ab', tags: ['x'] });
    expect(await interactions.get(tenantId, first.interaction.id)).toEqual(first.interaction);
    expect((await interactions.upsert(input)).changed).toBe(false);
    const event = await new PostgresEventLog({ client, schema: target.schema }).append(
      tenantId,
      'call_event_created',
      {
        text: 'c\u0000d',
      },
    );
    expect(event.data).toEqual({ text: 'cd' });
  });

  it('migrate is idempotent: a second call applies nothing and keeps the data', async () => {
    const client = await target.client();
    const tenantId = uniqueId('tenant');
    await (await store()).upsert(makeInteractionUpsert({ tenantId }));
    expect(await migrate(client, { schema: target.schema })).toEqual({ applied: [], version: 2 });
    const rows = await client.query(`SELECT version FROM ${table('callbridge_migrations')}`);
    expect(rows.rows).toEqual([{ version: 1 }, { version: 2 }]);
    expect((await (await store()).list(tenantId, {}, { limit: 10 })).items).toHaveLength(1);
  });
}
