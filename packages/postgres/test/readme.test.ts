import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresBroadcaster, PostgresStores } from '@callbridge/postgres';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fencedBlock, typecheckSnippets } from '../../../scripts/readme-snippets.js';
import { PG_URL } from './helpers.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs the PGlite quick start as written and prints what its comments say', async () => {
    const snippet = blocks.find((b) => b.includes('createPGliteStores'));
    expect(snippet).toBeTruthy();
    const file = join(mkdtempSync(join(tmpdir(), 'callbridge-readme-')), 'quick-start.ts');
    writeFileSync(file, snippet!);
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    await import(/* @vite-ignore */ file);
    expect(printed).toEqual([[true, 'Inbound call - Unknown number'], [1]]);
  }, 180_000);
});

const pgSnippet = fencedBlock(readme, 'ts', 'createPostgresStores({ pool, broadcaster: true })');
const withTenantSnippet = fencedBlock(readme, 'ts', 'withTenant(stores.client');
const directorySnippet = fencedBlock(readme, 'ts', 'new PostgresContactDirectory(');
/** What the snippets after the `pg` one use without declaring it: the stores that one created. */
const storesPrelude =
  "import type { PostgresStores } from '@callbridge/postgres';\ndeclare const stores: PostgresStores;\n";

describe('README snippets', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('every ts snippet type-checks', () => {
    expect(blocks).toHaveLength(4); // a new block must be added here
    const files = [
      {
        path: 'quick-start.ts',
        text: `${blocks.find((b) => b.includes('createPGliteStores'))}\nexport {};\n`,
      },
      { path: 'pg.ts', text: `${pgSnippet}\nexport {};\n` },
      { path: 'with-tenant.ts', text: `${storesPrelude}${withTenantSnippet}\nexport {};\n` },
      { path: 'directory.ts', text: `${storesPrelude}${directorySnippet}\nexport {};\n` },
    ];
    expect(typecheckSnippets(new URL('..', import.meta.url), files)).toEqual([]);
  }, 30_000);
});

// The `pg` snippets run as written on the test server, in a database of their own (created and
// dropped here): they use the default schema `callbridge` and `crm` tables, which no other test
// file may share. DATABASE_URL names that database.
describe.skipIf(!PG_URL)('README snippets on a PostgreSQL server', () => {
  const database = `cbt_readme_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Pool({ connectionString: PG_URL, max: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'callbridge-pg-readme-'));
  type PgSnippet = {
    pool: pg.Pool;
    stores: PostgresStores & { broadcaster: PostgresBroadcaster };
  };
  let snippet: PgSnippet | undefined;

  beforeAll(async () => {
    await admin.query(`CREATE DATABASE "${database}"`);
  });
  afterAll(async () => {
    await snippet?.stores.close();
    await snippet?.pool.end();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  async function run<T>(name: string, code: string): Promise<T> {
    const file = join(dir, name);
    writeFileSync(file, code);
    return (await import(/* @vite-ignore */ file)) as T;
  }

  /** The `pg` snippet's stores, created once (the later snippets use them). */
  async function stores() {
    if (!snippet) {
      const url = new URL(PG_URL!);
      url.pathname = `/${database}`;
      vi.stubEnv('DATABASE_URL', url.href);
      snippet = await run<PgSnippet>('pg.ts', `${pgSnippet}\nexport { pool, stores };\n`);
    }
    return snippet.stores;
  }

  it('the pg snippet migrates the database and returns the stores its comment lists', async () => {
    const s = await stores();
    for (const name of ['interactions', 'eventLog', 'dedupe', 'checkpoints', 'broadcaster']) {
      expect(s).toHaveProperty(name);
    }
    const tables = await snippet!.pool.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'callbridge' ORDER BY 1",
    );
    expect(tables.rows.map((r) => r.table_name)).toContain('interactions');
    // broadcaster: true gives a working LISTEN/NOTIFY fan-out.
    const received = new Promise<string>((resolve) => {
      void s.broadcaster.subscribe('acme', (event) => resolve(event.type));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await s.broadcaster.publish({
      id: '1',
      tenantId: 'acme',
      type: 'call_event_created',
      data: {},
      createdAt: new Date().toISOString(),
    });
    expect(await received).toBe('call_event_created');
  });

  it("withTenant returns only the tenant's rows although the statement has no WHERE tenant_id", async () => {
    const s = await stores();
    for (const [tenantId, sourceRecordId] of [
      ['acme', '1001'],
      ['globex', '2001'],
      ['acme', '1002'],
    ] as const) {
      await s.interactions.upsert({
        tenantId,
        source: 'RINGOVER',
        sourceRecordId,
        eventType: 'CALL',
        occurredAt: '2026-03-01T10:00:00.000Z',
        contactId: null,
        caseId: null,
        metadata: { direction: 'inbound', callType: 'answered' },
        insights: null,
        locale: 'en',
      });
    }
    vi.stubGlobal('stores', s);
    const printed: unknown[][] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
    const { rows } = await run<{ rows: { id: string; title: string }[] }>(
      'with-tenant.ts',
      `${withTenantSnippet}\nexport { rows };\n`,
    );
    const acme = (await s.interactions.list('acme', {}, { limit: 10 })).items;
    expect(acme).toHaveLength(2);
    expect(rows.map((r) => r.id).sort()).toEqual(acme.map((i) => i.id).sort());
    expect(printed).toEqual([[acme.map((i) => i.title)]]);
  });

  it('the contacts and cases snippet finds contacts and active cases in your own tables', async () => {
    const s = await stores();
    await s.client.exec(`
      CREATE SCHEMA crm;
      CREATE TABLE crm.contacts (id text PRIMARY KEY, account_id text, full_name text, first_name text,
        last_name text, company_name text, email text, crm_url text, phone_e164 text, mobile_e164 text,
        owner_name text);
      CREATE TABLE crm.deals (id text PRIMARY KEY, account_id text, contact_id text, name text, stage text,
        updated_at timestamptz);
      INSERT INTO crm.contacts VALUES
        ('c1', 'acme', 'Claire Lambert', 'Claire', 'Lambert', 'Lambert SPRL', 'claire@example.com',
         'https://crm.example/c1', '+3222345678', '+32470123456', 'Sophie'),
        ('c2', 'globex', 'Other Tenant', 'Other', 'Tenant', 'Globex', null, null, null, '+32470123456', null);
      INSERT INTO crm.deals VALUES
        ('d1', 'acme', 'c1', 'Renewal', 'negotiation', '2026-03-01T10:00:00Z'),
        ('d2', 'acme', 'c1', 'Lost deal', 'lost', '2026-03-02T10:00:00Z');
    `);
    vi.stubGlobal('stores', s);
    const { contacts, cases, contactsTable } = await run<{
      contacts: import('@callbridge/core').ContactDirectory;
      cases: import('@callbridge/core').CaseResolver;
      contactsTable: import('@callbridge/postgres').ContactTableConfig;
    }>('directory.ts', `${directorySnippet}\nexport { contacts, cases, contactsTable };\n`);
    const { caseIndexSql, contactIndexSql } = await import('@callbridge/postgres');
    for (const sql of contactIndexSql(contactsTable)) await s.client.exec(sql);

    const found = await contacts.findByPhone('acme', '+32470123456');
    expect(found).toMatchObject({
      id: 'c1',
      tenantId: 'acme',
      displayName: 'Claire Lambert',
      company: 'Lambert SPRL',
      data: { Owner: 'Sophie' },
    });
    expect(found?.phones).toEqual(
      expect.arrayContaining([
        { number: '+3222345678', type: 'work' },
        { number: '+32470123456', type: 'mobile' },
      ]),
    );
    expect((await contacts.search('acme', 'lambert')).map((c) => c.id)).toEqual(['c1']);
    expect(await cases.findActiveCase('acme', 'c1')).toMatchObject({ id: 'd1', title: 'Renewal' });
    const indexes = await s.client.query<{ indexname: string }>(
      "SELECT indexname FROM pg_indexes WHERE schemaname = 'crm' AND tablename = 'contacts'",
    );
    expect(indexes.rows.map((r) => r.indexname)).toEqual(
      expect.arrayContaining(['contacts_phone_e164_e164_idx', 'contacts_mobile_e164_e164_idx']),
    );
    expect(caseIndexSql).toBeTypeOf('function');
  });
});
