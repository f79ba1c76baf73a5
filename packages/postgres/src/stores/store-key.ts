import { createHash } from 'node:crypto';

/** Longest key surely stored as it is, in UTF-8 bytes: well under what a btree index entry holds (~2.7 KB). */
const MAX_PLAIN_KEY_BYTES = 1024;

/** True when `key` is short enough that it is always stored as it is. */
function isShortKey(key: string): boolean {
  return key.length <= MAX_PLAIN_KEY_BYTES / 3 || Buffer.byteLength(key) <= MAX_PLAIN_KEY_BYTES;
}

/**
 * The SHA-256 form of `key`, the primary key of a dedupe or checkpoint key Postgres cannot index
 * as it is. It starts with U+001F, a control character core's keys never start with (they start
 * with a tenant id, which may not hold one), so it cannot meet a plain key.
 */
export function hashedKey(key: string): string {
  return `\u001fsha256:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * The forms `key` may be stored under, the plain one first: a long key is stored as it is when its
 * index entry fits (as every release did), and as its SHA-256 only when it does not.
 */
export function storedKeys(key: string): string[] {
  return isShortKey(key) ? [key] : [key, hashedKey(key)];
}

/** True when the server refused a write because its index entry is too large (`54000`). */
function isIndexEntryTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '54000';
}

/**
 * Runs a write of `key`, first under the key as it is, then, when Postgres cannot index it (a btree
 * entry holds about 2.7 KB after compression), under its SHA-256 (`hashedKey`). A key that fits is
 * stored as it is, so a claim or checkpoint written by an earlier release, or by an instance of it
 * still running, is the same row. The refused write changed nothing (one statement).
 */
export async function writeUnderKey<T>(key: string, write: (stored: string) => Promise<T>): Promise<T> {
  if (isShortKey(key)) return write(key);
  try {
    return await write(key);
  } catch (error) {
    if (!isIndexEntryTooLarge(error)) throw error;
    return write(hashedKey(key));
  }
}
