import type { StreamEvent } from '@callbridge/core';
import { waitFor } from '@callbridge/core/testing';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPgPool, migrate, PostgresBroadcaster } from '../src/index.js';
import { dropSchemas, PG_URL, testPool, uniqueSchema } from './helpers.js';

const event = (tenantId: string, id: string): StreamEvent => ({
  id,
  tenantId,
  type: 'call_event_created',
  data: { id },
  createdAt: '2026-03-01T10:00:00.000Z',
});

/** Subscriptions that race each other on one broadcaster: each must hold once it resolved. */
describe.skipIf(!PG_URL)('PostgresBroadcaster subscription races', () => {
  const schema = uniqueSchema('notify_race');
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

  it('a second subscribe of a tenant resolves only once the channel is LISTENed', async () => {
    const [listening, publishing] = [await create(), await create()];
    const got: string[] = [];
    const first = listening.subscribe('acme', () => {});
    await listening.subscribe('acme', (e) => got.push(e.id));
    await publishing.publish(event('acme', '1'));
    await first;
    await waitFor(() => got.length === 1, 'the event');
    expect(got).toEqual(['1']);
  });

  it('a subscribe racing the unsubscribe of the last listener of its tenant stays subscribed', async () => {
    const [listening, publishing] = [await create(), await create()];
    const unsubscribe = await listening.subscribe('acme', () => {});
    const got: string[] = [];
    const [, subscribed] = await Promise.all([
      unsubscribe(),
      listening.subscribe('acme', (e) => got.push(e.id)),
    ]);
    await publishing.publish(event('acme', '2'));
    await waitFor(() => got.length === 1, 'the event');
    expect(got).toEqual(['2']);
    await subscribed();
  });

  it('keeps a channel prefix of multi-byte characters under the 63-byte channel name limit', async () => {
    await migrated;
    const channelPrefix = 'événements_téléphoniques_😀😀😀😀😀😀';
    const make = () => {
      const b = new PostgresBroadcaster({ pool: pool(), schema, channelPrefix });
      created.push(b);
      return b;
    };
    const [listening, publishing] = [make(), make()];
    const got: string[] = [];
    await listening.subscribe('acme', (e) => got.push(e.id));
    await publishing.publish(event('acme', '3'));
    await waitFor(() => got.length === 1, 'the event');
    expect(got).toEqual(['3']);
  });
});
