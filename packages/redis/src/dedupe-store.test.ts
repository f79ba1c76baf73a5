import { MAX_STORE_TTL_MS } from '@callbridge/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletePrefix, redisUrl, sleep, testClient, uniquePrefix } from '../test/support.js';
import { COMMITTED_MARKER, RedisDedupeStore } from './dedupe-store.js';

describe.skipIf(!redisUrl)('RedisDedupeStore (real Redis)', () => {
  const prefix = uniquePrefix('dedupe');
  let redis: Redis;
  let store: RedisDedupeStore;

  beforeAll(() => {
    redis = testClient();
    store = new RedisDedupeStore({ redis, prefix });
  });
  afterAll(async () => {
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  it('claims with SET NX PX: the claim holds our token and the TTL', async () => {
    const result = await store.claim('k-ttl', 5000);
    expect(result.status).toBe('claimed');
    const token = result.status === 'claimed' ? result.token : '';
    expect(await redis.get(store.keyOf('k-ttl'))).toBe(token);
    const pttl = await redis.pttl(store.keyOf('k-ttl'));
    expect(pttl).toBeGreaterThan(4000);
    expect(pttl).toBeLessThanOrEqual(5000);
  });

  it('tells a live claim (in_progress) from a committed one (duplicate)', async () => {
    const first = await store.claim('k-state', 5000);
    expect(await store.claim('k-state', 5000)).toEqual({ status: 'in_progress' });
    if (first.status !== 'claimed') throw new Error('expected a claim');
    await store.commit('k-state', first.token, 60_000);
    expect(await redis.get(store.keyOf('k-state'))).toBe(COMMITTED_MARKER + first.token);
    expect(await redis.pttl(store.keyOf('k-state'))).toBeGreaterThan(55_000);
    expect(await store.claim('k-state', 5000)).toEqual({ status: 'duplicate' });
  });

  it('lets exactly one of many concurrent claims win', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => store.claim('k-race', 5000)));
    expect(results.filter((r) => r.status === 'claimed')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'in_progress')).toHaveLength(49);
  });

  it('release deletes only the owner claim (Lua compare-and-delete)', async () => {
    const mine = await store.claim('k-release', 5000);
    if (mine.status !== 'claimed') throw new Error('expected a claim');
    await store.release('k-release', 'not-the-owner');
    expect(await redis.get(store.keyOf('k-release'))).toBe(mine.token);
    await store.release('k-release', mine.token);
    expect(await redis.exists(store.keyOf('k-release'))).toBe(0);
    expect((await store.claim('k-release', 5000)).status).toBe('claimed');
  });

  it('a slow first caller cannot release or commit over the retry that took its expired claim', async () => {
    const slow = await store.claim('k-expired', 50);
    if (slow.status !== 'claimed') throw new Error('expected a claim');
    await sleep(80);
    const retry = await store.claim('k-expired', 5000);
    if (retry.status !== 'claimed') throw new Error('the expired claim should be claimable again');
    await store.release('k-expired', slow.token);
    await store.commit('k-expired', slow.token, 60_000);
    expect(await redis.get(store.keyOf('k-expired'))).toBe(retry.token);
    await store.commit('k-expired', retry.token, 60_000);
    expect(await store.claim('k-expired', 5000)).toEqual({ status: 'duplicate' });
  });

  it('commit by the owner again extends the committed TTL; another token cannot', async () => {
    const c = await store.claim('k-extend', 5000);
    if (c.status !== 'claimed') throw new Error('expected a claim');
    await store.commit('k-extend', c.token, 10_000);
    await store.commit('k-extend', 'someone-else', 120_000);
    expect(await redis.pttl(store.keyOf('k-extend'))).toBeLessThanOrEqual(10_000);
    await store.commit('k-extend', c.token, 120_000);
    expect(await redis.pttl(store.keyOf('k-extend'))).toBeGreaterThan(100_000);
  });

  it('release after commit leaves the committed marker', async () => {
    const c = await store.claim('k-commit-release', 5000);
    if (c.status !== 'claimed') throw new Error('expected a claim');
    await store.commit('k-commit-release', c.token, 60_000);
    await store.release('k-commit-release', c.token);
    expect(await store.claim('k-commit-release', 5000)).toEqual({ status: 'duplicate' });
  });

  it('commit still records a stored delivery whose claim expired unclaimed', async () => {
    const c = await store.claim('k-late-commit', 30);
    if (c.status !== 'claimed') throw new Error('expected a claim');
    await sleep(60);
    await store.commit('k-late-commit', c.token, 60_000);
    expect(await store.claim('k-late-commit', 5000)).toEqual({ status: 'duplicate' });
  });

  it('keeps tenants of different prefixes apart', async () => {
    const other = new RedisDedupeStore({ redis, prefix: `${prefix}other` });
    expect((await store.claim('k-shared', 5000)).status).toBe('claimed');
    expect((await other.claim('k-shared', 5000)).status).toBe('claimed');
  });

  it('rejects a non-positive TTL with a configuration error', async () => {
    await expect(store.claim('k-bad', 0)).rejects.toMatchObject({ code: 'configuration_error' });
  });

  it('rejects a TTL over MAX_STORE_TTL_MS as the other stores do, instead of failing in Redis', async () => {
    for (const ttl of [MAX_STORE_TTL_MS + 1, 1e300]) {
      await expect(store.claim('k-huge', ttl)).rejects.toMatchObject({ code: 'configuration_error' });
      await expect(store.commit('k-huge', 'token', ttl)).rejects.toMatchObject({
        code: 'configuration_error',
      });
    }
    expect((await store.claim('k-max', MAX_STORE_TTL_MS)).status).toBe('claimed');
  });

  it('reports an unreachable Redis as store_unavailable (503)', async () => {
    const dead = new Redis({
      port: 1,
      host: '127.0.0.1',
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on('error', () => {});
    const down = new RedisDedupeStore({ redis: dead, prefix });
    await expect(down.claim('k-down', 5000)).rejects.toMatchObject({
      code: 'store_unavailable',
      status: 503,
    });
    dead.disconnect();
  });
});
