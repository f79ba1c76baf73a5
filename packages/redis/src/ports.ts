import { CallbridgeError, type Logger } from '@callbridge/core';
import { Redis, type RedisOptions } from 'ioredis';
import { RedisBroadcaster, type RedisBroadcasterOptions } from './broadcaster.js';
import { RedisDedupeStore } from './dedupe-store.js';
import { BullMQJobQueue, type BullMQJobQueueOptions } from './job-queue.js';
import { checkTimeout, DEFAULT_COMMAND_TIMEOUT_MS, quitWithin } from './timeout.js';

/** The job queue's own options, passed through as they are. */
type JobQueuePassThrough = Pick<
  BullMQJobQueueOptions,
  | 'defaultAttempts'
  | 'defaultBackoff'
  | 'enqueueTimeoutMs'
  | 'lockDurationMs'
  | 'stalledIntervalMs'
  | 'maxStalledCount'
>;

/**
 * Options of {@link createRedisPorts}: a `url` (the ports own the client) or a `redis` client
 * (yours). `subscriberPingMs` goes to the broadcaster; `defaultAttempts`, `defaultBackoff`,
 * `enqueueTimeoutMs`, `lockDurationMs`, `stalledIntervalMs` and `maxStalledCount` to the job queue (see their options for each).
 */
export interface CreateRedisPortsOptions
  extends JobQueuePassThrough,
    Pick<RedisBroadcasterOptions, 'subscriberPingMs'> {
  /** `redis://[:password@]host:port[/db]`; a client is created and closed by `close()`. */
  url?: string;
  /** An existing ioredis client; `close()` leaves it open. */
  redis?: Redis;
  /** Extra ioredis options when `url` is given. */
  redisOptions?: RedisOptions;
  /** Prefix of every key and channel. Default `callbridge:`. */
  prefix?: string;
  /** Base BullMQ queue name. Default `callbridge`. */
  queueName?: string;
  /**
   * Longest wait (ms) for Redis to answer a dedupe or pub/sub command before it fails with
   * `store_unavailable` (503), and for each step of `close()`. Default 5 000. See
   * `RedisDedupeStoreOptions.commandTimeoutMs`; the job queue takes it as `closeTimeoutMs`
   * (`enqueue` keeps its own `enqueueTimeoutMs`, 10 s).
   */
  commandTimeoutMs?: number;
  logger?: Logger;
}

/** The Redis-backed ports, ready for `createCallBridge({ stores: { dedupe, broadcaster, jobs } })`. */
export interface RedisPorts {
  dedupe: RedisDedupeStore;
  broadcaster: RedisBroadcaster;
  jobs: BullMQJobQueue;
  /** The command client (publish, dedupe). */
  redis: Redis;
  /** Closes the job queue (workers first), the subscriber, and the client when it was created here. */
  close(): Promise<void>;
}

/**
 * Builds every Redis port over one client: dedupe and publish share it, the broadcaster adds one
 * subscriber connection, BullMQ opens its own connections from the same settings.
 *
 * @example
 * const ports = createRedisPorts({ url: 'redis://127.0.0.1:6379', prefix: 'crm:' });
 * const bridge = createCallBridge({ ..., stores: { dedupe: ports.dedupe, broadcaster: ports.broadcaster, jobs: ports.jobs } });
 */
export function createRedisPorts(options: CreateRedisPortsOptions): RedisPorts {
  if (!options.redis && !options.url) {
    throw new CallbridgeError('configuration_error', 'createRedisPorts needs a `url` or a `redis` client.', {
      hint: "Pass { url: 'redis://127.0.0.1:6379' } or { redis: new Redis(...) }.",
    });
  }
  const owned = !options.redis;
  const redis = options.redis ?? new Redis(options.url as string, options.redisOptions ?? {});
  if (owned) {
    // An owned client must not crash the process on a connection error; commands still reject.
    redis.on('error', (error: Error) => {
      options.logger?.warn('callbridge: redis connection error', { error: error.message });
    });
  }
  const commandTimeoutMs = checkTimeout(
    'commandTimeoutMs',
    options.commandTimeoutMs,
    DEFAULT_COMMAND_TIMEOUT_MS,
  );
  const common = { prefix: options.prefix, logger: options.logger };
  const dedupe = new RedisDedupeStore({ redis, prefix: options.prefix, commandTimeoutMs });
  const broadcaster = new RedisBroadcaster({
    redis,
    commandTimeoutMs,
    subscriberPingMs: options.subscriberPingMs,
    ...common,
  });
  // BullMQ opens its own connections with the client's settings; it sets maxRetriesPerRequest to
  // null on the workers' blocking connections itself, while enqueue keeps the client's limit, so
  // a webhook enqueuing during an outage fails (503) instead of waiting for Redis to return.
  const jobs = new BullMQJobQueue({
    connection: { ...redis.options },
    queueName: options.queueName,
    closeTimeoutMs: commandTimeoutMs,
    defaultAttempts: options.defaultAttempts,
    defaultBackoff: options.defaultBackoff,
    enqueueTimeoutMs: options.enqueueTimeoutMs,
    lockDurationMs: options.lockDurationMs,
    stalledIntervalMs: options.stalledIntervalMs,
    maxStalledCount: options.maxStalledCount,
    ...common,
  });
  let closing: Promise<void> | null = null;
  return {
    dedupe,
    broadcaster,
    jobs,
    redis,
    close() {
      closing ??= (async () => {
        await jobs.close();
        await broadcaster.close();
        if (owned) await quitWithin(redis, commandTimeoutMs);
      })();
      return closing;
    },
  };
}
