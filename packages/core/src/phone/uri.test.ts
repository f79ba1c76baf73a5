import { describe, expect, it } from 'vitest';
import { createPhoneNormalizer, normalizePhone, redactPhone } from './index.js';
import { redactPhoneNumbers } from './redact.js';

type Region = 'BE' | 'US' | 'FR' | undefined;

describe('normalizePhone: tel: URIs (RFC 3966)', () => {
  it.each([
    ['tel:+33-1-23-45-67-89', undefined, '+33123456789'],
    ['tel:+33123456789', 'BE', '+33123456789'],
    ['TEL:+33.1.23.45.67.89', undefined, '+33123456789'],
    ['tel:+1-201-555-0123;ext=1234', undefined, '+12015550123'],
    ['tel:+1-201-555-0123;ext=1234', 'US', '+12015550123'],
    ['tel:+33123456789;isub=1234', undefined, '+33123456789'],
    ['tel:+33123456789;tgrp=trunk1;trunk-context=example.com', undefined, '+33123456789'],
    // A local number with a global phone-context: the context's digits come first; a trunk "0"
    // of the local number is the national prefix of the context's country.
    ['tel:0123456789;phone-context=+33', undefined, '+33123456789'],
    ['tel:0123456789;phone-context=+33', 'BE', '+33123456789'],
    ['tel:01-23-45-67-89;phone-context=+33', 'US', '+33123456789'],
    ['tel:23456789;phone-context=+331', undefined, '+33123456789'],
    ['tel:201-555-0123;phone-context=+1', undefined, '+12015550123'],
    ['tel:0123456789;ext=12;phone-context=+33', undefined, '+33123456789'],
    // A domain context names no country: the local number is read in the default region.
    ['tel:0470123456;phone-context=example.com', 'BE', '+32470123456'],
  ] as const)('%s in region %s → %s', (input, region, expected) => {
    expect(normalizePhone(input, { defaultRegion: region as Region })).toEqual({
      raw: input,
      e164: expected,
    });
  });

  it('gives the same answer every time for a phone-context (no state kept between calls)', () => {
    for (let i = 0; i < 3; i++) {
      expect(normalizePhone('tel:0123456789;phone-context=+33').e164).toBe('+33123456789');
      expect(normalizePhone('tel:23456789;phone-context=+331').e164).toBe('+33123456789');
    }
  });
});

describe('normalizePhone: SIP URIs', () => {
  it.each([
    ['sip:+33123456789@sip.example.com', undefined, '+33123456789'],
    ['sips:+33123456789@sip.example.com', undefined, '+33123456789'],
    ['SIP:+33123456789@SIP.EXAMPLE.COM', undefined, '+33123456789'],
    ['sip:+33123456789@sip.example.com;user=phone', undefined, '+33123456789'],
    ['sip:+33123456789@10.0.0.1:5060;transport=udp', undefined, '+33123456789'],
    ['sip:+33-1-23-45-67-89@host', undefined, '+33123456789'],
    ['sip:%2B33123456789@host', undefined, '+33123456789'],
    ['sip:+33123456789;ext=12@host;user=phone', undefined, '+33123456789'],
    ['sip:0123456789;phone-context=+33@host;user=phone', undefined, '+33123456789'],
    ['sip:0470123456@pbx.example.be', 'BE', '+32470123456'],
    ['sip:33123456789@trunk.example.com', 'BE', '+33123456789'],
    ['"Bob" <sip:+33123456789@host>', undefined, '+33123456789'],
    ['"Bob Martin" <sip:+33123456789@sip.example.com;user=phone>;tag=a6c85cf', undefined, '+33123456789'],
    ['Bob <sips:+33123456789@host>', undefined, '+33123456789'],
    ['<sip:+33123456789@host>', undefined, '+33123456789'],
    ['"+33 9 99 99 99 99" <sip:+33123456789@host>', undefined, '+33123456789'],
    ['<tel:+33-1-23-45-67-89>', undefined, '+33123456789'],
    ['sip:+33123456789', undefined, '+33123456789'],
  ] as const)('%s in region %s → %s', (input, region, expected) => {
    expect(normalizePhone(input, { defaultRegion: region as Region })).toEqual({
      raw: input,
      e164: expected,
    });
  });
});

describe('normalizePhone: extensions (not part of E.164: the main number is kept)', () => {
  it.each([
    ['+1 201-555-0123 ext. 1234', undefined, '+12015550123'],
    ['+1 201-555-0123 ext 1234', undefined, '+12015550123'],
    ['+1 201-555-0123 extension 12', undefined, '+12015550123'],
    ['+1 201-555-0123 x1234', undefined, '+12015550123'],
    ['+12015550123x1234', undefined, '+12015550123'],
    ['+1 201-555-0123 X 1234', undefined, '+12015550123'],
    ['+1 201-555-0123 #1234', undefined, '+12015550123'],
    ['+12015550123;ext=1234', undefined, '+12015550123'],
    ['+1 201-555-0123, ext. 1234', undefined, '+12015550123'],
    ['(201) 555-0123 x12', 'US', '+12015550123'],
    ['+32 470 12 34 56 ext. 12', 'BE', '+32470123456'],
    ['0470 12 34 56 ext: 12', 'BE', '+32470123456'],
  ] as const)('%s in region %s → %s', (input, region, expected) => {
    expect(normalizePhone(input, { defaultRegion: region as Region })).toEqual({
      raw: input,
      e164: expected,
    });
  });
});

describe('normalizePhone: URIs and extensions that carry no number stay null', () => {
  it.each([
    'sip:alice@sip.example.com',
    'sips:alice@host',
    'sip:anonymous@anonymous.invalid',
    '"Anonymous" <sip:anonymous@anonymous.invalid>;tag=1',
    '"0470123456" <sip:alice@host>',
    'sip:unknown@host',
    'sip:private@host',
    'sip:192.168.1.10',
    'sip:0470123456',
    'sip:@host',
    'sip:',
    'tel:',
    'tel:abc',
    'tel:anonymous',
    'tel:7042;phone-context=example.com',
    'tel:0470123456;phone-context=',
    'tel:0470123456;phone-context=+',
    'sip:%ZZ33123456789@host',
    'sip:+33123456789@host@host',
    'mailto:+33123456789@example.com',
    'http://+33123456789',
    'ext. 1234',
    'x1234',
    '#1234',
    '+32 470 12 34 56 ext.',
    '+32 470 12 34 56 ext. 12 ext. 34',
    '<sip:+33123456789@host',
  ])('%s → null, raw kept', (input) => {
    expect(normalizePhone(input, { defaultRegion: 'BE' })).toEqual({ raw: input, e164: null });
  });

  it('still refuses over-long input', () => {
    const long = `"${'a'.repeat(300)}" <sip:+33123456789@host>`;
    expect(normalizePhone(long)).toEqual({ raw: long, e164: null });
  });

  it('caches URI results like any other input', () => {
    const n = createPhoneNormalizer({ defaultRegion: 'BE' });
    expect(n.normalize('sip:+33123456789@host').e164).toBe('+33123456789');
    expect(n.normalize('sip:+33123456789@host').e164).toBe('+33123456789');
    expect(n.normalize('sip:alice@host').e164).toBeNull();
  });
});

describe('redaction of URIs and extensions in logs', () => {
  const noRun = /\d{3}/;

  it.each([
    'sip:+33123456789@sip.example.com',
    'sips:+33123456789@10.0.0.1:5060',
    '"Bob" <sip:+33123456789@host;user=phone>',
    'sip:%2B33123456789@host',
    'tel:+33-1-23-45-67-89',
    'tel:+1-201-555-0123;ext=1234',
    'tel:0123456789;phone-context=+33',
  ])('redactPhone(%s) keeps no run of three digits', (input) => {
    expect(redactPhone(input)).not.toMatch(noRun);
  });

  it.each([
    ['no contact for sip:+33123456789@sip.example.com', 'no contact for sip:+33*******89@sip.example.com'],
    ['no contact for sips:33123456789@host;user=phone', 'no contact for sips:33*******89@host;user=phone'],
    ['from "Bob" <sip:+33123456789@host>;tag=1', 'from "Bob" <sip:+33*******89@host>;tag=1'],
    ['no contact for tel:+33-1-23-45-67-89', 'no contact for tel:+33*******89'],
    ['no contact for tel:+1-201-555-0123;ext=1234', 'no contact for tel:+12*******23;ext=1234'],
    ['no contact for tel:0123456789;phone-context=+33', 'no contact for tel:01******89;phone-context=+33'],
    ['no contact for +1 201-555-0123 ext. 1234', 'no contact for +12*******23 ext. 1234'],
    ['no contact for sip:%2B33123456789@host', 'no contact for sip:%2B33*******89@host'],
    ['no contact for sip:%2b33123456789@host', 'no contact for sip:%2b33*******89@host'],
  ])('redactPhoneNumbers(%s)', (input, expected) => {
    expect(redactPhoneNumbers(input)).toBe(expected);
  });

  it('redacts a known URI number wherever the text quotes it', () => {
    const raw = 'sip:%2B33123456789@host';
    const out = redactPhoneNumbers(`unknown caller ${raw}`, [raw]);
    expect(out).not.toContain('33123456789');
    expect(out.replace(/%2B/gi, '')).not.toMatch(noRun);
  });
});
