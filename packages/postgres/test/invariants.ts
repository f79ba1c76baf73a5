import type { Interaction } from '@callbridge/core';
import { makeInteractionUpsert, uniqueId } from '@callbridge/core/testing';
import { expect, it } from 'vitest';
import {
  PostgresEventLog,
  PostgresInteractionStore,
  type SqlClient,
  TENANT_SETTING,
  withTenant,
} from '../src/index.js';
import { callEvents, T } from './call-events.js';
import { writePathTests } from './write-path.js';

/** How the invariants reach a database: a client (and, for pg, a second "instance"). */
export interface InvariantTarget {
  client: () => Promise<SqlClient>;
  /** A second, independent client on the same database (another app instance). */
  other?: () => Promise<SqlClient>;
  schema: string;
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

  it('keeps the same insights in either order when two have the same modifiedAt (jsonb reorders keys)', async () => {
    const one = await store();
    const tenantId = uniqueId('tenant');
    const at = '2026-03-01T10:05:00.000Z';
    const insights = (speaker: string, label: 'positive' | 'negative', score: number) => ({
      ...makeInteractionUpsert({ tenantId }),
      insights: {
        modifiedAt: at,
        transcript: [{ speaker, start: 0, end: 1, text: 'hello' }],
        sentiment: { score, label },
      },
    });
    const a = insights('alice', 'positive', 0.5);
    const b = insights('bob', 'negative', -0.5);
    const kept = [];
    for (const [id, order] of [
      ['tie-ab', [a, b]],
      ['tie-ba', [b, a]],
    ] as const) {
      for (const event of order)
        await one.upsert({ ...event, sourceRecordId: id, metadata: { ...event.metadata, callId: id } });
      const stored = await one.getBySource(tenantId, 'RINGOVER', id);
      kept.push({ transcript: stored?.insights?.transcript, sentiment: stored?.insights?.sentiment });
    }
    expect(kept[1]).toEqual(kept[0]);
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
  writePathTests(target);
}
