import type { InteractionUpsert, StreamEventType } from '@callbridge/core';
import { makeInteractionUpsert, uniqueId } from '@callbridge/core/testing';
import { expect, it } from 'vitest';
import {
  migrate,
  PostgresCheckpointStore,
  PostgresEventLog,
  PostgresInteractionStore,
  type SqlClient,
  withTenant,
} from '../src/index.js';
import { callEvents } from './call-events.js';
import type { InvariantTarget } from './invariants.js';

/** The SqlClient `client` with every transaction and script reported to `onCall` first. */
function counting(client: SqlClient, onCall: (kind: 'transaction' | 'script') => void): SqlClient {
  return {
    ...client,
    transaction: (fn, options) => {
      onCall('transaction');
      return client.transaction(fn, options);
    },
    script: (sql) => {
      onCall('script');
      return client.script(sql);
    },
  };
}

/**
 * The write path of the stores: batching and round trips, the write functions of migration 2
 * (row-level security inside them, a schema without them), tenant ids inlined as literals, text
 * Postgres cannot hold, re-running
 * migrations. Run by `invariantTests` on pg and PGlite.
 */
export function writePathTests(target: InvariantTarget): void {
  const store = async () =>
    new PostgresInteractionStore({ client: await target.client(), schema: target.schema });
  const table = (name: string) => `"${target.schema}"."${name}"`;

  it('combines concurrent appends of one tenant into few transactions, ids still 1..n in order', async () => {
    const client = await target.client();
    let transactions = 0;
    const log = new PostgresEventLog({
      client: counting(client, () => {
        transactions += 1;
      }),
      schema: target.schema,
    });
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
    const interactions = new PostgresInteractionStore({
      client: counting(client, (kind) => calls.push(kind)),
      schema: target.schema,
    });
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

  it('stores object keys with NUL characters without them; a key that had none wins a collision', async () => {
    const client = await target.client();
    const interactions = await store();
    const tenantId = uniqueId('tenant');
    const base = makeInteractionUpsert({ tenantId });
    const input = {
      ...base,
      metadata: {
        ...base.metadata,
        'a\u0000b': 1,
        ab: 2,
        'c\u0000d': 3,
        'c\u0000\u0000d': 4,
        nested: [{ 'x\u0000': 'y' }],
      },
      insights: { extra: { 'Vendor\u0000Score': [{ value: 1 }] } },
    } as InteractionUpsert;
    // Delivered again and again by a provider: stored the first time, then a no-op.
    const first = await interactions.upsert(input);
    expect(first.interaction.metadata).toMatchObject({ ab: 2, cd: 4, nested: [{ x: 'y' }] });
    expect(first.interaction.insights).toMatchObject({ extra: { VendorScore: [{ value: 1 }] } });
    expect(await interactions.get(tenantId, first.interaction.id)).toEqual(first.interaction);
    expect((await interactions.upsert(input)).changed).toBe(false);
    // Unpaired surrogates, which jsonb refuses, become U+FFFD.
    const odd = await interactions.upsert({
      ...input,
      metadata: { ...base.metadata, 'k\ud800': 'v\udc00' },
    });
    expect(odd.interaction.metadata).toMatchObject({ 'k\ufffd': 'v\ufffd' });
    const events = new PostgresEventLog({ client, schema: target.schema });
    const event = await events.append(tenantId, 'call_event_created', { 'k\u0000': 'v\u0000' });
    expect(event.data).toEqual({ k: 'v' });
    const checkpoints = new PostgresCheckpointStore({ client, schema: target.schema });
    await checkpoints.set(`c-${tenantId}`, { 'p\u0000': 'q\u0000' });
    expect(await checkpoints.get(`c-${tenantId}`)).toEqual({ p: 'q' });
  });

  it('fails only the append whose event the server refuses, not the others of its batch', async () => {
    const client = await target.client();
    const events = new PostgresEventLog({ client, schema: target.schema });
    const tenantId = uniqueId('tenant');
    const calls = [
      events.append(tenantId, 'call_event_created', { n: 'first, flushed alone' }),
      events.append(tenantId, 'call_event_created', { n: 'A' }),
      // No type: the events table's NOT NULL refuses this one (a JavaScript caller can do it).
      events.append(tenantId, undefined as unknown as StreamEventType, { n: 'bad' }),
      events.append(tenantId, 'call_event_created', { n: 'B' }),
    ];
    const results = await Promise.allSettled(calls);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'store_unavailable' });
    const read = await events.readAfter(tenantId, '0');
    expect(read.events.map((e) => [e.id, (e.data as { n: string }).n])).toEqual([
      ['1', 'first, flushed alone'],
      ['2', 'A'],
      ['3', 'B'],
    ]);
  });

  it('reads after an id above the bigint maximum as newer than the log: nothing, truncated', async () => {
    const events = new PostgresEventLog({ client: await target.client(), schema: target.schema });
    const tenantId = uniqueId('tenant');
    await events.append(tenantId, 'call_event_created', {});
    for (const id of ['9223372036854775807', '9223372036854775808', '12345678901234567890123']) {
      expect(await events.readAfter(tenantId, id), id).toEqual({ events: [], truncated: true });
      expect(await events.readAfter(uniqueId('nobody'), id), id).toEqual({ events: [], truncated: true });
    }
  });

  it('migrate is idempotent: a second call applies nothing and keeps the data', async () => {
    const client = await target.client();
    const tenantId = uniqueId('tenant');
    await (await store()).upsert(makeInteractionUpsert({ tenantId }));
    expect(await migrate(client, { schema: target.schema })).toEqual({ applied: [], version: 4 });
    const rows = await client.query(`SELECT version FROM ${table('callbridge_migrations')}`);
    expect(rows.rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
    expect((await (await store()).list(tenantId, {}, { limit: 10 })).items).toHaveLength(1);
  });
}
