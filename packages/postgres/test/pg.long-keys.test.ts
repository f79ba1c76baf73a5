import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresCheckpointStore, PostgresDedupeStore } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/** `bytes` characters that do not compress (Postgres compresses long index keys). */
const noise = (bytes: number) => randomBytes(bytes).toString('base64url').slice(0, bytes);

/**
 * Dedupe and checkpoint keys are the tables' primary keys, which a btree index caps at about
 * 2.7 KB: a longer key (a long delivery id after a long tenant id) must still be claimed and
 * stored, not fail with `store_unavailable` on every retry of the delivery.
 */
describe.skipIf(!PG_URL)('dedupe and checkpoint keys of any length', () => {
  const schema = uniqueSchema('longkeys');
  const pool = PG_URL ? testPool(4) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, [schema]);
    await pool.end();
  });

  it('claims, commits and releases long dedupe keys, each apart from the others', async () => {
    await migrate(fromPgPool(pool!), { schema });
    const dedupe = new PostgresDedupeStore({ client: fromPgPool(pool!), schema });
    const head = noise(3000);
    const [one, two] = [`${head}:1`, `${head}:2`];
    const claimed = await dedupe.claim(one, 60_000);
    expect(claimed.status).toBe('claimed');
    expect(await dedupe.claim(one, 60_000)).toEqual({ status: 'in_progress' });
    expect((await dedupe.claim(two, 60_000)).status).toBe('claimed');
    await dedupe.commit(one, (claimed as { token: string }).token, 60_000);
    expect(await dedupe.claim(one, 60_000)).toEqual({ status: 'duplicate' });
    const third = `${noise(5000)}:3`;
    const token = await dedupe.claim(third, 60_000);
    await dedupe.release(third, (token as { token: string }).token);
    expect((await dedupe.claim(third, 60_000)).status).toBe('claimed');
  });

  it('sets, reads and deletes checkpoints under long keys', async () => {
    await migrate(fromPgPool(pool!), { schema });
    const checkpoints = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema });
    const head = noise(4000);
    await checkpoints.set(`${head}:a`, { page: 1 });
    await checkpoints.set(`${head}:b`, { page: 2 });
    expect(await checkpoints.get(`${head}:a`)).toEqual({ page: 1 });
    expect(await checkpoints.get(`${head}:b`)).toEqual({ page: 2 });
    await checkpoints.delete(`${head}:a`);
    expect(await checkpoints.get(`${head}:a`)).toBeNull();
    expect(await checkpoints.get(`${head}:b`)).toEqual({ page: 2 });
    // Short keys are stored as they are.
    await checkpoints.set('short', 1);
    const rows = await pool!.query(`SELECT key FROM "${schema}".checkpoints WHERE key = 'short'`);
    expect(rows.rowCount).toBe(1);
  });
});
