import {
  CallbridgeError,
  guardStore,
  isCallbridgeError,
  type Tenant,
  type WebhookContext,
} from '@callbridge/core';
import { looksLikeCompatPayload } from '../schema/compat.js';
import type { RingoverSettings } from '../settings.js';
import { type RingoverVerification, verifyRingoverWebhook } from '../verify/verify.js';
import { tenantIdOf, tenantSettings } from './tenant.js';

const KEYLESS_HINT =
  'Posted without a tenant key, a seed-format webhook gets this answer whichever tenant its `tenant_id` names (the server log says why that tenant refused it); post to /webhooks/ringover/<tenantKey> for that tenant’s own answer.';

/**
 * The `tenant_id` of a seed-format body posted without a tenant key (such a request is routed by
 * it, see `verifyKeylessCompat`), else null.
 */
export function keylessCompatTenantId(context: WebhookContext, body: unknown): string | null {
  return context.tenantKey === null && looksLikeCompatPayload(body) ? tenantIdOf(body) || null : null;
}

/**
 * Verifies a seed-format webhook posted without a tenant key, and returns the tenant its
 * `tenant_id` names. The request is verified before the tenant is known to exist, so an
 * unverifiable request tells nothing about which tenants exist:
 *
 * - it is checked with the settings of the named tenant (the provider-wide ones for an unknown
 *   id) and, every time, with the provider-wide ones: the same work whether the tenant exists;
 * - refused, it gets the answer the provider-wide settings give (a tenant whose own secret
 *   refused what they accept gets `signature_invalid`), and the log says why for a known tenant;
 * - verified with the provider-wide compat secret, an unknown id is `unknown_tenant` (404).
 */
export async function verifyKeylessCompat(
  context: WebhookContext,
  defaults: RingoverSettings,
  tenantId: string,
): Promise<{ tenant: Tenant; verified: RingoverVerification }> {
  const named = await guardStore('The tenant directory', () => context.tenants.byId(tenantId));
  let settings = defaults;
  let refusal: CallbridgeError | null = null;
  if (named) {
    try {
      settings = tenantSettings(defaults, named);
    } catch (error) {
      if (!isCallbridgeError(error)) throw error;
      refusal = error;
    }
  }
  const request = {
    body: context.body,
    headers: context.headers,
    method: context.method,
    url: context.url,
  };
  const verify = (given: RingoverSettings) =>
    verifyRingoverWebhook(request, { settings: given, now: context.now }).then(
      (verified) => ({ verified }),
      (error: unknown) => {
        if (!isCallbridgeError(error)) throw error;
        return { error };
      },
    );
  const own = await verify(settings);
  const provider = await verify(defaults);
  if (refusal === null && 'verified' in own) {
    if (named) return { tenant: named, verified: own.verified };
    throw new CallbridgeError(
      'unknown_tenant',
      'No tenant has the `tenant_id` of this seed-format webhook.',
      {
        hint: 'Check tenant_id in the payload, or post to /webhooks/ringover/<tenantKey>.',
      },
    );
  }
  if (named) {
    context.logger.warn('ringover: refused a seed-format webhook posted without a tenant key', {
      tenantId: named.id,
      code: (refusal ?? ('error' in own ? own.error : null))?.code,
    });
  }
  const answer =
    'error' in provider
      ? provider.error
      : new CallbridgeError(
          'signature_invalid',
          'The compat HMAC signature does not match the tenant’s compat secrets.',
          {
            hint: 'Sign with a secret of the `compat.secrets` of the tenant named by tenant_id.',
          },
        );
  throw new CallbridgeError(answer.code, answer.message, {
    hint: KEYLESS_HINT,
    status: answer.status,
    ...(answer.details ? { details: answer.details } : {}),
  });
}
