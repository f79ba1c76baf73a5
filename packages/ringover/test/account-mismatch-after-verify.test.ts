import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { SEED_COMPAT_SECRET, seedCompatPayload } from '../src/testing.js';
import { makeBridge } from './helpers.js';

// Someone holding tenant A's URL key must not learn, from an unsigned request, whether a payload
// `tenant_id` names another tenant: verification comes first, the clear mismatch answer after.

const OTHER = seedCompatPayload.replace('"tenant_id":"tenant-1"', '"tenant_id":"tenant-2"');
const sign = (body: string, secret: string) => createHmac('sha256', secret).update(body).digest('hex');

function setup() {
  const compat = { enabled: true, secrets: SEED_COMPAT_SECRET };
  return makeBridge({
    provider: ringover(),
    tenants: [
      { id: 'tenant-1', key: 'k1', providers: { ringover: { compat } } },
      { id: 'tenant-2', key: 'k2', providers: { ringover: { compat: { enabled: true, secrets: 'other' } } } },
    ],
  });
}

const postTo = (bridge: ReturnType<typeof setup>['bridge'], body: string, signature: string | null) =>
  bridge.handle(
    new Request('https://crm.example.com/api/v1/webhooks/ringover/k1', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'X-Ringover-Signature': signature } : {}),
      },
      body,
    }),
  );

describe('account_mismatch comes after verification', () => {
  it('answers an unsigned or wrongly signed request naming another tenant the generic 401', async () => {
    const { bridge, stores } = setup();
    for (const signature of [null, sign(OTHER, 'not-the-key'), sign(OTHER, 'other')]) {
      const res = await postTo(bridge, OTHER, signature);
      expect(res.status).toBe(401);
      const { code } = await res.json();
      expect(code).not.toBe('account_mismatch');
      expect(code).toMatch(/^signature_/);
    }
    expect((await stores.interactions.list('tenant-2', {}, { limit: 10 })).items).toHaveLength(0);
  });

  it("keeps the clear account_mismatch answer for a request verified with the URL tenant's key", async () => {
    const { bridge, stores } = setup();
    const res = await postTo(bridge, OTHER, sign(OTHER, SEED_COMPAT_SECRET));
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('account_mismatch');
    expect((await stores.interactions.list('tenant-2', {}, { limit: 10 })).items).toHaveLength(0);
    expect((await stores.interactions.list('tenant-1', {}, { limit: 10 })).items).toHaveLength(0);
  });
});
