import { CallEventSchema } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { parseRingoverWebhook } from '../parse.js';
import { RINGOVER_EVENT_TYPES } from '../schema/envelope.js';
import { FIXTURE_CALL_ID, FIXTURE_CHANNEL_ID, ringoverFixtures } from '../testing/fixtures.js';
import { normalizeRingoverEvent } from './normalize.js';

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
