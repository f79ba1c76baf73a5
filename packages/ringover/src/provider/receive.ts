import { parseJsonLossless, type Tenant, type WebhookContext, type WebhookOutcome } from '@callbridge/core';
import { normalizeCompatPayload, normalizeRingoverEvent } from '../normalize/normalize.js';
import { parseRingoverWebhook } from '../parse.js';
import type { RingoverSettings } from '../settings.js';
import type { SyncContext } from '../sync/caller-card.js';
import { answerCallerCard } from '../sync/caller-card.js';
import { answerContactSearch } from '../sync/contact-search.js';
import { answerRouting } from '../sync/routing.js';
import { type RingoverVerification, verifyRingoverWebhook } from '../verify/verify.js';
import { keylessCompatTenantId, verifyKeylessCompat } from './keyless-compat.js';
import type { RingoverProviderOptions } from './options.js';
import { assertPayloadTenant, tenantSettings, webhookTenant } from './tenant.js';

/**
 * One Ringover webhook, end to end: tenant and verify (raw bytes) → payload tenant check → parse → answer a synchronous
 * request, ignore an unknown event, or normalize into CallEvents for ingest.
 */
export async function receiveRingoverWebhook(
  context: WebhookContext,
  defaults: RingoverSettings,
  options: RingoverProviderOptions,
): Promise<WebhookOutcome> {
  const { tenant, verified } = await verifiedTenant(context, defaults);
  assertPayloadTenant(tenant, verified.body);
  const parsed = parseRingoverWebhook(verified.body as object);
  const normalizeOptions = { tenantId: tenant.id, now: context.now };
  if (parsed.kind === 'compat') {
    return { kind: 'events', tenant, events: normalizeCompatPayload(parsed.payload, normalizeOptions) };
  }
  if (parsed.kind === 'unknown') {
    context.logger.info('ringover: ignored a webhook of an unknown type', {
      type: `${parsed.resource}/${parsed.event}`.slice(0, 80),
      tenantId: tenant.id,
    });
    return {
      kind: 'ignored',
      reason: `unknown Ringover event ${parsed.resource}/${parsed.event}`.slice(0, 120),
    };
  }
  const sync: SyncContext = {
    tenantId: tenant.id,
    contacts: context.contacts,
    logger: context.logger,
    budgetMs: options.lookupBudgetMs ?? 2000,
    signal: context.signal,
  };
  const event = parsed.event;
  switch (event.type) {
    case 'call/contact':
      return { kind: 'response', response: await answerCallerCard(event, sync, options.callerCard) };
    case 'search/contact':
      return { kind: 'response', response: await answerContactSearch(event, sync, options.searchLimit) };
    case 'call/routing':
      return { kind: 'response', response: await answerRouting(event, tenant, sync, options.routing) };
    default: {
      const events = normalizeRingoverEvent(event, normalizeOptions);
      if (events.length === 0) return { kind: 'ignored', reason: `nothing to store in ${event.type}` };
      return { kind: 'events', tenant, events };
    }
  }
}

/** The tenant of the webhook and its verification (a keyless seed-format one: verified first). */
async function verifiedTenant(
  context: WebhookContext,
  defaults: RingoverSettings,
): Promise<{ tenant: Tenant; verified: RingoverVerification }> {
  const keylessTenantId = keylessCompatTenantId(context, parseJsonLossless(context.body));
  if (keylessTenantId !== null) return verifyKeylessCompat(context, defaults, keylessTenantId);
  const tenant = webhookTenant(context);
  const verified = await verifyRingoverWebhook(
    { body: context.body, headers: context.headers, method: context.method, url: context.url },
    { settings: tenantSettings(defaults, tenant), now: context.now },
  );
  return { tenant, verified };
}
