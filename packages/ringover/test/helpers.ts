import {
  type CallbridgeProvider,
  type Contact,
  type ContactDirectory,
  createCallBridge,
  createMemoryStores,
  MemoryContactDirectory,
  staticTenants,
  type Tenant,
} from '@callbridge/core';

export const KEYS = {
  callEvents: 'acme-call-events-key',
  contactCall: 'acme-contact-call-key',
  contactSearch: 'acme-contact-search-key',
  routingIvr: 'acme-routing-ivr-key',
};
export const BASE = 'https://crm.example.com/api/v1/webhooks/ringover';
export const NOW = Date.parse('2025-12-31T12:00:00Z');

export const PAUL: Contact = {
  id: 'b55f949b-0000-4000-8000-000000000042',
  tenantId: 'acme',
  firstName: 'Paul',
  lastName: 'Martin',
  displayName: 'Paul Martin',
  company: 'ACME',
  phones: [{ number: '+33612345678', type: 'mobile' }],
  url: 'https://crm.example/contacts/42',
  data: { 'Open ticket': 'SAV-1021' },
};

/** A bridge with in-memory stores, tenant `acme` (URL key `k-acme`) and the Ringover provider. */
export function makeBridge(options: {
  provider: CallbridgeProvider;
  tenants?: Tenant[];
  /** Contacts for an in-memory directory, or any directory. */
  contacts?: Contact[] | ContactDirectory;
}) {
  const stores = createMemoryStores({ now: () => NOW });
  const given = options.contacts ?? [PAUL];
  const contacts = Array.isArray(given) ? new MemoryContactDirectory(given) : given;
  const bridge = createCallBridge({
    providers: [options.provider],
    tenants: staticTenants(
      options.tenants ?? [{ id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS } } }],
    ),
    authenticate: () => null,
    contacts,
    stores,
    background: false,
    now: () => NOW,
  });
  return { bridge, stores };
}

/** POSTs `body` (exact text) with `headers` to the Ringover webhook URL. */
export function post(
  bridge: { handle(r: Request): Promise<Response> },
  body: string,
  headers: Record<string, string>,
  path = '/k-acme',
) {
  return bridge.handle(
    new Request(`${BASE}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );
}
