/**
 * - `claimed`: this caller owns the key until commit or release; `token` proves it.
 * - `duplicate`: the key was committed earlier: the delivery was already stored.
 * - `in_progress`: another caller holds a live claim.
 */
export type ClaimResult =
  | { status: 'claimed'; token: string }
  | { status: 'duplicate' }
  | { status: 'in_progress' };

/**
 * Idempotency keys for deliveries. `claim` is an atomic put-if-absent with a TTL (an abandoned
 * claim expires); `commit` marks the key done for `ttlMs`; `release` deletes the key only if the
 * token still owns it, so a retry can run. A `ttlMs` is a positive number of ms of at most
 * `MAX_STORE_TTL_MS` (100 years); stores refuse any other with a `configuration_error`
 * (`checkStoreTtlMs`) rather than failing in their backend.
 */
export interface DedupeStore {
  claim(key: string, ttlMs: number): Promise<ClaimResult>;
  commit(key: string, token: string, ttlMs: number): Promise<void>;
  release(key: string, token: string): Promise<void>;
}
