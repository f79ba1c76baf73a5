import { CallEventSchema, normalizePhone } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { callLogRecord } from '../testing.js';
import { callTypeOfResult, normalizeCallLogRecord } from './normalize.js';
import { CallLogRecordSchema } from './schema.js';

const parse = (options: Parameters<typeof callLogRecord>[0] = {}, extra: Record<string, unknown> = {}) =>
  CallLogRecordSchema.parse({ ...callLogRecord(options), ...extra });

describe('callTypeOfResult', () => {
  it.each([
    ['Accepted', 'answered'],
    ['Call connected', 'answered'],
    ['Voicemail', 'voicemail'],
    ['Missed', 'missed'],
    ['No Answer', 'missed'],
    ['Busy', 'missed'],
    ['Rejected', 'missed'],
    ['Sent to Voicemail', 'voicemail'],
    // Someone took the call (another device or agent): the recording proves it connected.
    ['Answered Elsewhere', 'answered'],
    ['Abandoned', 'missed'],
    ['Unknown', null],
    [undefined, null],
  ])('%s → %s', (result, expected) => {
    expect(callTypeOfResult(result)).toBe(expected);
  });
});

describe('normalizeCallLogRecord', () => {
  it('gives the outcome and recording_available, keyed on the recording id', () => {
    const events = normalizeCallLogRecord(parse(), 't1');
    expect(events.map((e) => CallEventSchema.parse(e).kind)).toEqual(['ended', 'recording_available']);
    expect(events[1]).toMatchObject({
      provider: 'ringcentral',
      sourceRecordId: '2904417730016',
      sourceSessionId: 's-a0f1c2d3e4z19a7b6c5d4z3e2f10000',
      deliveryId: 'ringcentral.calllog.Y3Xk9aQz1bCdEfA.recording',
      direction: 'inbound',
      from: { raw: '+14155550142', e164: null },
      to: { raw: '+16505550100', e164: null },
      durationSeconds: 190,
      startedAt: '2025-03-04T15:29:58.000Z',
      endedAt: '2025-03-04T15:33:08.000Z',
      recording: {
        url: 'https://media.ringcentral.com/restapi/v1.0/account/809640001/recording/2904417730016/content',
        id: '2904417730016',
        requiresAuth: true,
        type: 'recording',
      },
    });
    expect(events[0]).toMatchObject({ answeredAt: '2025-03-04T15:29:58.000Z' });
  });

  it('maps a missed and a voicemail result onto those kinds', () => {
    expect(normalizeCallLogRecord(parse({ result: 'Missed' }), 't1')[0]?.kind).toBe('missed');
    const voicemail = normalizeCallLogRecord(parse({ result: 'Voicemail' }), 't1');
    expect(voicemail[0]?.kind).toBe('voicemail');
    expect(voicemail[1]?.recording?.type).toBe('voicemail');
  });

  it('dates a final row by its lastModifiedTime, else (Simple view, an earlier time) its start', () => {
    const at = (extra: Record<string, unknown>) =>
      normalizeCallLogRecord(parse({}, extra), 't1').map((e) => [e.occurredAt, e.startedAt]);
    const start = '2025-03-04T15:29:58.000Z';
    expect(at({ lastModifiedTime: '2025-03-04T15:52:10.000Z' })).toEqual([
      ['2025-03-04T15:52:10.000Z', start],
      ['2025-03-04T15:52:10.000Z', start],
    ]);
    expect(at({})).toEqual([
      [start, start],
      [start, start],
    ]);
    expect(at({ lastModifiedTime: '2025-03-04T15:00:00.000Z' })[0]).toEqual([start, start]);
    expect(at({ lastModifiedTime: 'soon' })[0]).toEqual([start, start]);
    // a call still going on is answered at its start
    const inProgress = parse({}, { result: 'In Progress', lastModifiedTime: '2025-03-04T15:52:10.000Z' });
    expect(normalizeCallLogRecord(inProgress, 't1')[0]?.occurredAt).toBe(start);
  });

  it('skips records without a recording and deleted ones', () => {
    expect(normalizeCallLogRecord(parse({}, { recording: null }), 't1')).toEqual([]);
    expect(normalizeCallLogRecord(parse({}, { deleted: true }), 't1')).toEqual([]);
  });
});

describe('extension numbers', () => {
  it('never reads an internal extension number as a phone number', () => {
    // An internal call: both parties are extensions, with no phone number. "30123" would read as
    // the Berlin number +4930123 with the default region DE, and match an outside contact.
    const record = parse(
      {},
      {
        from: { extensionNumber: '30123', extensionId: '111', name: 'Ana' },
        to: { extensionNumber: '89123', extensionId: '222', name: 'Ben' },
      },
    );
    const [event] = normalizeCallLogRecord(record, 't1');
    for (const party of [event?.from, event?.to]) {
      expect(party?.raw).toMatch(/30123|89123/);
      expect(normalizePhone(party?.raw, { defaultRegion: 'DE' }).e164).toBeNull();
    }
  });
});
