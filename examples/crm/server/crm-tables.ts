import {
  type CaseTableConfig,
  type ContactTableConfig,
  caseIndexSql,
  contactIndexSql,
  type SqlClient,
} from '@callbridge/postgres';
import { CASES, CONTACTS } from './seed-data.js';

/** The demo CRM's own tables, as a CRM would already have them. callbridge only reads them. */
export const CONTACT_TABLE: ContactTableConfig = {
  table: 'crm_contacts',
  columns: {
    id: 'id',
    tenantId: 'tenant_id',
    displayName: 'display_name',
    firstName: 'first_name',
    lastName: 'last_name',
    company: 'company',
    email: 'email',
    phones: [{ column: 'phone_e164', type: 'mobile' }],
  },
};

export const CASE_TABLE: CaseTableConfig = {
  table: 'crm_cases',
  columns: {
    id: 'id',
    tenantId: 'tenant_id',
    contactId: 'contact_id',
    title: 'title',
    status: 'status',
    updatedAt: 'updated_at',
  },
};

export async function createCrmTables(client: SqlClient): Promise<void> {
  await client.exec(`
    CREATE TABLE IF NOT EXISTS crm_contacts (
      id text PRIMARY KEY,
      tenant_id text NOT NULL,
      first_name text,
      last_name text,
      display_name text NOT NULL,
      company text,
      email text,
      phone_e164 text
    );
    CREATE TABLE IF NOT EXISTS crm_cases (
      id text PRIMARY KEY,
      tenant_id text NOT NULL,
      contact_id text NOT NULL REFERENCES crm_contacts(id),
      title text NOT NULL,
      status text NOT NULL,
      updated_at timestamptz NOT NULL
    );
  `);
  for (const sql of contactIndexSql(CONTACT_TABLE)) await client.exec(sql);
  await client.exec(caseIndexSql(CASE_TABLE));
  for (const c of CONTACTS) {
    await client.query(
      `INSERT INTO crm_contacts (id, tenant_id, first_name, last_name, display_name, company, email, phone_e164)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
      [
        c.id,
        c.tenantId,
        c.firstName,
        c.lastName,
        `${c.firstName} ${c.lastName}`,
        c.company,
        c.email,
        c.phone,
      ],
    );
  }
  for (const k of CASES) {
    await client.query(
      `INSERT INTO crm_cases (id, tenant_id, contact_id, title, status, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [k.id, k.tenantId, k.contactId, k.title, k.status, k.updatedAt],
    );
  }
}
