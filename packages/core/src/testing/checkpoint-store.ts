import type { CheckpointStore } from '../ports/checkpoints.js';
import { suite, uniqueId } from './helpers.js';
import type { ConformanceOptions, TestApi } from './types.js';

/**
 * The `CheckpointStore` contract: JSON values round-trip (nested objects, long digit strings),
 * set overwrites, missing keys give null, delete removes, and stored values do not alias inputs.
 */
export function checkpointStoreConformance(t: TestApi, options: ConformanceOptions<CheckpointStore>): void {
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
  });
}
