import {
  type Contact,
  type ContactDirectory,
  MemoryContactDirectory,
  type Tenant,
  type WebhookContext,
} from '@callbridge/core';
import { createWebhookContext } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { FIXTURE_CALL_ID, ringoverFixtures, signRingoverWebhook } from '../src/testing.js';
import { BASE, KEYS, makeBridge, NOW, PAUL, post } from './helpers.js';

// Invariant 6: a withheld, anonymous, empty or null caller number is stored with e164 null and
// the raw text kept (or null), never crashes ingest and never reaches the contact lookup.

const TENANT: Tenant = { id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS } } };
const URL_ = `${BASE}/k-acme`;
const CALLER = '"from_number":"33612345678"';

/** The caller field as sent, and the raw number the record must keep. */
const WITHHELD: Array<{ name: string; field: string; raw: string | null }> = [
  { name: 'the word anonymous', field: '"from_number":"anonymous"', raw: 'anonymous' },
  { name: 'the word Withheld', field: '"from_number":"Withheld"', raw: 'Withheld' },
  { name: 'a masked number', field: '"from_number":"+33 6 XX XX XX XX"', raw: '+33 6 XX XX XX XX' },
  { name: 'an empty string', field: '"from_number":""', raw: null },
  { name: 'null', field: '"from_number":null', raw: null },
  { name: 'no from_number at all', field: '"from_number_absent":true', raw: null },
];

/** The ringing fixture with the caller replaced and the call flagged anonymous. */
function ringing(field: string): string {
  const body = ringoverFixtures['call/ringing'];
  expect(body).toContain(CALLER);
  return body.replace(CALLER, field).replace('"is_anonymous":false', '"is_anonymous":true');
}

/** A contact directory that records every number it is asked about. */
function recordingDirectory(contacts: Contact[]): ContactDirectory & { asked: string[] } {
  const inner = new MemoryContactDirectory(contacts);
  const asked: string[] = [];
  return {
    asked,
    findByPhone: (tenantId, e164) => {
      asked.push(e164);
      return inner.findByPhone(tenantId, e164);
    },
    search: (...args) => inner.search(...args),
  };
}

async function context(body: string): Promise<WebhookContext> {
  const headers = await signRingoverWebhook(body, KEYS.callEvents, { url: URL_ });
  const request = new Request(URL_, { method: 'POST', body, headers });
  return createWebhookContext({ request, body, tenant: TENANT, contactList: [PAUL], now: () => NOW });
}

describe('a withheld caller number (invariant 6)', () => {
  for (const { name, field, raw } of WITHHELD) {
    it(`receive turns ${name} into a party with the raw kept and no E.164`, async () => {
      const outcome = await ringover().receive(await context(ringing(field)));
      expect(outcome.kind).toBe('events');
      const [event] = outcome.kind === 'events' ? outcome.events : [];
      expect(event).toMatchObject({ sourceRecordId: FIXTURE_CALL_ID, direction: 'inbound' });
      expect(event?.from).toEqual({ raw, e164: null });
      expect(event?.to).toMatchObject({ raw: '33187654321' });
    });

    it(`handle stores ${name} with callerNumber null and the raw kept`, async () => {
      const contacts = recordingDirectory([PAUL]);
      const { bridge, stores } = makeBridge({ provider: ringover(), contacts });
      const body = ringing(field);
      const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents, { url: URL_ }));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'received', events: 1 });
      const record = await stores.interactions.getBySource('acme', 'RINGOVER', FIXTURE_CALL_ID);
      expect(record?.metadata).toMatchObject({
        callerNumber: null,
        callerNumberRaw: raw,
        calleeNumber: '+33187654321',
        direction: 'inbound',
        callType: 'ringing',
      });
      expect(record?.contactId).toBeNull();
      // A provider's word for a withheld number is never shown: the locale's "Unknown number" is.
      expect(record?.title).toBe(`Inbound call - ${raw && /\d/.test(raw) ? raw : 'Unknown number'}`);
      // The external party has no number: nothing is looked up, least of all the raw text.
      expect(contacts.asked).toEqual([]);
    });
  }

  it('keeps the withheld caller when the hangup of the same call names it too', async () => {
    const { bridge, stores } = makeBridge({ provider: ringover() });
    const hangup = ringoverFixtures['call/hangup'].replace(CALLER, '"from_number":"anonymous"');
    for (const body of [ringing('"from_number":null'), hangup]) {
      const res = await post(bridge, body, await signRingoverWebhook(body, KEYS.callEvents));
      expect(res.status).toBe(200);
    }
    const items = (await stores.interactions.list('acme', {}, { limit: 10 })).items;
    expect(items).toHaveLength(1);
    expect(items[0]?.metadata).toMatchObject({
      callerNumber: null,
      callerNumberRaw: 'anonymous',
      callState: 'ended',
    });
  });
});
