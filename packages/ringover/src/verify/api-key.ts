import { fromBase64, timingSafeEqual } from '@callbridge/core';
import { RINGOVER_KEY_BLOCKS, type RingoverKeyBlock } from '../settings.js';
import { secretNotConfigured, signatureInvalid, signatureMissing, wrongKeyBlock } from './failures.js';
import { type HeadersLike, RINGOVER_HEADERS, readHeader } from './headers.js';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Every form the key may arrive in: raw in either header, `Bearer <key>` or `Bearer base64(key)`. */
function presentedKeys(headers: HeadersLike): string[] {
  const out: string[] = [];
  const signature = readHeader(headers, RINGOVER_HEADERS.jwt);
  if (signature) out.push(signature);
  const authorization = readHeader(headers, RINGOVER_HEADERS.authorization);
  if (authorization) {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim();
    if (bearer) {
      out.push(bearer);
      const decoded = fromBase64(bearer);
      if (decoded) out.push(decoder.decode(decoded));
    } else out.push(authorization);
  }
  return out;
}

function matches(presented: string[], keys: string[]): number {
  let match = -1;
  for (let k = 0; k < keys.length; k++) {
    for (const value of presented) {
      // Compare all pairs so timing does not tell which key (or form) matched.
      if (timingSafeEqual(value, keys[k] as string) && match === -1) match = k;
    }
  }
  return match;
}

/**
 * Verifies the contact search request, which carries the block's key itself (no signature):
 * raw in `X-Ringover-Webhook-Signature` or `Authorization`, or `Authorization: Bearer base64(key)`.
 * Constant-time comparison; returns the index of the matching key.
 */
export function verifyRingoverApiKey(
  headers: HeadersLike,
  keys: Record<RingoverKeyBlock, string[]>,
  block: RingoverKeyBlock,
  type: string,
): number {
  const presented = presentedKeys(headers);
  if (presented.length === 0) {
    throw signatureMissing(
      'key (Authorization or X-Ringover-Webhook-Signature header)',
      'Ringover sends the "Contact search" block key with every search request; check the webhook configuration and that no proxy strips Authorization.',
    );
  }
  const index = matches(presented, keys[block]);
  if (index !== -1) return index;
  for (const other of RINGOVER_KEY_BLOCKS) {
    if (other !== block && matches(presented, keys[other]) !== -1) throw wrongKeyBlock(block, other, type);
  }
  throw keys[block].length === 0
    ? secretNotConfigured(block)
    : signatureInvalid('API key', `secrets.${block}`);
}
