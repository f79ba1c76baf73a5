import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStores, fromPgPool, migrate, PostgresBroadcaster } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * Each broadcaster keeps one connection of its pool for LISTEN: broadcasters sharing a pool must
 * leave it one connection for everything else, or publishing and every store on it wait forever.
 */
describe.skipIf(!PG_URL)('PostgresBroadcaster and the size of a shared pool', () => {
  const pool = PG_URL ? testPool(2, 'callbridge-pool-size') : null;
  const schema = uniqueSchema('poolsize');
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, [schema]);
    await pool.end();
  });

  it('refuses a second broadcaster on a pool of two connections until the first is closed', async () => {
    const first = new PostgresBroadcaster({ pool: pool!, schema: 'callbridge_pool_size' });
    let error: unknown;
    try {
      new PostgresBroadcaster({ pool: pool!, schema: 'callbridge_pool_size' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'configuration_error', hint: expect.stringMatching(/max: 3/) });
    await first.close();
    const second = new PostgresBroadcaster({ pool: pool!, schema: 'callbridge_pool_size' });
    await second.close();
    // Closing twice gives its connection back once.
    await second.close();
    const third = new PostgresBroadcaster({ pool: pool!, schema: 'callbridge_pool_size' });
    expect(() => new PostgresBroadcaster({ pool: pool!, schema: 'callbridge_pool_size' })).toThrow();
    await third.close();
  });

  it('gives the connection back when createPostgresStores fails, so a retry fails for its own reason', async () => {
    await migrate(fromPgPool(pool!), { schema });
    await pool!.query(`INSERT INTO "${schema}".callbridge_migrations (version, name) VALUES (99, 'newer')`);
    for (const attempt of [1, 2]) {
      const error = await createPostgresStores({ pool: pool!, schema, broadcaster: true }).catch(
        (e: unknown) => e,
      );
      expect(String((error as Error).message), `attempt ${attempt}`).toMatch(/version 99/);
    }
  });
});
