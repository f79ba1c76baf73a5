import { MemoryEventLog } from '@callbridge/core';
import { uniqueId } from '@callbridge/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresEventLog } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/**
 * Retention limits the in-memory event log takes (any count >= 1, any age > 0, Infinity for
 * none) work on Postgres too: never a failure on every append for a limit past what SQL holds.
 */
describe.skipIf(!PG_URL)('PostgresEventLog with unbounded or huge retention', () => {
  const schema = uniqueSchema('retention');
  const pool = PG_URL ? testPool(4) : null;
  afterAll(async () => {
    if (!pool) return;
    await dropSchemas(pool, [schema]);
    await pool.end();
  });

  it('appends and reads like the in-memory log', async () => {
    await migrate(fromPgPool(pool!), { schema });
    for (const retention of [
      { maxEventsPerTenant: Number.POSITIVE_INFINITY, maxAgeMs: Number.POSITIVE_INFINITY },
      { maxEventsPerTenant: 1e20, maxAgeMs: 1e18 },
      { maxEventsPerTenant: Number.MAX_VALUE, maxAgeMs: Number.MAX_VALUE },
    ]) {
      const postgres = new PostgresEventLog({ client: fromPgPool(pool!), schema, ...retention });
      const memory = new MemoryEventLog(retention);
      const tenantId = uniqueId('tenant');
      for (const log of [postgres, memory]) {
        for (let n = 1; n <= 3; n++) await log.append(tenantId, 'call_event_created', { n });
      }
      const read = async (log: PostgresEventLog | MemoryEventLog) => {
        const { events, truncated } = await log.readAfter(tenantId, '1');
        return { ids: events.map((e) => e.id), truncated };
      };
      expect(await read(postgres), JSON.stringify(retention)).toEqual(await read(memory));
    }
  });
});
