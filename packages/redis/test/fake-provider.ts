import {
  CallbridgeError,
  type CallbridgeProvider,
  type CallEventInput,
  hmacSign,
  toHex,
  verifyHmac,
  type WebhookContext,
  type WebhookOutcome,
} from '@callbridge/core';

/** The header the test provider reads its signature from. */
export const SIGNATURE_HEADER = 'x-test-signature';

/** A call as the test provider's webhook carries it. */
export interface FakeCall {
  callId: string;
  deliveryId: string;
  kind: 'ringing' | 'answered' | 'ended' | 'missed';
  from: string;
  to: string;
  at: string;
}

/**
 * A minimal signed-webhook provider for multi-instance tests: hex HMAC-SHA256 of the raw body,
 * one call per body. Named `ringover` because the bridge routes webhooks by provider name.
 */
export function fakeProvider(secret: string): CallbridgeProvider {
  return {
    name: 'ringover',
    async receive(context: WebhookContext): Promise<WebhookOutcome> {
      const signature = context.request.headers.get(SIGNATURE_HEADER);
      if (!signature) throw new CallbridgeError('signature_missing', 'No signature header.');
      const match = await verifyHmac({
        algorithm: 'SHA-256',
        secrets: [secret],
        data: context.body,
        signature,
        encoding: 'hex',
      });
      if (match < 0) throw new CallbridgeError('signature_invalid', 'Bad signature.');
      if (!context.tenant) throw new CallbridgeError('unknown_tenant', 'No tenant.');
      const call = JSON.parse(new TextDecoder().decode(context.body)) as FakeCall;
      const event: CallEventInput = {
        provider: 'ringover',
        tenantId: context.tenant.id,
        sourceRecordId: call.callId,
        deliveryId: call.deliveryId,
        kind: call.kind,
        direction: 'inbound',
        from: { raw: call.from, e164: null },
        to: { raw: call.to, e164: null },
        occurredAt: call.at,
      };
      return { kind: 'events', tenant: context.tenant, events: [event] };
    },
  };
}

/** A signed webhook request for the fake provider. */
export async function fakeWebhook(url: string, secret: string, call: FakeCall): Promise<Request> {
  const body = JSON.stringify(call);
  const signature = toHex(await hmacSign('SHA-256', secret, body));
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
    body,
  });
}
