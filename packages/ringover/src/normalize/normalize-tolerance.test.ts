import { CallEventSchema } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { parseRingoverWebhook } from '../parse.js';
import {
  FIXTURE_CALL_ID,
  ringoverFixtures,
  seedCompatPayload,
  unknownRingoverFixture,
} from '../testing/fixtures.js';
import { normalizeCompatPayload, normalizeRingoverEvent } from './normalize.js';

// Payloads that bend the documented shapes (types, empty fields, deprecated forms), unknown
// events and the seed's compatibility payload.
const NOW = Date.parse('2026-01-01T00:00:00Z');
const opts = { tenantId: 't1', now: () => NOW };

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
