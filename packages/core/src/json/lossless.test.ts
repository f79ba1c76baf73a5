import { describe, expect, it } from 'vitest';
import { CallbridgeError } from '../errors.js';
import { parseJsonLossless, quoteUnsafeIntegers } from './lossless.js';

describe('parseJsonLossless', () => {
  it('keeps every digit of 64-bit ids and leaves safe numbers alone', () => {
    const body =
      '{"call_id":14486597828273463454,"channel_id":16390226718014117149,"n":42,"f":1554823493.762305,"neg":-9223372036854775808}';
    expect(parseJsonLossless(body)).toEqual({
      call_id: '14486597828273463454',
      channel_id: '16390226718014117149',
      n: 42,
      f: 1554823493.762305,
      neg: '-9223372036854775808',
    });
  });

  it('does not touch digits inside strings, including escaped quotes', () => {
    const body = '{"s":"x\\" 14486597828273463454 \\"","a":[12345678901234567890]}';
    expect(parseJsonLossless(body)).toEqual({ s: 'x" 14486597828273463454 "', a: ['12345678901234567890'] });
  });

  it('keeps max safe integer a number and 2^53+1 a string', () => {
    expect(parseJsonLossless('[9007199254740991, 9007199254740993]')).toEqual([
      9007199254740991,
      '9007199254740993',
    ]);
  });

  it('reads UTF-8 bytes, including non-ASCII', () => {
    expect(parseJsonLossless(new TextEncoder().encode('{"name":"Zoë 📞"}'))).toEqual({ name: 'Zoë 📞' });
  });

  it('rejects invalid JSON and invalid UTF-8 with invalid_json (400)', () => {
    for (const bad of ['{', '', 'nope', new Uint8Array([0xff, 0xfe])]) {
      try {
        parseJsonLossless(bad);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(CallbridgeError);
        expect((e as CallbridgeError).code).toBe('invalid_json');
        expect((e as CallbridgeError).status).toBe(400);
      }
    }
  });

  it('returns the same string when nothing needs quoting', () => {
    const text = '{"a":1,"b":[1.5e300,-2]}';
    expect(quoteUnsafeIntegers(text)).toBe(text);
  });
});
