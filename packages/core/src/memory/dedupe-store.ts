import type { ClaimResult, DedupeStore } from '../ports/dedupe.js';

/** Options of `MemoryDedupeStore`. */
export interface MemoryDedupeStoreOptions {
  /** Clock in ms since epoch. Default `Date.now`. */
  now?: () => number;
}

interface Entry {
  state: 'claimed' | 'committed';
  token: string;
  expiresAt: number;
}

/**
 * `DedupeStore` in process memory. `claim` is atomic (no await between check and set). A claim
 * expires after its TTL; `commit` marks the key done when the token owns the claim or no live
 * claim exists; `release` deletes a claim only for its owner token. Expired entries are swept at
 * most once a second, so memory stays bounded by live keys.
 */
export class MemoryDedupeStore implements DedupeStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  #lastSweep = 0;

  constructor(options: MemoryDedupeStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
  }

  async claim(key: string, ttlMs: number): Promise<ClaimResult> {
    const entry = this.#live(key);
    if (entry) return entry.state === 'committed' ? { status: 'duplicate' } : { status: 'in_progress' };
    const token = crypto.randomUUID();
    this.#entries.set(key, { state: 'claimed', token, expiresAt: this.#now() + ttlMs });
    this.#sweep();
    return { status: 'claimed', token };
  }

  async commit(key: string, token: string, ttlMs: number): Promise<void> {
    const entry = this.#live(key);
    if (entry && entry.token !== token) return;
    this.#entries.set(key, { state: 'committed', token, expiresAt: this.#now() + ttlMs });
  }

  async release(key: string, token: string): Promise<void> {
    const entry = this.#live(key);
    if (entry && entry.state === 'claimed' && entry.token === token) this.#entries.delete(key);
  }

  /** Number of live keys (for tests and metrics). */
  get size(): number {
    this.#sweep(true);
    return this.#entries.size;
  }

  #live(key: string): Entry | null {
    const entry = this.#entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return null;
    }
    return entry;
  }

  #sweep(force = false): void {
    const now = this.#now();
    if (!force && now - this.#lastSweep < 1000) return;
    this.#lastSweep = now;
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }
}
