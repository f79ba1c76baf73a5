import { describe, expect, it } from 'vitest';
import { CallbridgeError } from '../errors.js';
import { parseJsonLossless, quoteUnsafeIntegers } from './lossless.js';

function invalidJson(input: string | Uint8Array): CallbridgeError {
  try {
    parseJsonLossless(input);
  } catch (e) {
    expect(e).toBeInstanceOf(CallbridgeError);
    expect((e as CallbridgeError).code).toBe('invalid_json');
    expect((e as CallbridgeError).status).toBe(400);
    return e as CallbridgeError;
  }
  return expect.unreachable(`parsed ${String(input).slice(0, 60)}`);
}

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

  it('rejects numbers that are not RFC 8259 JSON, however long', () => {
    for (const bad of [
      '{"a":014486597828273463454}',
      '{"a":01}',
      '{"a":-01}',
      '{"a":1448659782827346345-4}',
      '{"a":--14486597828273463454}',
      '{"a":-}',
      '{"a":1.}',
      '{"a":.5}',
      '{"a":1.e3}',
      '{"a":1e}',
      '{"a":1e+}',
      '{"a":14486597828273463454.}',
      '{"a":14486597828273463454e}',
      '{"a":1e5.5}',
      '{"a":1.2.3}',
      '[1-]',
      '-14486597828273463454-',
    ]) {
      expect(invalidJson(bad).message).toMatch(/not valid JSON/);
    }
  });

  it('still reads every number the grammar allows', () => {
    expect(parseJsonLossless('[0,-0,0.5,-0.5,1e3,1E+3,1e-3,10,-10,2.5E-2,0e0]')).toEqual([
      0, -0, 0.5, -0.5, 1000, 1000, 0.001, 10, -10, 0.025, 0,
    ]);
    expect(parseJsonLossless(' -14486597828273463454 ')).toBe('-14486597828273463454');
  });

  it('keeps a number beyond the float range as its literal text, like a 64-bit id', () => {
    // JSON.parse reads these as ±Infinity, which JSON.stringify writes as null: the value is lost.
    expect(parseJsonLossless('{"a":1e400,"b":-1.5E+400,"c":1e308,"d":1e-400}')).toEqual({
      a: '1e400',
      b: '-1.5E+400',
      c: 1e308,
      d: 0,
    });
    expect(parseJsonLossless(`[${'9'.repeat(400)}]`)).toEqual(['9'.repeat(400)]);
    expect(parseJsonLossless(`[${'9'.repeat(400)}.5]`)).toEqual([`${'9'.repeat(400)}.5`]);
  });
});
