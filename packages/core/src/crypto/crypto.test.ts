import { describe, expect, it } from 'vitest';
import { CallbridgeError } from '../errors.js';
import {
  checkTimestamp,
  fromBase64,
  fromHex,
  hmacSign,
  requireRawBody,
  timingSafeEqual,
  toBase64,
  toBase64Url,
  toHex,
  toSecretList,
  verifyHmac,
} from './index.js';

const enc = new TextEncoder();

describe('encodings', () => {
  it('round-trips hex and base64 variants', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 255, 62, 63]);
    expect(fromHex(toHex(bytes))).toEqual(bytes);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64(toBase64Url(bytes))).toEqual(bytes);
    expect(toBase64Url(bytes)).not.toMatch(/[+/=]/);
  });
  it('rejects what is not hex or base64', () => {
    expect(fromHex('zz')).toBeNull();
    expect(fromHex('abc')).toBeNull();
    expect(fromBase64('not base64!')).toBeNull();
  });
});

describe('hmacSign', () => {
  it('matches the RFC 4231 test case 2 for SHA-256 and SHA-512', async () => {
    const data = 'what do ya want for nothing?';
    expect(toHex(await hmacSign('SHA-256', 'Jefe', data))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(toHex(await hmacSign('SHA-512', 'Jefe', enc.encode(data)))).toBe(
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
    );
  });
});

describe('timingSafeEqual', () => {
  it('is true only for identical bytes', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'abcd')).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1]), new Uint8Array([1]))).toBe(true);
    expect(timingSafeEqual('', '')).toBe(true);
  });

  it('compares two strings by code unit, and a string with bytes as UTF-8', () => {
    expect(timingSafeEqual('abc', 'abc\u0000')).toBe(false);
    expect(timingSafeEqual('abc\u0000', 'abc')).toBe(false);
    expect(timingSafeEqual('\u0000', '')).toBe(false);
    expect(timingSafeEqual('clé', 'clé')).toBe(true);
    expect(timingSafeEqual('clé', 'cle')).toBe(false);
    // Two lone surrogates have the same UTF-8 (U+FFFD) but are different secrets.
    expect(timingSafeEqual('a\uD800', 'a\uDBFF')).toBe(false);
    expect(timingSafeEqual('clé', enc.encode('clé'))).toBe(true);
    expect(timingSafeEqual(enc.encode('clé'), 'cle')).toBe(false);
  });
});

describe('verifyHmac', () => {
  const body = '{"call_id":"14486597828273463454"}';
  it('accepts any secret of a rotation and says which', async () => {
    const sig = toHex(await hmacSign('SHA-256', 'new-secret', body));
    expect(
      await verifyHmac({
        algorithm: 'SHA-256',
        secrets: ['old', 'new-secret'],
        data: body,
        signature: sig,
        encoding: 'hex',
      }),
    ).toBe(1);
    expect(
      await verifyHmac({
        algorithm: 'SHA-256',
        secrets: ['old'],
        data: body,
        signature: sig,
        encoding: 'hex',
      }),
    ).toBe(-1);
  });
  it('accepts upper-case hex and base64, rejects garbage and tampering', async () => {
    const raw = await hmacSign('SHA-256', 's', body);
    expect(
      await verifyHmac({
        algorithm: 'SHA-256',
        secrets: ['s'],
        data: body,
        signature: toHex(raw).toUpperCase(),
        encoding: 'hex',
      }),
    ).toBe(0);
    expect(
      await verifyHmac({
        algorithm: 'SHA-256',
        secrets: ['s'],
        data: body,
        signature: toBase64(raw),
        encoding: 'base64',
      }),
    ).toBe(0);
    expect(
      await verifyHmac({
        algorithm: 'SHA-256',
        secrets: ['s'],
        data: `${body} `,
        signature: toHex(raw),
        encoding: 'hex',
      }),
    ).toBe(-1);
    expect(
      await verifyHmac({
        algorithm: 'SHA-256',
        secrets: ['s'],
        data: body,
        signature: 'xyz',
        encoding: 'hex',
      }),
    ).toBe(-1);
  });
});

describe('toSecretList', () => {
  it('normalizes one secret or a list, trimming blanks', () => {
    expect(toSecretList(' a ')).toEqual(['a']);
    expect(toSecretList(['a', '', ' b'])).toEqual(['a', 'b']);
    expect(toSecretList(undefined)).toEqual([]);
  });
});

describe('checkTimestamp', () => {
  it('accepts within tolerance and rejects stale or future timestamps', () => {
    const nowMs = 1_700_000_000_000;
    expect(() =>
      checkTimestamp({ timestampSeconds: nowMs / 1000 - 299, nowMs, toleranceSeconds: 300 }),
    ).not.toThrow();
    for (const ts of [nowMs / 1000 - 301, nowMs / 1000 + 301]) {
      try {
        checkTimestamp({ timestampSeconds: ts, nowMs, toleranceSeconds: 300 });
        expect.unreachable();
      } catch (e) {
        expect((e as CallbridgeError).code).toBe('signature_expired');
        expect((e as CallbridgeError).status).toBe(401);
      }
    }
  });
});

describe('requireRawBody', () => {
  it('passes bytes and strings, and names the fix for a parsed object', () => {
    expect(requireRawBody('x')).toEqual(enc.encode('x'));
    try {
      requireRawBody({ call_id: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CallbridgeError);
      expect((e as CallbridgeError).code).toBe('raw_body_unavailable');
      expect((e as Error).message).toMatch(/express\.json\(\)/);
    }
  });
});
