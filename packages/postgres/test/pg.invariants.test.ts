import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';
import { invariantTests } from './invariants.js';

describe.skipIf(!PG_URL)('invariants on a PostgreSQL server', () => {
  const schema = uniqueSchema('invariants');
  const schemas = [schema];
  const pools: pg.Pool[] = [];
  const pool = () => {
    const p = testPool(10);
    pools.push(p);
    return p;
  };
  const one = PG_URL ? fromPgPool(pool()) : null;
  const two = PG_URL ? fromPgPool(pool()) : null;
  let migrated: Promise<unknown> | null = null;
  afterAll(async () => {
    if (pools[0]) await dropSchemas(pools[0], schemas);
    for (const p of pools) await p.end();
  });

  invariantTests({
    schema,
    client: async () => {
      migrated ??= migrate(one!, { schema });
      await migrated;
      return one!;
    },
    other: async () => two!,
  });

  it('migrate is safe under concurrent callers: each migration applied exactly once', async () => {
    const fresh = uniqueSchema('migrate');
    schemas.push(fresh);
    const callers = Array.from({ length: 6 }, (_, i) => fromPgPool(i % 2 ? pools[0]! : pools[1]!));
    const results = await Promise.all(callers.map((c) => migrate(c, { schema: fresh })));
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, 0, 0, 0, 1]);
    expect(results.every((r) => r.version === 1)).toBe(true);
    const rows = await pools[0]!.query(`SELECT version FROM "${fresh}".callbridge_migrations`);
    expect(rows.rows).toEqual([{ version: 1 }]);
  });
});
