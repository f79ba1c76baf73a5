import { type CallEventInput, CallEventSchema } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { DANA_START, danaLeg, R2, SAM_START, samLeg } from '../../test/transfer-legs.js';
import { callLogLeg, callLogRecord, FIXTURE_RECORDING_ID } from '../testing.js';
import { normalizeCallLogRecord } from './normalize.js';
import { CallLogRecordSchema } from './schema.js';

// A transferred call in the Detailed view: see test/transfer-legs.ts.
const R1 = FIXTURE_RECORDING_ID; // 2904417730016
const MEDIA = 'https://media.ringcentral.com/restapi/v1.0/account/809640001/recording';

const parse = (raw: Record<string, unknown>) => CallLogRecordSchema.parse(raw);
const detailed = (recordingId: string | null, legs: Record<string, unknown>[], result?: string) =>
  parse(callLogRecord({ recordingId, legs, result }));
/** The events without `raw` (the parsed row as given, legs in their order). */
const facts = (events: CallEventInput[]) => events.map(({ raw: _raw, ...rest }) => rest);

describe('call-log legs with recordings (Detailed view)', () => {
  it('a call recorded only on a leg gets that recording, keyed on its id', () => {
    const events = normalizeCallLogRecord(detailed(null, [danaLeg(), samLeg(R2)]), 't1');
    expect(events.map((e) => CallEventSchema.parse(e).kind)).toEqual(['ended', 'recording_available']);
    for (const event of events) {
      expect(event.sourceRecordId).toBe(R2);
      expect(event.extra).not.toHaveProperty('otherRecordings');
    }
    expect(events[1]?.recording).toEqual({
      url: `${MEDIA}/${R2}/content`,
      id: R2,
      requiresAuth: true,
      type: 'recording',
    });
    // the call's own facts are the record's, not the leg's
    expect(events[1]).toMatchObject({ durationSeconds: 190, startedAt: DANA_START });
  });

  it("a leg carrying the record's own recording does not count it twice", () => {
    const events = normalizeCallLogRecord(detailed(R1, [danaLeg(R1), samLeg()]), 't1');
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.sourceRecordId)).toEqual([R1, R1]);
    expect(events[1]?.recording?.url).toBe(`${MEDIA}/${R1}/content`);
    expect(events[0]?.extra).not.toHaveProperty('otherRecordings');
    expect(events[1]?.extra).not.toHaveProperty('otherRecordings');
  });

  it("keeps the record's own recording as the main one and lists a leg's other recording", () => {
    const events = normalizeCallLogRecord(detailed(R1, [danaLeg(R1), samLeg(R2, 'OnDemand')]), 't1');
    expect(events.map((e) => e.sourceRecordId)).toEqual([R1, R1]);
    expect(events[1]?.recording?.id).toBe(R1);
    const listed = [
      {
        id: R2,
        url: `${MEDIA}/${R2}/content`,
        requiresAuth: true,
        recordingType: 'OnDemand',
        legType: 'TransferCall',
        startedAt: SAM_START,
        durationSeconds: 150,
      },
    ];
    // both events of the row say it, so neither order of the two loses it
    expect(events[0]?.extra?.otherRecordings).toEqual(listed);
    expect(events[1]?.extra?.otherRecordings).toEqual(listed);
  });

  it('picks the longest recorded leg when only legs are recorded, and lists the others', () => {
    const events = normalizeCallLogRecord(detailed(null, [danaLeg(R1), samLeg(R2)]), 't1');
    expect(events.map((e) => e.sourceRecordId)).toEqual([R2, R2]);
    expect(events[1]?.recording?.url).toBe(`${MEDIA}/${R2}/content`);
    expect(events[1]?.extra?.otherRecordings).toEqual([
      {
        id: R1,
        url: `${MEDIA}/${R1}/content`,
        requiresAuth: true,
        recordingType: 'Automatic',
        legType: 'Accept',
        startedAt: DANA_START,
        durationSeconds: 40,
      },
    ]);
  });

  it('gives the same events whatever the order of the legs', () => {
    const R3 = '2904417730018';
    const thirdLeg = callLogLeg({
      startTime: '2025-03-04T15:33:08.000Z',
      duration: 20,
      legType: 'TransferCall',
      recordingId: R3,
    });
    const legs = [danaLeg(R1), samLeg(R2), thirdLeg];
    const forward = normalizeCallLogRecord(detailed(null, legs), 't1');
    const backward = normalizeCallLogRecord(detailed(null, [...legs].reverse()), 't1');
    const shuffled = normalizeCallLogRecord(detailed(null, [legs[1], legs[2], legs[0]] as typeof legs), 't1');
    expect(facts(backward)).toEqual(facts(forward));
    expect(facts(shuffled)).toEqual(facts(forward));
    expect(forward[1]?.sourceRecordId).toBe(R2);
    // the others by start time
    expect((forward[1]?.extra?.otherRecordings as { id: string }[] | undefined)?.map((r) => r.id)).toEqual([
      R1,
      R3,
    ]);
  });

  it('breaks a tie in length by the later leg, then by the larger recording id', () => {
    const leg = (start: string, id: string) =>
      callLogLeg({ startTime: start, duration: 60, legType: 'TransferCall', recordingId: id });
    const later = normalizeCallLogRecord(
      detailed(null, [leg('2025-03-04T15:31:00.000Z', '9'), leg('2025-03-04T15:32:00.000Z', '10')]),
      't1',
    );
    expect(later[0]?.sourceRecordId).toBe('10');
    const sameTime = normalizeCallLogRecord(
      detailed(null, [leg(SAM_START, '99'), leg(SAM_START, '100')]),
      't1',
    );
    // numeric ids compare as numbers: 100 > 99
    expect(sameTime[0]?.sourceRecordId).toBe('100');
  });

  it('counts a recording shown on two legs once, over the time of both', () => {
    const hold = callLogLeg({
      startTime: '2025-03-04T15:30:18.000Z',
      duration: 30,
      legType: 'CallPark',
      recordingId: R1,
    });
    const events = normalizeCallLogRecord(detailed(null, [danaLeg(R1), hold, samLeg(R2)]), 't1');
    // R1 spans 15:29:58 → 15:30:48 (50 s), shorter than R2's 150 s
    expect(events[1]?.sourceRecordId).toBe(R2);
    expect(events[1]?.extra?.otherRecordings).toEqual([
      expect.objectContaining({ id: R1, startedAt: DANA_START, durationSeconds: 50, legType: 'Accept' }),
    ]);
  });

  it('leg recordings never make a deleted record or an unfinished leg-only call a record', () => {
    expect(
      normalizeCallLogRecord(
        parse({ ...callLogRecord({ recordingId: null, legs: [samLeg(R2)] }), deleted: true }),
        't1',
      ),
    ).toEqual([]);
    // While the call goes on, more legs (and a longer one) may come: wait for its final row.
    expect(normalizeCallLogRecord(detailed(null, [danaLeg(), samLeg(R2)], 'In Progress'), 't1')).toEqual([]);
    // With its own recording, an unfinished call is answered as before, keyed on that recording.
    const live = normalizeCallLogRecord(detailed(R1, [danaLeg(R1), samLeg(R2)], 'In Progress'), 't1');
    expect(live.map((e) => [e.kind, e.sourceRecordId])).toEqual([['answered', R1]]);
  });

  it("lists the record's own recording among the others when a kept leg recording keys the call", () => {
    // read first with leg recordings only (keyed on Sam's R2); the record got its own R3 since
    const R3 = '2904417730018';
    const events = normalizeCallLogRecord(detailed(R3, [danaLeg(R1), samLeg(R2)]), 't1', {
      mainRecordingId: R2,
    });
    expect(events.map((e) => e.sourceRecordId)).toEqual([R2, R2]);
    expect(events[1]?.extra?.otherRecordings).toEqual([
      expect.objectContaining({ id: R1, legType: 'Accept', durationSeconds: 40 }),
      expect.objectContaining({ id: R3, legType: null, startedAt: DANA_START, durationSeconds: 190 }),
    ]);
  });

  it('ignores legs it cannot read instead of dropping the record', () => {
    const odd = [
      'not a leg',
      null,
      { ...samLeg(), recording: { id: '777', type: 'Automatic' } }, // no contentUri
      { ...samLeg(), duration: 'long' },
    ];
    const withOwn = normalizeCallLogRecord(detailed(R1, odd as Record<string, unknown>[]), 't1');
    expect(withOwn.map((e) => e.sourceRecordId)).toEqual([R1, R1]);
    expect(withOwn[1]?.extra).not.toHaveProperty('otherRecordings');
    const notAList = parse({ ...callLogRecord(), legs: { recording: { id: R2 } } });
    expect(normalizeCallLogRecord(notAList, 't1').map((e) => e.sourceRecordId)).toEqual([R1, R1]);
    // a leg with an unreadable duration still counts its recording
    const unreadable = { ...samLeg(R2), duration: 'long' };
    const fromLeg = normalizeCallLogRecord(detailed(null, [unreadable]), 't1');
    expect(fromLeg[1]?.recording?.id).toBe(R2);
  });
});
