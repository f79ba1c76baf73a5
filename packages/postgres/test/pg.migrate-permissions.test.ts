import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate } from '../src/index.js';
import { PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * `migrate` run by a login without CREATEROLE or CREATE on the database (a managed database's
 * usual application user, given a schema of its own) gets as far as the application role, which
 * it cannot create: the error says what to run instead.
 */
describe.skipIf(!PG_URL)('migrate as a user that cannot create roles', () => {
  const schema = uniqueSchema('perm');
  const login = `${schema}_login`;
  const role = `${schema}_app`;
  const admin = PG_URL ? testPool(2) : null;
  let pool: pg.Pool | null = null;
  afterAll(async () => {
    await pool?.end();
    if (!admin) return;
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    await admin.query(`DROP ROLE IF EXISTS "${login}"`);
    await admin.end();
  });

  it('says to create and grant the role, or to pass role: null, when CREATE ROLE is denied', async () => {
    await admin!.query(`CREATE ROLE "${login}" LOGIN NOCREATEROLE`);
    await admin!.query(`CREATE SCHEMA "${schema}" AUTHORIZATION "${login}"`);
    const url = new URL(PG_URL!);
    url.username = login;
    pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    pool.on('error', () => {});
    const error = await migrate(fromPgPool(pool), { schema, role }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'store_unavailable' });
    // Not 'permission denied for database': the schema given to the login is enough to migrate.
    expect(String((error as { cause?: Error }).cause?.message)).toMatch(/create role/);
    const hint = String((error as { hint?: string }).hint);
    expect(hint).toContain(`CREATE ROLE "${role}" NOLOGIN`);
    expect(hint).toContain(`GRANT "${role}" TO "${login}"`);
    expect(hint).toContain('role: null');
    // Once the role exists and is granted, the same call succeeds.
    await admin!.query(`CREATE ROLE "${role}" NOLOGIN`);
    await admin!.query(`GRANT "${role}" TO "${login}"`);
    expect(await migrate(fromPgPool(pool), { schema, role })).toEqual({ applied: [1, 2, 3, 4], version: 4 });
  });
});
