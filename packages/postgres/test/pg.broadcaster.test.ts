import type { StreamEvent } from '@callbridge/core';
import { broadcasterConformance, uniqueId, waitFor } from '@callbridge/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresStores, fromPgPool, PostgresBroadcaster, PostgresEventLog } from '../src/index.js';
import { broadcasterFixture, notifyEvent } from './broadcaster-fixture.js';
import { PG_URL, testPool } from './helpers.js';

describe.skipIf(!PG_URL)('PostgresBroadcaster (LISTEN/NOTIFY)', () => {
  const { schema, pools, admin, create, migrated } = broadcasterFixture('notify');

  broadcasterConformance(
    { describe, it, expect, beforeEach, afterEach },
    {
      name: 'PostgresBroadcaster',
      create,
      cleanup: (b) => b.close?.(),
      createPair: async () => [await create(), await create()],
    },
  );

  /** Backend pids of the connections LISTENing on a channel of this schema's broadcasters. */
  async function listeners(): Promise<number[]> {
    const res = await admin!.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE application_name = $1 AND query LIKE 'LISTEN "callbridge_%' AND pid <> pg_backend_pid()`,
      [schema],
    );
    return res.rows.map((r) => r.pid);
  }

  it('reconnects and LISTENs again after its connection is killed', async () => {
    const broadcaster = await create();
    const tenantId = uniqueId('tenant');
    const got: string[] = [];
    await broadcaster.subscribe(tenantId, (e) => got.push(e.id));
    await broadcaster.publish(notifyEvent(tenantId, '1'));
    await waitFor(() => got.length === 1, 'the first event');
    const before = await listeners();
    expect(before.length).toBeGreaterThan(0);
    await admin!.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);
    const gone = async () => !(await listeners()).some((pid) => before.includes(pid));
    for (let i = 0; i < 100 && !(await gone()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await gone()).toBe(true);
    // Publish until the re-LISTENed connection receives one (events sent while down are not replayed).
    let n = 1;
    const deadline = Date.now() + 5000;
    do {
      n += 1;
      await broadcaster.publish(notifyEvent(tenantId, String(n)));
      await new Promise((r) => setTimeout(r, 50));
    } while (!got.includes(String(n)) && Date.now() < deadline);
    expect((await listeners()).length).toBe(1);
    expect(got).toContain(String(n));
    await broadcaster.close();
  });

  it('hands each tenant the newest event logged while its connection was away, once, after LISTENing again', async () => {
    await migrated;
    const name = `${schema}-catch-up`;
    // Two connections: the listening one and one for reads, both held while far is away.
    const own = testPool(2, name);
    pools.push(own);
    const far = new PostgresBroadcaster({ pool: own, schema, reconnectDelayMs: 20 });
    const near = await create();
    const log = new PostgresEventLog({ client: fromPgPool(admin!), schema });
    const [quiet, busy] = [uniqueId('tenant'), uniqueId('tenant')];
    const got: string[] = [];
    const listening = async () =>
      (
        await admin!.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %'`,
          [name],
        )
      ).rows.map((r) => r.pid);
    /** Cuts far's listening connection and runs `meanwhile` before it can LISTEN again. */
    const away = async (meanwhile: () => Promise<void>) => {
      const before = await listening();
      expect(before).toHaveLength(1);
      const held = [await own.connect()];
      await admin!.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);
      held.push(await own.connect());
      await meanwhile();
      for (const client of held) client.release();
      for (let i = 0; i < 200 && !(await listening()).some((pid) => !before.includes(pid)); i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect((await listening()).some((pid) => !before.includes(pid))).toBe(true);
    };
    try {
      // Logged before the subscription: never handed over by a reconnect.
      const early = await log.append(quiet, 'call_event_created', { n: 1 });
      await far.subscribe(quiet, (e) => got.push(`${e.tenantId}:${e.id}`));
      await far.subscribe(busy, (e) => got.push(`${e.tenantId}:${e.id}`));
      const live = await log.append(busy, 'call_event_created', { n: 1 });
      await near.publish(live);
      await waitFor(() => got.length === 1, 'the live event');

      // Logged and published while far is away: only the newest of them is handed over.
      const missed: StreamEvent[] = [];
      await away(async () => {
        missed.push(await log.append(busy, 'call_event_created', { n: 2 }));
        missed.push(await log.append(busy, 'call_event_created', { n: 3 }));
        for (const e of missed) await near.publish(e);
      });
      await waitFor(() => got.length === 2, 'the newest missed event', 5000);
      expect(got).toEqual([`${busy}:${live.id}`, `${busy}:${missed[1]!.id}`]);

      // A reconnect that missed nothing hands nothing over; live events still arrive once.
      await away(async () => {});
      const later = await log.append(busy, 'call_event_created', { n: 4 });
      await near.publish(later);
      const quietLater = await log.append(quiet, 'call_event_created', { n: 2 });
      await near.publish(quietLater);
      await waitFor(() => got.length === 4, 'the next live events');
      await new Promise((r) => setTimeout(r, 100));
      expect(got).toEqual([
        `${busy}:${live.id}`,
        `${busy}:${missed[1]!.id}`,
        `${busy}:${later.id}`,
        `${quiet}:${quietLater.id}`,
      ]);
      expect(early.id).toBe('1');
    } finally {
      await near.close();
      await far.close();
    }
  });

  it('carries events larger than the NOTIFY payload limit through the overflow table, in order', async () => {
    const [one, two] = [await create(), await create()];
    const tenantId = uniqueId('tenant');
    const got: StreamEvent[] = [];
    await two.subscribe(tenantId, (e) => got.push(e));
    const big = notifyEvent(tenantId, '1', { transcript: 'x'.repeat(20_000) });
    await one.publish(big);
    await one.publish(notifyEvent(tenantId, '2'));
    await waitFor(() => got.length === 2, 'both events');
    expect(got[0]).toEqual(big);
    expect(got[1]?.id).toBe('2');
    await one.close();
    await two.close();
  });

  it('delivers the events of a tenant whose id alone is over the NOTIFY payload limit', async () => {
    const [one, two] = [await create(), await create()];
    const tenants = [uniqueId('t').padEnd(9000, 'x'), uniqueId('t').padEnd(4600, 'é')];
    const got: StreamEvent[] = [];
    for (const tenantId of tenants) await two.subscribe(tenantId, (e) => got.push(e));
    for (const tenantId of tenants) await one.publish(notifyEvent(tenantId, '1'));
    await waitFor(() => got.length === 2, 'both events');
    expect(got).toEqual(tenants.map((tenantId) => notifyEvent(tenantId, '1')));
    await one.close();
    await two.close();
  });

  it('refuses a pool of one connection, which its LISTEN connection would hold forever', async () => {
    await migrated;
    const single = testPool(1, `${schema}-one`);
    pools.push(single);
    expect(() => new PostgresBroadcaster({ pool: single, schema })).toThrow(
      expect.objectContaining({ code: 'configuration_error' }),
    );
    await expect(createPostgresStores({ pool: single, schema, broadcaster: true })).rejects.toMatchObject({
      code: 'configuration_error',
      hint: expect.stringMatching(/max/),
    });
  });

  it('uses one listening connection per broadcaster whatever the number of tenants', async () => {
    await migrated;
    const name = `${schema}-single`;
    const own = testPool(4, name);
    pools.push(own);
    const broadcaster = new PostgresBroadcaster({ pool: own, schema });
    try {
      for (let i = 0; i < 5; i++) await broadcaster.subscribe(uniqueId('tenant'), () => {});
      const res = await admin!.query(
        `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %'`,
        [name],
      );
      expect(res.rowCount).toBe(1);
    } finally {
      await broadcaster.close();
    }
  });
});
