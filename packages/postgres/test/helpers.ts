import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The real server of the pg suites, when one is configured. */
export const PG_URL = process.env.CALLBRIDGE_PG_URL;

/** A schema name no other test file or run uses. */
export function uniqueSchema(prefix: string): string {
  return `cbt_${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A small pool on the test server. */
export function testPool(max = 10, applicationName = 'callbridge-test'): pg.Pool {
  const pool = new pg.Pool({ connectionString: PG_URL, max, application_name: applicationName });
  // Idle connections killed by a test must not crash the run.
  pool.on('error', () => {});
  return pool;
}

/** Drops every schema a test created. */
export async function dropSchemas(pool: pg.Pool, schemas: Iterable<string>): Promise<void> {
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

let shared: Promise<PGlite> | null = null;

/** One in-memory PGlite per test file (opening one takes seconds); tests use a schema each. */
export function sharedPGlite(): Promise<PGlite> {
  shared ??= import('@electric-sql/pglite').then(({ PGlite }) => new PGlite());
  return shared;
}
