/** Options of `CheckpointStore.set`. */
export interface CheckpointSetOptions {
  /**
   * Milliseconds the entry lives (a positive number of at most `MAX_STORE_TTL_MS`, 100 years). After that, `get` answers null as if
   * the entry were deleted, and the store may remove it (stores sweep expired entries now and then,
   * so entries written once per call do not pile up). Without it the entry is kept until deleted.
   * Each `set` decides anew: a later `set` without `ttlMs` makes the entry permanent again, and one
   * with `ttlMs` counts from that `set`. Any other value (0, negative, NaN, Infinity, more) is a
   * programming error: `set` rejects with a `configuration_error` and writes nothing.
   */
  ttlMs?: number;
}

/**
 * Small durable JSON values: poller cursors, subscription state, per-call entries that expire.
 *
 * `options` is optional to implement: a store written before it may ignore it, and its entries
 * then never expire (they only take room). `checkpointStoreConformance` checks expiry when asked
 * to (`expiry: true`).
 */
export interface CheckpointStore {
  get<T = unknown>(key: string): Promise<T | null>;
  set<T = unknown>(key: string, value: T, options?: CheckpointSetOptions): Promise<void>;
  delete(key: string): Promise<void>;
}
