import { type CallBridge, createCallBridge } from '../bridge.js';
import type { CallBridgeConfig } from '../config.js';
import type { CallEventInput } from '../model/call-event.js';
import type { Case, Contact } from '../model/contact.js';
import type { CaseResolver, ContactDirectory } from '../ports/directory.js';
import type { StreamEvent } from '../ports/events.js';
import type { TenantDirectory } from '../ports/tenancy.js';

// Test-only helpers shared by the ingest, background and bridge tests.

/** The tenant every test event belongs to. */
export const TENANT = 'tenant-1';

/** A tenant directory with TENANT under the URL key 'k1'. */
export const tenants: TenantDirectory = {
  async byKey(key) {
    return key === 'k1' ? { id: TENANT, key: 'k1' } : null;
  },
  async byId(id) {
    return id === TENANT ? { id: TENANT, key: 'k1' } : null;
  },
};

/** A contact directory over a fixed list, recording every lookup. */
export function contactsOf(list: Contact[]): ContactDirectory & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    async findByPhone(tenantId, e164) {
      lookups.push(e164);
      return list.find((c) => c.tenantId === tenantId && c.phones.some((p) => p.number === e164)) ?? null;
    },
    async search() {
      return [];
    },
  };
}

/** A case resolver over a fixed list: the most recently updated open case of the contact. */
export function casesOf(list: Case[]): CaseResolver {
  return {
    async findActiveCase(tenantId, contactId) {
      const open = list
        .filter((c) => c.tenantId === tenantId && c.contactId === contactId && c.status === 'open')
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return open[0] ?? null;
    },
  };
}

/** A bridge on in-memory stores with every stream event of TENANT captured in `events`. */
export async function testBridge(
  overrides: Partial<CallBridgeConfig> = {},
): Promise<{ bridge: CallBridge; events: StreamEvent[] }> {
  const bridge = createCallBridge({
    providers: [],
    tenants,
    authenticate: () => ({ tenantId: TENANT, userId: 'u1' }),
    contacts: contactsOf([]),
    ...overrides,
  });
  const events: StreamEvent[] = [];
  await bridge.runtime.broadcaster.subscribe(TENANT, (event) => events.push(event));
  return { bridge, events };
}

let counter = 0;

/** A valid call event; every delivery gets a fresh deliveryId unless given. */
export function callEvent(overrides: Partial<CallEventInput> = {}): CallEventInput {
  counter += 1;
  return {
    provider: 'ringover',
    tenantId: TENANT,
    sourceRecordId: 'call-1',
    deliveryId: `delivery-${counter}`,
    kind: 'ringing',
    direction: 'inbound',
    from: { raw: '+32470123456', e164: null },
    to: { raw: '+32471234567', e164: null },
    occurredAt: '2026-02-17T10:30:00.000Z',
    ...overrides,
  };
}
