import {
  CallbridgeError,
  type CheckpointSetOptions,
  type CheckpointStore,
  checkStoreTtlMs,
} from '@callbridge/core';
import { guard } from '../errors.js';
import { type Clock, clockParam, nowSql } from '../sql/clock.js';
import { type PostgresStoreOptions, type StoreContext, storeContext } from '../sql/context.js';
import { sweepExpired } from '../sql/sweep.js';
import { jsonParam } from './interaction-rows.js';
import { storedKeys, writeUnderKey } from './store-key.js';

/** Options of `PostgresCheckpointStore`. */
export interface PostgresCheckpointStoreOptions extends PostgresStoreOptions {
  /** Clock in ms since epoch, for `ttlMs`. Default: the database clock, shared by every instance. */
  now?: Clock;
  /**
   * Delete expired rows (at most {@link SWEEP_BATCH}) after every this many sets: a positive
   * integer, else the constructor throws a `configuration_error`. Default 100.
   */
  sweepEvery?: number;
}

/** Expired rows one sweep deletes at most, so a sweep stays short whatever has piled up. */
const SWEEP_BATCH = 100;
/** How long a store that found no `expires_at` column (migration 4 pending) writes without it. */
const LEGACY_RECHECK_MS = 60_000;

/**
 * `CheckpointStore` on Postgres: one jsonb value per key (poller cursors, subscription state).
 * Values go through JSON, so `get` returns a copy; `set` overwrites atomically. Keys are global
 * (callers put the tenant in the key), so the table has no tenant column and no row-level policy.
 * A key too long for the index is stored as its SHA-256 (see `writeUnderKey`).
 *
 * `set` with `ttlMs` (at most `MAX_STORE_TTL_MS`, 100 years) stores an `expires_at` (migration 4); reads skip expired rows, and every
 * `sweepEvery` sets delete up to 100 of them. On a schema migration 4 has not reached yet
 * (`migrate: false`, its owner has not migrated), entries are written without it and never expire.
 */
export class PostgresCheckpointStore implements CheckpointStore {
  readonly #ctx: StoreContext;
  readonly #now: Clock | undefined;
  readonly #sweepEvery: number;
  #sets = 0;
  /** When a statement last found no `expires_at` column, or null. */
  #legacySince: number | null = null;

  constructor(options: PostgresCheckpointStoreOptions) {
    this.#ctx = storeContext(options);
    this.#now = options.now;
    const sweepEvery = options.sweepEvery ?? 100;
    if (!(Number.isInteger(sweepEvery) && sweepEvery >= 1)) {
      throw new CallbridgeError(
        'configuration_error',
        `PostgresCheckpointStore: sweepEvery must be a positive integer (got ${sweepEvery}).`,
        { hint: 'Pass 1 to sweep after every set, or leave it out for every 100th.' },
      );
    }
    this.#sweepEvery = sweepEvery;
  }

  get<T = unknown>(key: string): Promise<T | null> {
    return guard('checkpoints.get', async () => {
      const keys = storedKeys(key);
      const table = this.#ctx.table('checkpoints');
      // The key as it is first: a long key that fits the index is stored that way.
      const res = await this.#withExpiry(
        () =>
          this.#ctx.client.query<{ value: T }>(
            `SELECT value FROM ${table} WHERE key IN (${placeholders(keys, 2)})
               AND (expires_at IS NULL OR expires_at > ${nowSql(1)})
             ORDER BY key = $2 DESC LIMIT 1`,
            [clockParam(this.#now), ...keys],
          ),
        () =>
          this.#ctx.client.query<{ value: T }>(
            `SELECT value FROM ${table} WHERE key IN (${placeholders(keys, 1)}) ORDER BY key = $1 DESC LIMIT 1`,
            keys,
          ),
      );
      return res.rows[0] ? res.rows[0].value : null;
    });
  }

  set<T = unknown>(key: string, value: T, options: CheckpointSetOptions = {}): Promise<void> {
    const { ttlMs } = options;
    try {
      if (ttlMs !== undefined) {
        checkStoreTtlMs(
          'CheckpointStore.set: ttlMs',
          ttlMs,
          ', or leave it out to keep the entry until deleted',
        );
      }
    } catch (error) {
      return Promise.reject(error);
    }
    // NUL characters are removed from strings and keys (jsonb cannot hold them), as in every store.
    const json: string | undefined = jsonParam(value);
    const text = json === undefined ? 'null' : json;
    const table = this.#ctx.table('checkpoints');
    return guard('checkpoints.set', async () => {
      await writeUnderKey(key, (stored) =>
        this.#withExpiry(
          () =>
            this.#ctx.client.query(
              `INSERT INTO ${table} (key, value, updated_at, expires_at)
               VALUES ($1, $2::jsonb, now(), ${nowSql(3)} + $4::float8 * interval '1 millisecond')
               ON CONFLICT (key) DO UPDATE
                 SET value = excluded.value, updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
              [stored, text, clockParam(this.#now), ttlMs ?? null],
            ),
          () =>
            this.#ctx.client.query(
              `INSERT INTO ${table} (key, value, updated_at) VALUES ($1, $2::jsonb, now())
               ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
              [stored, text],
            ),
        ),
      );
      await this.#maybeSweep(table);
    });
  }

  delete(key: string): Promise<void> {
    return guard('checkpoints.delete', async () => {
      const keys = storedKeys(key);
      await this.#ctx.client.query(
        `DELETE FROM ${this.#ctx.table('checkpoints')} WHERE key IN (${placeholders(keys, 1)})`,
        keys,
      );
    });
  }

  /**
   * Runs `current` (which uses `expires_at`), or `legacy` on a schema without the column: when
   * `current` finds it missing, and for {@link LEGACY_RECHECK_MS} after that.
   */
  async #withExpiry<R>(current: () => Promise<R>, legacy: () => Promise<R>): Promise<R> {
    const since = this.#legacySince;
    if (since !== null && Date.now() - since < LEGACY_RECHECK_MS) return legacy();
    try {
      const result = await current();
      this.#legacySince = null;
      return result;
    } catch (error) {
      if (!isMissingExpiryColumn(error)) throw error;
      this.#legacySince = Date.now();
      return legacy();
    }
  }

  async #maybeSweep(table: string): Promise<void> {
    this.#sets += 1;
    if (this.#sets % this.#sweepEvery !== 0 || this.#legacySince !== null) return;
    await sweepExpired(this.#ctx.client, table, this.#now, SWEEP_BATCH);
  }
}

/** True when the server says the `expires_at` column does not exist (`42703`): migration 4 is pending. */
function isMissingExpiryColumn(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '42703' && /expires_at/.test(String(message));
}

/** `$from, $from+1, ...` for each of `values`. */
const placeholders = (values: readonly unknown[], from: number) =>
  values.map((_, i) => `$${i + from}`).join(', ');
