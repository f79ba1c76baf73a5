import { MemoryContactDirectory } from '../../memory/contact-directory.js';
import type { Contact } from '../../model/contact.js';
import type { ContactDirectory } from '../../ports/directory.js';
import { type Logger, silentLogger } from '../../ports/logger.js';
import type { Tenant, TenantDirectory } from '../../ports/tenancy.js';
import type { WebhookContext } from '../../provider.js';

/** What {@link createWebhookContext} needs; everything but the request is optional. */
export interface WebhookContextInit {
  request: Request;
  /** The raw body handed to the provider (default: empty). Pass the bytes the request carries. */
  body?: Uint8Array | string;
  tenant?: Tenant | null;
  /** Default: the tenant's `key`, or null. */
  tenantKey?: string | null;
  /** Default: a directory that knows only `tenant` (by its key and id). */
  tenants?: TenantDirectory;
  /** Default: a directory with `contactList`. */
  contacts?: ContactDirectory;
  contactList?: Contact[];
  logger?: Logger;
  now?: () => number;
}

/**
 * A `WebhookContext` as the bridge builds it, for calling a provider's `receive` directly in its
 * own tests: method and headers taken from the request, the body as bytes.
 */
export function createWebhookContext(init: WebhookContextInit): WebhookContext {
  const { request } = init;
  const tenant = init.tenant ?? null;
  const body =
    typeof init.body === 'string' ? new TextEncoder().encode(init.body) : (init.body ?? new Uint8Array(0));
  return {
    request,
    method: request.method.toUpperCase(),
    headers: request.headers,
    body,
    url: new URL(request.url),
    tenantKey: init.tenantKey !== undefined ? init.tenantKey : (tenant?.key ?? null),
    tenant,
    tenants: init.tenants ?? {
      byKey: async (key) => (tenant?.key === key ? tenant : null),
      byId: async (id) => (tenant?.id === id ? tenant : null),
    },
    contacts: init.contacts ?? new MemoryContactDirectory(init.contactList ?? []),
    logger: init.logger ?? silentLogger,
    now: init.now ?? Date.now,
    signal: request.signal,
  };
}
