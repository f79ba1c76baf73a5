import { toBytes } from './encoding.js';

/** Two strings, compared by UTF-16 code unit in time that depends only on their lengths. */
function stringsEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  // charCodeAt past the end is NaN, and NaN | 0 is 0: the loop does the same work either way.
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

/**
 * Compares two secrets or signatures in time that depends only on their lengths, never on where
 * they first differ. Two strings are compared code unit by code unit (no copy); a string against
 * bytes is compared as UTF-8 bytes.
 */
export function timingSafeEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === 'string' && typeof b === 'string') return stringsEqual(a, b);
  const x = toBytes(a);
  const y = toBytes(b);
  const length = Math.max(x.length, y.length);
  let diff = x.length ^ y.length;
  for (let i = 0; i < length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
