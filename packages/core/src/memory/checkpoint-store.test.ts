import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointStoreConformance } from '../testing/index.js';
import { MemoryCheckpointStore } from './checkpoint-store.js';

checkpointStoreConformance(
  { describe, it, expect, beforeEach, afterEach },
  { name: 'MemoryCheckpointStore (expiry)', create: () => new MemoryCheckpointStore(), expiry: true },
);

describe('MemoryCheckpointStore with an injected clock', () => {
  it('expires an entry when the clock reaches its ttlMs, not before', async () => {
    let now = 1_000;
    const store = new MemoryCheckpointStore({ now: () => now });
    await store.set('k', { a: 1 }, { ttlMs: 500 });
    now += 499;
    expect(await store.get('k')).toEqual({ a: 1 });
    now += 1;
    expect(await store.get('k')).toBeNull();
    expect(store.size).toBe(0);
  });

  it('sweeps expired entries as it is written to, without reading them', async () => {
    let now = 0;
    const store = new MemoryCheckpointStore({ now: () => now });
    for (let i = 0; i < 1_000; i++) await store.set(`call/${i}`, i, { ttlMs: 10 });
    await store.set('cursor', { page: 1 });
    expect(store.size).toBeGreaterThan(900);
    now = 1_000;
    // A store written once per call: each set drops some expired entries, never many at once.
    for (let i = 0; i < 200; i++) await store.set(`later/${i}`, i, { ttlMs: 10_000 });
    expect(store.size).toBe(201);
    expect(await store.get('cursor')).toEqual({ page: 1 });
    expect(await store.get('later/0')).toBe(0);
  });

  it('keeps entries set without ttlMs whatever the clock says', async () => {
    let now = 0;
    const store = new MemoryCheckpointStore({ now: () => now });
    await store.set('k', 1, { ttlMs: 10 });
    await store.set('k', 2);
    now = Number.MAX_SAFE_INTEGER;
    expect(await store.get('k')).toBe(2);
  });

  it('refuses a ttlMs that is not a positive finite number, saying what to pass', async () => {
    const store = new MemoryCheckpointStore();
    for (const ttlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(store.set('k', 1, { ttlMs })).rejects.toThrow(/ttlMs/);
    }
    expect(await store.get('k')).toBeNull();
  });
});
