// The broadcasters of one test file on their own schema: pools, migration and cleanup (afterAll).
import type { StreamEvent } from '@callbridge/core';
import type pg from 'pg';
import { afterAll } from 'vitest';
import { fromPgPool, migrate, PostgresBroadcaster } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/** A stream event of `tenantId` with id `id` (its data `{ id }` unless given). */
export const notifyEvent = (tenantId: string, id: string, data: unknown = { id }): StreamEvent => ({
  id,
  tenantId,
  type: 'call_event_created',
  data,
  createdAt: '2026-03-01T10:00:00.000Z',
});

/**
 * Call inside a `describe`: a migrated schema named after `name`, `pool()` for new pools on it,
 * `create()` for broadcasters on new pools, `pools` and `created` (add your own to have them ended and closed), and `admin` (null without a server); all are closed
 * and the schema dropped after the suite.
 */
export function broadcasterFixture(name: string) {
  const schema = uniqueSchema(name);
  const pools: pg.Pool[] = [];
  const pool = () => {
    const p = testPool(4, schema);
    pools.push(p);
    return p;
  };
  const admin = PG_URL ? pool() : null;
  const migrated = PG_URL ? migrate(fromPgPool(admin!), { schema }) : null;
  const created: PostgresBroadcaster[] = [];
  const create = async () => {
    await migrated;
    const broadcaster = new PostgresBroadcaster({ pool: pool(), schema, reconnectDelayMs: 20 });
    created.push(broadcaster);
    return broadcaster;
  };
  afterAll(async () => {
    for (const b of created) await b.close();
    if (admin) await dropSchemas(admin, [schema]);
    for (const p of pools) await p.end();
  });
  return { schema, pools, pool, admin, create, migrated, created };
}
