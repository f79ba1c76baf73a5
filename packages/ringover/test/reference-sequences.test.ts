import {
  createCallBridge,
  createMemoryStores,
  type Interaction,
  MemoryContactDirectory,
  staticTenants,
} from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { ringover } from '../src/index.js';
import { signRingoverWebhook } from '../src/testing.js';
import { BASE, KEYS, NOW, PAUL } from './helpers.js';

// The example payloads of reference/ringover.md §6, byte for byte: (a) ringing, (b) hangup (its
// `user` carries only user_id and email), (c) record_available (a retry, attempt 2).
const RINGING = `{"resource":"call","event":"ringing","timestamp":1767180000.412345,"attempt":1,
 "data":{"id":"3f0c9a4e-7d2b-4c61-9a55-0b6e2d1f8c10","call_id":"14486597828273463454",
  "channel_id":"16390226718014117149","start_time":1767180000.401122,
  "start_date_time_atom":"2025-12-31T11:20:00+00:00","direction":"inbound",
  "from_number":"33612345678","to_number":"33187654321","user_id":22673838,
  "is_internal":false,"is_anonymous":false,"is_ivr":true,
  "ivr":{"name":"Standard","number":"33187654321","scenario":{"scenario_id":412,"ivr_id":98,"name":"Open hours","scenario_type":"menu"}},
  "user":{"user_id":22673838,"firstname":"Lea","lastname":"Martin","email":"lea@example.fr","photo":"https://cdn.ringover.com/img/users/default.jpg"},
  "status":"ringing"}}`;
const HANGUP = `{"resource":"call","event":"hangup","timestamp":1767180187.9,"attempt":1,
 "data":{"id":"3f0c9a4e-7d2b-4c61-9a55-0b6e2d1f8c10","call_id":"14486597828273463454","channel_id":"16390226718014117149",
  "start_time":1767180000.401122,"hangup_time":1767180187.733,"hangup_date_time_atom":"2025-12-31T11:23:07+00:00",
  "duration_in_seconds":172,"answering_machine_detection":null,"record":null,
  "private_record":"https://example.invalid/private/records/3f0c9a4e.mp3","direction":"inbound",
  "from_number":"33612345678","to_number":"33187654321","user_id":22673838,"is_internal":false,
  "is_anonymous":false,"is_ivr":false,"user":{"user_id":22673838,"email":"lea@example.fr"},"status":"hangup"}}`;
// The answered webhook of the same call (its fields as in reference/ringover.md §3: answered_time).
const ANSWERED = `{"resource":"call","event":"answered","timestamp":1767180010.3,"attempt":1,
 "data":{"id":"3f0c9a4e-7d2b-4c61-9a55-0b6e2d1f8c10","call_id":"14486597828273463454",
  "channel_id":"16390226718014117149","start_time":1767180000.401122,"answered_time":1767180010.25,
  "direction":"inbound","from_number":"33612345678","to_number":"33187654321","user_id":22673838,
  "is_internal":false,"is_anonymous":false,"is_ivr":false,
  "user":{"user_id":22673838,"email":"lea@example.fr"},"status":"answered"}}`;
const RECORD_AVAILABLE = `{"resource":"aftercall","event":"record_available","timestamp":1767180240.02,"attempt":2,
 "data":{"call_id":"14486597828273463454","channel_id":"16390226718014117149",
  "record_link":"https://cdn.ringover.com/records/example.mp3","private_record_link":"https://example.invalid/p/example.mp3","record_duration":172}}`;
const CALL_ID = '14486597828273463454';

function bridgeIn(locale: string) {
  const stores = createMemoryStores({ now: () => NOW });
  const bridge = createCallBridge({
    providers: [ringover()],
    tenants: staticTenants([{ id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS } } }]),
    authenticate: () => ({ tenantId: 'acme', userId: 'u1' }),
    contacts: new MemoryContactDirectory([PAUL]),
    stores,
    background: false,
    now: () => NOW,
    locale,
  });
  return { bridge, stores };
}

/** POSTs each body, JWT-signed with the call-events key, then reads the record through GET /calls/:id. */
async function deliver(bodies: string[], locale = 'en'): Promise<Interaction> {
  const { bridge, stores } = bridgeIn(locale);
  const url = `${BASE}/k-acme`;
  for (const body of bodies) {
    const headers = await signRingoverWebhook(body, KEYS.callEvents, { url });
    const res = await bridge.handle(new Request(url, { method: 'POST', body, headers }));
    expect(res.status).toBe(200);
  }
  const stored = await stores.interactions.getBySource('acme', 'RINGOVER', CALL_ID);
  const res = await bridge.handle(new Request(`https://crm.example.com/api/v1/calls/${stored!.id}`));
  expect(res.status).toBe(200);
  return (await res.json()) as Interaction;
}

describe('the reference example payloads, end to end', () => {
  it('keeps the agent named by the ringing when the hangup names it by id and email only', async () => {
    for (const order of [
      [RINGING, HANGUP],
      [HANGUP, RINGING],
    ]) {
      const call = await deliver(order);
      expect(call.metadata.agent).toEqual({ id: '22673838', name: 'Lea Martin', email: 'lea@example.fr' });
      expect(call.metadata).toMatchObject({
        direction: 'inbound',
        callerNumber: '+33612345678',
        callerNumberRaw: '33612345678',
        calleeNumber: '+33187654321',
        callType: 'answered',
        callState: 'ended',
        durationSeconds: 172,
        endedAt: '2025-12-31T11:23:07.733Z',
        recordingUrl: 'https://example.invalid/private/records/3f0c9a4e.mp3',
        recordingRequiresAuth: true,
      });
      expect(call.contactId).toBe(PAUL.id);
    }
  });

  it('a recording that arrives alone is an answered call that ended, not one still ringing', async () => {
    for (const [locale, title, body] of [
      ['en', 'Call - Unknown number', 'Recording available'],
      ['fr', 'Appel - Numéro inconnu', 'Enregistrement disponible'],
    ] as const) {
      const call = await deliver([RECORD_AVAILABLE], locale);
      expect(call.metadata).toMatchObject({ callType: 'answered', callState: 'ended', direction: null });
      expect({ title: call.title, body: call.body }).toEqual({ title, body });
    }
    // The lifecycle webhooks arriving later give the direction and the caller.
    const full = await deliver([RECORD_AVAILABLE, HANGUP, RINGING], 'fr');
    expect(full.title).toBe('Appel entrant - +33 6 12 34 56 78');
    expect(full.metadata).toMatchObject({ callType: 'answered', callState: 'ended', durationSeconds: 172 });
  });

  it('keeps the same recording link whether record_available comes before or after the hangup', async () => {
    const links = new Set<unknown>();
    for (const order of [
      [RINGING, HANGUP, RECORD_AVAILABLE],
      [RINGING, RECORD_AVAILABLE, HANGUP],
      [RECORD_AVAILABLE, HANGUP, RINGING],
    ]) {
      const call = await deliver(order);
      links.add(call.metadata.recordingUrl);
      expect(call.metadata.recordingRequiresAuth).toBe(true);
    }
    // record_available is the newer event: its private link wins in every order.
    expect([...links]).toEqual(['https://example.invalid/p/example.mp3']);
  });

  it("keeps Ringover's answered_time, not the hangup's estimate (end minus duration), in both orders", async () => {
    for (const order of [
      [RINGING, ANSWERED, HANGUP],
      [RINGING, HANGUP, ANSWERED],
    ]) {
      const call = await deliver(order);
      expect(call.metadata).toMatchObject({
        answeredAt: '2025-12-31T11:20:10.250Z',
        answeredAtEstimated: false,
        callState: 'ended',
        durationSeconds: 172,
      });
    }
    // Without the answered webhook, the estimate is all there is.
    expect((await deliver([RINGING, HANGUP])).metadata).toMatchObject({
      answeredAt: '2025-12-31T11:20:15.733Z',
      answeredAtEstimated: true,
    });
  });
});
