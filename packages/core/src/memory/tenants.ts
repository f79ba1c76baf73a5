import { CallbridgeError } from '../errors.js';
import type { Tenant, TenantDirectory } from '../ports/tenancy.js';

/**
 * A `TenantDirectory` over a fixed list. `defaultTenantId` names the tenant of webhooks posted
 * without a URL key; without it `default()` resolves null.
 * @throws CallbridgeError `configuration_error` on duplicate ids or keys, or an unknown default.
 */
export function staticTenants(
  tenants: Tenant[],
  options: { defaultTenantId?: string } = {},
): TenantDirectory {
  const byId = new Map<string, Tenant>();
  const byKey = new Map<string, Tenant>();
  for (const tenant of tenants) {
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
