import { CallbridgeError, isCallbridgeError } from '../errors.js';
import { ingestEvent, parseCallEvent } from '../ingest/ingest.js';
import type { ProviderName } from '../model/call-event.js';
import type { Tenant } from '../ports/tenancy.js';
import type { WebhookContext } from '../provider.js';
import type { BridgeRuntime } from '../runtime.js';
import { guardStore } from './calls.js';
import { namingContentCoding } from './content-coding.js';
import type { BridgeAnswer, BridgeRequest } from './exchange.js';
import { jsonReply } from './problem.js';

/** True for `application/json` and `application/<something>+json`, with or without parameters. */
export function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const type = value.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

async function resolveTenant(runtime: BridgeRuntime, tenantKey: string | null): Promise<Tenant | null> {
  if (tenantKey === null)
    return guardStore('The tenant directory', async () => (await runtime.tenants.default?.()) ?? null);
  const tenant = await guardStore('The tenant directory', () => runtime.tenants.byKey(tenantKey));
  if (!tenant) {
    throw new CallbridgeError('unknown_tenant', 'No tenant has this webhook URL key.', {
      hint: 'Check the tenant key at the end of the webhook URL configured at the provider.',
    });
  }
  return tenant;
}

/**
 * The events of a webhook belong to the tenant the provider verified them for, and that is the
 * tenant of the URL key when there is one: a provider that took the tenant from the body (a
 * custom one, or a bug) must not let one tenant's signed webhook write into another tenant.
 */
function checkTenant(
  urlTenant: Tenant | null,
  verified: Tenant,
  events: ReadonlyArray<{ tenantId: string }>,
): void {
  const wrong =
    (urlTenant !== null && verified.id !== urlTenant.id) ||
    events.some((event) => event.tenantId !== verified.id);
  if (wrong) {
    throw new CallbridgeError(
      'internal_error',
      "The provider returned events for another tenant than the webhook's; nothing was stored.",
      {
        hint: "A provider must set every event's tenantId to the tenant it verified the webhook for (the URL key's tenant when the URL has one).",
      },
    );
  }
}

/**
 * POST /webhooks/:provider[/:tenantKey[/:secret]]: reads the raw body under the size limit, resolves the
 * tenant, lets the provider verify and parse it, and ingests every event it yields. A refusal
 * (4xx: bad signature, unknown tenant key, not JSON, too large) is logged as a warning with its
 * code, status, provider (when it is configured) and, once known, tenant id (never the key, a
 * secret or the body): the provider does not retry a 4xx, so the log is where an operator sees a
 * misconfigured secret. A delivery another request is storing (409) is retried, not refused.
 */
export async function handleWebhook(
  runtime: BridgeRuntime,
  request: BridgeRequest,
  url: URL,
  providerName: string,
  tenantKey: string | null,
): Promise<BridgeAnswer> {
  const seen: { tenantId?: string } = {};
  try {
    return await receiveWebhook(runtime, request, url, providerName, tenantKey, seen);
  } catch (error) {
    // A delivery another request is storing (409) is retried by the provider: not a refusal.
    if (isCallbridgeError(error) && error.status < 500 && error.code !== 'delivery_in_progress') {
      runtime.logger.warn('callbridge webhook refused', {
        // A name no provider has is the caller's text (a tenant key in a URL without its
        // provider segment, a scanner's path): left out.
        ...(runtime.providers.has(providerName as ProviderName) ? { provider: providerName } : {}),
        code: error.code,
        status: error.status,
        ...(seen.tenantId !== undefined ? { tenantId: seen.tenantId } : {}),
      });
    }
    throw error;
  }
}

async function receiveWebhook(
  runtime: BridgeRuntime,
  request: BridgeRequest,
  url: URL,
  providerName: string,
  tenantKey: string | null,
  seen: { tenantId?: string },
): Promise<BridgeAnswer> {
  const provider = runtime.providers.get(providerName as ProviderName);
  if (!provider) {
    throw new CallbridgeError('not_found', `No provider named "${providerName}" is configured.`, {
      hint: 'Add the provider to `providers` in the bridge configuration, or fix the webhook URL.',
    });
  }
  const body = await request.readBody(runtime.maxBodyBytes);
  const contentType = request.headers.get('content-type');
  if (body.byteLength > 0 && !isJsonContentType(contentType)) {
    throw new CallbridgeError('unsupported_media_type', 'Webhook bodies must be JSON.', {
      hint: 'Send the body with `Content-Type: application/json`.',
    });
  }
  const tenant = await resolveTenant(runtime, tenantKey);
  if (tenant !== null) seen.tenantId = tenant.id;
  // `request` and `signal` are getters: most providers read headers only, and building a web
  // Request or an AbortSignal per webhook is a measurable part of its cost.
  const context: WebhookContext = {
    get request() {
      return request.toRequest();
    },
    method: request.method,
    headers: request.headers,
    body,
    url,
    tenantKey,
    tenant,
    tenants: runtime.tenants,
    contacts: runtime.contacts,
    logger: runtime.logger,
    now: runtime.now,
    get signal() {
      return request.signal;
    },
  };
  let outcome: Awaited<ReturnType<typeof provider.receive>>;
  try {
    outcome = await provider.receive(context);
  } catch (error) {
    throw namingContentCoding(error, request.headers.get('content-encoding'));
  }
  if (outcome.kind === 'response') return outcome.response;
  if (outcome.kind === 'ignored') return jsonReply({ status: 'ignored', events: 0 }, 200, outcome.headers);
  // Every event is validated before any is stored: a webhook with one bad event changes nothing.
  const events = outcome.events.map(parseCallEvent);
  checkTenant(tenantKey === null ? null : tenant, outcome.tenant, events);
  let stored = 0;
  for (const event of events) {
    const result = await ingestEvent(runtime, event);
    if (result.status === 'stored') stored += 1;
  }
  const n = events.length;
  return jsonReply(
    { status: n > 0 && stored === 0 ? 'duplicate' : 'received', events: n },
    200,
    outcome.headers,
  );
}
