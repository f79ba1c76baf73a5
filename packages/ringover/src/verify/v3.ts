import { CallbridgeError, checkTimestamp, toBytes, verifyHmac } from '@callbridge/core';
import { RINGOVER_KEY_BLOCKS, type RingoverKeyBlock } from '../settings.js';
import { secretNotConfigured, signatureInvalid, wrongKeyBlock } from './failures.js';

/** Input of `verifyRingoverV3`. */
export interface RingoverV3Check {
  /** `X-Ringover-Webhook-Signature-V3`: base64 HMAC-SHA256. */
  signature: string;
  /** `X-Ringover-Request-Signature-V3-Timestamp`: Unix seconds. */
  timestamp: string;
  method: string;
  /** The URL Ringover posted to. */
  url: string;
  body: Uint8Array;
  keys: Record<RingoverKeyBlock, string[]>;
  block: RingoverKeyBlock;
  type: string;
  toleranceSeconds: number;
  nowMs: number;
}

/** The bytes Ringover's V3 scheme signs: METHOD + URL + raw body + timestamp. */
export function ringoverV3SignedBytes(
  method: string,
  url: string,
  body: Uint8Array,
  timestamp: string,
): Uint8Array {
  const head = toBytes(method.toUpperCase() + url);
  const tail = toBytes(timestamp);
  const out = new Uint8Array(head.length + body.length + tail.length);
  out.set(head, 0);
  out.set(body, head.length);
  out.set(tail, head.length + body.length);
  return out;
}

/**
 * Verifies the opt-in "V3" signature: base64(HMAC-SHA256(key, METHOD + URL + body + timestamp)),
 * constant-time against every key of the block, then the timestamp within the tolerance
 * (default 300 s). Returns the index of the matching key.
 */
export async function verifyRingoverV3(check: RingoverV3Check): Promise<number> {
  const data = ringoverV3SignedBytes(check.method, check.url, check.body, check.timestamp);
  const match = (keys: string[]) =>
    verifyHmac({ algorithm: 'SHA-256', secrets: keys, data, signature: check.signature, encoding: 'base64' });
  const keyIndex = await match(check.keys[check.block]);
  if (keyIndex === -1) {
    for (const other of RINGOVER_KEY_BLOCKS) {
      if (other !== check.block && (await match(check.keys[other])) !== -1) {
        throw wrongKeyBlock(check.block, other, check.type);
      }
    }
    throw check.keys[check.block].length === 0
      ? secretNotConfigured(check.block)
      : signatureInvalid(
          'V3',
          `secrets.${check.block}`,
          'V3 also signs the URL Ringover posted to: behind a proxy, set `publicUrl` to the public origin configured in the dashboard.',
        );
  }
  const seconds = Number(check.timestamp);
  if (!/^\d+(\.\d+)?$/.test(check.timestamp) || !Number.isFinite(seconds)) {
    throw new CallbridgeError('signature_invalid', 'The V3 signature timestamp is not Unix seconds.', {
      hint: 'X-Ringover-Request-Signature-V3-Timestamp must hold the signing time in seconds.',
    });
  }
  checkTimestamp({
    timestampSeconds: seconds > 1e11 ? seconds / 1000 : seconds,
    nowMs: check.nowMs,
    toleranceSeconds: check.toleranceSeconds,
  });
  return keyIndex;
}
