import { describe, expect, it } from 'vitest';
import { parseRingoverWebhook } from '../parse.js';
import { ringoverFixtures } from '../testing/fixtures.js';
import { IdSchema, OptionalIdSchema } from './primitives.js';

// An id of 0 names nothing (PHP writes a missing id as 0): stored, every call "of user 0" would
// share one agent, and every call "0" one record.

describe('ids sent as 0', () => {
  it('reads an optional id of 0, or blank, as absent', () => {
    for (const absent of [0, '0', ' 00 ', '', '  ', 0n, null, undefined]) {
      expect(OptionalIdSchema.parse(absent) ?? null).toBeNull();
    }
    expect(OptionalIdSchema.parse(' 42 ')).toBe('42');
    expect(OptionalIdSchema.parse(10)).toBe('10');
    expect(OptionalIdSchema.parse('007')).toBe('007');
  });

  it('refuses a required id of 0', () => {
    for (const zero of [0, '0', '000', 0n]) expect(IdSchema.safeParse(zero).success).toBe(false);
    expect(IdSchema.parse(' 144865978282734602 ')).toBe('144865978282734602');
  });

  it('refuses a webhook whose call_id is 0, naming data.call_id', () => {
    const body = JSON.parse(ringoverFixtures['call/hangup'].replace(/:(\d{20})/g, ':"$1"'));
    for (const zero of [0, '0']) {
      expect(() =>
        parseRingoverWebhook(JSON.stringify({ ...body, data: { ...body.data, call_id: zero } })),
      ).toThrow(expect.objectContaining({ code: 'malformed_body', details: { fields: ['data.call_id'] } }));
    }
  });
});
