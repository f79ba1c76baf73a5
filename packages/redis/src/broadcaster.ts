import {
  type Broadcaster,
  CallbridgeError,
  compareEventIds,
  type Logger,
  type StreamEvent,
  silentLogger,
  storeUnavailable,
  type Unsubscribe,
} from '@callbridge/core';
import type { Redis } from 'ioredis';
import { normalizePrefix } from './keys.js';
import { checkTimeout, DEFAULT_COMMAND_TIMEOUT_MS, quitWithin, withTimeout } from './timeout.js';

/** Options of {@link RedisBroadcaster}. */
export interface RedisBroadcasterOptions {
  /**
   * The client used to PUBLISH. The one subscriber connection of this broadcaster is
   * `redis.duplicate()`, opened on the first `subscribe`.
   */
  redis: Redis;
  /** Channel prefix; `events:<tenantId>` is appended. Default `callbridge:`. */
  prefix?: string;
  /** Where malformed messages and throwing listeners are reported. Default silent. */
  logger?: Logger;
  /**
   * Longest wait (ms) for Redis to answer a PUBLISH, SUBSCRIBE or UNSUBSCRIBE, or the subscriber
   * connection's QUIT on `close()`: past it `publish` and `subscribe` reject with
   * `store_unavailable` (503) instead of waiting for a hung Redis forever. Default 5 000;
   * `Infinity` waits as long as ioredis does.
   */
  commandTimeoutMs?: number;
  /**
   * How often (ms) the subscriber connection is asked for a PING. A subscriber only receives, so
   * a connection whose path died (a network that dropped it, Redis closing it while the network
   * was out) looks open for as long as TCP keepalive takes (hours by default) and delivers
   * nothing; a PING unanswered within `commandTimeoutMs` makes it reconnect, re-subscribe and
   * catch up. Default 30 000; `Infinity` never asks.
   */
  subscriberPingMs?: number;
}

type Listener = (event: StreamEvent) => void;

interface Channel {
  tenantId: string;
  listeners: Set<Listener>;
  /** Settles once Redis confirmed the SUBSCRIBE of this channel and its newest event id was read. */
  ready: Promise<unknown>;
  /** The greatest event id this channel delivered, or the tenant's newest when it was subscribed. */
  newest: string | null;
  /** The id of the event handed over after a reconnect: skipped once if it also arrives live. */
  recovered: string | null;
}

// KEYS[1] the tenant's newest-event hash; ARGV[1] channel, ARGV[2] id, ARGV[3] event JSON,
// ARGV[4] ttl ms. Keeps the event with the greatest id (decimal ids: longer is greater, then by
// characters), then publishes it, in one round trip.
const PUBLISH_LUA = `
local current = redis.call('HGET', KEYS[1], 'id')
local id = ARGV[2]
if not current or #id > #current or (#id == #current and id > current) then
  redis.call('HSET', KEYS[1], 'id', id, 'event', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return redis.call('PUBLISH', ARGV[1], ARGV[3])`;

/** Default of `subscriberPingMs`. */
const DEFAULT_SUBSCRIBER_PING_MS = 30_000;

/** How long the newest event of a tenant is kept for subscribers that reconnect: one day. */
const NEWEST_TTL_MS = 86_400_000;

type Scripted = Redis & {
  callbridgePublish(key: string, channel: string, id: string, event: string, ttl: number): Promise<number>;
};

function defineScripts(redis: Redis): Scripted {
  const r = redis as Scripted;
  if (typeof r.callbridgePublish !== 'function') {
    redis.defineCommand('callbridgePublish', { numberOfKeys: 1, lua: PUBLISH_LUA });
  }
  return r;
}

/**
 * A {@link Broadcaster} over Redis pub/sub: every instance sharing the Redis server sees every
 * event of the tenants it subscribed to.
 *
 * - One channel per tenant (`<prefix>events:<tenantId>`), so an instance only receives the
 *   tenants its browsers watch.
 * - One subscriber connection per broadcaster, shared by all subscriptions; a channel is
 *   subscribed on its first listener and unsubscribed when its last listener leaves.
 * - `subscribe` resolves after Redis confirmed the SUBSCRIBE: events published afterwards reach
 *   the listener.
 * - After a Redis restart or a lost connection ioredis reconnects and re-subscribes every
 *   channel. Pub/sub keeps nothing for a subscriber that is away, so `publish` also keeps each
 *   tenant's newest event (`<prefix>events-last:<tenantId>`, one day), and once re-subscribed the
 *   broadcaster hands its listeners that event when it is newer than any they had: an SSE stream
 *   that sees its id reads the events before it from the event log, so a stream never stays
 *   behind until the tenant's next event. Listeners get only that newest one, never the ones
 *   before it.
 */
export class RedisBroadcaster implements Broadcaster {
  readonly #redis: Scripted;
  /** `<prefix>events:`, the start of every channel. */
  readonly #prefix: string;
  /** `<prefix>events-last:`, the start of every tenant's newest-event key. */
  readonly #newestPrefix: string;
  readonly #logger: Logger;
  readonly #timeout: number;
  readonly #pingEvery: number;
  #pinger: ReturnType<typeof setInterval> | undefined;
  #pinging = false;
  readonly #channels = new Map<string, Channel>();
  #subscriber: Redis | null = null;
  /** True once the subscriber connection was ready: a later `ready` is a reconnect. */
  #connected = false;
  #closed = false;

  constructor(options: RedisBroadcasterOptions) {
    this.#redis = defineScripts(options.redis);
    this.#prefix = `${normalizePrefix(options.prefix)}events:`;
    this.#newestPrefix = `${normalizePrefix(options.prefix)}events-last:`;
    this.#logger = options.logger ?? silentLogger;
    this.#timeout = checkTimeout('commandTimeoutMs', options.commandTimeoutMs, DEFAULT_COMMAND_TIMEOUT_MS);
    this.#pingEvery = checkTimeout('subscriberPingMs', options.subscriberPingMs, DEFAULT_SUBSCRIBER_PING_MS);
  }

  /** The pub/sub channel of a tenant. */
  channelOf(tenantId: string): string {
    return this.#prefix + tenantId;
  }

  /** The key that keeps a tenant's newest published event, for subscribers that reconnect. */
  newestKeyOf(tenantId: string): string {
    return this.#newestPrefix + tenantId;
  }

  /** The shared subscriber connection, or null before the first `subscribe`. */
  get subscriber(): Redis | null {
    return this.#subscriber;
  }

  async publish(event: StreamEvent): Promise<void> {
    this.#assertOpen();
    try {
      await withTimeout(
        this.#redis.callbridgePublish(
          this.newestKeyOf(event.tenantId),
          this.channelOf(event.tenantId),
          String(event.id),
          JSON.stringify(event),
          NEWEST_TTL_MS,
        ),
        this.#timeout,
        'Redis',
      );
    } catch (error) {
      throw storeUnavailable('The Redis broadcaster', error);
    }
  }

  async subscribe(tenantId: string, listener: Listener): Promise<Unsubscribe> {
    this.#assertOpen();
    const name = this.channelOf(tenantId);
    let channel = this.#channels.get(name);
    if (!channel) {
      const subscriber = this.#connect();
      const created: Channel = {
        tenantId,
        listeners: new Set(),
        ready: Promise.resolve(),
        newest: null,
        recovered: null,
      };
      // Bounded, so a hung Redis fails the stream's opening (503) instead of holding it. The
      // tenant's newest id, read once subscribed, is what a reconnect compares with.
      created.ready = withTimeout(
        (async () => {
          await subscriber.subscribe(name);
          const newest = await this.#redis.hget(this.newestKeyOf(tenantId), 'id');
          if (newest !== null) this.#advance(created, newest);
        })(),
        this.#timeout,
        'Redis',
      );
      channel = created;
      this.#channels.set(name, channel);
    }
    // A wrapper per call, so the same function subscribed twice is counted twice.
    const entry: Listener = (event) => listener(event);
    channel.listeners.add(entry);
    try {
      await channel.ready;
    } catch (error) {
      await this.#remove(name, channel, entry);
      throw storeUnavailable('The Redis broadcaster', error);
    }
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      await this.#remove(name, channel, entry);
    };
  }

  /** Closes the subscriber connection. The publishing client belongs to the caller and stays open. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#channels.clear();
    clearInterval(this.#pinger);
    const subscriber = this.#subscriber;
    this.#subscriber = null;
    // QUIT waits for a reply, which never comes while Redis is unreachable or hung: disconnect then.
    if (subscriber) await quitWithin(subscriber, this.#timeout);
  }

  async #remove(name: string, channel: Channel, entry: Listener): Promise<void> {
    channel.listeners.delete(entry);
    if (channel.listeners.size > 0 || this.#channels.get(name) !== channel) return;
    this.#channels.delete(name);
    // Commands on one connection run in order: a later SUBSCRIBE of the same channel is applied
    // after this UNSUBSCRIBE, so it cannot be undone by it.
    try {
      if (this.#subscriber) await withTimeout(this.#subscriber.unsubscribe(name), this.#timeout, 'Redis');
    } catch (error) {
      this.#logger.warn('callbridge: redis unsubscribe failed', { channel: name, error: String(error) });
    }
  }

  #connect(): Redis {
    if (this.#subscriber) return this.#subscriber;
    const subscriber = this.#redis.duplicate();
    // ioredis re-subscribes by itself after a reconnect; errors are reported here, never thrown.
    subscriber.on('error', (error: Error) => {
      this.#logger.warn('callbridge: redis subscriber connection error', { error: error.message });
    });
    subscriber.on('message', (channel: string, message: string) => this.#dispatch(channel, message));
    subscriber.on('ready', () => {
      if (!this.#connected) {
        this.#connected = true;
        return;
      }
      this.#recover(subscriber).catch((error: unknown) => {
        this.#logger.warn('callbridge: could not read the events missed while reconnecting', {
          error: String(error),
        });
      });
    });
    this.#subscriber = subscriber;
    if (this.#pingEvery < 2_147_483_647) {
      this.#pinger = setInterval(() => this.#check(subscriber), this.#pingEvery);
      this.#pinger.unref?.();
    }
    return subscriber;
  }

  /** Asks the subscriber connection for a PING; one that does not answer in time is cut, so it reconnects. */
  #check(subscriber: Redis): void {
    if (this.#pinging || this.#closed || subscriber.status !== 'ready') return;
    this.#pinging = true;
    withTimeout(subscriber.ping(), this.#timeout, 'Redis')
      .catch((error: unknown) => {
        if (this.#closed || subscriber.status !== 'ready') return;
        this.#logger.warn('callbridge: the redis subscriber connection does not answer; reconnecting', {
          error: String(error),
        });
        // Destroyed rather than ended: a FIN on a dead path is never answered either, and ioredis
        // reconnects once the socket closed.
        subscriber.stream.destroy();
      })
      .finally(() => {
        this.#pinging = false;
      });
  }

  /**
   * After a reconnect: once ioredis re-subscribed every channel, hands each channel's listeners
   * the tenant's newest event when it is newer than any the channel had (it was published while
   * the subscriber was away).
   */
  async #recover(subscriber: Redis): Promise<void> {
    if (this.#channels.size === 0) return;
    // ioredis wrote the SUBSCRIBEs before 'ready'; a PING on the same connection answers after them.
    await withTimeout(subscriber.ping(), this.#timeout, 'Redis');
    const channels = [...this.#channels.entries()];
    const pipeline = this.#redis.pipeline();
    for (const [, channel] of channels) pipeline.hget(this.newestKeyOf(channel.tenantId), 'event');
    const replies = (await withTimeout(pipeline.exec(), this.#timeout, 'Redis')) ?? [];
    channels.forEach(([name, channel], i) => {
      const [error, message] = replies[i] ?? [];
      if (error || typeof message !== 'string' || this.#channels.get(name) !== channel) return;
      this.#dispatch(name, message, true);
    });
  }

  /** Raises a channel's newest id to `id`; false when it already had that id or a newer one. */
  #advance(channel: Channel, id: string): boolean {
    if (channel.newest !== null && compareEventIds(id, channel.newest) <= 0) return false;
    channel.newest = id;
    return true;
  }

  /**
   * Delivers a message to the channel's listeners. A `recovered` one (read after a reconnect) only
   * when it is newer than every event the channel had; a live one always, except the recovered
   * event arriving live as well.
   */
  #dispatch(name: string, message: string, recovered = false): void {
    const channel = this.#channels.get(name);
    if (!channel) return;
    let event: StreamEvent;
    try {
      event = JSON.parse(message) as StreamEvent;
    } catch {
      this.#logger.warn('callbridge: ignored a malformed broadcast message', { channel: name });
      return;
    }
    const id = typeof event?.id === 'string' ? event.id : null;
    if (id !== null) {
      if (recovered) {
        if (!this.#advance(channel, id)) return;
        channel.recovered = id;
      } else {
        if (channel.recovered === id) {
          channel.recovered = null;
          return;
        }
        this.#advance(channel, id);
      }
    }
    for (const listener of [...channel.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.#logger.error('callbridge: a broadcast listener threw', { channel: name, error: String(error) });
      }
    }
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new CallbridgeError('configuration_error', 'This RedisBroadcaster is closed.', {
        hint: 'Create a new broadcaster (or bridge) after close().',
      });
    }
  }
}
