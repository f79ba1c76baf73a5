import { CallbridgeError } from '../errors.js';
import { fromBase64, fromHex } from './encoding.js';
import { type HmacAlgorithm, hmacSign } from './hmac.js';
import { timingSafeEqual } from './timing-safe.js';

/**
 * Normalizes a secret setting into a list, so every verifier accepts several secrets during a
 * rotation. Blank entries are dropped; surrounding whitespace (a common copy-paste slip) is trimmed.
 */
export function toSecretList(secrets: string | readonly string[] | undefined | null): string[] {
  if (secrets == null) return [];
  const list = typeof secrets === 'string' ? [secrets] : [...secrets];
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

export type SignatureEncoding = 'hex' | 'base64';

export interface VerifyHmacOptions {
  algorithm: HmacAlgorithm;
  /** Every secret currently accepted (old and new during a rotation). */
  secrets: readonly string[];
  /** The exact bytes that were signed. */
  data: string | Uint8Array;
  /** The signature as received. */
  signature: string;
  encoding: SignatureEncoding;
}

/**
 * Checks an HMAC signature against each secret in constant time. Returns the index of the secret
 * that matched, or -1. A signature that is not valid hex/base64 never matches.
 */
export async function verifyHmac(options: VerifyHmacOptions): Promise<number> {
  const received =
    options.encoding === 'hex' ? fromHex(options.signature.trim()) : fromBase64(options.signature.trim());
  if (!received) return -1;
  let match = -1;
  for (let i = 0; i < options.secrets.length; i++) {
    const expected = await hmacSign(options.algorithm, options.secrets[i] as string, options.data);
    // Check every secret so timing does not tell which one matched.
    if (timingSafeEqual(expected, received) && match === -1) match = i;
  }
  return match;
}

export interface TimestampCheck {
  /** The timestamp the sender signed, in seconds since the epoch. */
  timestampSeconds: number;
  /** Current time in milliseconds (injectable clock). */
  nowMs: number;
  /** Largest accepted distance between the two, in seconds. */
  toleranceSeconds: number;
}

/** Throws 'signature_expired' when a signed timestamp is too far from now (replay protection). */
export function checkTimestamp({ timestampSeconds, nowMs, toleranceSeconds }: TimestampCheck): void {
  if (!Number.isFinite(timestampSeconds)) {
    throw new CallbridgeError('signature_invalid', 'The signature timestamp is not a number.', {
      hint: 'Send the signing time as Unix seconds.',
    });
  }
  const skew = Math.abs(nowMs / 1000 - timestampSeconds);
  if (skew > toleranceSeconds) {
    throw new CallbridgeError(
      'signature_expired',
      `The signature timestamp is ${Math.round(skew)} s away from now (tolerance ${toleranceSeconds} s).`,
      { hint: 'Check the server clock (NTP); a replayed delivery is rejected on purpose.' },
    );
  }
}
