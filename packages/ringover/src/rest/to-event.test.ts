import { describe, expect, it } from 'vitest';
import { RingoverCallRowSchema } from './schema.js';
import { callRowToEvent } from './to-event.js';

/** One leg of a transferred call: it rang, the IVR or queue picked it up, nobody answered. */
const passedOn = RingoverCallRowSchema.parse({
  cdr_id: 601,
  call_id: '144865978282734601',
  channel_id: null,
  direction: 'in',
  last_state: 'NOANSWER_TRANSFERED',
  start_time: '2025-12-31T11:40:00Z',
  answered_time: '2025-12-31T11:40:02Z',
  end_time: '2025-12-31T11:40:20Z',
  incall_duration: 18,
  total_duration: 20,
  from_number: '33699887766',
  to_number: '33187654321',
});

describe('callRowToEvent, a leg passed on unanswered (NOANSWER_TRANSFERED)', () => {
  it('is a leg that rang even when the row carries an answered_time, never the answered end of the call', () => {
    const event = callRowToEvent(passedOn, 'acme', Date.parse('2026-01-01T00:00:00Z'));
    expect(event.kind).toBe('ringing');
    expect(event.endedAt).toBeNull();
    expect(event.durationSeconds).toBeNull();
  });
});

describe('callRowToEvent, times sent empty', () => {
  it('reads an empty or zero time as absent instead of skipping the row', () => {
    for (const absent of ['', 0, '0000-00-00 00:00:00']) {
      const row = RingoverCallRowSchema.safeParse({
        cdr_id: 602,
        call_id: '144865978282734602',
        direction: 'in',
        last_state: 'MISSED',
        start_time: '2025-12-31T11:40:00Z',
        answered_time: absent,
        end_time: '2025-12-31T11:40:20Z',
      });
      expect(row.success).toBe(true);
      const event = callRowToEvent(row.data!, 'acme', Date.parse('2026-01-01T00:00:00Z'));
      expect(event).toMatchObject({ kind: 'missed', answeredAt: null, endedAt: '2025-12-31T11:40:20.000Z' });
    }
  });
});
