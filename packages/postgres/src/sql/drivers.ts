// The parts of `pg` and PGlite this package uses, declared here rather than imported: both drivers
// are optional peers, and the published declarations must compile in a project that installed
// only one of them (even with `skipLibCheck: false`). A `pg.Pool` and a `PGlite` (or
// `PGliteWorker`) fit these types as they are; test/optional-peers.test.ts checks that.

/** What a `pg` query resolves with, as far as this package reads it. */
export interface PgQueryResultLike {
  rows: unknown[];
  rowCount: number | null;
}

/** A LISTEN notification as `pg` emits it. */
export interface PgNotificationLike {
  channel: string;
  payload?: string | undefined;
}

/** A connection checked out of a `pg` Pool (`pg.PoolClient`). */
export interface PgPoolClientLike {
  query(text: string, values?: unknown[]): Promise<PgQueryResultLike>;
  /** Returns the connection to its pool; `true` or an error destroys it instead. */
  release(error?: Error | boolean): void;
  on(event: 'notification', listener: (message: PgNotificationLike) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/** A `pg` Pool (`new pg.Pool(...)`): what `fromPgPool`, the factory and the broadcaster take. */
export interface PgPoolLike {
  query(text: string, values?: unknown[]): Promise<PgQueryResultLike>;
  connect(): Promise<PgPoolClientLike>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  listenerCount(event: 'error'): number;
}

/** What a PGlite query resolves with, as far as this package reads it. */
export interface PGliteResultsLike<T> {
  rows: T[];
  rowCount?: number;
  affectedRows?: number;
}

/** A PGlite database or one of its open transactions. */
export interface PGliteQueryableLike {
  query<T>(sql: string, params?: unknown[]): Promise<PGliteResultsLike<T>>;
  /** Runs a script of several statements; one result per statement. */
  exec(sql: string): Promise<PGliteResultsLike<Record<string, unknown>>[]>;
}

/** An open PGlite database (`new PGlite(...)` or a `PGliteWorker`): what `fromPGlite` takes. */
export interface PGliteLike extends PGliteQueryableLike {
  transaction<T>(fn: (tx: PGliteQueryableLike) => Promise<T>): Promise<T>;
  readonly closed: boolean;
  close(): Promise<void>;
}
