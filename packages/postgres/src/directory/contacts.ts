import { createHash } from 'node:crypto';
import { CallbridgeError, type Contact, type ContactDirectory } from '@callbridge/core';
import type { SqlClient } from '../sql/client.js';
import { withTenant } from '../sql/context.js';
import { qualified, quoteIdent } from '../sql/ident.js';
import { guardLookup } from './errors.js';

/** A column holding one E.164 number of a contact, with the label shown for it. */
export interface PhoneColumn {
  column: string;
  /** Label of the number ('mobile', 'work', ...). */
  type?: string;
}

/** Where the integrator's contacts live and which columns mean what. */
export interface ContactTableConfig {
  /** Table (or view) name. */
  table: string;
  /** Its schema. Default: the connection's search_path. */
  schema?: string;
  columns: {
    id: string;
    tenantId: string;
    displayName: string;
    firstName?: string;
    lastName?: string;
    company?: string;
    email?: string;
    url?: string;
    /** Columns holding numbers in E.164 (`+32470123456`); index each (see `contactIndexSql`). */
    phones: Array<string | PhoneColumn>;
    /** Extra caller-card fields: label → column. */
    data?: Record<string, string>;
  };
}

/** Options of `PostgresContactDirectory`. */
export interface PostgresContactDirectoryOptions extends ContactTableConfig {
  client: SqlClient;
  /**
   * Role switched to per lookup (so your row-level-security policies apply), or null (default) to
   * query as the connecting user. `callbridge.tenant_id` is set either way.
   */
  role?: string | null;
}

const phoneColumns = (config: ContactTableConfig): PhoneColumn[] =>
  config.columns.phones.map((p) => (typeof p === 'string' ? { column: p } : p));

/**
 * The `CREATE INDEX` statements that make `findByPhone` an index lookup: one b-tree on
 * (tenant, phone) per phone column. Run them once in your own migrations.
 *
 * @example
 * ```ts
 * for (const sql of contactIndexSql(config)) await client.exec(sql);
 * ```
 */
export function contactIndexSql(config: ContactTableConfig): string[] {
  return phoneColumns(config).map(({ column }) => {
    const name = quoteIdent(indexName(`${config.table}_${column}_e164_idx`));
    const table = qualified(config.schema, config.table);
    return `CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${quoteIdent(config.columns.tenantId)}, ${quoteIdent(column)})`;
  });
}

/**
 * `name` when it fits Postgres' 63-byte identifier limit; otherwise its first bytes and a hash of
 * the whole, so two long names never cut down to the same one (the second `CREATE INDEX IF NOT
 * EXISTS` would then create nothing).
 */
export function indexName(name: string): string {
  if (Buffer.byteLength(name) <= 63) return name;
  const hash = createHash('md5').update(name).digest('hex').slice(0, 12);
  let head = '';
  for (const char of name) {
    if (Buffer.byteLength(head + char) > 50) break;
    head += char;
  }
  return `${head}_${hash}`;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');
const isNumberQuery = (query: string) => /^[\d\s+().\-/]+$/.test(query) && digitsOf(query).length >= 3;

/**
 * `ContactDirectory` over the integrator's own contacts table, configured by table and column
 * names (all identifier-quoted). `findByPhone` compares the E.164 columns exactly (index them with
 * `contactIndexSql`); `search` matches names, company and email case-insensitively, and numbers by
 * their digits (a leading trunk '0' ignored), like core's `MemoryContactDirectory`. Every query is
 * filtered by the tenant column and runs with `callbridge.tenant_id` set.
 */
export class PostgresContactDirectory implements ContactDirectory {
  readonly #options: PostgresContactDirectoryOptions;
  readonly #table: string;
  readonly #select: string;
  readonly #phones: PhoneColumn[];

  constructor(options: PostgresContactDirectoryOptions) {
    this.#options = options;
    this.#table = qualified(options.schema, options.table);
    this.#phones = phoneColumns(options);
    if (this.#phones.length === 0) {
      throw new CallbridgeError(
        'configuration_error',
        'PostgresContactDirectory needs at least one phone column.',
        {
          hint: 'List the columns holding E.164 numbers in `columns.phones`.',
        },
      );
    }
    const c = options.columns;
    const col = (name: string | undefined) => (name ? `${quoteIdent(name)}::text` : 'NULL::text');
    const data = Object.entries(c.data ?? {}).map(([, column]) => col(column));
    this.#select = [
      `${col(c.id)} AS id`,
      `${col(c.tenantId)} AS tenant_id`,
      `${col(c.displayName)} AS display_name`,
      `${col(c.firstName)} AS first_name`,
      `${col(c.lastName)} AS last_name`,
      `${col(c.company)} AS company`,
      `${col(c.email)} AS email`,
      `${col(c.url)} AS url`,
      `json_build_array(${this.#phones.map((p) => col(p.column)).join(', ')}) AS phones`,
      `json_build_array(${data.length ? data.join(', ') : ''}) AS data`,
    ].join(', ');
  }

  findByPhone(tenantId: string, e164: string): Promise<Contact | null> {
    const tenant = quoteIdent(this.#options.columns.tenantId);
    const match = this.#phones.map((p) => `${quoteIdent(p.column)} = $2`).join(' OR ');
    return this.#run('findByPhone', tenantId, async (tx) => {
      const res = await tx.query<ContactRow>(
        `SELECT ${this.#select} FROM ${this.#table} AS src WHERE ${tenant} = $1 AND (${match})
         ORDER BY src.${quoteIdent(this.#options.columns.id)} LIMIT 1`,
        [tenantId, e164],
      );
      return res.rows[0] ? this.#toContact(res.rows[0]) : null;
    });
  }

  search(tenantId: string, query: string, options: { limit?: number } = {}): Promise<Contact[]> {
    const q = query.trim().toLowerCase();
    const limit = Number.isFinite(options.limit) ? Math.max(0, Math.floor(options.limit as number)) : 20;
    if (q === '' || limit === 0) return Promise.resolve([]);
    const digits = digitsOf(q).replace(/^0+/, '');
    const c = this.#options.columns;
    let where: string;
    let needle: string;
    if (isNumberQuery(q) && digits.length > 0) {
      needle = digits;
      where = this.#phones
        .map(
          (p) =>
            `strpos(regexp_replace(coalesce(${quoteIdent(p.column)}::text, ''), '\\D', '', 'g'), $2) > 0`,
        )
        .join(' OR ');
    } else {
      needle = q;
      const fields = [c.displayName, c.firstName, c.lastName, c.company, c.email].filter(
        (f): f is string => typeof f === 'string',
      );
      const full = `concat_ws(' ', ${c.firstName ? quoteIdent(c.firstName) : "''"}, ${c.lastName ? quoteIdent(c.lastName) : "''"})`;
      where = [...fields.map((f) => `coalesce(${quoteIdent(f)}::text, '')`), full]
        .map((expr) => `strpos(lower(${expr}), $2) > 0`)
        .join(' OR ');
    }
    return this.#run('search', tenantId, async (tx) => {
      const res = await tx.query<ContactRow>(
        `SELECT ${this.#select} FROM ${this.#table} AS src WHERE ${quoteIdent(c.tenantId)} = $1 AND (${where})
         ORDER BY src.${quoteIdent(c.displayName)}, src.${quoteIdent(c.id)} LIMIT ${limit}`,
        [tenantId, needle],
      );
      return res.rows.map((row) => this.#toContact(row));
    });
  }

  #run<T>(what: string, tenantId: string, fn: Parameters<typeof withTenant<T>>[3]): Promise<T> {
    const role = this.#options.role ?? null;
    return guardLookup(`contacts.${what}`, 'PostgresContactDirectory', this.#table, () =>
      withTenant(this.#options.client, { role }, tenantId, fn),
    );
  }

  #toContact(row: ContactRow): Contact {
    const contact: Contact = {
      id: row.id,
      tenantId: row.tenant_id,
      displayName: row.display_name ?? '',
      phones: [],
    };
    const c = this.#options.columns;
    if (c.firstName) contact.firstName = row.first_name;
    if (c.lastName) contact.lastName = row.last_name;
    if (c.company) contact.company = row.company;
    if (c.email) contact.email = row.email;
    if (c.url) contact.url = row.url;
    this.#phones.forEach((p, i) => {
      const number = row.phones[i];
      if (typeof number === 'string' && number !== '') {
        contact.phones.push(p.type ? { number, type: p.type } : { number });
      }
    });
    const labels = Object.keys(c.data ?? {});
    if (labels.length) {
      const data: Record<string, string> = {};
      labels.forEach((label, i) => {
        const value = row.data[i];
        if (typeof value === 'string') data[label] = value;
      });
      contact.data = data;
    }
    return contact;
  }
}

interface ContactRow {
  id: string;
  tenant_id: string;
  display_name: string | null;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  email: string | null;
  url: string | null;
  phones: Array<string | null>;
  data: Array<string | null>;
}
