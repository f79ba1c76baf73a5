import type { Case, Contact } from '@callbridge/core';
import {
  type CaseTableConfig,
  type ContactTableConfig,
  caseIndexSql,
  contactIndexSql,
  qualified,
  type SqlClient,
} from '../src/index.js';

/** A CRM-style contacts table with deliberately unusual names, to prove identifier quoting. */
export function contactTable(schema: string): ContactTableConfig {
  return {
    schema,
    table: 'CRM Contacts',
    columns: {
      id: 'contact id',
      tenantId: 'org',
      displayName: 'full "name"',
      firstName: 'first',
      lastName: 'last',
      company: 'company',
      email: 'email',
      phones: [
        { column: 'mobile', type: 'mobile' },
        { column: 'work', type: 'work' },
      ],
    },
  };
}

/** Creates the contacts table and its E.164 indexes, and inserts the seed. */
export async function seedContacts(client: SqlClient, config: ContactTableConfig, contacts: Contact[]) {
  const table = qualified(config.schema, config.table);
  await client.exec(`CREATE TABLE IF NOT EXISTS ${table} (
    "contact id" text PRIMARY KEY, org text NOT NULL, "full ""name""" text NOT NULL, first text, last text,
    company text, email text, mobile text, work text)`);
  for (const sql of contactIndexSql(config)) await client.exec(sql);
  for (const c of contacts) {
    await client.query(
      `INSERT INTO ${table} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [
        c.id,
        c.tenantId,
        c.displayName,
        c.firstName ?? null,
        c.lastName ?? null,
        c.company ?? null,
        c.email ?? null,
        c.phones[0]?.number ?? null,
        c.phones[1]?.number ?? null,
      ],
    );
  }
}

/** A cases table whose updatedAt is a timestamptz. */
export function caseTable(schema: string): CaseTableConfig {
  return {
    schema,
    table: 'matters',
    columns: {
      id: 'id',
      tenantId: 'tenant',
      contactId: 'client_id',
      title: 'name',
      status: 'state',
      updatedAt: 'touched_at',
    },
  };
}

/** Creates the cases table and its index, and inserts the seed. */
export async function seedCases(client: SqlClient, config: CaseTableConfig, cases: Case[]) {
  const table = qualified(config.schema, config.table);
  await client.exec(`CREATE TABLE IF NOT EXISTS ${table} (
    id text PRIMARY KEY, tenant text NOT NULL, client_id text NOT NULL, name text, state text NOT NULL,
    touched_at timestamptz NOT NULL)`);
  await client.exec(caseIndexSql(config));
  for (const c of cases) {
    await client.query(`INSERT INTO ${table} VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, [
      c.id,
      c.tenantId,
      c.contactId,
      c.title,
      c.status.toUpperCase(),
      c.updatedAt,
    ]);
  }
}
