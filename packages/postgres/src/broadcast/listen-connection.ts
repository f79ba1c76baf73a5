import type { Logger } from '@callbridge/core';
import type { PgNotificationLike, PgPoolClientLike, PgPoolLike } from '../sql/drivers.js';
import { quoteIdent } from '../sql/ident.js';

export interface ListenConnectionOptions {
  pool: PgPoolLike;
  /** First reconnect delay; doubles up to 5 s. */
  reconnectDelayMs: number;
  logger: Logger;
  /** The channels subscribed to, by name: LISTENed when a connection opens; none left, no reconnect. */
  channels: ReadonlyMap<string, unknown>;
  onNotification(message: PgNotificationLike): void;
  /** Called when a connection that replaces a lost one LISTENs every channel again. */
  onReconnect(): void;
}

/**
 * The one listening connection of a broadcaster, taken from the pool on first use. When it drops,
 * it is given back destroyed and a new one is opened with backoff (while channels remain), which
 * LISTENs every channel again.
 */
export class ListenConnection {
  readonly #options: ListenConnectionOptions;
  #conn: Promise<PgPoolClientLike> | null = null;
  /** True once a listening connection was opened: the next one is a reconnect. */
  #listenedBefore = false;
  #closed = false;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  readonly #released = new WeakSet<PgPoolClientLike>();

  constructor(options: ListenConnectionOptions) {
    this.#options = options;
    this.#delay = options.reconnectDelayMs;
  }

  /** The connection being opened or open, if any (never opens one). */
  get current(): Promise<PgPoolClientLike> | null {
    return this.#conn;
  }

  /** The listening connection, opened (and its channels LISTENed) on first use. */
  connection(): Promise<PgPoolClientLike> {
    if (this.#closed) return Promise.reject(new Error('the broadcaster is closed'));
    if (!this.#conn) {
      const opening = this.#open();
      this.#conn = opening;
      opening.catch(() => {
        if (this.#conn === opening) this.#conn = null;
      });
    }
    return this.#conn;
  }

  /** Stops reconnecting and gives the connection back to the pool. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    const pending = this.#conn;
    this.#conn = null;
    const conn = await pending?.catch(() => null);
    if (conn) this.#release(conn);
  }

  /** Returns the listening connection to the pool destroyed, once (its 'end' event follows). */
  #release(conn: PgPoolClientLike, error?: Error): void {
    if (this.#released.has(conn)) return;
    this.#released.add(conn);
    conn.release(error ?? true);
  }

  async #open(): Promise<PgPoolClientLike> {
    const { logger } = this.#options;
    const conn = await this.#options.pool.connect();
    const drop = (error?: Error) => {
      if (this.#released.has(conn)) return;
      this.#release(conn, error);
      if (this.#closed) return;
      logger.warn('callbridge NOTIFY listener lost its connection; reconnecting', {
        error: error?.message,
      });
      this.#conn = null;
      this.#scheduleReconnect();
    };
    conn.on('error', drop);
    conn.on('end', () => drop());
    conn.on('notification', (message) => this.#options.onNotification(message));
    try {
      for (const channel of this.#options.channels.keys()) await conn.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (error) {
      this.#release(conn, error instanceof Error ? error : undefined);
      throw error;
    }
    this.#delay = this.#options.reconnectDelayMs;
    if (this.#listenedBefore) this.#options.onReconnect();
    this.#listenedBefore = true;
    return conn;
  }

  #scheduleReconnect(): void {
    if (this.#timer || this.#closed || this.#options.channels.size === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.connection().catch((error: unknown) => {
        this.#options.logger.warn('callbridge NOTIFY listener could not reconnect; retrying', {
          error: error instanceof Error ? error.message : String(error),
        });
        this.#delay = Math.min(this.#delay * 2, 5000);
        this.#scheduleReconnect();
      });
    }, this.#delay);
    this.#timer.unref?.();
  }
}
