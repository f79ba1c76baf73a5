import { toBytes } from './encoding.js';

export type HmacAlgorithm = 'SHA-256' | 'SHA-512';

const keyCache = new Map<string, Promise<CryptoKey>>();
const KEY_CACHE_LIMIT = 64;

function importKey(algorithm: HmacAlgorithm, key: string | Uint8Array): Promise<CryptoKey> {
  // Cache string keys only (configuration secrets); byte keys are imported each time.
  const cacheKey = typeof key === 'string' ? `${algorithm}\u0000${key}` : null;
  const cached = cacheKey ? keyCache.get(cacheKey) : undefined;
  if (cached) return cached;
  const imported = crypto.subtle.importKey(
    'raw',
    toBytes(key) as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: algorithm },
    false,
    ['sign'],
  );
  if (cacheKey) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value as string);
    keyCache.set(cacheKey, imported);
  }
  return imported;
}

/**
 * Computes HMACs. The default runs on Web Crypto (Node, Bun, Deno, edge runtimes); on Node,
 * `enableNodeCrypto()` from `@callbridge/core/node` switches to `node:crypto`, which is synchronous and
 * about ten times cheaper per webhook. Both give the same bytes, so the choice only changes speed.
 */
export interface HmacEngine {
  sign(
    algorithm: HmacAlgorithm,
    key: string | Uint8Array,
    data: Uint8Array,
  ): Uint8Array | Promise<Uint8Array>;
}

/** The Web Crypto engine (imported keys of configuration secrets are cached). */
export const webCryptoHmac: HmacEngine = {
  async sign(algorithm, key, data) {
    const cryptoKey = await importKey(algorithm, key);
    return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, data as Uint8Array<ArrayBuffer>));
  },
};

let engine: HmacEngine = webCryptoHmac;

/**
 * Sets the process-wide HMAC engine (`null` restores Web Crypto). The engine changes how fast
 * signatures are computed, never their value.
 */
export function setHmacEngine(next: HmacEngine | null): void {
  engine = next ?? webCryptoHmac;
}

/** The HMAC engine in use. */
export function currentHmacEngine(): HmacEngine {
  return engine;
}

/** HMAC of `data` under `key` with the current engine (Web Crypto unless changed). */
export async function hmacSign(
  algorithm: HmacAlgorithm,
  key: string | Uint8Array,
  data: string | Uint8Array,
): Promise<Uint8Array> {
  return engine.sign(algorithm, key, toBytes(data));
}
