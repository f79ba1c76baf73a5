import type { SqlClient, SqlExecutor, SqlResult, TransactionOptions } from './client.js';
import type { PGliteLike, PGliteQueryableLike } from './drivers.js';

function executor(target: PGliteQueryableLike): SqlExecutor {
  return {
    async query<R>(sql: string, params?: readonly unknown[]): Promise<SqlResult<R>> {
      const res = await target.query<R>(sql, params as unknown[] | undefined);
      return { rows: res.rows, rowCount: res.rowCount ?? res.affectedRows ?? res.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/**
 * Wraps an embedded PGlite database (real Postgres compiled to WebAssembly, one connection): a
 * `PGlite` or `PGliteWorker` (typed `PGliteLike`: the methods it uses). PGlite runs one transaction
 * at a time, so concurrent store calls queue up.
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * const client = fromPGlite(new PGlite('./.data/callbridge'));
 * ```
 */
export function fromPGlite(db: PGliteLike): SqlClient {
  const base = executor(db);
  return {
    driver: 'pglite',
    query: base.query,
    exec: base.exec,
    async script(sql: string): Promise<SqlResult<Record<string, unknown>>[]> {
      const results = await db.exec(sql);
      return results.map((r) => ({
        rows: r.rows as Record<string, unknown>[],
        rowCount: r.affectedRows ?? r.rows.length,
      }));
    },
    transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T> {
      return db.transaction(async (tx) => {
        if (options?.setup) await tx.exec(options.setup);
        return fn(executor(tx));
      });
    },
  };
}
