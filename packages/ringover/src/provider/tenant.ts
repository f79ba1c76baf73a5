import { CallbridgeError, type Tenant, type WebhookContext } from '@callbridge/core';
import { type CompatPayload, CompatPayloadSchema, looksLikeCompatPayload } from '../schema/compat.js';
import { mergeRingoverSettings, parseRingoverSettings, type RingoverSettings } from '../settings.js';

/**
 * The tenant of a webhook: the one of the URL key (or the default tenant), except that a
 * seed-format payload posted without a key names its tenant in `tenant_id`.
 */
export async function webhookTenant(context: WebhookContext, body: unknown): Promise<Tenant> {
  const compatTenantId = looksLikeCompatPayload(body) ? tenantIdOf(body) : null;
  if (context.tenantKey === null && compatTenantId) {
    const tenant = await context.tenants.byId(compatTenantId);
    if (!tenant) {
      throw new CallbridgeError(
        'unknown_tenant',
        'No tenant has the `tenant_id` of this seed-format webhook.',
        {
          hint: 'Check tenant_id in the payload, or post to /webhooks/ringover/<tenantKey>.',
        },
      );
    }
    return tenant;
  }
  if (!context.tenant) {
    throw new CallbridgeError('unknown_tenant', 'This Ringover webhook names no tenant.', {
      hint: 'Post to /webhooks/ringover/<tenantKey>, or give the tenant directory a default tenant.',
    });
  }
  if (compatTenantId && compatTenantId !== context.tenant.id) {
    throw new CallbridgeError(
      'account_mismatch',
      'The payload `tenant_id` is not the tenant of this webhook URL.',
      {
        hint: 'Post each tenant’s webhooks to its own URL key.',
      },
    );
  }
  return context.tenant;
}

function tenantIdOf(body: unknown): string | null {
  const parsed = CompatPayloadSchema.pick({ tenant_id: true }).safeParse(body);
  return parsed.success ? (parsed.data.tenant_id as CompatPayload['tenant_id']) : null;
}

/** Provider defaults merged with the tenant's validated `providers.ringover` settings. */
export function tenantSettings(defaults: RingoverSettings, tenant: Tenant): RingoverSettings {
  const own = parseRingoverSettings(tenant.providers?.ringover, `tenant "${tenant.id}" providers.ringover`);
  return mergeRingoverSettings(defaults, own);
}
