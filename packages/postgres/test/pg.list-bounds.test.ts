import { encodeListCursor, MemoryInteractionStore } from '@callbridge/core';
import { makeInteractionUpsert } from '@callbridge/core/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresInteractionStore } from '../src/index.js';
import { dropSchemas, PG_URL, uniqueSchema } from './helpers.js';

/**
 * Bounds of lists and stats read like core's in-memory store whatever the session's TimeZone,
 * and a cursor the store cannot use is a bad query (400), not an outage (503).
 */
describe.skipIf(!PG_URL)('PostgresInteractionStore list bounds on a non-UTC session', () => {
  const schema = uniqueSchema('bounds');
  const pool = PG_URL
    ? new pg.Pool({ connectionString: PG_URL, max: 4, options: '-c TimeZone=Europe/Paris' })
    : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, [schema]);
    await pool.end();
  });
  const stores = async () => {
    await migrate(fromPgPool(pool!), { schema });
    const postgres = new PostgresInteractionStore({ client: fromPgPool(pool!), schema });
    const memory = new MemoryInteractionStore();
    for (const [id, at] of [
      ['late-evening', '2026-02-28T23:30:00.000Z'],
      ['morning', '2026-03-01T08:00:00.000Z'],
    ] as const) {
      const upsert = makeInteractionUpsert({ tenantId: 'acme', sourceRecordId: id, occurredAt: at });
      await postgres.upsert(upsert);
      await memory.upsert(upsert);
    }
    return [postgres, memory] as const;
  };
  const ids = (page: { items: { sourceRecordId: string }[] }) => page.items.map((i) => i.sourceRecordId);

  it('reads date-only bounds as UTC midnight, like the in-memory store', async () => {
    const [postgres, memory] = await stores();
    const filter = { from: '2026-03-01', to: '2026-03-02' };
    const expected = ids(await memory.list('acme', filter, { limit: 10 }));
    expect(expected).toEqual(['morning']);
    expect(ids(await postgres.list('acme', filter, { limit: 10 }))).toEqual(expected);
    const stats = await postgres.stats('acme', filter);
    expect(stats.total).toBe((await memory.stats('acme', filter)).total);
  });

  it('pages from a cursor whose time is any date JavaScript reads, or refuses it as invalid_query', async () => {
    const [postgres, memory] = await stores();
    const cursor = encodeListCursor({ occurredAt: '2026', id: 'zzz' });
    const expected = ids(await memory.list('acme', {}, { limit: 10, cursor }));
    expect(ids(await postgres.list('acme', {}, { limit: 10, cursor }))).toEqual(expected);
    const far = encodeListCursor({ occurredAt: '+100000-01-01T00:00:00.000Z', id: 'zzz' });
    const impossible = encodeListCursor({ occurredAt: '2026-02-30T00:00:00Z', id: 'zzz' });
    for (const bad of [far, impossible]) {
      await expect(postgres.list('acme', {}, { limit: 10, cursor: bad })).rejects.toMatchObject({
        code: 'invalid_query',
      });
    }
    await expect(postgres.stats('acme', { from: 'soon', to: '2026-03-02' })).rejects.toMatchObject({
      code: 'invalid_query',
    });
  });

  it('refuses a forged cursor the server cannot read as invalid_query (400), never store_unavailable (503)', async () => {
    const [postgres] = await stores();
    // JavaScript reads an offset of +23:59, Postgres refuses it (22009); no stored id holds a NUL (22021).
    const forged = [
      encodeListCursor({ occurredAt: '2026-03-01T00:00:00+23:59', id: 'zzz' }),
      encodeListCursor({ occurredAt: '2026-03-01T00:00:00.000Z', id: 'a\u0000b' }),
    ];
    for (const cursor of forged) {
      await expect(postgres.list('acme', {}, { limit: 10, cursor }), cursor).rejects.toMatchObject({
        code: 'invalid_query',
        status: 400,
      });
    }
  });
});
