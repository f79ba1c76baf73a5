import { waitFor } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';
import { PostgresBroadcaster } from '../src/index.js';
import { broadcasterFixture, notifyEvent } from './broadcaster-fixture.js';
import { PG_URL } from './helpers.js';

/** Subscriptions that race each other on one broadcaster: each must hold once it resolved. */
describe.skipIf(!PG_URL)('PostgresBroadcaster subscription races', () => {
  const { schema, pool, create, migrated, created } = broadcasterFixture('notify_race');

  it('a second subscribe of a tenant resolves only once the channel is LISTENed', async () => {
    const [listening, publishing] = [await create(), await create()];
    const got: string[] = [];
    const first = listening.subscribe('acme', () => {});
    await listening.subscribe('acme', (e) => got.push(e.id));
    await publishing.publish(notifyEvent('acme', '1'));
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
    await publishing.publish(notifyEvent('acme', '2'));
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
    await publishing.publish(notifyEvent('acme', '3'));
    await waitFor(() => got.length === 1, 'the event');
    expect(got).toEqual(['3']);
  });
});
