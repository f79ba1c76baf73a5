import { type ClaimResult, checkStoreTtlMs, type DedupeStore } from '@callbridge/core';
import { guard } from '../errors.js';
import { type Clock, clockParam, nowSql } from '../sql/clock.js';
import { type PostgresStoreOptions, type StoreContext, storeContext } from '../sql/context.js';
import { sweepExpired } from '../sql/sweep.js';
import { storedKeys, writeUnderKey } from './store-key.js';

/** Options of `PostgresDedupeStore`. */
export interface PostgresDedupeStoreOptions extends PostgresStoreOptions {
  /** Clock in ms since epoch. Default: the database clock, shared by every instance. */
  now?: Clock;
  /** Delete expired keys after every this many claims. Default 200. */
  sweepEvery?: number;
}

const EXPIRES = (now: number, ttl: number) => `${nowSql(now)} + $${ttl}::float8 * interval '1 millisecond'`;

/**
 * `DedupeStore` on a Postgres table with an expiry column.
 * - `claim` is one atomic `INSERT ... ON CONFLICT (key) DO UPDATE ... WHERE expired`: it creates
 *   the key or takes over an expired one, and returns a fresh token only to the winner.
 * - `commit` marks the key done for `ttlMs` when the token owns it or no live claim exists.
 * - `release` deletes the key only while `token` still owns the live claim.
 * Expired rows are swept now and then. Same semantics as core's `MemoryDedupeStore`, which
 * refuses the same TTLs (above `MAX_STORE_TTL_MS`, 100 years) with `configuration_error`. A key too
 * long for the index is stored as its SHA-256 (see `writeUnderKey`).
 */
export class PostgresDedupeStore implements DedupeStore {
  readonly #ctx: StoreContext;
  readonly #now: Clock | undefined;
  readonly #sweepEvery: number;
  #claims = 0;

  constructor(options: PostgresDedupeStoreOptions) {
    this.#ctx = storeContext(options);
    this.#now = options.now;
    this.#sweepEvery = options.sweepEvery ?? 200;
  }

  async claim(key: string, ttlMs: number): Promise<ClaimResult> {
    // Past the maximum, `now() + ttl` leaves PostgreSQL's range: refused here, not as a 503 later.
    checkStoreTtlMs('DedupeStore.claim: ttlMs', ttlMs);
    const table = this.#ctx.table('dedupe');
    return guard('dedupe.claim', async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const token = crypto.randomUUID();
        // One statement, one clock reading: take the key if absent or expired, else report the
        // live entry's state as of this statement's snapshot.
        const res = await writeUnderKey(key, (stored) =>
          this.#ctx.client.query<{ won: string | null; state: 'claimed' | 'committed' | null }>(
            `WITH clock AS (SELECT ${nowSql(3)} AS t),
           ins AS (
             INSERT INTO ${table} AS d (key, token, state, expires_at)
             SELECT $1, $2, 'claimed', clock.t + $4::float8 * interval '1 millisecond' FROM clock
             ON CONFLICT (key) DO UPDATE
               SET token = excluded.token, state = 'claimed', expires_at = excluded.expires_at
               WHERE d.expires_at <= (SELECT t FROM clock)
             RETURNING token
           )
           SELECT (SELECT token FROM ins) AS won,
             (SELECT e.state FROM ${table} e, clock WHERE e.key = $1 AND e.expires_at > clock.t) AS state`,
            [stored, token, clockParam(this.#now), ttlMs],
          ),
        );
        const row = res.rows[0];
        if (row?.won === token) {
          await this.#maybeSweep(table);
          return { status: 'claimed', token };
        }
        if (row?.state)
          return row.state === 'committed' ? { status: 'duplicate' } : { status: 'in_progress' };
        // A concurrent claim committed after this statement's snapshot (or a release raced it):
        // the next attempt sees it.
      }
      return { status: 'in_progress' };
    });
  }

  async commit(key: string, token: string, ttlMs: number): Promise<void> {
    checkStoreTtlMs('DedupeStore.commit: ttlMs', ttlMs);
    return guard('dedupe.commit', async () => {
      await writeUnderKey(key, (stored) =>
        this.#ctx.client.query(
          `INSERT INTO ${this.#ctx.table('dedupe')} AS d (key, token, state, expires_at)
         VALUES ($1, $2, 'committed', ${EXPIRES(3, 4)})
         ON CONFLICT (key) DO UPDATE SET token = excluded.token, state = 'committed', expires_at = excluded.expires_at
         WHERE d.token = excluded.token OR d.expires_at <= ${nowSql(3)}`,
          [stored, token, clockParam(this.#now), ttlMs],
        ),
      );
    });
  }

  release(key: string, token: string): Promise<void> {
    return guard('dedupe.release', async () => {
      const keys = storedKeys(key);
      await this.#ctx.client.query(
        `DELETE FROM ${this.#ctx.table('dedupe')}
         WHERE key IN (${keys.map((_, i) => `$${i + 3}`).join(', ')}) AND token = $1 AND state = 'claimed'
           AND expires_at > ${nowSql(2)}`,
        [token, clockParam(this.#now), ...keys],
      );
    });
  }

  async #maybeSweep(table: string): Promise<void> {
    this.#claims += 1;
    if (this.#claims % this.#sweepEvery !== 0) return;
    await sweepExpired(this.#ctx.client, table, this.#now, 1000);
  }
}
