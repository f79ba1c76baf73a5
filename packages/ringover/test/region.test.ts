import {
  createCallBridge,
  createMemoryStores,
  MemoryContactDirectory,
  staticTenants,
} from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { ringoverFixtures, signRingoverWebhook } from '../src/testing.js';
import { BASE, KEYS, NOW, PAUL, post } from './helpers.js';

// Ringover sends international numbers as digits without "+" ("33612345678"). A bridge whose
// default region is not the caller's must not read them as its own national numbers.

describe('Ringover numbers in a bridge of another default region', () => {
  it.each(['DE', 'IT', 'US'] as const)(
    'stores the French caller as +33 and matches the contact (%s)',
    async (region) => {
      const bridge = createCallBridge({
        providers: [ringover()],
        tenants: staticTenants([{ id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS } } }]),
        authenticate: () => null,
        contacts: new MemoryContactDirectory([PAUL]),
        stores: createMemoryStores({ now: () => NOW }),
        background: false,
        now: () => NOW,
        defaultRegion: region,
      });
      const body = ringoverFixtures['call/ringing'];
      expect(body).toContain('"from_number":"33612345678"');
      const headers = await signRingoverWebhook(body, KEYS.callEvents, { url: `${BASE}/k-acme` });
      const response = await post(bridge, body, headers);
      expect(response.status).toBe(200);
      const page = await bridge.runtime.interactions.list('acme', {}, { limit: 10 });
      expect(page.items[0]?.metadata).toMatchObject({
        callerNumber: '+33612345678',
        callerNumberRaw: '33612345678',
      });
      expect(page.items[0]?.contactId).toBe(PAUL.id);
      await bridge.close();
    },
  );
});
