import { createCallBridge, staticTenants } from '@callbridge/core';
import { ringcentral } from '@callbridge/ringcentral';
import { describe, expect, it } from 'vitest';
import { makeBridge, SETTINGS } from './helpers.js';

// RingCentral validates a webhook address only while creating a subscription to it, and we
// subscribe only a tenant's own URL: a handshake for a tenant the bridge does not know is
// refused like any other webhook of an unknown tenant (ringcentral.md row 9).
const handshake = (path: string) =>
  new Request(`https://crm.example.com/api/v1/webhooks/ringcentral${path}`, {
    method: 'POST',
    headers: { 'Validation-Token': 'vt-unknown' },
  });

async function expectUnknownTenant(response: Response): Promise<void> {
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.headers.get('validation-token')).toBeNull();
  expect(await response.json()).toMatchObject({ code: 'unknown_tenant' });
}

describe('validation handshake of an unknown tenant', () => {
  it('is refused 404 unknown_tenant for a tenant key the bridge does not know', async () => {
    const { bridge } = makeBridge();
    await expectUnknownTenant(await bridge.handle(handshake('/not-a-tenant')));
    const known = await bridge.handle(handshake('/k1'));
    expect(known.status).toBe(200);
    expect(known.headers.get('validation-token')).toBe('vt-unknown');
    await bridge.close();
  });

  it('is refused without a tenant key when the directory has no default tenant', async () => {
    const bridge = createCallBridge({
      providers: [ringcentral({ ...SETTINGS, background: false })],
      tenants: staticTenants([{ id: 't1', key: 'k1' }]),
      authenticate: () => null,
      contacts: { findByPhone: async () => null, search: async () => [] },
      background: false,
    });
    await expectUnknownTenant(await bridge.handle(handshake('')));
    await bridge.close();
  });
});
