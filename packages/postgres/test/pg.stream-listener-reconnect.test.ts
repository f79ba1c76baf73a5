import { type CallBridge, createCallBridge, MemoryContactDirectory, staticTenants } from '@callbridge/core';
import { createFakeProvider, fakeSignature, SseReader, sleep } from '@callbridge/core/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStores, type PostgresStores } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

const TENANT = { id: 'tenant-a', key: 'key-a', providers: { ringover: { secret: 'secret-of-tenant-a' } } };

// Two bridges on one database, each with its LISTEN/NOTIFY broadcaster: B's listening connection
// is terminated while A stores calls, so their NOTIFYs never reach B.
describe.skipIf(!PG_URL)("an SSE stream whose bridge's LISTEN connection was lost for a while", () => {
  const schema = uniqueSchema('listen_reconnect');
  let admin: pg.Pool;
  const pools: pg.Pool[] = [];
  const opened: PostgresStores[] = [];

  async function startBridge(name: string): Promise<CallBridge> {
    const pool = testPool(4, `${schema}_${name}`);
    pools.push(pool);
    const stores = await createPostgresStores({ pool, schema, broadcaster: true });
    opened.push(stores);
    return createCallBridge({
      providers: [createFakeProvider()],
      tenants: staticTenants([{ ...TENANT, providers: { ...TENANT.providers } }]),
      authenticate: () => ({ tenantId: TENANT.id, userId: 'u1' }),
      contacts: new MemoryContactDirectory([]),
      stores,
      basePath: '/api/v1',
      background: false,
      stream: { heartbeatMs: 60_000, retryMs: 1000, tokenSecret: 'listen-reconnect-secret-0123456789abcdef' },
    });
  }

  async function deliver(bridge: CallBridge, id: string): Promise<void> {
    const body = JSON.stringify({ calls: [{ id }] });
    const response = await bridge.handle(
      new Request(`http://127.0.0.1/api/v1/webhooks/ringover/${TENANT.key}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-fake-signature': await fakeSignature(TENANT.providers.ringover.secret, body),
        },
        body,
      }),
    );
    expect(response.status).toBe(200);
    await response.body?.cancel();
  }

  /** Backend pids of B's LISTENing connection. */
  async function listenersOfB(): Promise<number[]> {
    const res = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %'`,
      [`${schema}_b`],
    );
    return res.rows.map((r) => r.pid);
  }

  let a: CallBridge;
  let b: CallBridge;

  beforeAll(async () => {
    admin = testPool(2, `${schema}_admin`);
    a = await startBridge('a');
    b = await startBridge('b');
  });
  afterAll(async () => {
    for (const stores of opened) await stores.close();
    if (admin) {
      await dropSchemas(admin, [schema]);
      await admin.end();
    }
    for (const pool of pools) await pool.end();
  });

  it('gets the calls stored meanwhile on the other bridge once LISTENing again, without waiting for the next call', {
    timeout: 60_000,
  }, async () => {
    const response = await b.handle(new Request('http://127.0.0.1/api/v1/events/stream'));
    expect(response.status).toBe(200);
    const stream = new SseReader(response);
    await deliver(a, 'call-1');
    expect((await stream.take(1, { timeoutMs: 10_000 })).map((e) => e.id)).toEqual(['1']);

    const before = await listenersOfB();
    expect(before).toHaveLength(1);
    // B's pool is held while A stores two calls, so B cannot LISTEN again before they are notified.
    const poolOfB = pools[1]!;
    const held = await Promise.all([poolOfB.connect(), poolOfB.connect(), poolOfB.connect()]);
    await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);
    held.push(await poolOfB.connect());
    await deliver(a, 'call-2');
    await deliver(a, 'call-3');
    for (const client of held) client.release();
    for (let i = 0; i < 200 && !(await listenersOfB()).some((pid) => !before.includes(pid)); i++)
      await sleep(25);
    expect((await listenersOfB()).some((pid) => !before.includes(pid))).toBe(true);

    // B's open stream gets both calls, in order, with no new call.
    const missed = await stream.take(2, { timeoutMs: 10_000 });
    expect(missed.map((e) => e.id)).toEqual(['2', '3']);
    expect(missed.map((e) => (JSON.parse(e.data) as { sourceRecordId: string }).sourceRecordId)).toEqual([
      'call-2',
      'call-3',
    ]);
    // Live again: the next call arrives once.
    await deliver(a, 'call-4');
    expect((await stream.take(1, { timeoutMs: 10_000 })).map((e) => e.id)).toEqual(['4']);
    await expect(stream.next(300)).rejects.toThrow(/No SSE event/);
    await stream.cancel();
  });
});
