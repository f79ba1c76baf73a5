import type { Broadcaster, Logger, StreamEvent, Unsubscribe } from '@callbridge/core';
import { parseEventId, silentLogger } from '@callbridge/core';
import { guard } from '../errors.js';
import type { SqlClient } from '../sql/client.js';
import { DEFAULT_ROLE, DEFAULT_SCHEMA } from '../sql/context.js';
import type { PgNotificationLike, PgPoolClientLike, PgPoolLike } from '../sql/drivers.js';
import { quoteIdent } from '../sql/ident.js';
import { fromPgPool } from '../sql/pg.js';
import { parsePayload, tenantChannel } from './channel.js';
import { newestEvents } from './newest-events.js';
import { fetchOverflow, notifyPayload } from './overflow.js';
import { reserveListenConnection } from './pool-size.js';

type Listener = (event: StreamEvent) => void;

/** The listeners of one channel and the LISTEN they wait for. */
interface Channel {
  tenantId: string;
  listeners: Set<Listener>;
  /** Settles once the channel is LISTENed on the listening connection. */
  ready: Promise<void>;
  /** True once LISTENed and its newest id read: a reconnect then catches it up. */
  settled: boolean;
  /** The greatest event id the channel delivered, or the tenant's newest when it was LISTENed. */
  newest: bigint | null;
  /** The id of the event handed over after a reconnect: skipped once if it also arrives live. */
  recovered: string | null;
}

/** Options of `PostgresBroadcaster`. */
export interface PostgresBroadcasterOptions {
  /** A `pg` Pool. One of its connections is kept for LISTEN; publishing uses the others. */
  pool: PgPoolLike;
  /** Schema of the callbridge tables (overflow table; part of the channel name). Default `callbridge`. */
  schema?: string;
  /** Channel name prefix. Default `callbridge`. */
  channelPrefix?: string;
  /**
   * Role for row-level security when reading the event log after a reconnect (see
   * `PostgresStoreOptions.role`). Default `callbridge_app`.
   */
  role?: string | null;
  /** First reconnect delay; doubles up to 5 s. Default 100 ms. */
  reconnectDelayMs?: number;
  logger?: Logger;
}

/**
 * `Broadcaster` over Postgres LISTEN/NOTIFY, for deployments without Redis (pg only: PGlite has
 * no other instances to reach). One listening connection per broadcaster (create one per
 * process); one channel per tenant, LISTENed only while this process has subscribers of it.
 * When the listening connection drops, it reconnects with backoff and LISTENs again; NOTIFY keeps
 * nothing for a connection that is away, so once LISTENing again it reads the newest event of
 * every subscribed tenant from the event log (one round trip, under row-level security per tenant)
 * and hands it to the tenant's listeners when it is newer than any they had: an SSE stream that
 * sees its id reads the events before it from the log, so it catches up at once instead of at the
 * tenant's next event. Listeners get only that newest event, once, not the ones before it. Events over
 * the 8000-byte NOTIFY limit (whatever makes them large, the tenant id included) are stored in an
 * overflow table and fetched by reference.
 */
export class PostgresBroadcaster implements Broadcaster {
  readonly #pool: PgPoolLike;
  readonly #client: SqlClient;
  readonly #schema: string;
  readonly #role: string | null;
  readonly #prefix: string;
  readonly #baseDelay: number;
  readonly #logger: Logger;
  /** channel → listeners (with the tenant each belongs to). */
  readonly #channels = new Map<string, Channel>();
  #conn: Promise<PgPoolClientLike> | null = null;
  /** True once a listening connection was opened: the next one is a reconnect. */
  #listenedBefore = false;
  #closed = false;
  #delay: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #queue: Promise<void> = Promise.resolve();
  /** The chain of LISTEN / UNLISTEN commands (see `#serial`). */
  #commands: Promise<unknown> = Promise.resolve();
  readonly #released = new WeakSet<PgPoolClientLike>();

  /** Gives this broadcaster's LISTEN connection back to the pool's count (see `reserveListenConnection`). */
  readonly #unreserve: () => void;

  /**
   * @throws CallbridgeError `configuration_error` for a pool that would have no connection left
   * besides its broadcasters' LISTEN connections (see `reserveListenConnection`).
   */
  constructor(options: PostgresBroadcasterOptions) {
    this.#unreserve = reserveListenConnection(options.pool);
    this.#pool = options.pool;
    this.#client = fromPgPool(options.pool);
    this.#schema = options.schema ?? DEFAULT_SCHEMA;
    this.#role = options.role === undefined ? DEFAULT_ROLE : options.role;
    this.#prefix = options.channelPrefix ?? 'callbridge';
    this.#baseDelay = options.reconnectDelayMs ?? 100;
    this.#delay = this.#baseDelay;
    this.#logger = options.logger ?? silentLogger;
  }

  publish(event: StreamEvent): Promise<void> {
    const channel = tenantChannel(this.#prefix, this.#schema, event.tenantId);
    return guard('broadcaster.publish', async () => {
      const payload = await notifyPayload(this.#pool, this.#schema, event);
      await this.#pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
    });
  }

  async subscribe(tenantId: string, listener: Listener): Promise<Unsubscribe> {
    const channel = tenantChannel(this.#prefix, this.#schema, tenantId);
    let entry = this.#channels.get(channel);
    if (!entry) {
      // The LISTEN is queued now, in the order of the map changes, so an UNLISTEN queued before
      // it (the channel's last listener leaving) cannot land after it and silence the channel.
      const created: Channel = {
        tenantId,
        listeners: new Set(),
        ready: Promise.resolve(),
        settled: false,
        newest: null,
        recovered: null,
      };
      created.ready = this.#serial(() =>
        guard('broadcaster.subscribe', async () => {
          const conn = await this.#connection();
          await conn.query(`LISTEN ${quoteIdent(channel)}`);
        }),
      ).then(async () => {
        // The tenant's newest id, read once LISTENing, is what a reconnect compares with.
        try {
          const newest = (await newestEvents(this.#client, this.#schema, this.#role, [tenantId])).get(
            tenantId,
          );
          if (newest) this.#advance(created, newest.id);
        } catch (error) {
          this.#logger.warn('callbridge NOTIFY listener could not read the newest event id', {
            error: error instanceof Error ? error.message : String(error),
          });
        }
        created.settled = true;
      });
      created.ready.catch(() => undefined);
      entry = created;
      this.#channels.set(channel, entry);
    }
    const subscribed = entry;
    subscribed.listeners.add(listener);
    try {
      // Every subscriber of the channel waits for its LISTEN, not only the first.
      await subscribed.ready;
    } catch (error) {
      this.#remove(channel, subscribed, listener);
      throw error;
    }
    return async () => {
      if (!this.#remove(channel, subscribed, listener)) return;
      await this.#serial(async () => {
        const conn = await this.#conn?.catch(() => null);
        await conn?.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => undefined);
      });
    };
  }

  /** Runs LISTEN / UNLISTEN one at a time, in the order they were asked for. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#commands.then(fn, fn);
    this.#commands = run.catch(() => undefined);
    return run;
  }

  /** Removes a listener; true when it was the channel's last one. */
  #remove(channel: string, entry: Channel, listener: Listener): boolean {
    if (!entry.listeners.delete(listener) || entry.listeners.size > 0) return false;
    if (this.#channels.get(channel) !== entry) return false;
    this.#channels.delete(channel);
    return true;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#unreserve();
    if (this.#timer) clearTimeout(this.#timer);
    this.#channels.clear();
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

  /** The listening connection, opened (and its channels LISTENed) on first use. */
  #connection(): Promise<PgPoolClientLike> {
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

  async #open(): Promise<PgPoolClientLike> {
    const conn = await this.#pool.connect();
    const drop = (error?: Error) => {
      if (this.#released.has(conn)) return;
      this.#release(conn, error);
      if (this.#closed) return;
      this.#logger.warn('callbridge NOTIFY listener lost its connection; reconnecting', {
        error: error?.message,
      });
      this.#conn = null;
      this.#scheduleReconnect();
    };
    conn.on('error', drop);
    conn.on('end', () => drop());
    conn.on('notification', (message) => this.#onNotification(message));
    try {
      for (const channel of this.#channels.keys()) await conn.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (error) {
      this.#release(conn, error instanceof Error ? error : undefined);
      throw error;
    }
    this.#delay = this.#baseDelay;
    if (this.#listenedBefore) this.#catchUp();
    this.#listenedBefore = true;
    return conn;
  }

  /**
   * After a reconnect, once every channel is LISTENed again: hands each channel's listeners the
   * tenant's newest event when it is newer than any the channel had (it was published while the
   * connection was away). Channels still opening read their newest id themselves.
   */
  #catchUp(): void {
    const channels = [...this.#channels.entries()].filter(([, entry]) => entry.settled);
    if (channels.length === 0) return;
    const tenants = [...new Set(channels.map(([, entry]) => entry.tenantId))];
    newestEvents(this.#client, this.#schema, this.#role, tenants)
      .then((newest) => {
        for (const [name, entry] of channels) {
          const event = newest.get(entry.tenantId);
          if (!event || this.#channels.get(name) !== entry || !this.#advance(entry, event.id)) continue;
          entry.recovered = event.id;
          this.#deliver(entry, event);
        }
      })
      .catch((error: unknown) => {
        this.#logger.warn('callbridge NOTIFY listener could not read the events missed while reconnecting', {
          error: error instanceof Error ? error.message : String(error),
        });
      });
  }

  /** Raises a channel's newest id to `id`; false when it already had that id or a newer one. */
  #advance(entry: Channel, id: string): boolean {
    let value: bigint;
    try {
      value = parseEventId(id);
    } catch {
      return true;
    }
    if (entry.newest !== null && value <= entry.newest) return false;
    entry.newest = value;
    return true;
  }

  #scheduleReconnect(): void {
    if (this.#timer || this.#closed || this.#channels.size === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#connection().catch((error: unknown) => {
        this.#logger.warn('callbridge NOTIFY listener could not reconnect; retrying', {
          error: error instanceof Error ? error.message : String(error),
        });
        this.#delay = Math.min(this.#delay * 2, 5000);
        this.#scheduleReconnect();
      });
    }, this.#delay);
    this.#timer.unref?.();
  }

  #onNotification(message: PgNotificationLike): void {
    const entry = this.#channels.get(message.channel);
    const wire = parsePayload(message.payload);
    if (!entry || !wire) return;
    // One chain keeps delivery in arrival order, even when an overflow event must be fetched first.
    this.#queue = this.#queue
      .then(() => ('e' in wire ? wire.e : fetchOverflow(this.#pool, this.#schema, wire.ref)))
      .then((event) => {
        if (!event || event.tenantId !== entry.tenantId) return;
        // The event handed over after a reconnect may also arrive live (published as the
        // connection came back): its listeners get it once.
        if (entry.recovered !== null && event.id === entry.recovered) {
          entry.recovered = null;
          return;
        }
        this.#advance(entry, event.id);
        this.#deliver(entry, event);
      })
      .catch((error: unknown) => {
        this.#logger.warn('callbridge NOTIFY overflow event could not be read', {
          error: error instanceof Error ? error.message : String(error),
        });
      });
  }

  #deliver(entry: Channel, event: StreamEvent): void {
    if (event.tenantId !== entry.tenantId) return;
    for (const listener of [...entry.listeners]) {
      try {
        listener(structuredClone(event));
      } catch {
        // A subscriber's failure is its own; the others still get the event.
      }
    }
  }
}
