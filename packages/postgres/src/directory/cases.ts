import { type Case, type CaseResolver, DEFAULT_ACTIVE_CASE_STATUSES } from '@callbridge/core';
import type { SqlClient } from '../sql/client.js';
import { withTenant } from '../sql/context.js';
import { qualified, quoteIdent } from '../sql/ident.js';
import { isoOf } from '../stores/interaction-rows.js';
import { indexName } from './contacts.js';
import { guardLookup } from './errors.js';

/** Where the integrator's cases live and which columns mean what. */
export interface CaseTableConfig {
  table: string;
  /** Its schema. Default: the connection's search_path. */
  schema?: string;
  columns: {
    id: string;
    tenantId: string;
    contactId: string;
    title: string;
    status: string;
    /** Last activity (timestamptz or ISO text): the most recent active case wins. */
    updatedAt: string;
  };
  /** Statuses that count as active, compared case-insensitively. Default open, active, in_progress. */
  activeStatuses?: readonly string[];
}

/** Options of `PostgresCaseResolver`. */
export interface PostgresCaseResolverOptions extends CaseTableConfig {
  client: SqlClient;
  /** Role switched to per lookup, or null (default) to query as the connecting user. */
  role?: string | null;
}

/**
 * The `CREATE INDEX` statement that makes `findActiveCase` an index lookup:
 * (tenant, contact, updatedAt desc, nulls last). Run it once in your own migrations.
 */
export function caseIndexSql(config: CaseTableConfig): string {
  const c = config.columns;
  const name = quoteIdent(indexName(`${config.table}_active_case_idx`));
  return `CREATE INDEX IF NOT EXISTS ${name} ON ${qualified(config.schema, config.table)} (${quoteIdent(c.tenantId)}, ${quoteIdent(c.contactId)}, ${quoteIdent(c.updatedAt)} DESC NULLS LAST)`;
}

/**
 * `CaseResolver` over the integrator's cases table: the contact's case with an active status and
 * the latest updatedAt, filtered by tenant, with `callbridge.tenant_id` set for your policies. A
 * case whose updatedAt is NULL ranks below every dated one (as in core's `MemoryCaseResolver`) and
 * comes back with updatedAt ''; between equal times the greater id wins. A text updatedAt is read
 * as JavaScript reads a date (offsets count; text that is no date ranks lowest), among the
 * contact's 100 active cases with the greatest updatedAt in the column's own order.
 */
export class PostgresCaseResolver implements CaseResolver {
  readonly #options: PostgresCaseResolverOptions;
  readonly #sql: string;
  readonly #active: string;
  readonly #table: string;

  constructor(options: PostgresCaseResolverOptions) {
    this.#options = options;
    const c = options.columns;
    const q = quoteIdent;
    this.#table = qualified(options.schema, options.table);
    this.#active = JSON.stringify(
      (options.activeStatuses ?? DEFAULT_ACTIVE_CASE_STATUSES).map((s) => s.toLowerCase()),
    );
    this.#sql = `SELECT ${q(c.id)}::text AS id, ${q(c.tenantId)}::text AS tenant_id,
        ${q(c.contactId)}::text AS contact_id, ${q(c.title)}::text AS title, ${q(c.status)}::text AS status,
        ${q(c.updatedAt)} AS updated_at
      FROM ${this.#table} AS src
      WHERE ${q(c.tenantId)} = $1 AND ${q(c.contactId)} = $2
        AND lower(${q(c.status)}::text) IN (SELECT jsonb_array_elements_text($3::jsonb))
      ORDER BY src.${q(c.updatedAt)} DESC NULLS LAST, src.${q(c.id)} DESC LIMIT ${MAX_CANDIDATES}`;
  }

  findActiveCase(tenantId: string, contactId: string): Promise<Case | null> {
    const role = this.#options.role ?? null;
    return guardLookup('cases.findActiveCase', 'PostgresCaseResolver', this.#table, () =>
      withTenant(this.#options.client, { role }, tenantId, async (tx) => {
        const res = await tx.query<CaseRow>(this.#sql, [tenantId, contactId, this.#active]);
        const row = mostRecent(res.rows);
        if (!row) return null;
        return {
          id: row.id,
          tenantId: row.tenant_id,
          contactId: row.contact_id,
          title: row.title ?? '',
          status: row.status,
          updatedAt: caseTime(row.updated_at),
        };
      }),
    );
  }
}

/**
 * Active cases of one contact read per lookup. A text updatedAt sorts as text in SQL, which is not
 * the order of the instants it names (offsets, text that is no date), so the most recent is
 * chosen here among them, as core's `MemoryCaseResolver` does.
 */
const MAX_CANDIDATES = 100;

/** The row whose updatedAt is the latest instant; none or no date ranks lowest; the first of equals. */
function mostRecent(rows: CaseRow[]): CaseRow | undefined {
  let best: CaseRow | undefined;
  let bestTime = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const time = instantOf(row.updated_at);
    if (!best || time > bestTime) {
      best = row;
      bestTime = time;
    }
  }
  return best;
}

function instantOf(value: Date | string | null): number {
  const time = value === null ? Number.NaN : value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** A case's updatedAt as core's `Case` holds it: ISO for a timestamp, the text as is, '' for none. */
function caseTime(value: Date | string | null): string {
  if (value === null) return '';
  return value instanceof Date ? isoOf(value) : String(value);
}

interface CaseRow {
  id: string;
  tenant_id: string;
  contact_id: string;
  title: string | null;
  status: string;
  updated_at: Date | string | null;
}
