import type { DedupeStore } from '../ports/dedupe.js';
import { sleep, suite, uniqueId } from './helpers.js';
import type { ConformanceOptions, TestApi } from './types.js';

/**
 * The `DedupeStore` contract: atomic claim (exactly one winner among 50 concurrent claims),
 * commit → duplicate, release only by the owner token, and TTL expiry of claims and commits.
 */
export function dedupeStoreConformance(t: TestApi, options: ConformanceOptions<DedupeStore>): void {
  const { it, expect } = t;
  suite(t, 'DedupeStore', options, (store) => {
    async function claimToken(key: string, ttlMs = 5_000): Promise<string> {
      const result = await store().claim(key, ttlMs);
      expect(result.status).toBe('claimed');
      if (result.status !== 'claimed') throw new Error(`expected a claim of ${key}`);
      expect(typeof result.token === 'string' && result.token.length > 0).toBe(true);
      return result.token;
    }

    it('claims a fresh key, then reports in_progress while the claim lives', async () => {
      const key = uniqueId('delivery');
      await claimToken(key);
      expect(await store().claim(key, 5_000)).toEqual({ status: 'in_progress' });
      await claimToken(uniqueId('other-delivery'));
    });

    it('lets exactly one of 50 concurrent claims win', async () => {
      const key = uniqueId('delivery');
      const results = await Promise.all(Array.from({ length: 50 }, () => store().claim(key, 5_000)));
      expect(results.filter((r) => r.status === 'claimed')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'in_progress')).toHaveLength(49);
    });

    it('answers duplicate after a commit', async () => {
      const key = uniqueId('delivery');
      await store().commit(key, await claimToken(key), 5_000);
      expect(await store().claim(key, 5_000)).toEqual({ status: 'duplicate' });
      const results = await Promise.all(Array.from({ length: 10 }, () => store().claim(key, 5_000)));
      expect(results.every((r) => r.status === 'duplicate')).toBe(true);
    });

    it('releases only for the owner token, so a retry can claim again', async () => {
      const key = uniqueId('delivery');
      const token = await claimToken(key);
      await store().release(key, 'not-the-token');
      expect(await store().claim(key, 5_000)).toEqual({ status: 'in_progress' });
      await store().release(key, token);
      const again = await claimToken(key);
      expect(again).not.toBe(token);
    });

    it('ignores a commit by a token that does not own the live claim', async () => {
      const key = uniqueId('delivery');
      const token = await claimToken(key);
      await store().commit(key, 'not-the-token', 5_000);
      expect(await store().claim(key, 5_000)).toEqual({ status: 'in_progress' });
      await store().commit(key, token, 5_000);
      expect(await store().claim(key, 5_000)).toEqual({ status: 'duplicate' });
    });

    it('expires an abandoned claim after its TTL; the stale owner cannot release the new claim', async () => {
      const key = uniqueId('delivery');
      const stale = await claimToken(key, 40);
      await sleep(90);
      const fresh = await claimToken(key);
      expect(fresh).not.toBe(stale);
      await store().release(key, stale);
      expect(await store().claim(key, 5_000)).toEqual({ status: 'in_progress' });
    });

    it('forgets a commit after its TTL', async () => {
      const key = uniqueId('delivery');
      // Long enough that a loaded machine still sees the duplicate before the TTL runs out.
      await store().commit(key, await claimToken(key), 500);
      expect(await store().claim(key, 5_000)).toEqual({ status: 'duplicate' });
      await sleep(650);
      await claimToken(key);
    });
  });
}
