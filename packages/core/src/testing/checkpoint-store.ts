import { isCallbridgeError } from '../errors.js';
import { MAX_STORE_TTL_MS } from '../memory/dedupe-store.js';
import type { CheckpointStore } from '../ports/checkpoints.js';
import { sleep, suite, uniqueId } from './helpers.js';
import type { ConformanceOptions, TestApi } from './types.js';

/** Options of `checkpointStoreConformance`. */
export interface CheckpointStoreConformanceOptions extends ConformanceOptions<CheckpointStore> {
  /**
   * Also check `set`'s `ttlMs` (entries read as absent once it passed), with real TTLs of 50 ms.
   * Leave it out for a store that ignores the option (its entries never expire).
   */
  expiry?: boolean;
}

/** A TTL that has surely passed after {@link EXPIRED_AFTER_MS}, and one that surely has not. */
const SHORT_TTL_MS = 50;
const EXPIRED_AFTER_MS = 150;
const LONG_TTL_MS = 60_000;

/**
 * The `CheckpointStore` contract: JSON values round-trip (nested objects, long digit strings),
 * set overwrites, missing keys give null, delete removes, and stored values do not alias inputs.
 * With `expiry: true`, also that an entry set with `ttlMs` reads as absent once it passed, that each
 * `set` decides anew (without `ttlMs` the entry is permanent again), that delete still works, and
 * that a `ttlMs` other than a positive finite number of at most `MAX_STORE_TTL_MS` (100 years) is
 * refused with `configuration_error` (a programming error: nothing is written).
 */
export function checkpointStoreConformance(t: TestApi, options: CheckpointStoreConformanceOptions): void {
  const { it, expect } = t;
  suite(t, 'CheckpointStore', options, (store) => {
    it('round-trips JSON values and overwrites on set', async () => {
      const key = uniqueId('ringcentral:calllog');
      const value = {
        dateFrom: '2026-03-01T10:00:00.000Z',
        page: 3,
        seen: ['12345678901234567890'],
        nested: { ok: true, none: null },
      };
      await store().set(key, value);
      expect(await store().get(key)).toEqual(value);
      await store().set(key, { page: 4 });
      expect(await store().get(key)).toEqual({ page: 4 });
      await store().set(`${key}:n`, 42);
      expect(await store().get(`${key}:n`)).toBe(42);
      await store().set(`${key}:s`, 'text');
      expect(await store().get(`${key}:s`)).toBe('text');
    });

    it('answers null for a missing key and after delete', async () => {
      const key = uniqueId('checkpoint');
      expect(await store().get(key)).toBeNull();
      await store().set(key, { a: 1 });
      await store().delete(key);
      expect(await store().get(key)).toBeNull();
      await store().delete(key);
    });

    it('does not alias stored values', async () => {
      const key = uniqueId('checkpoint');
      const value = { list: [1] };
      await store().set(key, value);
      value.list.push(2);
      const read = await store().get<{ list: number[] }>(key);
      expect(read).toEqual({ list: [1] });
      read?.list.push(3);
      expect(await store().get(key)).toEqual({ list: [1] });
    });

    if (options.expiry) expiryTests(t, store);
  });
}

function expiryTests(t: TestApi, store: () => CheckpointStore): void {
  const { it, expect } = t;

  it('reads an entry set with ttlMs until it expires, then null', async () => {
    const live = uniqueId('checkpoint-live');
    const brief = uniqueId('checkpoint-brief');
    await store().set(live, { a: 1 }, { ttlMs: LONG_TTL_MS });
    await store().set(brief, { b: 2 }, { ttlMs: SHORT_TTL_MS });
    expect(await store().get(live)).toEqual({ a: 1 });
    await sleep(EXPIRED_AFTER_MS);
    expect(await store().get(brief)).toBeNull();
    expect(await store().get(live)).toEqual({ a: 1 });
    // An expired key takes a new value like a missing one.
    await store().set(brief, { b: 3 }, { ttlMs: LONG_TTL_MS });
    expect(await store().get(brief)).toEqual({ b: 3 });
  });

  it('lets each set decide the expiry anew: without ttlMs the entry is permanent again', async () => {
    const madePermanent = uniqueId('checkpoint-permanent');
    const madeBrief = uniqueId('checkpoint-brief');
    const extended = uniqueId('checkpoint-extended');
    await store().set(madePermanent, 1, { ttlMs: SHORT_TTL_MS });
    await store().set(madePermanent, 2);
    await store().set(madeBrief, 'kept');
    await store().set(madeBrief, 'brief', { ttlMs: SHORT_TTL_MS });
    await store().set(extended, [1], { ttlMs: SHORT_TTL_MS });
    await store().set(extended, [2], { ttlMs: LONG_TTL_MS });
    await sleep(EXPIRED_AFTER_MS);
    expect(await store().get(madePermanent)).toBe(2);
    expect(await store().get(madeBrief)).toBeNull();
    expect(await store().get(extended)).toEqual([2]);
  });

  it('refuses a ttlMs that is not a positive finite number of at most MAX_STORE_TTL_MS with configuration_error, writing nothing', async () => {
    const key = uniqueId('checkpoint-bad-ttl');
    const tooLong = [MAX_STORE_TTL_MS + 1, Number.MAX_SAFE_INTEGER, 1e300];
    for (const ttlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, ...tooLong]) {
      const error = await store()
        .set(key, 1, { ttlMs })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(isCallbridgeError(error) && error.code === 'configuration_error').toBe(true);
      expect(String((error as Error).message)).toMatch(/ttlMs/);
    }
    expect(await store().get(key)).toBeNull();
    // The longest TTL is accepted.
    await store().set(key, 1, { ttlMs: MAX_STORE_TTL_MS });
    expect(await store().get(key)).toBe(1);
  });

  it('deletes an entry set with ttlMs', async () => {
    const key = uniqueId('checkpoint');
    await store().set(key, { a: 1 }, { ttlMs: LONG_TTL_MS });
    await store().delete(key);
    expect(await store().get(key)).toBeNull();
  });
}
