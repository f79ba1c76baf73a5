// The subscriber connection's lifecycle: what close() stops, and what the first connection does
// not do (it is no reconnect).
import type { StreamEvent } from '@callbridge/core';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deletePrefix, redisUrl, sleep, testClient, uniquePrefix, waitFor } from '../test/support.js';
import { RedisBroadcaster } from './broadcaster.js';

let seq = 0;
function event(tenantId: string): StreamEvent {
  seq += 1;
  return {
    id: String(seq),
    tenantId,
    type: 'call_event_created',
    data: {},
    createdAt: new Date().toISOString(),
  };
}

describe.skipIf(!redisUrl)('RedisBroadcaster lifecycle (real Redis)', () => {
  const prefix = uniquePrefix('bcast-life');
  let redis: Redis;
  const opened: RedisBroadcaster[] = [];
  const make = (options: { subscriberPingMs?: number } = {}) => {
    const b = new RedisBroadcaster({ redis, prefix, ...options });
    opened.push(b);
    return b;
  };

  beforeAll(() => {
    redis = testClient();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await Promise.all(opened.map((b) => b.close()));
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  it('the first connection hands over nothing: only events published once subscribed arrive', async () => {
    const near = make();
    // The tenant's newest event is kept before anyone here subscribes.
    await near.publish(event('t-first'));
    const far = make();
    const seen: StreamEvent[] = [];
    await far.subscribe('t-first', (e) => seen.push(e));
    await sleep(200);
    expect(seen).toEqual([]);
    const live = event('t-first');
    await near.publish(live);
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual([live]);
  });

  it('close() stops the subscriber PINGs', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const a = make({ subscriberPingMs: 60_000 });
    expect(vi.getTimerCount()).toBe(0);
    await a.subscribe('t-ping', () => {});
    expect(vi.getTimerCount()).toBe(1);
    await a.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});
