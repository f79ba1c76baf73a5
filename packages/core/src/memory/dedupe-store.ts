import { CallbridgeError } from '../errors.js';
import type { ClaimResult, DedupeStore } from '../ports/dedupe.js';

/**
 * The longest TTL a store accepts (dedupe claims and commits, checkpoint entries): 100 years of
 * 365.25 days, 3 155 760 000 000 ms. `now + ttl` then stays well inside JavaScript's `Date` range
 * and PostgreSQL's `interval` and `timestamptz` ranges; a longer one would fail in the database
 * on every write (a `store_unavailable` a provider retries for ever) instead of where it is passed.
 */
export const MAX_STORE_TTL_MS = 3_155_760_000_000;

/**
 * Checks a TTL passed to a store: a finite number of ms above 0 and at most {@link MAX_STORE_TTL_MS}.
 * `option` names it in the message (e.g. 'DedupeStore.claim: ttlMs'); `orElse` ends the hint.
 * @throws CallbridgeError `configuration_error` otherwise: a programming error, nothing is written.
 */
export function checkStoreTtlMs(option: string, ttlMs: number, orElse = ''): void {
  if (typeof ttlMs === 'number' && Number.isFinite(ttlMs) && ttlMs > 0 && ttlMs <= MAX_STORE_TTL_MS) return;
  throw new CallbridgeError(
    'configuration_error',
    `${option} must be a positive finite number of milliseconds, at most ${MAX_STORE_TTL_MS} (100 years; MAX_STORE_TTL_MS), got ${String(ttlMs)}.`,
    { hint: `Pass a ttlMs above 0 and at most ${MAX_STORE_TTL_MS}${orElse}.` },
  );
}

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
 * most once a second, so memory stays bounded by live keys. A `ttlMs` that is not a positive
 * finite number of at most {@link MAX_STORE_TTL_MS} is refused with `configuration_error`, like
 * the durable stores do.
 */
export class MemoryDedupeStore implements DedupeStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  #lastSweep = 0;

  constructor(options: MemoryDedupeStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
  }

  async claim(key: string, ttlMs: number): Promise<ClaimResult> {
    checkStoreTtlMs('DedupeStore.claim: ttlMs', ttlMs);
    const entry = this.#live(key);
    if (entry) return entry.state === 'committed' ? { status: 'duplicate' } : { status: 'in_progress' };
    const token = crypto.randomUUID();
    this.#entries.set(key, { state: 'claimed', token, expiresAt: this.#now() + ttlMs });
    this.#sweep();
    return { status: 'claimed', token };
  }

  async commit(key: string, token: string, ttlMs: number): Promise<void> {
    checkStoreTtlMs('DedupeStore.commit: ttlMs', ttlMs);
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
