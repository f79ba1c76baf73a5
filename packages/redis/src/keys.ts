/** Default key prefix of every key and channel callbridge writes to Redis. */
export const DEFAULT_PREFIX = 'callbridge:';

/**
 * Normalizes a user prefix so it always ends with a colon (`acme` → `acme:`), which keeps
 * `SCAN MATCH <prefix>*` from catching another deployment's `acme2...` keys.
 */
export function normalizePrefix(prefix: string | undefined): string {
  const p = prefix ?? DEFAULT_PREFIX;
  if (p === '') return '';
  return p.endsWith(':') ? p : `${p}:`;
}
