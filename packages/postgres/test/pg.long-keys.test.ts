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

  it('honours a long dedupe key claimed by the previous release, and stores keys it could store as they are', async () => {
    await migrate(fromPgPool(pool!), { schema });
    const dedupe = new PostgresDedupeStore({ client: fromPgPool(pool!), schema });
    // 1500 bytes: over the hashing threshold, but a key the previous release stored as it is.
    const legacy = `${noise(1500)}:legacy`;
    await pool!.query(
      `INSERT INTO "${schema}".dedupe (key, token, state, expires_at) VALUES ($1, 'old', 'claimed', now() + interval '1 minute')`,
      [legacy],
    );
    expect(await dedupe.claim(legacy, 60_000)).toEqual({ status: 'in_progress' });
    // A key claimed now is found by an instance of the previous release still running.
    const fresh = `${noise(1500)}:fresh`;
    const claimed = await dedupe.claim(fresh, 60_000);
    expect(claimed.status).toBe('claimed');
    const plain = await pool!.query(`SELECT state FROM "${schema}".dedupe WHERE key = $1`, [fresh]);
    expect(plain.rows).toEqual([{ state: 'claimed' }]);
    await dedupe.release(fresh, (claimed as { token: string }).token);
    expect((await pool!.query(`SELECT 1 FROM "${schema}".dedupe WHERE key = $1`, [fresh])).rowCount).toBe(0);
  });

  it('reads, overwrites and deletes a long checkpoint set by the previous release', async () => {
    await migrate(fromPgPool(pool!), { schema });
    const checkpoints = new PostgresCheckpointStore({ client: fromPgPool(pool!), schema });
    const legacy = `${noise(1500)}:cursor`;
    await pool!.query(`INSERT INTO "${schema}".checkpoints (key, value) VALUES ($1, '{"page":7}'::jsonb)`, [
      legacy,
    ]);
    expect(await checkpoints.get(legacy)).toEqual({ page: 7 });
    await checkpoints.set(legacy, { page: 8 });
    const rows = await pool!.query(
      `SELECT key = $1 AS plain, value FROM "${schema}".checkpoints WHERE key = $1 OR key LIKE $2`,
      [legacy, '\u001fsha256:%'],
    );
    expect(rows.rows).toEqual([{ plain: true, value: { page: 8 } }]);
    expect(await checkpoints.get(legacy)).toEqual({ page: 8 });
    await checkpoints.delete(legacy);
    expect(await checkpoints.get(legacy)).toBeNull();
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
