import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { CallbridgeError } from '../errors.js';
import { callEvent, contactsOf, TENANT, tenants } from '../ingest/harness.test-util.js';
import type { CallbridgeProvider } from '../provider.js';
import { MAX_JSON_DEPTH, parseJsonLossless, quoteUnsafeIntegers } from './lossless.js';

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

  it('keeps every digit of a big integer written with a fraction or an exponent, as the integer', () => {
    // JSON.parse reads these as 14486597828273463000: the id of another call.
    expect(
      parseJsonLossless(
        '{"a":14486597828273463454.0,"b":1.4486597828273463454e19,"c":-144865978282734634540E-1,"d":9007199254740993.000,"e":14486597828273463454e0}',
      ),
    ).toEqual({
      a: '14486597828273463454',
      b: '14486597828273463454',
      c: '-14486597828273463454',
      d: '9007199254740993',
      e: '14486597828273463454',
    });
    // A double that holds every digit written stays a number, and so does a fraction.
    expect(
      parseJsonLossless(
        '[9007199254740992.0,1.2e17,1.5e300,1e308,12345678901234567890.5,5.000000000000000000001]',
      ),
    ).toEqual([9007199254740992, 1.2e17, 1.5e300, 1e308, Number('12345678901234567890.5'), 5]);
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

  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and rejects one more, naming the limit`, () => {
    const nested = (depth: number) => `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`;
    expect(MAX_JSON_DEPTH).toBe(64);
    expect(JSON.stringify(parseJsonLossless(nested(64)))).toBe(nested(64));
    expect(parseJsonLossless(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeInstanceOf(Array);
    // Brackets inside strings are text, not nesting.
    expect(parseJsonLossless(`[[["${'['.repeat(100)}{"]]]`)).toEqual([[[`${'['.repeat(100)}{`]]]);
    for (const bad of [
      `${'['.repeat(65)}${']'.repeat(65)}`,
      `${'{"a":'.repeat(65)}1${'}'.repeat(65)}`,
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
    ]) {
      expect(invalidJson(bad).message).toContain(`nested more than ${MAX_JSON_DEPTH} levels deep`);
    }
  });

  it('answers a webhook nested 10,000 levels deep with 400 invalid_json, not 503', async () => {
    // A provider that reads its body with parseJsonLossless, as Ringover and RingCentral do, and
    // keeps the body in the event (deep input used to overflow the stack in the store: a 503
    // store_unavailable the provider retried forever).
    const provider: CallbridgeProvider = {
      name: 'ringover',
      async receive(context) {
        const body = parseJsonLossless(context.body) as { nested: unknown };
        if (!context.tenant) throw new Error('no tenant');
        const event = callEvent({ tenantId: TENANT, extra: { nested: body.nested } });
        return { kind: 'events', tenant: context.tenant, events: [event] };
      },
    };
    const bridge = createCallBridge({
      providers: [provider],
      tenants,
      authenticate: () => ({ tenantId: TENANT, userId: 'u1' }),
      contacts: contactsOf([]),
    });
    const post = (body: string) =>
      bridge.handle(
        new Request('https://crm.test/api/v1/webhooks/ringover/k1', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }),
      );
    try {
      const deep = await post(`{"nested":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
      expect(deep.status).toBe(400);
      expect(await deep.json()).toMatchObject({ code: 'invalid_json' });
      const shallow = await post(`{"nested":${'['.repeat(10)}${']'.repeat(10)}}`);
      expect(shallow.status).toBe(200);
    } finally {
      await bridge.close();
    }
  });
});
