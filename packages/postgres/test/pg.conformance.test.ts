import { afterAll, describe } from 'vitest';
import { fromPgPool } from '../src/index.js';
import { runConformance } from './conformance.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

describe.skipIf(!PG_URL)('conformance on a PostgreSQL server', () => {
  const schema = uniqueSchema('conformance');
  const pool = PG_URL ? testPool(10) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, [schema]);
    await pool.end();
  });
  runConformance('pg', async () => fromPgPool(pool!), schema, 2000);
});
