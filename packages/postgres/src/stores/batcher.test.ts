import { describe, expect, it } from 'vitest';
import { KeyedBatcher } from './batcher.js';

describe('KeyedBatcher', () => {
  it('flushes the first call at once and combines the calls made meanwhile, in order', async () => {
    const flushes: Array<[string, number[]]> = [];
    const batcher = new KeyedBatcher<number, string>(async (key, items) => {
      flushes.push([key, items]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((i) => `${key}:${i}`);
    }, 3);
    const out = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => batcher.add('a', i)));
    expect(out).toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6']);
    expect(flushes).toEqual([
      ['a', [1]],
      ['a', [2, 3, 4]],
      ['a', [5, 6]],
    ]);
  });

  it('runs keys independently and rejects only the batch whose flush failed', async () => {
    const batcher = new KeyedBatcher<number, number>(async (key, items) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (key === 'bad') throw new Error('flush failed');
      return items.map((i) => i * 10);
    }, 10);
    const results = await Promise.allSettled([
      batcher.add('good', 1),
      batcher.add('bad', 2),
      batcher.add('good', 3),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toMatchObject({ value: 10 });
    expect(results[2]).toMatchObject({ value: 30 });
    expect(await batcher.add('bad', 4).catch((e: Error) => e.message)).toBe('flush failed');
    expect(await batcher.add('good', 5)).toBe(50);
  });

  it('flushes each item alone when a batch fails with an item error, so only the bad item rejects', async () => {
    const flushes: number[][] = [];
    const batcher = new KeyedBatcher<number, number>(
      async (_key, items) => {
        flushes.push(items);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (items.includes(-1)) throw Object.assign(new Error('bad item'), { item: true });
        if (items.includes(-2)) throw new Error('server down');
        return items;
      },
      10,
      (error) => (error as { item?: boolean }).item === true,
    );
    const results = await Promise.allSettled([1, 2, -1, 3].map((i) => batcher.add('a', i)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(flushes).toEqual([[1], [2, -1, 3], [2], [-1], [3]]);
    // Any other error rejects the whole batch without retrying its items.
    flushes.length = 0;
    const down = await Promise.allSettled([4, 5, -2, 6].map((i) => batcher.add('b', i)));
    expect(down.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected']);
    expect(flushes).toEqual([[4], [5, -2, 6]]);
  });
});
