import { CallbridgeError, type Tenant, type WebhookContext } from '@callbridge/core';
import { type CompatPayload, CompatPayloadSchema, looksLikeCompatPayload } from '../schema/compat.js';
import { mergeRingoverSettings, parseRingoverSettings, type RingoverSettings } from '../settings.js';

/**
 * The tenant of a webhook: the one of the URL key, or the default tenant. (A seed-format payload
 * posted without a key names its tenant in `tenant_id`: see `verifyKeylessCompat`.) Whether a
 * payload `tenant_id` contradicts the URL key is checked only after verification
 * (`assertPayloadTenant`).
 */
export function webhookTenant(context: WebhookContext): Tenant {
  if (!context.tenant) {
    throw new CallbridgeError('unknown_tenant', 'This Ringover webhook names no tenant.', {
      hint: 'Post to /webhooks/ringover/<tenantKey>, or give the tenant directory a default tenant.',
    });
  }
  return context.tenant;
}

/**
 * A verified seed-format payload whose `tenant_id` is not the tenant of the URL key is refused
 * with `account_mismatch`. Called after verification only: before it, the clear answer would tell
 * whoever holds one URL key which tenant ids exist, where an unverified request gets the 401.
 */
export function assertPayloadTenant(tenant: Tenant, verifiedBody: unknown): void {
  const compatTenantId = looksLikeCompatPayload(verifiedBody) ? tenantIdOf(verifiedBody) : null;
  if (compatTenantId && compatTenantId !== tenant.id) {
    throw new CallbridgeError(
      'account_mismatch',
      'The payload `tenant_id` is not the tenant of this webhook URL.',
      {
        hint: 'Post each tenant’s webhooks to its own URL key.',
      },
    );
  }
}

/** The `tenant_id` of a seed-format payload, when it is text. */
export function tenantIdOf(body: unknown): string | null {
  const parsed = CompatPayloadSchema.pick({ tenant_id: true }).safeParse(body);
  return parsed.success ? (parsed.data.tenant_id as CompatPayload['tenant_id']) : null;
}

/** Provider defaults merged with the tenant's validated `providers.ringover` settings. */
export function tenantSettings(defaults: RingoverSettings, tenant: Tenant): RingoverSettings {
  const own = parseRingoverSettings(tenant.providers?.ringover, `tenant "${tenant.id}" providers.ringover`);
  return mergeRingoverSettings(defaults, own);
}
