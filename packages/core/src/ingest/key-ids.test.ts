import { describe, expect, it } from 'vitest';
import { MemoryDedupeStore, MemoryInteractionStore, staticTenants } from '../memory/index.js';
import type { DedupeStore } from '../ports/dedupe.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';
import { dedupeKey } from './ingest.js';

/** A memory dedupe store counting every call, to prove a refused event never reached it. */
function countingDedupe(): DedupeStore & { calls: number } {
  const inner = new MemoryDedupeStore();
  const store = {
    calls: 0,
    claim: (key: string, ttlMs: number) => {
      store.calls += 1;
      return inner.claim(key, ttlMs);
    },
    commit: (key: string, token: string, ttlMs: number) => {
      store.calls += 1;
      return inner.commit(key, token, ttlMs);
    },
    release: (key: string, token: string) => {
      store.calls += 1;
      return inner.release(key, token);
    },
  };
  return store;
}

describe('ingest of an event whose store-key ids hold a control character', () => {
  it('refuses it as malformed_body (400) naming the field, claiming and storing nothing', async () => {
    const dedupe = countingDedupe();
    const interactions = new MemoryInteractionStore();
    const { bridge, events } = await testBridge({ stores: { dedupe, interactions } });
    const cases: Array<[string, Partial<Parameters<typeof callEvent>[0]>]> = [
      ['deliveryId', { deliveryId: 'zq\u0000-1' }],
      ['sourceRecordId', { sourceRecordId: 'zq\u0000-2' }],
      ['tenantId', { tenantId: 'zq\u0000-3' }],
      ['deliveryId', { deliveryId: 'zq\n-4' }],
      ['sourceRecordId', { sourceRecordId: 'zq-5\u007f' }],
    ];
    for (const [field, overrides] of cases) {
      const error = await bridge.ingest(callEvent(overrides)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, field).toMatchObject({
        code: 'malformed_body',
        status: 400,
        details: { fields: [field] },
      });
      const message = (error as Error).message;
      expect(message).toContain(`${field}: ${field} must not contain control characters`);
      // The message names the field, never its value.
      expect(message).not.toContain('zq');
    }
    expect(dedupe.calls).toBe(0);
    expect((await interactions.list(TENANT, {}, { limit: 10 })).items).toEqual([]);
    expect(events).toEqual([]);
  });

  it('still stores printable ids, spaces and non-ASCII included', async () => {
    const { bridge } = await testBridge();
    const stored = await bridge.ingest(
      callEvent({ sourceRecordId: 'call 1 \u00e9', deliveryId: 'd \u2028' }),
    );
    expect(stored).toMatchObject({ status: 'stored', created: true });
    expect(stored.interaction?.sourceRecordId).toBe('call 1 \u00e9');
  });
});

describe('ingest of an event whose store-key ids are too long for a store key', () => {
  it('refuses it as malformed_body (400) naming the field and the limit, claiming and storing nothing', async () => {
    const dedupe = countingDedupe();
    const interactions = new MemoryInteractionStore();
    const { bridge, events } = await testBridge({ stores: { dedupe, interactions } });
    const cases: Array<[string, Partial<Parameters<typeof callEvent>[0]>, number]> = [
      ['sourceRecordId', { sourceRecordId: 'r'.repeat(257) }, 256],
      ['tenantId', { tenantId: 't'.repeat(257) }, 256],
      ['deliveryId', { deliveryId: 'd'.repeat(1025) }, 1024],
    ];
    for (const [field, overrides, limit] of cases) {
      const error = await bridge.ingest(callEvent(overrides)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, field).toMatchObject({
        code: 'malformed_body',
        status: 400,
        details: { fields: [field] },
      });
      expect((error as Error).message).toContain(`${field} must be at most ${limit} characters`);
    }
    expect(dedupe.calls).toBe(0);
    expect((await interactions.list(TENANT, {}, { limit: 10 })).items).toEqual([]);
    expect(events).toEqual([]);
  });

  it('stores ids at the limit', async () => {
    const { bridge } = await testBridge();
    const stored = await bridge.ingest(
      callEvent({ sourceRecordId: 'r'.repeat(256), deliveryId: 'd'.repeat(1024) }),
    );
    expect(stored).toMatchObject({ status: 'stored', created: true });
  });
});

describe('the dedupe key of a delivery', () => {
  it('keeps the deliveries of tenant "a" and tenant "a:ringover" apart', async () => {
    const { bridge } = await testBridge({
      tenants: staticTenants([
        { id: 'a', key: 'key-a' },
        { id: 'a:ringover', key: 'key-a-ringover' },
      ]),
    });
    // `${tenantId}:${provider}:${deliveryId}` unescaped: both are "a:ringover:ringover:d1".
    const first = await bridge.ingest(
      callEvent({ tenantId: 'a', deliveryId: 'ringover:d1', sourceRecordId: 'call-a' }),
    );
    const second = await bridge.ingest(
      callEvent({ tenantId: 'a:ringover', deliveryId: 'd1', sourceRecordId: 'call-b' }),
    );
    expect(first.status).not.toBe('duplicate');
    expect(second.status).not.toBe('duplicate');
    expect(await bridge.runtime.interactions.getBySource('a:ringover', 'RINGOVER', 'call-b')).not.toBeNull();
    await bridge.close();
  });

  it('is unchanged for ids without ":" or "%", and escapes them otherwise', () => {
    expect(dedupeKey({ tenantId: 't1', provider: 'ringover', deliveryId: 'd:1' })).toBe('t1:ringover:d:1');
    expect(dedupeKey({ tenantId: 'a:b%', provider: 'ringover', deliveryId: 'd' })).toBe(
      'a%3Ab%25:ringover:d',
    );
  });
});
