import type { CheckpointStore } from '@callbridge/core';
import { guard } from '../errors.js';
import { type PostgresStoreOptions, type StoreContext, storeContext } from '../sql/context.js';
import { jsonParam } from './interaction-rows.js';
import { storedKeys, writeUnderKey } from './store-key.js';

/**
 * `CheckpointStore` on Postgres: one jsonb value per key (poller cursors, subscription state).
 * Values go through JSON, so `get` returns a copy; `set` overwrites atomically. Keys are global
 * (callers put the tenant in the key), so the table has no tenant column and no row-level policy.
 * A key too long for the index is stored as its SHA-256 (see `writeUnderKey`).
 */
export class PostgresCheckpointStore implements CheckpointStore {
  readonly #ctx: StoreContext;

  constructor(options: PostgresStoreOptions) {
    this.#ctx = storeContext(options);
  }

  get<T = unknown>(key: string): Promise<T | null> {
    return guard('checkpoints.get', async () => {
      const keys = storedKeys(key);
      // The key as it is first: a long key that fits the index is stored that way.
      const res = await this.#ctx.client.query<{ value: T }>(
        `SELECT value FROM ${this.#ctx.table('checkpoints')} WHERE key IN (${placeholders(keys)})
         ORDER BY key = $1 DESC LIMIT 1`,
        keys,
      );
      return res.rows[0] ? res.rows[0].value : null;
    });
  }

  set<T = unknown>(key: string, value: T): Promise<void> {
    // NUL characters are removed from strings and keys (jsonb cannot hold them), as in every store.
    const json: string | undefined = jsonParam(value);
    return guard('checkpoints.set', async () => {
      await writeUnderKey(key, (stored) =>
        this.#ctx.client.query(
          `INSERT INTO ${this.#ctx.table('checkpoints')} (key, value, updated_at) VALUES ($1, $2::jsonb, now())
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          [stored, json === undefined ? 'null' : json],
        ),
      );
    });
  }

  delete(key: string): Promise<void> {
    return guard('checkpoints.delete', async () => {
      const keys = storedKeys(key);
      await this.#ctx.client.query(
        `DELETE FROM ${this.#ctx.table('checkpoints')} WHERE key IN (${placeholders(keys)})`,
        keys,
      );
    });
  }
}

/** `$1, $2, ...` for each of `values`. */
const placeholders = (values: readonly unknown[]) => values.map((_, i) => `$${i + 1}`).join(', ');
