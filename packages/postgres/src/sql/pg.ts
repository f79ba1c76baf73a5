import type { SqlClient, SqlExecutor, SqlResult, TransactionOptions } from './client.js';
import type { PgPoolClientLike, PgPoolLike, PgQueryResultLike } from './drivers.js';

function executor(target: PgPoolLike | PgPoolClientLike): SqlExecutor {
  return {
    async query<R>(sql: string, params?: readonly unknown[]): Promise<SqlResult<R>> {
      const res = await target.query(sql, params as unknown[] | undefined);
      return { rows: res.rows as R[], rowCount: res.rowCount ?? res.rows.length };
    },
    async exec(sql: string): Promise<void> {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await target.query(sql);
    },
  };
}

/**
 * Wraps a `pg` Pool (typed `PgPoolLike`: the Pool's methods it uses). Transactions take one client
 * from the pool for their whole duration; a client whose connection broke is destroyed rather than
 * returned to the pool.
 *
 * A pool emits 'error' when the server drops one of its idle connections (restart, failover);
 * with no listener Node would crash the process. When the pool has none, a listener is added that
 * ignores it: the pool discards that connection and the next query opens a new one (or rejects
 * with `store_unavailable` while the server is down). Add your own listener to log these.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const client = fromPgPool(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 * ```
 */
export function fromPgPool(pool: PgPoolLike): SqlClient {
  if (pool.listenerCount('error') === 0) pool.on('error', ignoreIdleError);
  const base = executor(pool);
  return {
    driver: 'pg',
    query: base.query,
    exec: base.exec,
    async script(sql: string): Promise<SqlResult<Record<string, unknown>>[]> {
      // Without parameters pg uses the simple protocol: one message, one implicit transaction.
      const res = (await pool.query(sql)) as PgQueryResultLike | PgQueryResultLike[];
      return (Array.isArray(res) ? res : [res]).map((r) => ({
        rows: r.rows as Record<string, unknown>[],
        rowCount: r.rowCount ?? r.rows.length,
      }));
    },
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T> {
      const conn = await pool.connect();
      let broken: Error | undefined;
      // While checked out the client has no pool listener: a connection the server drops (restart,
      // failover, pg_terminate_backend) would emit an unhandled 'error' and crash the process. The
      // pending query rejects by itself (the store answers store_unavailable); the client is then
      // released with that error so the pool destroys it instead of handing it out again.
      const onError = (error: Error) => {
        broken ??= error;
      };
      conn.on('error', onError);
      try {
        try {
          // One simple-protocol message: BEGIN and the setup statements in one round trip. When a
          // setup statement fails, BEGIN has already opened the transaction: it is rolled back
          // below like any other, so the connection never goes back to the pool inside it.
          await conn.query(options?.setup ? `BEGIN; ${options.setup}` : 'BEGIN');
          const result = await fn(executor(conn));
          await conn.query('COMMIT');
          return result;
        } catch (error) {
          await conn.query('ROLLBACK').catch((rollbackError: unknown) => {
            broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          });
          throw error;
        }
      } catch (error) {
        broken ??= isConnectionError(error) ? (error as Error) : undefined;
        throw error;
      } finally {
        // The pool puts its idle listener back on release; this one must not outlive the checkout.
        conn.removeListener('error', onError);
        conn.release(broken);
      }
    },
  };
}

/** The pool drops the broken idle connection by itself; nothing else to do. */
function ignoreIdleError(): void {}

/** True for errors after which the connection cannot be reused. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('08') || code === '57P01' || code.startsWith('E')))
    return true;
  const message = error instanceof Error ? error.message : '';
  return /terminated|Connection|ECONN/i.test(message);
}
