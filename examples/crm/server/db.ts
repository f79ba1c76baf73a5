import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createPGliteStores,
  createPostgresStores,
  PostgresCaseResolver,
  PostgresContactDirectory,
  type PostgresStores,
} from '@callbridge/postgres';
import pg from 'pg';
import type { AppConfig } from './config.js';
import { CASE_TABLE, CONTACT_TABLE, createCrmTables } from './crm-tables.js';

export interface Database {
  stores: PostgresStores;
  contacts: PostgresContactDirectory;
  cases: PostgresCaseResolver;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** PGlite under DATA_DIR by default (no server to install); a real Postgres when DATABASE_URL is set. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  let stores: PostgresStores;
  let pool: pg.Pool | null = null;
  if (config.databaseUrl) {
    pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    stores = await createPostgresStores({ pool });
  } else {
    const dataDir = join(config.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
    stores = await createPGliteStores({ dataDir });
  }
  await createCrmTables(stores.client);
  return {
    stores,
    contacts: new PostgresContactDirectory({ ...CONTACT_TABLE, client: stores.client }),
    cases: new PostgresCaseResolver({ ...CASE_TABLE, client: stores.client }),
    engine: pool ? 'postgres' : 'pglite',
    async close() {
      await stores.close();
      await pool?.end();
    },
  };
}
