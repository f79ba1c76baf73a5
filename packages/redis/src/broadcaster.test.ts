import type { StreamEvent } from '@callbridge/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletePrefix, redisUrl, sleep, testClient, uniquePrefix, waitFor } from '../test/support.js';
import { TcpProxy } from '../test/tcp-proxy.js';
import { RedisBroadcaster } from './broadcaster.js';

let seq = 0;
function event(tenantId: string, data: unknown = {}): StreamEvent {
  seq += 1;
  return { id: String(seq), tenantId, type: 'call_event_created', data, createdAt: new Date().toISOString() };
}

describe.skipIf(!redisUrl)('RedisBroadcaster (real Redis)', () => {
  const prefix = uniquePrefix('bcast');
  let redis: Redis;
  const opened: RedisBroadcaster[] = [];
  const make = () => {
    const b = new RedisBroadcaster({ redis, prefix });
    opened.push(b);
    return b;
  };
  const numsub = async (b: RedisBroadcaster, tenant: string) => {
    const reply = (await redis.pubsub('NUMSUB', b.channelOf(tenant))) as [string, number];
    return Number(reply[1]);
  };

  beforeAll(() => {
    redis = testClient();
  });
  afterAll(async () => {
    await Promise.all(opened.map((b) => b.close()));
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  it('delivers an event published on one instance to a subscriber of another, once subscribe resolved', async () => {
    const a = make();
    const b = make();
    const seen: StreamEvent[] = [];
    await b.subscribe('t-cross', (e) => seen.push(e));
    const sent = event('t-cross', { n: 1 });
    await a.publish(sent);
    await waitFor(() => seen.length === 1);
    expect(seen[0]).toEqual(sent);
  });

  it('keeps tenants apart: a subscriber only gets its own tenant', async () => {
    const a = make();
    const seenT1: StreamEvent[] = [];
    const seenT2: StreamEvent[] = [];
    await a.subscribe('t1', (e) => seenT1.push(e));
    await a.subscribe('t2', (e) => seenT2.push(e));
    await a.publish(event('t1'));
    await a.publish(event('t1'));
    await a.publish(event('t2'));
    await waitFor(() => seenT1.length === 2 && seenT2.length === 1);
    expect(seenT1.every((e) => e.tenantId === 't1')).toBe(true);
    expect(seenT2.every((e) => e.tenantId === 't2')).toBe(true);
  });

  it('shares one subscriber connection and ref-counts channel subscriptions', async () => {
    const a = make();
    const first: StreamEvent[] = [];
    const second: StreamEvent[] = [];
    const un1 = await a.subscribe('t-ref', (e) => first.push(e));
    const connection = a.subscriber;
    const un2 = await a.subscribe('t-ref', (e) => second.push(e));
    await a.subscribe('t-ref-other', () => {});
    expect(a.subscriber).toBe(connection);
    expect(await numsub(a, 't-ref')).toBe(1);

    await un1();
    expect(await numsub(a, 't-ref')).toBe(1);
    await a.publish(event('t-ref'));
    await waitFor(() => second.length === 1);
    expect(first).toHaveLength(0);

    await un2();
    expect(await numsub(a, 't-ref')).toBe(0);
    await un2();
    expect(await numsub(a, 't-ref-other')).toBe(1);
  });

  it('resubscribes correctly when a channel is left and joined again at once', async () => {
    const a = make();
    const un = await a.subscribe('t-flip', () => {});
    const seen: StreamEvent[] = [];
    const [, unAgain] = await Promise.all([un(), a.subscribe('t-flip', (e) => seen.push(e))]);
    expect(await numsub(a, 't-flip')).toBe(1);
    await a.publish(event('t-flip'));
    await waitFor(() => seen.length === 1);
    await unAgain();
  });

  it('counts the same listener function subscribed twice as two subscriptions', async () => {
    const a = make();
    let calls = 0;
    const listener = () => {
      calls += 1;
    };
    const un1 = await a.subscribe('t-same', listener);
    await a.subscribe('t-same', listener);
    await un1();
    await a.publish(event('t-same'));
    await waitFor(() => calls === 1);
  });

  it('keeps delivering to other listeners when one throws, and ignores malformed messages', async () => {
    const a = make();
    const seen: StreamEvent[] = [];
    await a.subscribe('t-throw', () => {
      throw new Error('listener bug');
    });
    await a.subscribe('t-throw', (e) => seen.push(e));
    await redis.publish(a.channelOf('t-throw'), 'not json');
    await a.publish(event('t-throw'));
    await waitFor(() => seen.length === 1);
    await sleep(20);
    expect(seen).toHaveLength(1);
  });

  it('close() ends the subscriber connection and refuses further use', async () => {
    const a = make();
    await a.subscribe('t-close', () => {});
    expect(await numsub(a, 't-close')).toBe(1);
    await a.close();
    await waitFor(async () => (await numsub(a, 't-close')) === 0);
    await expect(a.subscribe('t-close', () => {})).rejects.toMatchObject({ code: 'configuration_error' });
    await expect(a.publish(event('t-close'))).rejects.toMatchObject({ code: 'configuration_error' });
  });

  it('hands a listener the newest event published while its subscriber was reconnecting, once', async () => {
    const target = new URL(redisUrl!);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
    const viaProxy = new Redis({ host: '127.0.0.1', port: proxy.port, retryStrategy: () => 20 });
    viaProxy.on('error', () => {});
    const far = new RedisBroadcaster({ redis: viaProxy, prefix });
    try {
      const near = make();
      const seen: StreamEvent[] = [];
      await far.subscribe('t-gap', (e) => seen.push(e));
      const first = event('t-gap');
      await near.publish(first);
      await waitFor(() => seen.length === 1);

      // The far instance loses its connections (a network blip, CLIENT KILL, a pub/sub output
      // buffer limit): pub/sub keeps nothing for it, the publisher does not notice.
      await proxy.down();
      const missed = [event('t-gap'), event('t-gap')];
      for (const e of missed) await near.publish(e);
      await proxy.up();
      // The newest one is handed over once re-subscribed: an SSE stream that sees its id reads the
      // ones before it from the event log.
      await waitFor(() => seen.length === 2, 5000);
      expect(seen.map((e) => e.id)).toEqual([first.id, missed[1]!.id]);
      expect(seen[1]).toEqual(missed[1]);

      // A reconnect that missed nothing hands nothing over; live events still arrive once.
      await proxy.down();
      await proxy.up();
      await waitFor(
        async () => Number(((await redis.pubsub('NUMSUB', far.channelOf('t-gap'))) as unknown[])[1]) === 1,
      );
      const later = event('t-gap');
      await near.publish(later);
      await waitFor(() => seen.length === 3);
      await sleep(50);
      expect(seen.map((e) => e.id)).toEqual([first.id, missed[1]!.id, later.id]);
    } finally {
      await far.close();
      viaProxy.disconnect();
      await proxy.down();
    }
  });

  it('notices a subscriber connection that died silently (PING unanswered), reconnects and catches up', async () => {
    const target = new URL(redisUrl!);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
    // Only the subscriber connection goes through the proxy (it is the client's duplicate()).
    const viaProxy = testClient();
    viaProxy.duplicate = () => {
      const subscriber = new Redis({ host: '127.0.0.1', port: proxy.port, retryStrategy: () => 20 });
      subscriber.on('error', () => {});
      return subscriber;
    };
    const far = new RedisBroadcaster({
      redis: viaProxy,
      prefix,
      subscriberPingMs: 100,
      commandTimeoutMs: 200,
    });
    try {
      const near = make();
      const seen: StreamEvent[] = [];
      await far.subscribe('t-dead', (e) => seen.push(e));
      const connection = far.subscriber;
      // The subscriber's path to Redis dies with the connection still open (Redis may long have
      // closed its end): no error, no close, nothing arrives.
      proxy.blackhole();
      const missed = event('t-dead');
      await near.publish(missed);
      await waitFor(() => seen.length === 1, 5000);
      expect(seen).toEqual([missed]);
      expect(far.subscriber).toBe(connection);
      const later = event('t-dead');
      await near.publish(later);
      await waitFor(() => seen.length === 2);
      expect(seen.map((e) => e.id)).toEqual([missed.id, later.id]);
    } finally {
      await far.close();
      viaProxy.disconnect();
      await proxy.down();
    }
  });
});
