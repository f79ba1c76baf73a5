/** One result of a parameterized statement. */
export interface SqlResult<R> {
  rows: R[];
  /** Rows inserted, updated, deleted or returned. */
  rowCount: number;
}

/**
 * What a statement runs on: a pool, a single connection or an open transaction. Parameters are
 * `$1..$n`; pass JSON values as strings (`JSON.stringify`) and cast them (`$1::jsonb`) so every
 * driver sends the same bytes.
 */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Options of `SqlClient.transaction`. */
export interface TransactionOptions {
  /**
   * Statements without parameters run first in the transaction, sent together with `BEGIN` in
   * one round trip where the driver allows it. Build literals with `quoteLiteral`.
   */
  setup?: string;
}

/**
 * The tiny database abstraction the stores are written against, so the same SQL runs on a `pg`
 * Pool (`fromPgPool`) and on embedded PGlite (`fromPGlite`).
 */
export interface SqlClient extends SqlExecutor {
  /**
   * Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when
   * it throws (and the error rethrown).
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs several statements without parameters (build literals with `quoteLiteral` or
   * `bindLiterals`) in one round trip and resolves with the result of each, in order. The
   * statements form one implicit transaction: all are committed together, or, when one fails,
   * none is (and the error is rethrown). `set_config(..., true)` holds until the last of them.
   */
  script(sql: string): Promise<SqlResult<Record<string, unknown>>[]>;
  /** Short driver name for messages: 'pg' or 'pglite'. */
  readonly driver: 'pg' | 'pglite';
}
