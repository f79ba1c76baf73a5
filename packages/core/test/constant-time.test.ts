import { timingSafeEqual } from '@callbridge/core';
import { describe, expect, it } from 'vitest';

// Invariant 5: signatures and secrets are compared in constant time. Timing cannot be measured
// reliably in a test, so this checks the property that makes it so: the comparison reads every
// byte of both inputs, wherever they first differ, instead of stopping at the first mismatch.

/** Bytes whose element reads are counted. */
function counted(bytes: number[]): { value: Uint8Array; reads: () => number } {
  const target = new Uint8Array(bytes);
  let reads = 0;
  const value = new Proxy(target, {
    get(array, property) {
      if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1;
      const result = Reflect.get(array, property);
      return typeof result === 'function' ? result.bind(array) : result;
    },
  });
  return { value, reads: () => reads };
}

describe('invariant 5: timingSafeEqual', () => {
  it.each([
    ['the first byte', [9, 2, 3, 4, 5, 6, 7, 8]],
    ['the last byte', [1, 2, 3, 4, 5, 6, 7, 9]],
    ['no byte', [1, 2, 3, 4, 5, 6, 7, 8]],
  ])('reads all 8 bytes of both inputs when they differ at %s', (_where, other) => {
    const a = counted([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = counted(other);
    expect(timingSafeEqual(a.value, b.value)).toBe(_where === 'no byte');
    expect(a.reads()).toBeGreaterThanOrEqual(8);
    expect(b.reads()).toBeGreaterThanOrEqual(8);
  });

  it('does not stop early on a length mismatch either', () => {
    const a = counted([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = counted([1, 2]);
    expect(timingSafeEqual(a.value, b.value)).toBe(false);
    expect(a.reads()).toBeGreaterThanOrEqual(8);
  });
});
