// The listening connection's lifecycle: what close() stops, and what the first connection does
// not do (it is no reconnect).
import type { StreamEvent } from '@callbridge/core';
import { uniqueId, waitFor } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';
import { fromPgPool, PostgresBroadcaster, PostgresEventLog } from '../src/index.js';
import { broadcasterFixture, notifyEvent } from './broadcaster-fixture.js';
import { PG_URL } from './helpers.js';

describe.skipIf(!PG_URL)('PostgresBroadcaster lifecycle', () => {
  const { schema, pool, admin, migrated, created } = broadcasterFixture('notify-life');

  const recording = () => {
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
    return { warnings, logger };
  };

  /** Backend pids of this schema's LISTENing connections. */
  async function listeners(): Promise<number[]> {
    const res = await admin!.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE application_name = $1 AND query LIKE 'LISTEN "callbridge_%' AND pid <> pg_backend_pid()`,
      [schema],
    );
    return res.rows.map((r) => r.pid);
  }

  it('close() during the reconnect backoff stops reconnecting: no connection is taken afterwards', async () => {
    await migrated;
    const { warnings, logger } = recording();
    const p = pool();
    const broadcaster = new PostgresBroadcaster({ pool: p, schema, reconnectDelayMs: 300, logger });
    created.push(broadcaster);
    await broadcaster.subscribe(uniqueId('tenant'), () => {});
    const pids = await listeners();
    expect(pids).toHaveLength(1);
    let connects = 0;
    const connect = p.connect.bind(p) as (...args: unknown[]) => unknown;
    p.connect = ((...args: unknown[]) => {
      connects += 1;
      return connect(...args);
    }) as typeof p.connect;
    await admin!.query('SELECT pg_terminate_backend($1)', [pids[0]]);
    await waitFor(() => warnings.some((w) => w.includes('lost its connection')), 'the lost connection');
    await broadcaster.close();
    await new Promise((r) => setTimeout(r, 600));
    expect(connects).toBe(0);
    expect(warnings.filter((w) => w.includes('could not reconnect'))).toEqual([]);
  });

  it('the first connection hands over nothing: only events published once subscribed arrive', async () => {
    await migrated;
    const tenantId = uniqueId('tenant');
    // The tenant already has an event in the log before anyone subscribes.
    await new PostgresEventLog({ client: fromPgPool(admin!), schema }).append(
      tenantId,
      'call_event_created',
      {
        before: true,
      },
    );
    const broadcaster = new PostgresBroadcaster({ pool: pool(), schema, reconnectDelayMs: 20 });
    created.push(broadcaster);
    const got: StreamEvent[] = [];
    await broadcaster.subscribe(tenantId, (e) => got.push(e));
    await new Promise((r) => setTimeout(r, 300));
    expect(got).toEqual([]);
    const live = notifyEvent(tenantId, '999999');
    await broadcaster.publish(live);
    await waitFor(() => got.length === 1, 'the live event');
    expect(got).toEqual([live]);
  });
});
