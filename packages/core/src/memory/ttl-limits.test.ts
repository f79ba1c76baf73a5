import { describe, expect, it } from 'vitest';
import { isCallbridgeError } from '../errors.js';
import { MAX_STORE_TTL_MS, MemoryCheckpointStore, MemoryDedupeStore } from './index.js';

/**
 * The in-memory stores refuse the TTLs the durable ones refuse (above `MAX_STORE_TTL_MS`, where
 * PostgreSQL's `now() + ttl` leaves its range), so tests on memory catch them.
 */
describe('TTL limits of the in-memory stores (the same as the durable ones)', () => {
  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => '(accepted)',
      (error: unknown) => (isCallbridgeError(error) ? `${error.code}: ${error.message}` : String(error)),
    );

  it('MemoryDedupeStore refuses a claim or commit ttlMs above the maximum or not positive', async () => {
    const store = new MemoryDedupeStore();
    for (const ttlMs of [MAX_STORE_TTL_MS + 1, Number.MAX_SAFE_INTEGER, 1e300]) {
      expect(await rejection(store.claim('k', ttlMs))).toMatch(
        /^configuration_error: .*ttlMs.*3155760000000/,
      );
      expect(await rejection(store.commit('k', 't', ttlMs))).toMatch(
        /^configuration_error: .*ttlMs.*3155760000000/,
      );
    }
    for (const ttlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(await rejection(store.claim('k', ttlMs))).toMatch(/^configuration_error: .*ttlMs/);
    }
    expect(store.size).toBe(0);
    const claim = await store.claim('k', MAX_STORE_TTL_MS);
    expect(claim.status).toBe('claimed');
  });

  it('MemoryCheckpointStore refuses a ttlMs above the maximum, writing nothing', async () => {
    const store = new MemoryCheckpointStore();
    for (const ttlMs of [MAX_STORE_TTL_MS + 1, Number.MAX_SAFE_INTEGER, 1e300]) {
      expect(await rejection(store.set('k', 1, { ttlMs }))).toMatch(
        /^configuration_error: .*ttlMs.*3155760000000/,
      );
    }
    expect(await store.get('k')).toBeNull();
    await store.set('k', 2, { ttlMs: MAX_STORE_TTL_MS });
    expect(await store.get('k')).toBe(2);
  });
});
