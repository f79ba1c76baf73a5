import type { CallbridgeError, Tenant, WebhookContext } from '@callbridge/core';
import { createWebhookContext } from '@callbridge/core/testing';
import { describe, expect, it, vi } from 'vitest';
import {
  FIXTURE_ACCOUNT_ID,
  FIXTURE_OWNER_ID,
  FIXTURE_VERIFICATION_TOKEN,
  insightsNotification,
  reminderNotification,
} from '../testing.js';
import { createReceiver, type ReminderHandler } from './receive.js';

const tenant: Tenant = { id: 't1', key: 'k1' };
const settings = {
  accountId: FIXTURE_ACCOUNT_ID,
  verificationToken: ['old-token', FIXTURE_VERIFICATION_TOKEN],
};

function context(body: unknown, headers: Record<string, string>, t: Tenant | null = tenant): WebhookContext {
  const bytes = body === undefined ? new Uint8Array(0) : new TextEncoder().encode(JSON.stringify(body));
  const request = new Request('https://crm.example.com/api/v1/webhooks/ringcentral/k1', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: bytes.byteLength > 0 ? bytes : null,
  });
  return createWebhookContext({ request, body: bytes, tenant: t, tenantKey: 'k1' });
}

const receiver = (extra: object = {}, onReminder: ReminderHandler = async () => {}) =>
  createReceiver({ settings: { ...settings, ...extra }, onReminder });

async function rejection(promise: Promise<unknown>): Promise<CallbridgeError> {
  return (await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  )) as CallbridgeError;
}

describe('validation handshake', () => {
  it('answers 200 with the token echoed, JSON content type, no body, under 1024 bytes', async () => {
    const token = '0c7e2a51-9d34-4b8e-b1f0-6a2d9e3c5f11';
    const outcome = await receiver()(context(undefined, { 'Validation-Token': token }));
    expect(outcome.kind).toBe('response');
    const response = (outcome as { response: Response }).response;
    expect(response.status).toBe(200);
    expect(response.headers.get('validation-token')).toBe(token);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = new Uint8Array(await response.arrayBuffer());
    expect(body.byteLength).toBe(0);
    let size = 'HTTP/1.1 200 OK\r\n'.length + 2;
    response.headers.forEach((value, name) => {
      size += `${name}: ${value}\r\n`.length;
    });
    size += 'content-length: 0\r\n'.length;
    expect(size).toBeLessThanOrEqual(1024);
    expect([...response.headers.keys()].sort()).toEqual(['content-type', 'validation-token']);
  });

  it('answers the handshake before any token check, but only for a known tenant', async () => {
    const outcome = await receiver()(context(undefined, { 'Validation-Token': 'abc' }));
    expect(outcome.kind).toBe('response');
    const error = await rejection(receiver()(context(undefined, { 'Validation-Token': 'abc' }, null)));
    expect(error).toMatchObject({ code: 'unknown_tenant', status: 404 });
  });

  it('tolerates a Validation-Token header on an ordinary notification', async () => {
    const outcome = await receiver()(
      context(insightsNotification(), {
        'Validation-Token': 'abc',
        'Verification-Token': FIXTURE_VERIFICATION_TOKEN,
      }),
    );
    expect(outcome.kind).toBe('events');
  });
});

describe('verification', () => {
  it('rejects a missing Verification-Token with 401 verification_token_invalid', async () => {
    const error = await rejection(receiver()(context(insightsNotification(), {})));
    expect(error).toMatchObject({ code: 'verification_token_invalid', status: 401 });
    expect(error.message).toContain('missing');
  });

  it('rejects a forged Verification-Token and never echoes a secret', async () => {
    const error = await rejection(
      receiver()(context(insightsNotification(), { 'Verification-Token': 'forged-token' })),
    );
    expect(error).toMatchObject({ code: 'verification_token_invalid', status: 401 });
    expect(error.message).not.toContain(FIXTURE_VERIFICATION_TOKEN);
    expect(error.message).not.toContain('forged-token');
  });

  it('accepts every token of a rotation list', async () => {
    const outcome = await receiver()(context(insightsNotification(), { 'Verification-Token': 'old-token' }));
    expect(outcome.kind).toBe('events');
  });

  it('rejects an event of a foreign account with 401 account_mismatch', async () => {
    const error = await rejection(
      receiver()(
        context(insightsNotification({ accountId: '111111111' }), {
          'Verification-Token': FIXTURE_VERIFICATION_TOKEN,
        }),
      ),
    );
    expect(error).toMatchObject({ code: 'account_mismatch', status: 401 });
  });

  it('rejects a foreign ownerId when ownerIds are configured, and accepts a numeric own one', async () => {
    const r = receiver({ ownerIds: [FIXTURE_OWNER_ID] });
    const headers = { 'Verification-Token': FIXTURE_VERIFICATION_TOKEN };
    const error = await rejection(r(context(insightsNotification({ ownerId: '99999' }), headers)));
    expect(error).toMatchObject({ code: 'account_mismatch', status: 401 });
    const ok = await r(context(insightsNotification({ ownerId: Number(FIXTURE_OWNER_ID) }), headers));
    expect(ok.kind).toBe('events');
  });

  it('refuses to run without a configured token', async () => {
    const error = await rejection(
      createReceiver({ settings: { accountId: FIXTURE_ACCOUNT_ID }, onReminder: async () => {} })(
        context(insightsNotification(), { 'Verification-Token': 'x' }),
      ),
    );
    expect(error.code).toBe('secret_not_configured');
  });

  it('reads per-tenant settings over the global ones', async () => {
    const own: Tenant = {
      id: 't2',
      key: 'k2',
      providers: { ringcentral: { verificationToken: 'tenant-token' } },
    };
    const r = receiver();
    const ok = await r(context(insightsNotification(), { 'Verification-Token': 'tenant-token' }, own));
    expect(ok.kind).toBe('events');
    const error = await rejection(
      r(context(insightsNotification(), { 'Verification-Token': FIXTURE_VERIFICATION_TOKEN }, own)),
    );
    expect(error.code).toBe('verification_token_invalid');
  });
});

describe('notifications', () => {
  const headers = { 'Verification-Token': FIXTURE_VERIFICATION_TOKEN };

  it('turns RingSense insights into one insights event keyed on the recording id', async () => {
    const outcome = await receiver()(context(insightsNotification({ uuid: 'u-1' }), headers));
    expect(outcome.kind).toBe('events');
    const [event] = (outcome as { events: Record<string, unknown>[] }).events;
    expect(event).toMatchObject({
      provider: 'ringcentral',
      tenantId: 't1',
      kind: 'insights',
      deliveryId: 'u-1',
      sourceRecordId: '2904417730016',
      sourceSessionId: 's-a0f1c2d3e4z19a7b6c5d4z3e2f10000',
      direction: 'inbound',
      insights: { modifiedAt: '2025-03-04T15:41:55.861Z', origin: 'ringsense' },
    });
  });

  it('schedules a renewal on a subscription reminder', async () => {
    const onReminder = vi.fn(async () => {});
    const outcome = await receiver({}, onReminder)(context(reminderNotification('sub-9', 'u-r'), headers));
    expect(outcome).toEqual({ kind: 'ignored', reason: 'subscription reminder: renewal scheduled' });
    expect(onReminder).toHaveBeenCalledWith({ tenantId: 't1', subscriptionId: 'sub-9', uuid: 'u-r' });
  });

  it('names a few bad fields only, however many a body has (the message is logged and answered)', async () => {
    const speakerInfo = Array.from({ length: 20_000 }, () => ({}));
    const error = await rejection(
      receiver()(context(insightsNotification({ body: { sourceRecordId: '1', speakerInfo } }), headers)),
    );
    expect(error.code).toBe('malformed_body');
    expect(error.message).toContain('speakerInfo.0.speakerId');
    expect(error.message).toContain('19995 more');
    expect(error.message.length).toBeLessThan(400);
  });

  it('rejects a body that is not an envelope with malformed_body', async () => {
    const error = await rejection(receiver()(context({ hello: 'world' }, headers)));
    expect(error.code).toBe('malformed_body');
  });
});
