import { PostgresBroadcaster } from './broadcast/notify.js';
import { type MigrateResult, migrate } from './migrations/migrate.js';
import type { SqlClient } from './sql/client.js';
import { DEFAULT_ROLE, DEFAULT_SCHEMA, type PostgresStoreOptions } from './sql/context.js';
import type { PGliteLike, PgPoolLike } from './sql/drivers.js';
import { fromPgPool } from './sql/pg.js';
import { fromPGlite } from './sql/pglite.js';
import { PostgresCheckpointStore } from './stores/checkpoints.js';
import { PostgresDedupeStore } from './stores/dedupe.js';
import { PostgresEventLog } from './stores/event-log.js';
import { PostgresInteractionStore } from './stores/interactions.js';

/** Options shared by `createPostgresStores` and `createPGliteStores`. */
export interface StoresOptions {
  /** Schema of the tables. Default `callbridge`. */
  schema?: string;
  /** Application role for row-level security (see `PostgresStoreOptions.role`). Default `callbridge_app`. */
  role?: string | null;
  /** Run `migrate` before returning. Default true. */
  migrate?: boolean;
  /** Event log retention. */
  eventLog?: { maxEventsPerTenant?: number; maxAgeMs?: number };
}

/** The callbridge stores on one database, ready for `createCallBridge({ stores })`. */
export interface PostgresStores {
  client: SqlClient;
  interactions: PostgresInteractionStore;
  eventLog: PostgresEventLog;
  checkpoints: PostgresCheckpointStore;
  dedupe: PostgresDedupeStore;
  /** Applies pending migrations (already done unless `migrate: false`). */
  migrate(): Promise<MigrateResult>;
  /** Closes what the factory opened (the broadcaster, the PGlite database); never your Pool. */
  close(): Promise<void>;
}

function storesOn(client: SqlClient, options: StoresOptions, close: () => Promise<void>): PostgresStores {
  const base: PostgresStoreOptions & { schema: string } = {
    client,
    schema: options.schema ?? DEFAULT_SCHEMA,
    role: options.role === undefined ? DEFAULT_ROLE : options.role,
  };
  return {
    client,
    interactions: new PostgresInteractionStore(base),
    eventLog: new PostgresEventLog({ ...base, ...options.eventLog }),
    checkpoints: new PostgresCheckpointStore(base),
    dedupe: new PostgresDedupeStore(base),
    migrate: () => migrate(client, { schema: base.schema, role: options.role }),
    close,
  };
}

/** Options of `createPostgresStores`. */
export interface PostgresStoresOptions extends StoresOptions {
  /** A `pg` Pool; it stays yours to `end()`. */
  pool: PgPoolLike;
  /** Also create a LISTEN/NOTIFY `broadcaster` (for deployments without Redis). Default false. */
  broadcaster?: boolean;
}

/**
 * Every callbridge store on a `pg` Pool, migrated. Several instances may share the database:
 * upserts merge under row locks, event ids come from per-tenant counters, dedupe claims are atomic.
 *
 * @example
 * ```ts
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const stores = await createPostgresStores({ pool });
 * const bridge = createCallBridge({ ...config, stores });
 * ```
 */
export async function createPostgresStores(
  options: PostgresStoresOptions,
): Promise<PostgresStores & { broadcaster?: PostgresBroadcaster }> {
  const client = fromPgPool(options.pool);
  const broadcaster = options.broadcaster
    ? new PostgresBroadcaster({
        pool: options.pool,
        schema: options.schema ?? DEFAULT_SCHEMA,
        role: options.role === undefined ? DEFAULT_ROLE : options.role,
      })
    : undefined;
  const stores = storesOn(client, options, async () => {
    await broadcaster?.close();
  });
  if (options.migrate !== false) {
    // A failed start gives the broadcaster's pool connection back, so a retry can take it.
    await stores.migrate().catch(async (error: unknown) => {
      await broadcaster?.close();
      throw error;
    });
  }
  return broadcaster ? { ...stores, broadcaster } : stores;
}

/** Options of `createPGliteStores`. */
export interface PGliteStoresOptions<D extends PGliteLike = PGliteLike> extends StoresOptions {
  /** Directory of the database files; omit for an in-memory database. */
  dataDir?: string;
  /**
   * An open PGlite to use instead (then `dataDir` is ignored and `close` leaves it open). The
   * result's `db` is this one, with its own type.
   */
  db?: D;
}

/**
 * Every callbridge store on embedded PGlite (real Postgres in process, no server), migrated.
 * The embedded default for a single instance. Needs `@electric-sql/pglite` installed. The result's
 * `db` is the database: the one passed as `db` (typed as you passed it), else the `PGlite` opened
 * here, typed `PGliteLike` (the methods the stores use); pass your own `db` to keep the full type.
 *
 * @example
 * ```ts
 * const stores = await createPGliteStores({ dataDir: './.data/callbridge' });
 * ```
 */
export async function createPGliteStores<D extends PGliteLike = PGliteLike>(
  options: PGliteStoresOptions<D> = {},
): Promise<PostgresStores & { db: D }> {
  let db: PGliteLike | undefined = options.db;
  const owned = !db;
  if (!db) {
    const { PGlite } = await import('@electric-sql/pglite');
    db = new PGlite(options.dataDir);
  }
  const database = db;
  const stores = storesOn(fromPGlite(database), options, async () => {
    if (owned && !database.closed) await database.close();
  });
  if (options.migrate !== false) await stores.migrate();
  // Either the caller's `db` (a D) or ours, opened when none was given (D is then PGliteLike).
  return { ...stores, db: database as D };
}
