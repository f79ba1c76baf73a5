import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical.js';

describe('canonicalJson', () => {
  it('gives one text for values that differ only in key order, at any depth', () => {
    const a = { b: 1, a: [{ y: 2, x: { d: null, c: 'c' } }] };
    const b = { a: [{ x: { c: 'c', d: null }, y: 2 }], b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":[{"x":{"c":"c","d":null},"y":2}],"b":1}');
  });

  it('keeps array order, a "__proto__" key as data, and gives "" for undefined', () => {
    expect(canonicalJson([2, 1])).toBe('[2,1]');
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":0}'))).toBe('{"__proto__":{"x":1},"a":0}');
    expect(canonicalJson(undefined)).toBe('');
  });
});
