import { toHex } from '../../crypto/encoding.js';
import { hmacSign } from '../../crypto/hmac.js';
import { timingSafeEqual } from '../../crypto/timing-safe.js';
import { CallbridgeError } from '../../errors.js';
import type { CallEventInput } from '../../model/call-event.js';
import type { CallbridgeProvider, WebhookContext } from '../../provider.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Header the fake provider reads its signature from: hex HMAC-SHA256 of the raw body. */
export const FAKE_SIGNATURE_HEADER = 'x-fake-signature';

/** One call in a fake webhook body. */
export interface FakeCall {
  id: string;
  kind?: 'ringing' | 'answered' | 'ended' | 'missed' | 'voicemail';
  direction?: 'inbound' | 'outbound';
  /** Dedupe key; defaults to `<id>:<kind>`. */
  deliveryId?: string;
  occurredAt?: string;
}

/** A fake webhook body; `note` is free text carried to check raw-byte integrity. */
export interface FakeWebhookBody {
  calls?: FakeCall[];
  ignore?: boolean;
  crash?: boolean;
  note?: string;
}

/** The secret of a tenant as the fake provider reads it from `tenant.providers.ringover.secret`. */
function secretOf(context: WebhookContext): string {
  const settings = context.tenant?.providers?.ringover as { secret?: unknown } | undefined;
  if (typeof settings?.secret !== 'string') {
    throw new CallbridgeError('secret_not_configured', 'The tenant has no fake provider secret.', {
      hint: 'Set tenant.providers.ringover.secret.',
    });
  }
  return settings.secret;
}

/** Hex HMAC-SHA256 of `body` under `secret`: the fake provider's signature. */
export async function fakeSignature(secret: string, body: string | Uint8Array): Promise<string> {
  return toHex(await hmacSign('SHA-256', secret, body));
}

/** Options of {@link createFakeProvider}. */
export interface FakeProviderOptions {
  /** Keep a copy of every body in `bodies` (default true; benchmarks turn it off). */
  keepBodies?: boolean;
}

/** A tiny provider for HTTP tests, named `ringover`, plus the raw bodies it was handed. */
export interface FakeProvider extends CallbridgeProvider {
  /** Every body `receive` saw, exactly as handed over. */
  readonly bodies: Uint8Array[];
}

/**
 * A provider that verifies a hex HMAC of the raw body, answers a `validation-token` handshake on
 * an empty body itself, ignores `{ignore: true}`, crashes with a plain Error on `{crash: true}`
 * (to check 500s leak nothing), and turns `{calls: [...]}` into call events.
 */
export function createFakeProvider(options: FakeProviderOptions = {}): FakeProvider {
  const bodies: Uint8Array[] = [];
  const keep = options.keepBodies !== false;
  return {
    name: 'ringover',
    bodies,
    async receive(context) {
      if (keep) bodies.push(context.body.slice());
      const handshake = context.headers.get('validation-token');
      if (context.body.byteLength === 0 && handshake !== null) {
        return {
          kind: 'response',
          response: new Response(null, { status: 200, headers: { 'validation-token': handshake } }),
        };
      }
      if (!context.tenant) {
        throw new CallbridgeError('unknown_tenant', 'No tenant for this webhook.', {
          hint: 'Add the tenant key to the URL.',
        });
      }
      const signature = context.headers.get(FAKE_SIGNATURE_HEADER);
      if (!signature) {
        throw new CallbridgeError('signature_missing', `The ${FAKE_SIGNATURE_HEADER} header is missing.`, {
          hint: 'Sign the body.',
        });
      }
      if (!timingSafeEqual(await fakeSignature(secretOf(context), context.body), signature)) {
        throw new CallbridgeError('signature_invalid', 'The signature does not match the body.', {
          hint: 'Sign the exact bytes sent.',
        });
      }
      let body: FakeWebhookBody;
      try {
        body = JSON.parse(utf8.decode(context.body)) as FakeWebhookBody;
      } catch (cause) {
        throw new CallbridgeError('invalid_json', 'The webhook body is not JSON.', {
          cause,
          hint: 'Send JSON.',
        });
      }
      if (body.crash) throw new Error('secret internal detail: database password is hunter2');
      if (body.ignore) return { kind: 'ignored', reason: 'asked to ignore' };
      const tenant = context.tenant;
      const events: CallEventInput[] = (body.calls ?? []).map((call) => ({
        provider: 'ringover',
        tenantId: tenant.id,
        sourceRecordId: call.id,
        deliveryId: call.deliveryId ?? `${call.id}:${call.kind ?? 'ringing'}`,
        kind: call.kind ?? 'ringing',
        direction: call.direction ?? 'inbound',
        from: { raw: '+32470123456', e164: null },
        to: { raw: '+3221234567', e164: null },
        occurredAt: call.occurredAt ?? new Date(context.now()).toISOString(),
      }));
      return { kind: 'events', tenant, events };
    },
  };
}
