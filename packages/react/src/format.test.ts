import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber, formatPhoneNumber } from './format.js';

describe('formatPhoneNumber', () => {
  it('groups North American and French numbers only, as documented', () => {
    expect(formatPhoneNumber('+14155550100')).toBe('+1 415 555 0100');
    expect(formatPhoneNumber('+33123456789')).toBe('+33 1 23 45 67 89');
    // Other plans and non-E.164 values come back unchanged.
    expect(formatPhoneNumber('+442071838750')).toBe('+442071838750');
    expect(formatPhoneNumber('+4930123456')).toBe('+4930123456');
    expect(formatPhoneNumber('0123456789')).toBe('0123456789');
  });
});

describe('formatDuration', () => {
  it('gives m:ss, h:mm:ss from one hour, and 0:00 for missing or negative values', () => {
    expect(formatDuration(95)).toBe('1:35');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(null)).toBe('0:00');
    expect(formatDuration(-4)).toBe('0:00');
    expect(formatDuration(undefined)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });
});

describe('formatNumber', () => {
  it('formats for the locale, and in English for a tag Intl refuses', () => {
    expect(formatNumber(1.5, 'fr', 1)).toBe('1,5');
    expect(formatNumber(1.5, 'fr_FR', 1)).toBe('1.5');
    expect(formatNumber(1.5, '', 1)).toBe('1.5');
  });
});
