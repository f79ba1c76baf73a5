import { type Interaction, type InteractionStore, MemoryInteractionStore } from '@callbridge/core';
import { makeInteractionUpsert } from '@callbridge/core/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresInteractionStore } from '../src/index.js';
import { PG_URL, testPool, uniqueSchema } from './helpers.js';

/** Records one millisecond apart at most, ids in the order of this list (a, b, c...). */
const TIMES = [
  '2026-03-01T10:00:00.0009Z',
  '2026-03-01T10:00:00.0001Z',
  '2026-03-01T10:00:00.0005Z',
  '2026-03-01T10:00:00.000Z',
  // JavaScript reads the first three digits (.999); Postgres would round to the next second.
  '2026-03-01T10:00:00.9999995Z',
  '2026-03-01T10:00:01.000Z',
];

async function fill(store: InteractionStore, tenantId: string): Promise<void> {
  for (const [n, occurredAt] of TIMES.entries()) {
    await store.upsert(makeInteractionUpsert({ tenantId, sourceRecordId: `call-${n}`, occurredAt }));
  }
}

/** Every page of a list, one record per page, as record ids. */
async function pages(store: InteractionStore, tenantId: string, filter = {}): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await store.list(tenantId, filter, { limit: 1, cursor });
    ids.push(...page.items.map((item: Interaction) => item.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return ids;
}

/** Ids a, b, c... in creation order, for both stores alike. */
const sequentialIds = () => {
  let n = 0;
  return () => String.fromCharCode(97 + n++);
};

/**
 * Times below a millisecond: the in-memory store (and core's model) reads occurredAt as
 * JavaScript does, to the millisecond, so records within one millisecond order by id. The
 * Postgres store must list them in the same order, page by page, and filter them alike.
 */
describe.skipIf(!PG_URL)('PostgresInteractionStore and times below a millisecond', () => {
  const schema = uniqueSchema('submilli');
  const login = `${schema}_owner`;
  const admin = PG_URL ? testPool(2) : null;
  let owner: pg.Pool | null = null;
  afterAll(async () => {
    await owner?.end();
    if (!admin) return;
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`DROP OWNED BY "${login}"`).catch(() => undefined);
    await admin.query(`DROP ROLE IF EXISTS "${login}"`);
    await admin.end();
  });

  it('lists, pages and filters them in the order of the in-memory store', async () => {
    await migrate(fromPgPool(admin!), { schema });
    const postgres = new PostgresInteractionStore({
      client: fromPgPool(admin!),
      schema,
      id: sequentialIds(),
    });
    const memory = new MemoryInteractionStore({ id: sequentialIds() });
    await fill(postgres, 'acme');
    await fill(memory, 'acme');
    const expected = await pages(memory, 'acme');
    expect(expected).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
    expect(await pages(postgres, 'acme')).toEqual(expected);
    const window = { from: '2026-03-01T10:00:00.000Z', to: '2026-03-01T10:00:01.000Z' };
    expect(await pages(postgres, 'acme', window)).toEqual(await pages(memory, 'acme', window));
    const stats = await postgres.stats('acme', window);
    expect(stats.total).toBe((await memory.stats('acme', window)).total);
    // occurredAt itself is returned as it was given.
    expect((await postgres.get('acme', 'a'))?.occurredAt).toBe(TIMES[0]);
  });

  it('orders records stored with finer times before the migration like new ones, migrated by a non-superuser owner', async () => {
    await admin!.query(`CREATE ROLE "${login}" LOGIN NOSUPERUSER`);
    const url = new URL(PG_URL!);
    url.username = login;
    owner = new pg.Pool({ connectionString: url.toString(), max: 2 });
    owner.on('error', () => {});
    const own = `${schema}_own`;
    await admin!.query(`CREATE SCHEMA "${own}" AUTHORIZATION "${login}"`);
    try {
      await migrate(fromPgPool(owner), { schema: own, role: null });
      const postgres = new PostgresInteractionStore({
        client: fromPgPool(admin!),
        schema: own,
        role: null,
        id: sequentialIds(),
      });
      await fill(postgres, 'acme');
      // As an older release stored them: the time as the server reads the text, to the microsecond.
      await admin!.query(
        `UPDATE "${own}".interactions SET occurred_at = occurred_at_iso::timestamptz;
         DELETE FROM "${own}".callbridge_migrations WHERE version > 2`,
      );
      await migrate(fromPgPool(owner), { schema: own, role: null });
      const memory = new MemoryInteractionStore({ id: sequentialIds() });
      await fill(memory, 'acme');
      expect(await pages(postgres, 'acme')).toEqual(await pages(memory, 'acme'));
    } finally {
      await admin!.query(`DROP SCHEMA IF EXISTS "${own}" CASCADE`);
    }
  });
});
