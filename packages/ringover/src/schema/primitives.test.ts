import { afterEach, describe, expect, it } from 'vitest';
import { toEpochSeconds } from './primitives.js';

describe('toEpochSeconds', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('reads a date-time without an offset as UTC, whatever the server time zone', () => {
    for (const zone of ['Europe/Paris', 'America/New_York', 'UTC']) {
      process.env.TZ = zone;
      expect(toEpochSeconds('2025-12-31 11:20:00')).toBe(Date.parse('2025-12-31T11:20:00Z') / 1000);
      expect(toEpochSeconds('2025-12-31T11:20:00.59')).toBe(Date.parse('2025-12-31T11:20:00.59Z') / 1000);
    }
  });

  it('keeps an explicit offset', () => {
    process.env.TZ = 'Europe/Paris';
    const utc = Date.parse('2025-12-31T11:20:00Z') / 1000;
    expect(toEpochSeconds('2025-12-31T11:20:00Z')).toBe(utc);
    expect(toEpochSeconds('2025-12-31T12:20:00+01:00')).toBe(utc);
    expect(toEpochSeconds('2025-12-31T06:20:00-0500')).toBe(utc);
    expect(toEpochSeconds('2025-12-31T11:20:00.000z')).toBe(utc);
  });

  it('reads epoch seconds, milliseconds and numeric strings', () => {
    expect(toEpochSeconds(1767180000.412345)).toBe(1767180000.412345);
    expect(toEpochSeconds(1767180000412)).toBe(1767180000.412);
    expect(toEpochSeconds('1767180000.5')).toBe(1767180000.5);
    expect(toEpochSeconds('yesterday')).toBeNull();
  });
});
