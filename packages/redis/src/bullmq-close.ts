import type { Logger } from '@callbridge/core';
import { type Job as BullJob, type Queue, WaitingError, type Worker } from 'bullmq';
import { decodeJobId } from './job-ids.js';

// How BullMQJobQueue.close() keeps BullMQ from holding the shutdown when Redis cannot answer.
//
// BullMQ (worker.js, `retryIfFailed`) retries the recording of a job's outcome for as long as it
// fails with a connection error ("Connection is closed.", ECONNREFUSED), and once its worker is
// closing it retries at once, without a pause. The retries then run on already settled promises
// only, so no timer fires any more: neither close()'s own deadline nor anything else in the
// process. The commands of the clients below are therefore made to fail with an error that is not
// a connection error, which BullMQ gives up on at once.

/** True once `promise` settled (fulfilled or rejected), false when `ms` passed first. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.min(ms, 2_147_483_647));
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** A command as ioredis hands it to `sendCommand`. */
interface Command {
  reject(error: Error): void;
  promise: Promise<unknown>;
}

/** The parts of an ioredis client used here. */
interface Client {
  status: string;
  sendCommand(command: Command, stream?: unknown): Promise<unknown>;
  flushQueue?(error: Error): void;
  disconnect(): void;
}

/** A BullMQ connection: its ioredis client, and whether that client is the caller's (shared). */
interface Connection {
  _client?: Client;
  extraOptions?: { shared?: boolean };
}

/**
 * The ioredis clients of a BullMQ worker or queue. The pinned BullMQ keeps them in
 * `connection._client` and, for a worker, `blockingConnection._client`; a client passed as
 * `connection` is shared (`extraOptions.shared`): it stays its owner's, open.
 */
function clientsOf(owner: Worker | Queue, { shared }: { shared: boolean }): Client[] {
  const parts = owner as unknown as { connection?: Connection; blockingConnection?: Connection };
  const clients: Client[] = [];
  for (const connection of [parts.connection, parts.blockingConnection]) {
    if (!connection?._client) continue;
    if (connection.extraOptions?.shared && !shared) continue;
    clients.push(connection._client);
  }
  return clients;
}

/** Rejects `command` with an error BullMQ does not take for a connection error. */
function refuse(command: Command, why: string): Promise<unknown> {
  command.reject(new Error(`callbridge: ${why}`));
  return command.promise;
}

/**
 * From now on, a command on a client that ioredis ended (a `retryStrategy` that stopped
 * retrying ends it: every command then fails at once with "Connection is closed.") fails with an
 * error that is not a connection error, so BullMQ does not spin on it while its worker closes.
 * Commands on a live client are sent as before.
 */
export function failFastOnceEnded(owner: Worker | Queue): void {
  for (const client of clientsOf(owner, { shared: true })) {
    const send = client.sendCommand.bind(client);
    client.sendCommand = (command, stream) =>
      client.status === 'end'
        ? refuse(command, 'the job queue closed on a Redis connection that ioredis had ended.')
        : send(command, stream);
  }
}

/**
 * Cuts the ioredis clients of a BullMQ worker or queue off Redis. BullMQ's own `disconnect()`
 * first waits for the connection to be ready, which never happens while Redis hangs or is down,
 * so the clients are reached directly. Their pending and later commands fail with an error that
 * is not a connection error (see the top of this file). A client the caller passed is left open
 * and working: BullMQ's commands still waiting on it fail once its owner closes it, through
 * {@link failFastOnceEnded}.
 */
export function cut(owner: Worker | Queue): void {
  const why = 'the job queue was closed without Redis answering.';
  for (const client of clientsOf(owner, { shared: false })) {
    client.sendCommand = (command) => refuse(command, why);
    try {
      client.flushQueue?.(new Error(`callbridge: ${why}`));
      client.disconnect();
    } catch {
      // already ended
    }
  }
}

/**
 * Moves a job that close() cut off back to the wait list, its attempt not counted, and throws
 * BullMQ's `WaitingError` so the worker neither fails nor completes it. When Redis refuses the
 * move, it returns and the caller rethrows the handler's error: the try then counts as failed.
 */
export async function putBack(
  job: BullJob,
  token: string | undefined,
  name: string,
  logger: Logger,
): Promise<void> {
  const jobId = decodeJobId(job.id);
  try {
    await job.moveToWait(token);
  } catch (moveError) {
    logger.warn('callbridge: could not put an interrupted job back in the queue', {
      name,
      jobId,
      error: String(moveError),
    });
    return;
  }
  logger.info('callbridge: job interrupted by close(), back in the queue', {
    name,
    jobId,
    attempt: job.attemptsMade + 1,
  });
  throw new WaitingError();
}
