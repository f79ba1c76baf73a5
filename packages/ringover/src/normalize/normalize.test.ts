import { CallEventSchema } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { parseRingoverWebhook } from '../parse.js';
import { RINGOVER_EVENT_TYPES } from '../schema/envelope.js';
import {
  FIXTURE_CALL_ID,
  FIXTURE_CHANNEL_ID,
  ringoverFixtures,
  seedCompatPayload,
  unknownRingoverFixture,
} from '../testing/fixtures.js';
import { normalizeCompatPayload, normalizeRingoverEvent } from './normalize.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const opts = { tenantId: 't1', now: () => NOW };

function normalize(type: keyof typeof ringoverFixtures) {
  const parsed = parseRingoverWebhook(ringoverFixtures[type]);
  if (parsed.kind !== 'event') throw new Error(`expected an event, got ${parsed.kind}`);
  expect(parsed.event.type).toBe(type);
  const events = normalizeRingoverEvent(parsed.event, opts);
  for (const event of events) CallEventSchema.parse(event);
  return { event: parsed.event, events };
}

describe('every documented event parses and normalizes from its fixture', () => {
  it('has a fixture for every documented event', () => {
    expect(Object.keys(ringoverFixtures).sort()).toEqual([...RINGOVER_EVENT_TYPES].sort());
  });

  it('call/ringing: kind ringing, 64-bit ids exact, agent and IVR (new and deprecated forms)', () => {
    const { events } = normalize('call/ringing');
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({
      provider: 'ringover',
      tenantId: 't1',
      kind: 'ringing',
      sourceRecordId: FIXTURE_CALL_ID,
      sourceSessionId: FIXTURE_CHANNEL_ID,
      deliveryId: `call:ringing:${FIXTURE_CALL_ID}:${FIXTURE_CHANNEL_ID}`,
      direction: 'inbound',
      from: { raw: '33612345678', e164: '+33612345678' },
      to: { raw: '33187654321', e164: '+33187654321' },
      startedAt: '2025-12-31T11:20:00.401Z',
      occurredAt: '2025-12-31T11:20:00.401Z',
      agent: { id: '22673838', name: 'Lea Martin', email: 'lea@example.fr' },
      extra: {
        ringoverCallUuid: '3f0c9a4e-7d2b-4c61-9a55-0b6e2d1f8c10',
        isIvr: true,
        ivrName: 'Standard',
        ivrScenario: 'Open hours',
      },
    });
  });

  it('call/answered: kind answered with answeredAt', () => {
    const e = normalize('call/answered').events[0]!;
    expect(e.kind).toBe('answered');
    expect(e.answeredAt).toBe('2025-12-31T11:20:10.250Z');
    expect(e.deliveryId).toBe(`call:answered:${FIXTURE_CALL_ID}:${FIXTURE_CHANNEL_ID}`);
  });

  it('call/hangup: ended with duration, private recording preferred, AMD, derived answer time', () => {
    const e = normalize('call/hangup').events[0]!;
    expect(e).toMatchObject({
      kind: 'ended',
      durationSeconds: 172,
      endedAt: '2025-12-31T11:23:07.733Z',
      answeredAt: '2025-12-31T11:20:15.733Z',
      answeringMachine: 'MACHINE',
      recording: {
        url: 'https://example.invalid/private/records/3f0c9a4e.mp3',
        type: 'recording',
        requiresAuth: true,
      },
    });
  });

  it('call/missed: reason and end time', () => {
    const e = normalize('call/missed').events[0]!;
    expect(e).toMatchObject({ kind: 'missed', reason: 'no_answer', endedAt: '2025-12-31T11:20:30.000Z' });
  });

  it('call/voicemail: reason and the private message link', () => {
    const e = normalize('call/voicemail').events[0]!;
    expect(e).toMatchObject({
      kind: 'voicemail',
      reason: 'busy',
      recording: { url: 'https://example.invalid/private/voicemails/3f0c.mp3', type: 'voicemail' },
    });
  });

  it('synchronous requests parse but store nothing', () => {
    const contact = normalize('call/contact');
    expect(contact.events).toEqual([]);
    expect(contact.event.type === 'call/contact' && contact.event.data.call_id).toBe(FIXTURE_CALL_ID);
    const routing = normalize('call/routing');
    expect(routing.events).toEqual([]);
    expect(routing.event.type === 'call/routing' && routing.event.data.from_number).toBe('33612345678');
    const search = normalize('search/contact');
    expect(search.event).toMatchObject({
      resource: 'search',
      type: 'search/contact',
      data: { query_search: 'martin' },
    });
    expect(search.events).toEqual([]);
  });

  it('call/ivr_response_code: a note carrying the code', () => {
    const e = normalize('call/ivr_response_code').events[0]!;
    expect(e).toMatchObject({
      kind: 'note',
      sourceRecordId: FIXTURE_CALL_ID,
      extra: { ivrResponseCode: '42' },
    });
  });

  it('call/ivr_response_code: the code is text, leading zeros and every digit kept', () => {
    const ivr = (code: string) => {
      const body = ringoverFixtures['call/ivr_response_code'].replace(/"code":[^,}]+/, `"code":${code}`);
      const parsed = parseRingoverWebhook(body);
      if (parsed.kind !== 'event') throw new Error('expected an event');
      return normalizeRingoverEvent(parsed.event, opts)[0]!;
    };
    expect(ivr('"0042"').extra).toEqual({ ivrResponseCode: '0042' });
    expect(ivr('"12345678901234567890"').extra).toEqual({ ivrResponseCode: '12345678901234567890' });
    expect(ivr('"#1*"').extra).toEqual({ ivrResponseCode: '#1*' });
    expect(ivr('42').extra).toEqual({ ivrResponseCode: '42' });
  });

  it('aftercall work events become notes on the same call', () => {
    const comments = normalize('aftercall/comments_updated').events[0]!;
    expect(comments).toMatchObject({
      kind: 'note',
      sourceRecordId: FIXTURE_CALL_ID,
      text: 'Rappeler demain pour le devis',
      tags: ['devis'],
      deliveryId: `aftercall:comments_updated:${FIXTURE_CALL_ID}:${FIXTURE_CHANNEL_ID}@1767180300.1`,
    });
    expect(normalize('aftercall/tags_updated').events[0]).toMatchObject({
      kind: 'note',
      tags: ['devis', 'urgent'],
    });
    expect(normalize('aftercall/aftercall').events[0]).toMatchObject({
      kind: 'after_call',
      tags: ['devis'],
      text: 'Client satisfait',
    });
  });

  it('aftercall media events: recording (private), voicemail (public fallback, "30s"), transcript link, summary', () => {
    expect(normalize('aftercall/record_available').events[0]).toMatchObject({
      kind: 'recording_available',
      sourceRecordId: FIXTURE_CALL_ID,
      recording: { url: 'https://example.invalid/p/example.mp3', durationSeconds: 172, requiresAuth: true },
    });
    expect(normalize('aftercall/voicemail_available').events[0]).toMatchObject({
      kind: 'recording_available',
      recording: {
        url: 'https://cdn.ringover.com/voicemails/example.mp3',
        type: 'voicemail',
        durationSeconds: 30,
        requiresAuth: false,
      },
    });
    expect(normalize('aftercall/transcription_available').events[0]).toMatchObject({
      kind: 'transcript_available',
      extra: { transcriptionLink: 'https://app.ringover.com/transcriptions/3f0c9a4e' },
    });
    expect(normalize('aftercall/summary_available').events[0]).toMatchObject({
      kind: 'summary_available',
      insights: { summary: 'Le client demande un devis pour 12 postes.' },
    });
  });

  it('sms/sent and sms/received become SMS interactions (numbers as JSON numbers or strings)', () => {
    const sent = normalize('sms/sent').events[0]!;
    expect(sent).toMatchObject({
      kind: 'sms',
      channel: 'SMS',
      direction: 'outbound',
      sourceRecordId: '88213345-551201',
      deliveryId: 'sms:sent:88213345-551201',
      from: { raw: '33756000111' },
      text: 'Votre devis est prêt',
      occurredAt: '2025-12-31T11:38:20.000Z',
    });
    const received = normalize('sms/received').events[0]!;
    expect(received).toMatchObject({
      kind: 'sms',
      channel: 'SMS',
      direction: 'inbound',
      from: { raw: '33612345678' },
    });
  });
});

describe('tolerance', () => {
  const base = JSON.parse(ringoverFixtures['call/hangup'].replace(/:(\d{20})/g, ':"$1"'));

  it('accepts ISO envelope timestamps, string numbers, "true"/"1" flags, userId and is_internal', () => {
    const body = {
      ...base,
      timestamp: '2025-12-31T11:23:08+00:00',
      data: {
        ...base.data,
        hangup_time: '1767180187.733',
        duration_in_seconds: '172',
        is_internal: '1',
        user: { userId: '22673838', firstname: 'Lea' },
        user_id: undefined,
      },
    };
    const parsed = parseRingoverWebhook(JSON.stringify(body));
    expect(parsed.kind).toBe('event');
    if (parsed.kind !== 'event') return;
    expect(parsed.event.timestamp).toBe(1767180188);
    const e = normalizeRingoverEvent(parsed.event, opts)[0]!;
    expect(e).toMatchObject({
      direction: 'internal',
      durationSeconds: 172,
      agent: { id: '22673838', name: 'Lea' },
    });
  });

  it('reads a time sent empty, as 0 or as a zero date as absent, not as a bad body or 1970', () => {
    for (const absent of ['', ' ', 0, '0', '0000-00-00 00:00:00', '0000-00-00T00:00:00+00:00']) {
      const body = {
        ...base,
        data: { ...base.data, answered_time: absent, answered_date_time_atom: absent },
      };
      const parsed = parseRingoverWebhook(JSON.stringify(body));
      if (parsed.kind !== 'event') throw new Error('expected event');
      // Without an answer time, the hangup's is estimated from its duration.
      expect(normalizeRingoverEvent(parsed.event, opts)[0]).toMatchObject({
        answeredAt: '2025-12-31T11:20:15.733Z',
        answeredAtEstimated: true,
      });
    }
  });

  it('reads an optional id sent empty as absent, and refuses a blank call_id naming it', () => {
    const body = {
      ...base,
      data: { ...base.data, channel_id: '', user_id: ' ', user: { ...base.data.user, user_id: '' } },
    };
    const parsed = parseRingoverWebhook(JSON.stringify(body));
    if (parsed.kind !== 'event') throw new Error('expected event');
    expect(normalizeRingoverEvent(parsed.event, opts)[0]).toMatchObject({
      sourceSessionId: null,
      deliveryId: `call:hangup:${FIXTURE_CALL_ID}`,
      agent: { id: null, name: 'Lea Martin' },
    });
    const blank = { ...base, data: { ...base.data, call_id: '  ' } };
    expect(() => parseRingoverWebhook(JSON.stringify(blank))).toThrow(
      expect.objectContaining({ code: 'malformed_body', details: { fields: ['data.call_id'] } }),
    );
  });

  it('reads a flag or a duration sent empty (PHP writes false as "") as absent', () => {
    const body = {
      ...base,
      data: { ...base.data, is_internal: '', is_anonymous: '', is_ivr: ' ', duration_in_seconds: '' },
    };
    const parsed = parseRingoverWebhook(JSON.stringify(body));
    if (parsed.kind !== 'event') throw new Error('expected event');
    expect(normalizeRingoverEvent(parsed.event, opts)[0]).toMatchObject({
      direction: 'inbound',
      durationSeconds: null,
      answeredAt: null,
    });
    const media = JSON.parse(ringoverFixtures['aftercall/record_available'].replace(/:(\d{20})/g, ':"$1"'));
    const record = parseRingoverWebhook(
      JSON.stringify({ ...media, data: { ...media.data, record_duration: '' } }),
    );
    expect(record.kind).toBe('event');
  });

  it('reads the deprecated ivr_data (snake or camel case) when the ivr object is absent', () => {
    const ringing = JSON.parse(ringoverFixtures['call/ringing'].replace(/:(\d{20})/g, ':"$1"'));
    for (const ivrData of [
      { number: '33187654321', scenario_name: 'Nuit', ivr_name: 'Accueil' },
      { number: '33187654321', scenarioName: 'Nuit', ivrName: 'Accueil' },
    ]) {
      const parsed = parseRingoverWebhook(
        JSON.stringify({ ...ringing, data: { ...ringing.data, ivr: undefined, ivr_data: ivrData } }),
      );
      if (parsed.kind !== 'event') throw new Error('expected event');
      expect(normalizeRingoverEvent(parsed.event, opts)[0]!.extra).toMatchObject({
        ivrName: 'Accueil',
        ivrScenario: 'Nuit',
      });
    }
  });

  it('falls back to the atom twin when the float time is absent', () => {
    const body = { ...base, data: { ...base.data, hangup_time: undefined } };
    const parsed = parseRingoverWebhook(JSON.stringify(body));
    if (parsed.kind !== 'event') throw new Error('expected event');
    expect(normalizeRingoverEvent(parsed.event, opts)[0]!.endedAt).toBe('2025-12-31T11:23:07.000Z');
  });

  it('never estimates an answer time before the call started (a duration rounded up, or absurd)', () => {
    // start 11:20:00.401, hangup 11:23:07.733: 187.3 s in all. A duration of 188 (rounded up), 250
    // or 1e300 would put the answer before the start; it is the start at the earliest.
    for (const duration of ['188', '250', '1e300']) {
      const body = ringoverFixtures['call/hangup'].replace(
        '"duration_in_seconds":172',
        `"duration_in_seconds":${duration}`,
      );
      const parsed = parseRingoverWebhook(body);
      if (parsed.kind !== 'event') throw new Error('expected an event');
      expect(normalizeRingoverEvent(parsed.event, opts)[0]).toMatchObject({
        startedAt: '2025-12-31T11:20:00.401Z',
        answeredAt: '2025-12-31T11:20:00.401Z',
        answeredAtEstimated: true,
      });
    }
  });

  it('deliveryId ignores the attempt counter', () => {
    const a = parseRingoverWebhook(ringoverFixtures['call/missed']);
    const b = parseRingoverWebhook(ringoverFixtures['call/missed'].replace('"attempt":1', '"attempt":4'));
    if (a.kind !== 'event' || b.kind !== 'event') throw new Error('expected events');
    expect(normalizeRingoverEvent(b.event, opts)[0]!.deliveryId).toBe(
      normalizeRingoverEvent(a.event, opts)[0]!.deliveryId,
    );
  });

  it('rejects a documented event with bad fields as malformed_body, naming the field', () => {
    const bad = ringoverFixtures['call/hangup'].replace(
      '"duration_in_seconds":172',
      '"duration_in_seconds":"long"',
    );
    expect(() => parseRingoverWebhook(bad)).toThrowError(expect.objectContaining({ code: 'malformed_body' }));
    try {
      parseRingoverWebhook(bad);
    } catch (error) {
      expect((error as Error).message).toContain('data.duration_in_seconds');
    }
  });

  it('reports an unknown event as unknown instead of failing', () => {
    expect(parseRingoverWebhook(unknownRingoverFixture)).toMatchObject({
      kind: 'unknown',
      resource: 'fax',
      event: 'received',
    });
  });

  it('recognizes and normalizes the seed compatibility payload', () => {
    const parsed = parseRingoverWebhook(seedCompatPayload);
    if (parsed.kind !== 'compat') throw new Error('expected compat');
    const [e] = normalizeCompatPayload(parsed.payload, opts);
    expect(CallEventSchema.parse(e)).toMatchObject({
      kind: 'ended',
      sourceRecordId: 'test-123',
      durationSeconds: 120,
      startedAt: '2026-02-17T10:30:00.000Z',
      answeredAt: '2026-02-17T10:30:00.000Z',
      endedAt: '2026-02-17T10:32:00.000Z',
      from: { raw: '+32470123456' },
      recording: { url: 'https://example.com/recording.mp3' },
    });
  });
});
