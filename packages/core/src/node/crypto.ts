import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { type HmacEngine, setHmacEngine } from '../crypto/hmac.js';

const NODE_ALGORITHMS = { 'SHA-256': 'sha256', 'SHA-512': 'sha512' } as const;

/** Key objects of string keys (configuration secrets), so each HMAC skips re-encoding the key. */
const keyObjects = new Map<string, KeyObject>();
const KEY_CACHE_LIMIT = 64;

function keyOf(key: string | Uint8Array): KeyObject | Uint8Array {
  // Byte keys are used as given: they are not configuration secrets and are rarely reused.
  if (typeof key !== 'string') return key;
  let found = keyObjects.get(key);
  if (!found) {
    found = createSecretKey(key, 'utf8');
    if (keyObjects.size >= KEY_CACHE_LIMIT) keyObjects.delete(keyObjects.keys().next().value as string);
    keyObjects.set(key, found);
  }
  return found;
}

/** The `node:crypto` HMAC engine: synchronous, no Web Crypto job per signature. */
export const nodeHmac: HmacEngine = {
  sign(algorithm, key, data) {
    const digest = createHmac(NODE_ALGORITHMS[algorithm], keyOf(key)).update(data).digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
  },
};

/**
 * Computes callbridge's HMACs (webhook signatures, stream tokens) with `node:crypto` in this
 * process. `@callbridge/express` calls it for you; call it yourself in a Next.js app on the nodejs
 * runtime (next to `createCallBridge`) or when you serve `bridge.handle` from another Node server.
 * Same bytes as Web Crypto.
 */
export function enableNodeCrypto(): void {
  setHmacEngine(nodeHmac);
}
