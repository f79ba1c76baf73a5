import { MemoryCaseResolver } from '@callbridge/core';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ContactTableConfig,
  contactIndexSql,
  fromPgPool,
  migrate,
  PostgresCaseResolver,
  PostgresContactDirectory,
} from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

describe.skipIf(!PG_URL)('directory over integrator tables on a PostgreSQL server', () => {
  const schema = uniqueSchema('directory');
  let pool: pg.Pool;
  const config = (): ContactTableConfig => ({
    schema,
    table: 'people',
    columns: {
      id: 'id',
      tenantId: 'account_id',
      displayName: 'name',
      url: 'link',
      phones: ['phone_e164', { column: 'mobile_e164', type: 'mobile' }],
      data: { Tier: 'tier', Owner: 'owner' },
    },
  });

  beforeAll(async () => {
    pool = testPool(4);
    await pool.query(`CREATE SCHEMA "${schema}"`);
    await pool.query(`CREATE TABLE "${schema}".people (
      id integer PRIMARY KEY, account_id uuid NOT NULL, name text NOT NULL, link text,
      phone_e164 text, mobile_e164 text, tier text, owner text)`);
    await pool.query(`INSERT INTO "${schema}".people
      SELECT i, CASE WHEN i % 2 = 1 THEN '00000000-0000-0000-0000-00000000000a'::uuid
                     ELSE '00000000-0000-0000-0000-00000000000b'::uuid END,
        'Person ' || i, 'https://crm.example/people/' || i, '+3247' || lpad(i::text, 7, '0'),
        CASE WHEN i = 7 THEN '+33611111111' END, CASE WHEN i = 7 THEN 'gold' END, NULL
      FROM generate_series(1, 3000) AS i`);
    for (const sql of contactIndexSql(config())) await pool.query(sql);
    await pool.query(`ANALYZE "${schema}".people`);
    await pool.query(`CREATE TABLE "${schema}".deals (
      id bigint PRIMARY KEY, account_id uuid NOT NULL, person_id integer NOT NULL, title text,
      stage text NOT NULL, updated text NOT NULL)`);
    await pool.query(
      `INSERT INTO "${schema}".deals VALUES
        (1, '00000000-0000-0000-0000-00000000000a', 7, 'Renewal', 'Negotiation', '2026-02-01T00:00:00.000Z'),
        (2, '00000000-0000-0000-0000-00000000000a', 7, 'Upsell', 'won', '2026-03-01T00:00:00.000Z')`,
    );
  }, 120_000);
  afterAll(async () => {
    await dropSchemas(pool, [schema]);
    await pool.end();
  });

  it('maps integer ids, uuid tenants, typed phones, url and data fields', async () => {
    const dir = new PostgresContactDirectory({ client: fromPgPool(pool), ...config() });
    const found = await dir.findByPhone('00000000-0000-0000-0000-00000000000a', '+33611111111');
    expect(found).toEqual({
      id: '7',
      tenantId: '00000000-0000-0000-0000-00000000000a',
      displayName: 'Person 7',
      url: 'https://crm.example/people/7',
      phones: [{ number: '+32470000007' }, { number: '+33611111111', type: 'mobile' }],
      data: { Tier: 'gold' },
    });
    expect(await dir.findByPhone('00000000-0000-0000-0000-00000000000b', '+33611111111')).toBeNull();
  });

  it('looks numbers up through the (tenant, E.164) indexes that contactIndexSql creates', async () => {
    const indexes = await pool.query(
      `SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = 'people'`,
      [schema],
    );
    expect(indexes.rows.map((r) => r.indexname).sort()).toEqual([
      'people_mobile_e164_e164_idx',
      'people_phone_e164_e164_idx',
      'people_pkey',
    ]);
    const conn = await pool.connect();
    try {
      await conn.query('SET enable_seqscan = off');
      const plan = await conn.query(
        `EXPLAIN SELECT id FROM "${schema}".people WHERE account_id = $1 AND (phone_e164 = $2 OR mobile_e164 = $2)`,
        ['00000000-0000-0000-0000-00000000000a', '+32470000007'],
      );
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(/people_phone_e164_e164_idx/);
      expect(text).toMatch(/people_mobile_e164_e164_idx/);
    } finally {
      await conn.query('RESET enable_seqscan');
      conn.release();
    }
  });

  it('resolves a case with custom active statuses over text timestamps', async () => {
    const resolver = new PostgresCaseResolver({
      client: fromPgPool(pool),
      schema,
      table: 'deals',
      columns: {
        id: 'id',
        tenantId: 'account_id',
        contactId: 'person_id',
        title: 'title',
        status: 'stage',
        updatedAt: 'updated',
      },
      activeStatuses: ['negotiation', 'proposal'],
    });
    expect(await resolver.findActiveCase('00000000-0000-0000-0000-00000000000a', '7')).toEqual({
      id: '1',
      tenantId: '00000000-0000-0000-0000-00000000000a',
      contactId: '7',
      title: 'Renewal',
      status: 'Negotiation',
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
  });

  it('ranks a case without updatedAt below every dated one (like core), and gives it an empty updatedAt', async () => {
    await pool.query(`CREATE TABLE "${schema}".undated (
      id text PRIMARY KEY, tenant text NOT NULL, contact text NOT NULL, title text, status text,
      touched timestamptz)`);
    await pool.query(`INSERT INTO "${schema}".undated VALUES
      ('dated', 'acme', 'c1', 'Dated', 'open', '2026-03-01T00:00:00Z'),
      ('undated', 'acme', 'c1', 'Undated', 'open', NULL),
      ('only-undated', 'acme', 'c2', 'Undated', 'open', NULL)`);
    const resolver = new PostgresCaseResolver({
      client: fromPgPool(pool),
      schema,
      table: 'undated',
      columns: {
        id: 'id',
        tenantId: 'tenant',
        contactId: 'contact',
        title: 'title',
        status: 'status',
        updatedAt: 'touched',
      },
    });
    const memory = new MemoryCaseResolver([
      { id: 'undated', tenantId: 'acme', contactId: 'c1', title: 'Undated', status: 'open', updatedAt: '' },
      {
        id: 'dated',
        tenantId: 'acme',
        contactId: 'c1',
        title: 'Dated',
        status: 'open',
        updatedAt: '2026-03-01T00:00:00.000Z',
      },
    ]);
    expect((await memory.findActiveCase('acme', 'c1'))?.id).toBe('dated');
    expect((await resolver.findActiveCase('acme', 'c1'))?.id).toBe('dated');
    expect(await resolver.findActiveCase('acme', 'c2')).toMatchObject({ id: 'only-undated', updatedAt: '' });
  });

  it('orders ISO text updatedAt by the instant it names, offsets included, like core', async () => {
    await pool.query(`CREATE TABLE "${schema}".iso_cases (
      id text PRIMARY KEY, tenant text NOT NULL, contact text NOT NULL, title text, status text,
      touched text)`);
    // 10:00+02:00 is 08:00Z: earlier than 09:00Z although it sorts after it as text.
    await pool.query(`INSERT INTO "${schema}".iso_cases VALUES
      ('paris', 'acme', 'c1', 'Paris', 'open', '2026-03-01T10:00:00+02:00'),
      ('utc', 'acme', 'c1', 'UTC', 'open', '2026-03-01T09:00:00Z'),
      ('garbage', 'acme', 'c1', 'Garbage', 'open', 'not a date')`);
    const resolver = new PostgresCaseResolver({
      client: fromPgPool(pool),
      schema,
      table: 'iso_cases',
      columns: {
        id: 'id',
        tenantId: 'tenant',
        contactId: 'contact',
        title: 'title',
        status: 'status',
        updatedAt: 'touched',
      },
    });
    const rows = await pool.query(`SELECT id, tenant AS "tenantId", contact AS "contactId", title,
      status, touched AS "updatedAt" FROM "${schema}".iso_cases`);
    const memory = new MemoryCaseResolver(rows.rows);
    expect((await memory.findActiveCase('acme', 'c1'))?.id).toBe('utc');
    expect((await resolver.findActiveCase('acme', 'c1'))?.id).toBe('utc');
  });

  it('says which table or column of your configuration is wrong, not to run migrate', async () => {
    const client = fromPgPool(pool);
    const missingTable = new PostgresContactDirectory({ client, ...config(), table: 'no_such_people' });
    const noTable = await missingTable.findByPhone('acme', '+32470000007').catch((e: unknown) => e);
    expect(noTable).toMatchObject({ code: 'store_unavailable', status: 503 });
    expect((noTable as { hint?: string }).hint).toMatch(/no_such_people/);
    expect((noTable as { hint?: string }).hint).not.toMatch(/migrate/);
    const config2 = config();
    const wrongColumn = new PostgresContactDirectory({
      client,
      ...config2,
      columns: { ...config2.columns, displayName: 'fullname' },
    });
    const noColumn = await wrongColumn.search('acme', 'person').catch((e: unknown) => e);
    expect(noColumn).toMatchObject({ code: 'store_unavailable', status: 503 });
    expect((noColumn as { hint?: string }).hint).toMatch(/fullname/);
    expect((noColumn as { hint?: string }).hint).toMatch(/columns/);
    const resolver = new PostgresCaseResolver({
      client,
      schema,
      table: 'no_such_deals',
      columns: { id: 'id', tenantId: 't', contactId: 'c', title: 'n', status: 's', updatedAt: 'u' },
    });
    const noCases = await resolver.findActiveCase('acme', '7').catch((e: unknown) => e);
    expect((noCases as { hint?: string }).hint).toMatch(/no_such_deals/);
    expect((noCases as { hint?: string }).hint).not.toMatch(/migrate/);
  });

  it('sets callbridge.tenant_id for lookups, so row-level security of the integrator tables applies', async () => {
    await migrate(fromPgPool(pool), { schema }); // ensures the callbridge_app role exists
    await pool.query(`CREATE TABLE "${schema}".guarded AS SELECT * FROM "${schema}".people WHERE id <= 20`);
    await pool.query(`ALTER TABLE "${schema}".guarded ENABLE ROW LEVEL SECURITY`);
    await pool.query(`CREATE POLICY by_tenant ON "${schema}".guarded
      USING (account_id::text = current_setting('callbridge.tenant_id', true))`);
    await pool.query(`GRANT SELECT ON "${schema}".guarded TO callbridge_app`);
    const guarded = { ...config(), table: 'guarded' };
    const dir = new PostgresContactDirectory({
      client: fromPgPool(pool),
      ...guarded,
      role: 'callbridge_app',
    });
    expect((await dir.findByPhone('00000000-0000-0000-0000-00000000000a', '+32470000007'))?.id).toBe('7');
    expect(
      (await dir.search('00000000-0000-0000-0000-00000000000b', 'person')).map((c) => c.id).sort(),
    ).toEqual(['10', '12', '14', '16', '18', '2', '20', '4', '6', '8']);
    // The same lookups as the application role without the setting see nothing: the policy is live.
    const unscoped = await fromPgPool(pool).transaction(async (tx) => {
      await tx.query(`SELECT set_config('role', 'callbridge_app', true)`);
      return (await tx.query(`SELECT 1 FROM "${schema}".guarded`)).rowCount;
    });
    expect(unscoped).toBe(0);
  });
});
