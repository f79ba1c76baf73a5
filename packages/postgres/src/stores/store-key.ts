import { createHash } from 'node:crypto';

/** Longest key stored as it is, in UTF-8 bytes: well under what a btree index entry holds (~2.7 KB). */
const MAX_PLAIN_KEY_BYTES = 1024;

/**
 * The primary key a dedupe or checkpoint `key` is stored under: the key itself up to 1024 bytes,
 * otherwise a SHA-256 of it, so a key of any length can be stored (a btree index entry holds about
 * 2.7 KB). The hashed form starts with U+001F, a control character core's keys never start with
 * (they start with a tenant id, which may not hold one), so it cannot meet a plain key.
 */
export function storeKey(key: string): string {
  if (key.length <= MAX_PLAIN_KEY_BYTES / 3 || Buffer.byteLength(key) <= MAX_PLAIN_KEY_BYTES) return key;
  return `\u001fsha256:${createHash('sha256').update(key).digest('hex')}`;
}
