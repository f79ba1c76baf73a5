import type { Broadcaster, Logger, StreamEvent, Unsubscribe } from '@callbridge/core';
import { silentLogger } from '@callbridge/core';
import { guard } from '../errors.js';
import type { SqlClient } from '../sql/client.js';
import { DEFAULT_ROLE, DEFAULT_SCHEMA } from '../sql/context.js';
import type { PgNotificationLike, PgPoolLike } from '../sql/drivers.js';
import { quoteIdent } from '../sql/ident.js';
import { fromPgPool } from '../sql/pg.js';
import { parsePayload, tenantChannel } from './channel.js';
import { advance, type Channel, deliverLive, deliverRecovered, type Listener } from './delivery.js';
import { ListenConnection } from './listen-connection.js';
import { newestEvents } from './newest-events.js';
import { fetchOverflow, notifyPayload } from './overflow.js';
import { reserveListenConnection } from './pool-size.js';

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
  readonly #logger: Logger;
  /** channel → listeners (with the tenant each belongs to). */
  readonly #channels = new Map<string, Channel>();
  readonly #listen: ListenConnection;
  #queue: Promise<void> = Promise.resolve();
  /** The chain of LISTEN / UNLISTEN commands (see `#serial`). */
  #commands: Promise<unknown> = Promise.resolve();

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
    this.#logger = options.logger ?? silentLogger;
    this.#listen = new ListenConnection({
      pool: options.pool,
      reconnectDelayMs: options.reconnectDelayMs ?? 100,
      logger: this.#logger,
      channels: this.#channels,
      onNotification: (message) => this.#onNotification(message),
      onReconnect: () => this.#catchUp(),
    });
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
          const conn = await this.#listen.connection();
          await conn.query(`LISTEN ${quoteIdent(channel)}`);
        }),
      ).then(async () => {
        // The tenant's newest id, read once LISTENing, is what a reconnect compares with.
        try {
          const newest = (await newestEvents(this.#client, this.#schema, this.#role, [tenantId])).get(
            tenantId,
          );
          if (newest) advance(created, newest.id);
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
        const conn = await this.#listen.current?.catch(() => null);
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
    this.#unreserve();
    this.#channels.clear();
    await this.#listen.close();
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
          if (!event || this.#channels.get(name) !== entry) continue;
          deliverRecovered(entry, event);
        }
      })
      .catch((error: unknown) => {
        this.#logger.warn('callbridge NOTIFY listener could not read the events missed while reconnecting', {
          error: error instanceof Error ? error.message : String(error),
        });
      });
  }

  #onNotification(message: PgNotificationLike): void {
    const entry = this.#channels.get(message.channel);
    const wire = parsePayload(message.payload);
    if (!entry || !wire) return;
    // One chain keeps delivery in arrival order, even when an overflow event must be fetched first.
    this.#queue = this.#queue
      .then(() => ('e' in wire ? wire.e : fetchOverflow(this.#pool, this.#schema, wire.ref)))
      .then((event) => {
        if (event) deliverLive(entry, event);
      })
      .catch((error: unknown) => {
        this.#logger.warn('callbridge NOTIFY overflow event could not be read', {
          error: error instanceof Error ? error.message : String(error),
        });
      });
  }
}
