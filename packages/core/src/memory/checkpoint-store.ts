import type { CheckpointSetOptions, CheckpointStore } from '../ports/checkpoints.js';
import { checkStoreTtlMs } from './dedupe-store.js';

/** Options of `MemoryCheckpointStore`. */
export interface MemoryCheckpointStoreOptions {
  /** Clock in ms since epoch, for `ttlMs`. Default `Date.now`. */
  now?: () => number;
}

interface Entry {
  json: string;
  /** Ms since epoch from which the entry reads as absent; null keeps it until deleted. */
  expiresAt: number | null;
}

/** Entries a `set` looks at for expired ones: more than the one it may add, so the sweep keeps up. */
const SWEEP_STEP = 16;

/**
 * `CheckpointStore` in process memory. Values go through JSON like in a durable store, so what
 * `get` returns never aliases what was `set` and non-JSON values fail early. An entry set with
 * `ttlMs` reads as null once it passed and is dropped then; besides, each `set` looks at a few
 * entries (a cursor that walks the whole map in turn) and drops the expired ones, so a store
 * written once per call holds only its live entries and a bounded share of expired ones.
 */
export class MemoryCheckpointStore implements CheckpointStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  #cursor: Iterator<[string, Entry]> | null = null;

  constructor(options: MemoryCheckpointStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
  }

  async get<T = unknown>(key: string): Promise<T | null> {
    const entry = this.#entries.get(key);
    if (entry === undefined) return null;
    if (entry.expiresAt !== null && entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return null;
    }
    return JSON.parse(entry.json) as T;
  }

  async set<T = unknown>(key: string, value: T, options: CheckpointSetOptions = {}): Promise<void> {
    const { ttlMs } = options;
    if (ttlMs !== undefined) {
      checkStoreTtlMs(
        'CheckpointStore.set: ttlMs',
        ttlMs,
        ', or leave it out to keep the entry until deleted',
      );
    }
    const json = JSON.stringify(value);
    this.#entries.set(key, { json, expiresAt: ttlMs === undefined ? null : this.#now() + ttlMs });
    this.#sweep();
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  /** Entries held, expired ones not dropped yet included (for tests and metrics). */
  get size(): number {
    return this.#entries.size;
  }

  /** Drops the expired entries among the next {@link SWEEP_STEP} of the cursor. */
  #sweep(): void {
    const now = this.#now();
    for (let i = 0; i < SWEEP_STEP; i++) {
      this.#cursor ??= this.#entries.entries();
      const next = this.#cursor.next();
      if (next.done) {
        // Past the end: start over at the next step (at most SWEEP_STEP steps in all).
        this.#cursor = null;
        continue;
      }
      const [key, entry] = next.value;
      if (entry.expiresAt !== null && entry.expiresAt <= now) this.#entries.delete(key);
    }
  }
}
