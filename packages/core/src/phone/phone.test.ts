import { describe, expect, it } from 'vitest';
import { createPhoneNormalizer, formatPhoneInternational, normalizePhone, redactPhone } from './index.js';

const BE = { defaultRegion: 'BE' as const };

describe('normalizePhone', () => {
  it.each([
    ['+32470123456', '+32470123456'],
    ['0032470123456', '+32470123456'],
    ['0470 12 34 56', '+32470123456'],
    ['32470123456', '+32470123456'],
    ['+32 (0)470-12.34.56', '+32470123456'],
    ['+32 470-12.34.56', '+32470123456'],
    ['(0470) 12 34 56', '+32470123456'],
    ['33601020304', '+33601020304'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['14155552671', '+14155552671'],
    ['＋３２４７０１２３４５６', '+32470123456'],
  ])('%s → %s (region BE)', (input, expected) => {
    expect(normalizePhone(input, BE)).toEqual({ raw: input, e164: expected });
  });

  it.each([
    ['(323) 555-1234', 'US', '+13235551234'],
    ['3235551234', 'US', '+13235551234'],
    ['323.555.1234', 'US', '+13235551234'],
    ['13235551234', 'US', '+13235551234'],
    ['(860) 555-0111', 'US', '+18605550111'],
    ['(416) 555-0123', 'CA', '+14165550123'],
    // Digits without "+" that are no national number of the region: international (Ringover).
    ['32470123456', 'US', '+32470123456'],
    ['33601020304', 'US', '+33601020304'],
    ['14155552671', 'FR', '+14155552671'],
    ['33601020304', 'FR', '+33601020304'],
    ['3235551234', undefined, '+3235551234'],
  ] as const)('%s in region %s → %s (the region is read first)', (input, region, expected) => {
    expect(normalizePhone(input, { defaultRegion: region })).toEqual({ raw: input, e164: expected });
  });

  it('accepts JSON numbers', () => {
    expect(normalizePhone(32470123456, BE)).toEqual({ raw: '32470123456', e164: '+32470123456' });
  });

  it('needs a region for national numbers', () => {
    expect(normalizePhone('0470 12 34 56')).toEqual({ raw: '0470 12 34 56', e164: null });
  });

  it.each([
    'anonymous',
    'Withheld',
    'PRIVATE',
    'unknown',
    '',
    '   ',
    'abc',
    '12',
    '+',
    '++32470123456',
    '0'.repeat(5000),
    '+32470123456'.repeat(10),
    '📞📞📞',
    'Zoë',
    '+32 470 12 34 56 ext. twelve',
    '\u0000\u0001',
  ])('withheld or garbage input #%# → null, raw kept, no throw', (input) => {
    expect(normalizePhone(input, BE)).toEqual({ raw: input, e164: null });
  });

  it.each([null, undefined, {}, [], Number.NaN, true])('non-text %j → nulls', (input) => {
    expect(normalizePhone(input, BE)).toEqual({ raw: null, e164: null });
  });
});

describe('createPhoneNormalizer', () => {
  it('returns equal results from the cache and isolates callers from mutation', () => {
    const n = createPhoneNormalizer({ ...BE, cacheSize: 2 });
    const a = n.normalize('0470 12 34 56');
    a.e164 = 'mutated';
    expect(n.normalize('0470 12 34 56')).toEqual({ raw: '0470 12 34 56', e164: '+32470123456' });
    n.normalize('+33601020304');
    n.normalize('+14155552671');
    expect(n.normalize('0470 12 34 56').e164).toBe('+32470123456');
  });
});

describe('redactPhone', () => {
  it('keeps only the prefix and the last two digits', () => {
    expect(redactPhone('+32470123456')).toBe('+32*******56');
    expect(redactPhone('32470123456')).toBe('32*******56');
    expect(redactPhone(null)).toBe('[none]');
    expect(redactPhone('123')).toBe('***');
  });
});

describe('formatPhoneInternational', () => {
  it('formats for display', () => {
    expect(formatPhoneInternational('+32470123456')).toBe('+32 470 12 34 56');
    expect(formatPhoneInternational('garbage')).toBe('garbage');
  });

  it('gives the same text from its cache, also after more distinct numbers than it keeps', () => {
    expect(formatPhoneInternational('+32470123456')).toBe('+32 470 12 34 56');
    for (let i = 0; i < 1200; i++) formatPhoneInternational(`+3247012${String(i).padStart(4, '0')}`);
    expect(formatPhoneInternational('+32470120042')).toBe('+32 470 12 00 42');
    expect(formatPhoneInternational('+32470123456')).toBe('+32 470 12 34 56');
    expect(formatPhoneInternational('garbage')).toBe('garbage');
  });
});
