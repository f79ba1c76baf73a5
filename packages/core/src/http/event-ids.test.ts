import { describe, expect, it } from 'vitest';
import { compareEventIds, isEventId } from './event-ids.js';

describe('compareEventIds', () => {
  it('orders decimal ids numerically, past 2^53 and with leading zeros', () => {
    expect(compareEventIds('9', '10')).toBe(-1);
    expect(compareEventIds('10', '9')).toBe(1);
    expect(compareEventIds('42', '42')).toBe(0);
    expect(compareEventIds('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareEventIds('007', '7')).toBe(0);
    expect(compareEventIds('0', '00')).toBe(0);
    expect(compareEventIds('0', '1')).toBe(-1);
    expect(compareEventIds('010', '9')).toBe(1);
  });

  it('accepts only decimal ids', () => {
    expect(isEventId('123')).toBe(true);
    expect(isEventId('')).toBe(false);
    expect(isEventId('-1')).toBe(false);
    expect(isEventId('1e3')).toBe(false);
  });
});
