import {
  type Broadcaster,
  CallbridgeError,
  type Logger,
  type StreamEvent,
  silentLogger,
  storeUnavailable,
  type Unsubscribe,
} from '@callbridge/core';
import type { Redis } from 'ioredis';
import { advance, type Channel, dispatch, type Listener } from './broadcaster-delivery.js';
import { defineScripts, publishNewest, type Scripted } from './broadcaster-publish.js';
import { DEFAULT_SUBSCRIBER_PING_MS, SubscriberConnection } from './broadcaster-subscriber.js';
import { normalizePrefix } from './keys.js';
import { checkTimeout, DEFAULT_COMMAND_TIMEOUT_MS, withTimeout } from './timeout.js';

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
  readonly #channels = new Map<string, Channel>();
  readonly #subscriber: SubscriberConnection;
  #closed = false;

  constructor(options: RedisBroadcasterOptions) {
    this.#redis = defineScripts(options.redis);
    this.#prefix = `${normalizePrefix(options.prefix)}events:`;
    this.#newestPrefix = `${normalizePrefix(options.prefix)}events-last:`;
    this.#logger = options.logger ?? silentLogger;
    this.#timeout = checkTimeout('commandTimeoutMs', options.commandTimeoutMs, DEFAULT_COMMAND_TIMEOUT_MS);
    this.#subscriber = new SubscriberConnection({
      redis: this.#redis,
      logger: this.#logger,
      timeout: this.#timeout,
      pingEvery: checkTimeout('subscriberPingMs', options.subscriberPingMs, DEFAULT_SUBSCRIBER_PING_MS),
      onMessage: (channel, message) => this.#dispatch(channel, message),
      onReconnect: (subscriber) => this.#recover(subscriber),
    });
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
    return this.#subscriber.current;
  }

  async publish(event: StreamEvent): Promise<void> {
    this.#assertOpen();
    try {
      await withTimeout(
        publishNewest(this.#redis, this.newestKeyOf(event.tenantId), this.channelOf(event.tenantId), event),
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
      const subscriber = this.#subscriber.open();
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
          if (newest !== null) advance(created, newest);
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
    await this.#subscriber.close();
  }

  async #remove(name: string, channel: Channel, entry: Listener): Promise<void> {
    channel.listeners.delete(entry);
    if (channel.listeners.size > 0 || this.#channels.get(name) !== channel) return;
    this.#channels.delete(name);
    // Commands on one connection run in order: a later SUBSCRIBE of the same channel is applied
    // after this UNSUBSCRIBE, so it cannot be undone by it.
    try {
      const subscriber = this.#subscriber.current;
      if (subscriber) await withTimeout(subscriber.unsubscribe(name), this.#timeout, 'Redis');
    } catch (error) {
      this.#logger.warn('callbridge: redis unsubscribe failed', { channel: name, error: String(error) });
    }
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

  /** Delivers a message to the listeners of channel `name` (see `dispatch`), if it still has any. */
  #dispatch(name: string, message: string, recovered = false): void {
    const channel = this.#channels.get(name);
    if (!channel) return;
    dispatch(channel, name, message, recovered, this.#logger);
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new CallbridgeError('configuration_error', 'This RedisBroadcaster is closed.', {
        hint: 'Create a new broadcaster (or bridge) after close().',
      });
    }
  }
}
