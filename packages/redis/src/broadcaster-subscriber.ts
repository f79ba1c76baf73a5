import type { Logger } from '@callbridge/core';
import type { Redis } from 'ioredis';
import { quitWithin, withTimeout } from './timeout.js';

/** Default of `subscriberPingMs`. */
export const DEFAULT_SUBSCRIBER_PING_MS = 30_000;

export interface SubscriberConnectionOptions {
  /** The client whose `duplicate()` becomes the subscriber connection. */
  redis: Redis;
  logger: Logger;
  /** `commandTimeoutMs`: the longest wait for a PING, and for QUIT on `close()`. */
  timeout: number;
  /** `subscriberPingMs`. */
  pingEvery: number;
  /** Every pub/sub message received. */
  onMessage(channel: string, message: string): void;
  /** After a reconnect, once the connection is ready again (ioredis re-subscribed every channel). */
  onReconnect(subscriber: Redis): Promise<void>;
}

/**
 * The one subscriber connection of a broadcaster, opened on first use: it reports its errors
 * instead of throwing them, PINGs every `pingEvery` and cuts itself when a PING goes unanswered,
 * so ioredis reconnects, and calls `onReconnect` once ready again.
 */
export class SubscriberConnection {
  readonly #options: SubscriberConnectionOptions;
  #pinger: ReturnType<typeof setInterval> | undefined;
  #pinging = false;
  #subscriber: Redis | null = null;
  /** True once the subscriber connection was ready: a later `ready` is a reconnect. */
  #connected = false;
  #closed = false;

  constructor(options: SubscriberConnectionOptions) {
    this.#options = options;
  }

  /** The connection, or null before the first `open()` and after `close()`. */
  get current(): Redis | null {
    return this.#subscriber;
  }

  /** The connection, opened on the first call. */
  open(): Redis {
    if (this.#subscriber) return this.#subscriber;
    const { logger } = this.#options;
    const subscriber = this.#options.redis.duplicate();
    // ioredis re-subscribes by itself after a reconnect; errors are reported here, never thrown.
    subscriber.on('error', (error: Error) => {
      logger.warn('callbridge: redis subscriber connection error', { error: error.message });
    });
    subscriber.on('message', (channel: string, message: string) => this.#options.onMessage(channel, message));
    subscriber.on('ready', () => {
      if (!this.#connected) {
        this.#connected = true;
        return;
      }
      this.#options.onReconnect(subscriber).catch((error: unknown) => {
        logger.warn('callbridge: could not read the events missed while reconnecting', {
          error: String(error),
        });
      });
    });
    this.#subscriber = subscriber;
    if (this.#options.pingEvery < 2_147_483_647) {
      this.#pinger = setInterval(() => this.#check(subscriber), this.#options.pingEvery);
      this.#pinger.unref?.();
    }
    return subscriber;
  }

  /** Stops the PINGs and closes the connection. */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#pinger);
    const subscriber = this.#subscriber;
    this.#subscriber = null;
    // QUIT waits for a reply, which never comes while Redis is unreachable or hung: disconnect then.
    if (subscriber) await quitWithin(subscriber, this.#options.timeout);
  }

  /** Asks the subscriber connection for a PING; one that does not answer in time is cut, so it reconnects. */
  #check(subscriber: Redis): void {
    if (this.#pinging || this.#closed || subscriber.status !== 'ready') return;
    this.#pinging = true;
    withTimeout(subscriber.ping(), this.#options.timeout, 'Redis')
      .catch((error: unknown) => {
        if (this.#closed || subscriber.status !== 'ready') return;
        this.#options.logger.warn(
          'callbridge: the redis subscriber connection does not answer; reconnecting',
          {
            error: String(error),
          },
        );
        // Destroyed rather than ended: a FIN on a dead path is never answered either, and ioredis
        // reconnects once the socket closed.
        subscriber.stream.destroy();
      })
      .finally(() => {
        this.#pinging = false;
      });
  }
}
