/**
 * @callbridge/postgres: callbridge's stores on PostgreSQL, through `pg` or embedded PGlite with
 * the same SQL. Versioned migrations, row-level security per tenant, conformance-tested.
 */
export { PostgresBroadcaster, type PostgresBroadcasterOptions } from './broadcast/notify.js';
export {
  type CaseTableConfig,
  caseIndexSql,
  PostgresCaseResolver,
  type PostgresCaseResolverOptions,
} from './directory/cases.js';
export {
  type ContactTableConfig,
  contactIndexSql,
  type PhoneColumn,
  PostgresContactDirectory,
  type PostgresContactDirectoryOptions,
} from './directory/contacts.js';
export { toStoreError } from './errors.js';
export {
  createPGliteStores,
  createPostgresStores,
  type PGliteStoresOptions,
  type PostgresStores,
  type PostgresStoresOptions,
  type StoresOptions,
} from './factory.js';
export { type MigrateOptions, type MigrateResult, migrate } from './migrations/migrate.js';
export type { SqlClient, SqlExecutor, SqlResult } from './sql/client.js';
export {
  DEFAULT_ROLE,
  DEFAULT_SCHEMA,
  type PostgresStoreOptions,
  TENANT_SETTING,
  withTenant,
} from './sql/context.js';
export type { PGliteLike, PgPoolLike } from './sql/drivers.js';
export { qualified, quoteIdent } from './sql/ident.js';
export { fromPgPool } from './sql/pg.js';
export { fromPGlite } from './sql/pglite.js';
export { PostgresCheckpointStore, type PostgresCheckpointStoreOptions } from './stores/checkpoints.js';
export { PostgresDedupeStore, type PostgresDedupeStoreOptions } from './stores/dedupe.js';
export { PostgresEventLog, type PostgresEventLogOptions } from './stores/event-log.js';
export { PostgresInteractionStore, type PostgresInteractionStoreOptions } from './stores/interactions.js';
