import { CallbridgeError } from '../errors.js';
import { controlCharacterMessage, hasControlCharacter } from '../model/ids.js';
import type { Tenant, TenantDirectory } from '../ports/tenancy.js';

/** Refuses a tenant id no store could key events by. */
function assertTenantId(id: unknown): void {
  if (typeof id !== 'string' || id.length === 0) {
    throw new CallbridgeError('configuration_error', 'A tenant has no id.', {
      hint: 'Give every tenant passed to staticTenants a non-empty string id.',
    });
  }
  if (hasControlCharacter(id)) {
    throw new CallbridgeError('configuration_error', `A tenant ${controlCharacterMessage('id')}.`, {
      hint: 'Remove NUL, tabs, line breaks and other control characters from the tenant id: it is part of every store key, so its events could not be stored.',
      details: { tenantId: JSON.stringify(id) },
    });
  }
}

/**
 * A `TenantDirectory` over a fixed list. `defaultTenantId` names the tenant of webhooks posted
 * without a URL key; without it `default()` resolves null.
 * @throws CallbridgeError `configuration_error` on an empty id, an id holding a control character
 * (it becomes part of store keys: events of that tenant could never be stored), duplicate ids or
 * keys, or an unknown default.
 */
export function staticTenants(
  tenants: Tenant[],
  options: { defaultTenantId?: string } = {},
): TenantDirectory {
  const byId = new Map<string, Tenant>();
  const byKey = new Map<string, Tenant>();
  for (const tenant of tenants) {
    assertTenantId(tenant.id);
    if (byId.has(tenant.id) || byKey.has(tenant.key)) {
      throw new CallbridgeError('configuration_error', 'Two tenants share an id or a URL key.', {
        hint: 'Give every tenant a unique id and a unique key.',
        details: { tenantId: tenant.id },
      });
    }
    byId.set(tenant.id, tenant);
    byKey.set(tenant.key, tenant);
  }
  const fallback = options.defaultTenantId === undefined ? null : (byId.get(options.defaultTenantId) ?? null);
  if (options.defaultTenantId !== undefined && !fallback) {
    throw new CallbridgeError('configuration_error', 'The default tenant is not in the tenant list.', {
      hint: 'Set defaultTenantId to the id of one of the tenants passed to staticTenants.',
    });
  }
  return {
    byKey: async (key) => byKey.get(key) ?? null,
    byId: async (id) => byId.get(id) ?? null,
    default: async () => fallback,
  };
}
