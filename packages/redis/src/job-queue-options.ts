import { type Backoff, CallbridgeError, type Logger } from '@callbridge/core';
import type { ConnectionOptions } from 'bullmq';

/** Options of `BullMQJobQueue`. */
export interface BullMQJobQueueOptions {
  /**
   * Redis connection options (BullMQ opens and closes its own connections) or an ioredis client
   * (shared by the queues; workers still open one blocking connection each). `close()` leaves
   * that client open, also when Redis does not answer and its own connections are cut.
   */
  connection: ConnectionOptions;
  /** Tries per job when `enqueue` does not say. Default 3. */
  defaultAttempts?: number;
  /** Backoff when `enqueue` does not say. Default exponential from 1 000 ms. */
  defaultBackoff?: Backoff;
  /** Key prefix; BullMQ keys live under `<prefix>bull:`. Default `callbridge:`. */
  prefix?: string;
  /** Base name of the queues; each job name gets its own queue `<queueName>-<name>`. Default `callbridge`. */
  queueName?: string;
  /**
   * Longest wait for Redis to accept a job before `enqueue` rejects with `store_unavailable`
   * (a webhook answers 503 instead of hanging while Redis is unreachable). Default 10 000 ms;
   * `Infinity` waits as long as ioredis does.
   */
  enqueueTimeoutMs?: number;
  /**
   * Worker lock duration (ms): a running job's lock is renewed every half of it, and a job whose
   * lock expired (its instance was killed, or lost Redis) is stalled. BullMQ default 30 s.
   */
  lockDurationMs?: number;
  /**
   * How often (ms) each worker looks for stalled jobs and puts them back in the wait list.
   * A stalled job runs again within about twice this after its lock expired. BullMQ default 30 s.
   */
  stalledIntervalMs?: number;
  /**
   * How many times a job may stall (its instance killed while running it, or cut off from Redis)
   * and still run again; one more stall fails it for good, listed by `failed()`. A stall does not
   * use up an attempt. Default 10 (BullMQ's own is 1: a job met by two kills, say a rolling
   * deploy that did not wait for it, failed); a job that crashes its process every time still
   * stops after that many.
   */
  maxStalledCount?: number;
  /**
   * Longest wait (ms) on `close()`, once the running handlers returned, for BullMQ to record
   * their outcome and close its connections; past it the connections are cut, so a hung or
   * unreachable Redis never holds the shutdown (a job whose outcome was not recorded runs again
   * once its lock expires, as after a crash). Default 5 000.
   */
  closeTimeoutMs?: number;
  logger?: Logger;
}

/** The `queueName` option, default "callbridge"; refused when it has a ":" (BullMQ's separator). */
export function checkQueueName(queueName: string | undefined): string {
  const base = queueName ?? 'callbridge';
  if (base.includes(':')) {
    throw new CallbridgeError(
      'configuration_error',
      `BullMQ queue names cannot contain ":" (got "${base}").`,
      {
        hint: 'Pick a queueName without colons, e.g. "callbridge".',
      },
    );
  }
  return base;
}

/** Default of `maxStalledCount`. */
export const DEFAULT_MAX_STALLED = 10;

/** Checks a count option: a whole number, 0 or more. */
export function checkCount(name: string, value: number | undefined, fallback: number): number {
  const count = value ?? fallback;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new CallbridgeError(
      'configuration_error',
      `${name} must be a whole number, 0 or more, got ${count}.`,
      {
        hint: `Pass ${name} such as ${fallback}.`,
      },
    );
  }
  return count;
}

/**
 * A worker's connection settings: BullMQ's blocking worker connections need
 * `maxRetriesPerRequest: null` (it warns and sets it otherwise). A client instance is passed as is.
 */
export function workerConnection(connection: ConnectionOptions): ConnectionOptions {
  if (typeof (connection as { duplicate?: unknown }).duplicate === 'function') return connection;
  return { ...(connection as object), maxRetriesPerRequest: null } as ConnectionOptions;
}
