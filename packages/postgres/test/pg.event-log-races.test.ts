import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresEventLog } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

/** The event log read by one instance while another appends and prunes, on a server. */
describe.skipIf(!PG_URL)('PostgresEventLog under concurrent appends', () => {
  const schema = uniqueSchema('log_race');
  const pools: pg.Pool[] = [];
  const pool = () => {
    const p = testPool(4);
    pools.push(p);
    return p;
  };
  const admin = PG_URL ? pool() : null;
  afterAll(async () => {
    if (admin) await dropSchemas(admin, [schema]);
    for (const p of pools) await p.end();
  });

  it('never skips events after afterId without saying truncated while retention prunes', async () => {
    await migrate(fromPgPool(admin!), { schema });
    const options = { schema, maxEventsPerTenant: 2 };
    const writer = new PostgresEventLog({ client: fromPgPool(pool()), ...options });
    const reader = new PostgresEventLog({ client: fromPgPool(pool()), ...options });
    await writer.append('acme', 'call_event_created', { n: 0 });
    let writing = true;
    const appends = (async () => {
      for (let n = 1; writing && n < 5000; n++) await writer.append('acme', 'call_event_created', { n });
    })();
    const silentGaps: string[] = [];
    const until = Date.now() + 3000;
    for (let i = 0; i < 2000 && Date.now() < until; i++) {
      const last = BigInt((await reader.lastId('acme')) ?? '0');
      const after = last - 1n;
      const { events, truncated } = await reader.readAfter('acme', after.toString());
      const first = events[0];
      if (!truncated && first && BigInt(first.id) !== after + 1n) silentGaps.push(`${after} -> ${first.id}`);
    }
    writing = false;
    await appends;
    expect(silentGaps).toEqual([]);
  });
});
