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

/** HMAC of `data` under `key` with Web Crypto (runs on Node, Bun, Deno, edge runtimes). */
export async function hmacSign(
  algorithm: HmacAlgorithm,
  key: string | Uint8Array,
  data: string | Uint8Array,
): Promise<Uint8Array> {
  const cryptoKey = await importKey(algorithm, key);
  const signature = await crypto.subtle.sign('HMAC', cryptoKey, toBytes(data) as Uint8Array<ArrayBuffer>);
  return new Uint8Array(signature);
}
