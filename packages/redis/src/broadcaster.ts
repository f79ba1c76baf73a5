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
}

type Listener = (event: StreamEvent) => void;

interface Channel {
  listeners: Set<Listener>;
  /** Settles once Redis confirmed the SUBSCRIBE of this channel. */
  ready: Promise<unknown>;
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
 * - After a Redis restart ioredis reconnects both connections and re-subscribes every channel;
 *   events published while Redis was down are not replayed (pub/sub keeps nothing): clients
 *   recover them from the EventLog with Last-Event-ID.
 */
export class RedisBroadcaster implements Broadcaster {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #logger: Logger;
  readonly #timeout: number;
  readonly #channels = new Map<string, Channel>();
  #subscriber: Redis | null = null;
  #closed = false;

  constructor(options: RedisBroadcasterOptions) {
    this.#redis = options.redis;
    this.#prefix = `${normalizePrefix(options.prefix)}events:`;
    this.#logger = options.logger ?? silentLogger;
    this.#timeout = checkTimeout('commandTimeoutMs', options.commandTimeoutMs, DEFAULT_COMMAND_TIMEOUT_MS);
  }

  /** The pub/sub channel of a tenant. */
  channelOf(tenantId: string): string {
    return this.#prefix + tenantId;
  }

  /** The shared subscriber connection, or null before the first `subscribe`. */
  get subscriber(): Redis | null {
    return this.#subscriber;
  }

  async publish(event: StreamEvent): Promise<void> {
    this.#assertOpen();
    try {
      await withTimeout(
        this.#redis.publish(this.channelOf(event.tenantId), JSON.stringify(event)),
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
      // Bounded, so a hung Redis fails the stream's opening (503) instead of holding it.
      channel = {
        listeners: new Set(),
        ready: withTimeout(subscriber.subscribe(name), this.#timeout, 'Redis'),
      };
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
    this.#subscriber = subscriber;
    return subscriber;
  }

  #dispatch(name: string, message: string): void {
    const channel = this.#channels.get(name);
    if (!channel) return;
    let event: StreamEvent;
    try {
      event = JSON.parse(message) as StreamEvent;
    } catch {
      this.#logger.warn('callbridge: ignored a malformed broadcast message', { channel: name });
      return;
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
