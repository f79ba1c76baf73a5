import {
  type CallbridgeProvider,
  createCallBridge,
  type Interaction,
  MemoryContactDirectory,
  staticTenants,
} from '@callbridge/core';
import { fakeSignature } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';

// A malicious tenant posts to its own webhook URL, signed with its own secret, a body that names
// another tenant. A provider that trusts the body for the tenant (a custom one, or a bug) must not
// let the bridge store the events in that other tenant: the bridge checks the events' tenant
// against the tenant the provider verified, and that tenant against the URL's.

const TENANTS = [
  { id: 'tenant-a', key: 'key-a', providers: { ringover: { secret: 'secret-of-tenant-a' } } },
  { id: 'tenant-b', key: 'key-b', providers: { ringover: { secret: 'secret-of-tenant-b' } } },
];

/** Verifies with the URL tenant's secret, then takes the tenant from the body (`payloadTenant`). */
function sloppyProvider(trust: 'events' | 'outcome'): CallbridgeProvider {
  return {
    name: 'ringover',
    async receive(context) {
      const tenant = context.tenant;
      if (!tenant) throw new Error('no tenant');
      const secret = String((tenant.providers?.ringover as { secret?: string } | undefined)?.secret);
      if ((await fakeSignature(secret, context.body)) !== context.headers.get('x-fake-signature'))
        throw new Error('bad signature');
      const body = JSON.parse(new TextDecoder().decode(context.body)) as { tenant: string };
      const named = (await context.tenants.byId(body.tenant)) ?? tenant;
      return {
        kind: 'events',
        tenant: trust === 'outcome' ? named : tenant,
        events: [
          {
            provider: 'ringover',
            tenantId: named.id,
            sourceRecordId: 'planted',
            deliveryId: 'planted:ringing',
            kind: 'ringing',
            direction: 'inbound',
            from: { raw: '+32470123456', e164: null },
            to: { raw: '+3221234567', e164: null },
            occurredAt: new Date(context.now()).toISOString(),
          },
        ],
      };
    },
  };
}

function bridgeWith(provider: CallbridgeProvider) {
  return createCallBridge({
    providers: [provider],
    tenants: staticTenants(TENANTS),
    authenticate: (request) => {
      const tenantId = request.headers.get('x-tenant');
      return tenantId ? { tenantId, userId: 'u' } : null;
    },
    contacts: new MemoryContactDirectory(),
    background: false,
  });
}

async function items(bridge: ReturnType<typeof bridgeWith>, tenant: string): Promise<Interaction[]> {
  const response = await bridge.handle(
    new Request('http://crm.test/api/v1/calls', { headers: { 'x-tenant': tenant } }),
  );
  return ((await response.json()) as { items: Interaction[] }).items;
}

describe.each(['events', 'outcome'] as const)(
  'a webhook whose provider names another tenant (trusting the body for the %s)',
  (trust) => {
    it('stores nothing in the other tenant and answers problem+json', async () => {
      const bridge = bridgeWith(sloppyProvider(trust));
      const body = JSON.stringify({ tenant: 'tenant-b' });
      const response = await bridge.handle(
        new Request('http://crm.test/api/v1/webhooks/ringover/key-a', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-fake-signature': await fakeSignature('secret-of-tenant-a', body),
          },
          body,
        }),
      );
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { code: string; detail: string };
      expect(problem.code).toBe('internal_error');
      expect(problem.detail).toContain('another tenant');
      expect(await items(bridge, 'tenant-b')).toEqual([]);
      expect(await items(bridge, 'tenant-a')).toEqual([]);
      await bridge.close();
    });
  },
);
