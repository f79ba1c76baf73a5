import { toBytes } from './encoding.js';

/**
 * Compares two secrets or signatures in time that depends only on their lengths, never on where
 * they first differ. Strings are compared as UTF-8 bytes.
 */
export function timingSafeEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  const x = toBytes(a);
  const y = toBytes(b);
  const length = Math.max(x.length, y.length);
  let diff = x.length ^ y.length;
  for (let i = 0; i < length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
