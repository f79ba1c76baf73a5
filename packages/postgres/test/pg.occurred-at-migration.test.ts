import type { Interaction } from '@callbridge/core';
import { makeInteractionUpsert } from '@callbridge/core/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresInteractionStore } from '../src/index.js';
import { PG_URL, testPool, uniqueSchema } from './helpers.js';

/** Ids a, b, c... in creation order. */
const sequentialIds = () => {
  let n = 0;
  return () => String.fromCharCode(97 + n++);
};

/** Every page of a list, one record per page, as record ids. */
async function pages(store: PostgresInteractionStore, tenantId: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await store.list(tenantId, {}, { limit: 1, cursor });
    ids.push(...page.items.map((item: Interaction) => item.id));
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return ids;
}

/**
 * Migration 3 (occurred_at to the millisecond) on a live schema: instances of the previous
 * release still running, a migration that fails half-way, and readers it must not block.
 */
describe.skipIf(!PG_URL)('migration 3 on a schema in use', () => {
  const schema = uniqueSchema('occms');
  const own = `${schema}_own`;
  const login = `${schema}_owner`;
  const member = `${schema}_member`;
  const admin = PG_URL ? testPool(3) : null;
  let owner: pg.Pool | null = null;
  afterAll(async () => {
    await owner?.end();
    if (!admin) return;
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS "${own}" CASCADE`);
    await admin.query(`DROP OWNED BY "${login}"`).catch(() => undefined);
    await admin.query(`DROP ROLE IF EXISTS "${login}"`);
    await admin.query(`DROP OWNED BY "${member}"`).catch(() => undefined);
    await admin.query(`DROP ROLE IF EXISTS "${member}"`);
    await admin.end();
  });

  it('pages every record once when an instance of the previous release wrote a finer time after it', async () => {
    await migrate(fromPgPool(admin!), { schema });
    const store = new PostgresInteractionStore({ client: fromPgPool(admin!), schema, id: sequentialIds() });
    for (const n of [0, 1, 2, 3]) {
      await store.upsert(
        makeInteractionUpsert({
          tenantId: 'acme',
          sourceRecordId: `call-${n}`,
          occurredAt: '2026-03-01T10:00:00.123Z',
        }),
      );
    }
    // As the previous release's locked upsert writes it: the time as the server reads the text.
    await admin!.query(
      `UPDATE "${schema}".interactions SET occurred_at_iso = '2026-03-01T10:00:00.123456Z',
         occurred_at = '2026-03-01T10:00:00.123456Z'::timestamptz WHERE id = 'b'`,
    );
    const ids = await pages(store, 'acme');
    expect([...ids].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not lock readers out when the migrating user bypasses row-level security', async () => {
    await migrate(fromPgPool(admin!), { schema });
    await admin!.query(`DELETE FROM "${schema}".callbridge_migrations WHERE version = 3`);
    const reader = await admin!.connect();
    try {
      await reader.query('BEGIN');
      await reader.query(`SELECT count(*) FROM "${schema}".interactions`);
      const migrated = migrate(fromPgPool(admin!), { schema });
      const outcome = await Promise.race([
        migrated.then(() => 'migrated'),
        new Promise((resolve) => setTimeout(() => resolve('blocked'), 3000)),
      ]);
      await reader.query('COMMIT');
      await migrated;
      expect(outcome).toBe('migrated');
    } finally {
      reader.release();
    }
  });

  it('leaves row-level security forced when it fails half-way, run by a non-superuser owner', async () => {
    await admin!.query(`CREATE ROLE "${login}" LOGIN NOSUPERUSER`);
    await admin!.query(`CREATE SCHEMA "${own}" AUTHORIZATION "${login}"`);
    const url = new URL(PG_URL!);
    url.username = login;
    owner = new pg.Pool({ connectionString: url.toString(), max: 2 });
    owner.on('error', () => {});
    await migrate(fromPgPool(owner), { schema: own, role: null });
    const store = new PostgresInteractionStore({ client: fromPgPool(admin!), schema: own, role: null });
    await store.upsert(makeInteractionUpsert({ tenantId: 'acme', occurredAt: '2026-03-01T10:00:00.1234Z' }));
    await admin!.query(
      `UPDATE "${own}".interactions SET occurred_at = occurred_at_iso::timestamptz;
       DELETE FROM "${own}".callbridge_migrations WHERE version = 3;
       CREATE FUNCTION "${own}".refuse() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'refused'; END $$;
       CREATE TRIGGER refuse BEFORE UPDATE ON "${own}".interactions FOR EACH ROW EXECUTE FUNCTION "${own}".refuse();`,
    );
    await expect(migrate(fromPgPool(owner), { schema: own, role: null })).rejects.toMatchObject({
      code: 'store_unavailable',
    });
    const forced = await admin!.query(
      `SELECT relforcerowsecurity AS forced FROM pg_class WHERE oid = '"${own}".interactions'::regclass`,
    );
    expect(forced.rows).toEqual([{ forced: true }]);
    const versions = await admin!.query(
      `SELECT count(*)::int AS n FROM "${own}".callbridge_migrations WHERE version = 3`,
    );
    expect(versions.rows).toEqual([{ n: 0 }]);
    // Once the obstacle is gone, the same call applies it.
    await admin!.query(`DROP TRIGGER refuse ON "${own}".interactions`);
    expect(await migrate(fromPgPool(owner), { schema: own, role: null })).toEqual({
      applied: [3],
      version: 4,
    });
    const after = await admin!.query(
      `SELECT relforcerowsecurity AS forced FROM pg_class WHERE oid = '"${own}".interactions'::regclass`,
    );
    expect(after.rows).toEqual([{ forced: true }]);
  });

  it('says to run it as the owner when the connecting user may use the tables but does not own them', async () => {
    const other = uniqueSchema('occms_member');
    await migrate(fromPgPool(admin!), { schema: other, role: null });
    await admin!.query(`DELETE FROM "${other}".callbridge_migrations WHERE version = 3`);
    await admin!.query(`CREATE ROLE "${member}" LOGIN NOSUPERUSER`);
    await admin!.query(
      `GRANT USAGE, CREATE ON SCHEMA "${other}" TO "${member}";
       GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${other}" TO "${member}"`,
    );
    const url = new URL(PG_URL!);
    url.username = member;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    pool.on('error', () => {});
    try {
      const error = await migrate(fromPgPool(pool), { schema: other, role: null }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'store_unavailable' });
      expect(String((error as Error).message)).toMatch(/migration 3/);
      expect(String((error as { hint?: string }).hint)).toMatch(/owner/);
      expect(String((error as { hint?: string }).hint)).toMatch(/migrate: false/);
    } finally {
      await pool.end();
      await admin!.query(`DROP SCHEMA IF EXISTS "${other}" CASCADE`);
    }
  });
});
