import type { Tenant, WebhookContext } from '@callbridge/core';
import { createWebhookContext } from '@callbridge/core/testing';
import {
  callLogRecord,
  createRingCentralMock,
  FIXTURE_ACCOUNT_ID,
  FIXTURE_VERIFICATION_TOKEN,
  insightsBody,
  insightsNotification,
} from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBridge, postWebhook } from './helpers.js';

// Invariant 6: a withheld, anonymous, empty or null caller number is stored with e164 null and
// the raw text kept (or null). Invariant 7: integer ids beyond 2^53 in a webhook body keep every
// digit, in the delivery id, the record id, the agent and the owner check.

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.state.callLog = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TENANT: Tenant = { id: 't1', key: 'k1' };
const URL_ = 'https://crm.example.com/api/v1/webhooks/ringcentral/k1';

/** A WebhookContext of a notification sent as the exact text `body`. */
function context(body: string): WebhookContext {
  const headers = { 'content-type': 'application/json', 'verification-token': FIXTURE_VERIFICATION_TOKEN };
  const request = new Request(URL_, { method: 'POST', headers, body });
  return createWebhookContext({ request, body, tenant: TENANT });
}

/** Posts the exact text `body` to the bridge's RingCentral webhook route. */
function postText(bridge: ReturnType<typeof makeBridge>['bridge'], body: string): Promise<Response> {
  return bridge.handle(
    new Request(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'verification-token': FIXTURE_VERIFICATION_TOKEN },
      body,
    }),
  );
}

/** Insights of an inbound call whose customer speaker carries `phone` (absent when undefined). */
function insightsWithCaller(phone: string | null | undefined, sourceRecordId: string) {
  const body = insightsBody({ sourceRecordId });
  const [agent, customer] = body.speakerInfo as Record<string, unknown>[];
  const caller = phone === undefined ? { ...customer } : { ...customer, phoneNumber: phone };
  return insightsNotification({
    uuid: `uuid-${sourceRecordId}`,
    body: { ...body, speakerInfo: [agent, caller] },
  });
}

const WITHHELD: Array<{ name: string; phone: string | null | undefined; raw: string | null }> = [
  { name: 'anonymous', phone: 'anonymous', raw: 'anonymous' },
  { name: 'Withheld', phone: 'Withheld', raw: 'Withheld' },
  { name: 'an empty string', phone: '', raw: null },
  { name: 'null', phone: null, raw: null },
  { name: 'no phoneNumber', phone: undefined, raw: null },
];

describe('a withheld caller number (invariant 6)', () => {
  for (const [i, { name, phone, raw }] of WITHHELD.entries()) {
    it(`receive and handle keep ${name} as the raw caller, with callerNumber null`, async () => {
      const { bridge, provider } = makeBridge();
      const notification = insightsWithCaller(phone, `rec-withheld-${i}`);
      const outcome = await provider.receive(context(JSON.stringify(notification)));
      expect(outcome.kind).toBe('events');
      const [event] = outcome.kind === 'events' ? outcome.events : [];
      expect(event).toMatchObject({ direction: 'inbound', from: { raw, e164: null } });

      const res = await postWebhook(bridge, notification);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'received', events: 1 });
      const record = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', `rec-withheld-${i}`);
      expect(record?.metadata).toMatchObject({
        callerNumber: null,
        callerNumberRaw: raw,
        direction: 'inbound',
      });
      // A provider's word for a withheld number is never shown: the locale's "Unknown number" is.
      expect(record?.title).toBe(`Inbound call - ${raw && /\d/.test(raw) ? raw : 'Unknown number'}`);
    });
  }

  it('stores a call-log row whose caller is withheld, with the raw kept', async () => {
    const anonymous = {
      ...callLogRecord({ id: 'cl-anon', recordingId: 'rec-anon' }),
      from: { name: 'Anonymous' },
    };
    const masked = {
      ...callLogRecord({ id: 'cl-masked', recordingId: 'rec-masked', sessionId: 's-masked' }),
      from: { phoneNumber: 'anonymous', name: 'Anonymous' },
    };
    mock.state.callLog = [anonymous, masked];
    const { bridge, provider } = makeBridge();
    await bridge.start();
    await provider.poll('t1');
    const meta = async (id: string) =>
      (await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', id))?.metadata;
    expect(await meta('rec-anon')).toMatchObject({ callerNumber: null, callerNumberRaw: null });
    expect(await meta('rec-masked')).toMatchObject({ callerNumber: null, callerNumberRaw: 'anonymous' });
    expect(await meta('rec-masked')).toMatchObject({ calleeNumber: '+16505550100', callType: 'answered' });
  });
});

const UUID = '98765432109876543210';
/** Another uuid that a double cannot tell from UUID (both round to 98765432109876540000). */
const UUID_TWIN = '98765432109876543211';
const RECORD = '29044177300160000123';
const OWNER = '62288320001000000123';

/** An insights notification with every id sent as a bare JSON integer beyond 2^53. */
function bigIdNotification(uuid: string, ownerId = OWNER): string {
  const body = insightsBody({ sourceRecordId: '@RECORD', ownerExtensionId: '@OWNER' });
  const [agent, customer] = body.speakerInfo as Record<string, unknown>[];
  body.speakerInfo = [{ ...agent, extensionId: '@OWNER' }, customer];
  const text = JSON.stringify(insightsNotification({ uuid: '@UUID', ownerId: '@ENVELOPE_OWNER', body }));
  return text
    .replace('"@UUID"', uuid)
    .replace('"@ENVELOPE_OWNER"', ownerId)
    .replace('"@RECORD"', RECORD)
    .replaceAll('"@OWNER"', OWNER);
}

describe('ids beyond 2^53 in a webhook body (invariant 7)', () => {
  it('receive keeps every digit of the uuid, recording id and extension ids', async () => {
    const { provider } = makeBridge({ provider: { ownerIds: [OWNER] } });
    const text = bigIdNotification(UUID);
    expect(text).toContain(`"uuid":${UUID},`);
    const outcome = await provider.receive(context(text));
    const [event] = outcome.kind === 'events' ? outcome.events : [];
    expect(event).toMatchObject({ deliveryId: UUID, sourceRecordId: RECORD, agent: { id: OWNER } });
  });

  it('handle stores the record under its exact id and tells apart uuids a double would merge', async () => {
    const { bridge } = makeBridge({ provider: { ownerIds: [OWNER] } });
    const first = await postText(bridge, bigIdNotification(UUID));
    expect(await first.json()).toMatchObject({ status: 'received', events: 1 });
    const record = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', RECORD);
    expect(record?.sourceRecordId).toBe(RECORD);
    expect(record?.metadata).toMatchObject({ callId: RECORD, agent: { id: OWNER } });
    // A different delivery whose uuid only differs past double precision is not a duplicate...
    const twin = await postText(bridge, bigIdNotification(UUID_TWIN));
    expect(await twin.json()).toMatchObject({ status: 'received' });
    // ...while the same uuid again is.
    const again = await postText(bridge, bigIdNotification(UUID));
    expect(await again.json()).toMatchObject({ status: 'duplicate' });
    expect((await bridge.runtime.interactions.list('t1', {}, { limit: 10 })).items).toHaveLength(1);
  });

  it('refuses a numeric ownerId beyond 2^53 that differs only in its last digit', async () => {
    const { bridge } = makeBridge({ provider: { ownerIds: [OWNER], accountId: FIXTURE_ACCOUNT_ID } });
    const near = `${OWNER.slice(0, -1)}4`;
    const res = await postText(bridge, bigIdNotification(UUID, near));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'account_mismatch' });
  });
});
