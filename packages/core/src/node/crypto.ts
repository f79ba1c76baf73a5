import { createHmac } from 'node:crypto';
import { type HmacEngine, setHmacEngine } from '../crypto/hmac.js';

const NODE_ALGORITHMS = { 'SHA-256': 'sha256', 'SHA-512': 'sha512' } as const;

/** The `node:crypto` HMAC engine: synchronous, no Web Crypto job per signature. */
export const nodeHmac: HmacEngine = {
  sign(algorithm, key, data) {
    const digest = createHmac(NODE_ALGORITHMS[algorithm], key).update(data).digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
  },
};

/**
 * Computes callbridge's HMACs (webhook signatures, stream tokens) with `node:crypto` in this
 * process. The Node adapters (`@callbridge/express`, `@callbridge/next`) call it for you; call it
 * yourself when you serve `bridge.handle` from another Node server. Same bytes as Web Crypto.
 */
export function enableNodeCrypto(): void {
  setHmacEngine(nodeHmac);
}
