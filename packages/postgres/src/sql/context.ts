import type { SqlClient, SqlExecutor } from './client.js';
import { qualified, quoteLiteral } from './ident.js';

/** Default schema of the callbridge tables. */
export const DEFAULT_SCHEMA = 'callbridge';
/** Default non-superuser role the stores switch to so row-level security applies. */
export const DEFAULT_ROLE = 'callbridge_app';
/** The setting row-level-security policies read the current tenant from. */
export const TENANT_SETTING = 'callbridge.tenant_id';

/** Options every Postgres store takes. */
export interface PostgresStoreOptions {
  /** The database: `fromPgPool(pool)` or `fromPGlite(db)`. */
  client: SqlClient;
  /** Schema the tables live in (created by `migrate`). Default `callbridge`. */
  schema?: string;
  /**
   * Role switched to (`SET LOCAL ROLE`) in every tenant-scoped transaction, so row-level security
   * applies even when the connection logs in as a superuser or the tables' owner (both bypass it).
   * Default `callbridge_app`, created by `migrate`. Pass `null` when the connection already logs in
   * as a non-owner, non-superuser role that has the grants.
   */
  role?: string | null;
}

/** Resolved store options. */
export interface StoreContext {
  client: SqlClient;
  schema: string;
  role: string | null;
  /** The quoted, schema-qualified name of a callbridge table. */
  table(name: string): string;
}

/** Resolves defaults once per store. */
export function storeContext(options: PostgresStoreOptions): StoreContext {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  return {
    client: options.client,
    schema,
    role: options.role === undefined ? DEFAULT_ROLE : options.role,
    table: (name) => qualified(schema, name),
  };
}

/**
 * Runs `fn` in a transaction scoped to one tenant: the transaction switches to the application
 * role and sets `callbridge.tenant_id`, which the row-level-security policies compare every row
 * against. A query in `fn` that forgets its `WHERE tenant_id = ...` still sees and writes only
 * this tenant's rows. Both settings end with the transaction.
 *
 * @example
 * ```ts
 * const rows = await withTenant(client, { schema: 'callbridge' }, 'acme', (tx) =>
 *   tx.query('SELECT id FROM callbridge.interactions'),
 * );
 * ```
 */
export function withTenant<T>(
  client: SqlClient,
  options: { role?: string | null },
  tenantId: string,
  fn: (tx: SqlExecutor) => Promise<T>,
): Promise<T> {
  // Sent with BEGIN in one round trip; the values are quoted literals (no parameters allowed there).
  return client.transaction(fn, { setup: tenantSetup(options, tenantId) });
}

/**
 * The statement that scopes the rest of a transaction (or of a `SqlClient.script`) to one tenant:
 * it switches to the application role and sets `callbridge.tenant_id`, both until the
 * transaction ends. Built from quoted literals, so it can lead a script without parameters.
 */
export function tenantSetup(options: { role?: string | null }, tenantId: string): string {
  const role = options.role === undefined ? DEFAULT_ROLE : options.role;
  const settings = [`set_config(${quoteLiteral(TENANT_SETTING)}, ${quoteLiteral(tenantId)}, true)`];
  if (role) settings.unshift(`set_config('role', ${quoteLiteral(role)}, true)`);
  return `SELECT ${settings.join(', ')}`;
}
