import { CallbridgeError } from '@callbridge/core';
import { toStoreError } from '../errors.js';
import type { SqlClient, SqlExecutor } from '../sql/client.js';
import { DEFAULT_ROLE, DEFAULT_SCHEMA } from '../sql/context.js';
import { dollarTag, qualified, quoteIdent, quoteLiteral } from '../sql/ident.js';
import { MIGRATIONS } from './list.js';

/** Options of `migrate`. */
export interface MigrateOptions {
  /** Schema to create the tables in. Default `callbridge`. */
  schema?: string;
  /**
   * Application role (NOLOGIN) created if missing, granted to the connecting user and given
   * table privileges; the stores `SET ROLE` to it so row-level security applies. Default
   * `callbridge_app`; `null` skips role handling (grant privileges yourself).
   */
  role?: string | null;
}

/** What `migrate` did. */
export interface MigrateResult {
  /** Versions applied by this call (empty when the schema was already current). */
  applied: number[];
  /** The schema's version afterwards. */
  version: number;
}

/** Any constant works; it only has to be the same for every caller (and role creation is global). */
const MIGRATION_LOCK_KEY = 1_668_440_418;

async function ensureRole(tx: SqlExecutor, schema: string, role: string): Promise<void> {
  const r = quoteIdent(role);
  const lit = quoteLiteral(role);
  const q = dollarTag(r, lit);
  const user = (await tx.query<{ user: string }>('SELECT current_user AS user')).rows[0]?.user ?? '';
  await tx
    .exec(`
DO ${q}
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${lit}) THEN
    BEGIN
      CREATE ROLE ${r} NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  IF NOT pg_has_role(current_user, ${lit}, 'MEMBER') THEN
    EXECUTE format('GRANT %I TO %I', ${lit}, current_user);
  END IF;
END
${q};
GRANT USAGE ON SCHEMA ${quoteIdent(schema)} TO ${r};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${quoteIdent(schema)} TO ${r};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${quoteIdent(schema)} TO ${r};
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${quoteIdent(schema)} TO ${r};
REVOKE ALL ON ${qualified(schema, 'callbridge_migrations')} FROM ${r};`)
    .catch((error: unknown) => {
      // 42501 about the role (creating it, granting it); a table it does not own keeps its own hint.
      const denied = (error as { code?: unknown } | null)?.code === '42501';
      throw denied && /\brole\b/i.test(String((error as Error).message))
        ? roleDenied(role, user, error)
        : error;
    });
}

/** The error of a connecting user that may not create the application role or grant it to itself. */
function roleDenied(role: string, user: string, cause: unknown): CallbridgeError {
  return new CallbridgeError(
    'store_unavailable',
    `migrate is unavailable: ${JSON.stringify(user)} may not create the role ${JSON.stringify(role)} or grant it to itself.`,
    {
      cause,
      hint:
        `Run once as an administrator: CREATE ROLE ${quoteIdent(role)} NOLOGIN; GRANT ${quoteIdent(role)} TO ${quoteIdent(user || 'your_user')}; ` +
        'or pass `role: null` to migrate and the stores when your login is already a non-owner role without BYPASSRLS that has the grants.',
    },
  );
}

/** True when the server refused to change an object the connecting user does not own. */
function isNotOwner(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '42501' && /must be owner/i.test(String(message));
}

/** The error of a migration that changes tables or functions the connecting user does not own. */
function notOwner(schema: string, version: number, cause: unknown): CallbridgeError {
  return new CallbridgeError(
    'store_unavailable',
    `migrate is unavailable: migration ${version} changes the callbridge schema ${JSON.stringify(schema)}, whose tables and functions the connecting user does not own (${String((cause as Error).message)}).`,
    {
      cause,
      hint:
        'Run `migrate` once as their owner (the user that created them) or as a superuser, ' +
        'and pass `migrate: false` to the instances that connect as another user.',
    },
  );
}

/** The newest version these migrations know. */
const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** The error of a schema a newer release migrated: this code may not read or write it correctly. */
function newerSchema(schema: string, version: number): CallbridgeError {
  return new CallbridgeError(
    'configuration_error',
    `The callbridge schema ${JSON.stringify(schema)} is at version ${version}, but this @callbridge/postgres understands up to ${LATEST_VERSION}.`,
    {
      hint:
        'Upgrade @callbridge/postgres on this instance to the release that migrated the schema (or newer), ' +
        'or give it a schema of its own with the `schema` option.',
    },
  );
}

/**
 * Brings the schema up to date: creates it and a `callbridge_migrations` table, applies every
 * migration not yet recorded there (each exactly once, in one transaction), then makes sure the
 * application role exists and has its grants. Safe to call on every start and from several
 * processes at once: callers serialize on a transaction-scoped advisory lock, and a late caller
 * finds the versions already applied. Failures reject with `store_unavailable`; a schema at a
 * version newer than these migrations (migrated by a newer release) rejects with
 * `configuration_error` and is left as it is.
 *
 * @example
 * ```ts
 * await migrate(fromPgPool(pool), { schema: 'callbridge' });
 * ```
 */
export async function migrate(client: SqlClient, options: MigrateOptions = {}): Promise<MigrateResult> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const role = options.role === undefined ? DEFAULT_ROLE : options.role;
  const t = (name: string) => qualified(schema, name);
  try {
    return await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      // CREATE SCHEMA checks the database's CREATE privilege even when the schema exists: a login
      // given a schema of its own by an administrator (and no more) must still be able to migrate.
      const exists = await tx.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (exists.rows.length === 0) await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await tx.exec(`CREATE TABLE IF NOT EXISTS ${t('callbridge_migrations')} (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);`);
      const done = await tx.query<{ version: number }>(`SELECT version FROM ${t('callbridge_migrations')}`);
      const have = new Set(done.rows.map((row) => Number(row.version)));
      const newest = Math.max(0, ...have);
      if (newest > LATEST_VERSION) throw newerSchema(schema, newest);
      const applied: number[] = [];
      for (const migration of MIGRATIONS) {
        if (have.has(migration.version)) continue;
        await tx.exec(migration.sql({ t })).catch((error: unknown) => {
          throw isNotOwner(error) ? notOwner(schema, migration.version, error) : error;
        });
        await tx.query(`INSERT INTO ${t('callbridge_migrations')} (version, name) VALUES ($1, $2)`, [
          migration.version,
          migration.name,
        ]);
        applied.push(migration.version);
      }
      if (role) await ensureRole(tx, schema, role);
      const version = Math.max(0, ...have, ...applied);
      return { applied, version };
    });
  } catch (error) {
    throw toStoreError('migrate', error);
  }
}
