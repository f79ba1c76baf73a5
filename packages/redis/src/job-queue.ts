import {
  CallbridgeError,
  type EnqueueOptions,
  type FailedJob,
  type JobHandler,
  type JobQueue,
  type Logger,
  silentLogger,
  storeUnavailable,
} from '@callbridge/core';
import { type Job as BullJob, type ConnectionOptions, type JobsOptions, Queue, Worker } from 'bullmq';
import { decodeJobId, encodeJobId, queueNameOf } from './job-ids.js';
import { normalizePrefix } from './keys.js';

/** Options of {@link BullMQJobQueue}. */
export interface BullMQJobQueueOptions {
  /**
   * Redis connection options (BullMQ opens and closes its own connections) or an ioredis client
   * (shared by the queues; workers still open one blocking connection each).
   */
  connection: ConnectionOptions;
  /** Key prefix; BullMQ keys live under `<prefix>bull:`. Default `callbridge:`. */
  prefix?: string;
  /** Base name of the queues; each job name gets its own queue `<queueName>-<name>`. Default `callbridge`. */
  queueName?: string;
  /** Completed jobs kept per job name (so a finished job id still dedupes for a while). Default 1000. */
  keepCompleted?: number;
  /** Worker lock duration (ms) before a running job is considered stalled. BullMQ default 30 s. */
  lockDurationMs?: number;
  logger?: Logger;
}

const DEFAULT_ATTEMPTS = 3;

/**
 * A {@link JobQueue} on BullMQ: background work shared by every instance.
 *
 * - One BullMQ queue per job name, so a worker only takes the jobs it has a handler for.
 * - `jobId` maps to BullMQ's job id: a second enqueue with the same id is ignored while the job
 *   is kept (waiting, delayed, active, failed, or among the last `keepCompleted` completed).
 * - `attempts` (default 3) and `backoff` (`exponential` doubles `delayMs` each retry, `fixed`
 *   repeats it) map to BullMQ's own options; jobs that used every attempt are kept and listed by
 *   `failed()`.
 * - `close()` stops the workers first (each waits for its running jobs), then the queues.
 */
export class BullMQJobQueue implements JobQueue {
  readonly #connection: ConnectionOptions;
  readonly #prefix: string;
  readonly #base: string;
  readonly #keepCompleted: number;
  readonly #lockDuration: number | undefined;
  readonly #logger: Logger;
  readonly #queues = new Map<string, Queue>();
  readonly #workers = new Map<string, Worker>();
  readonly #knownNames = new Set<string>();
  #closed = false;

  constructor(options: BullMQJobQueueOptions) {
    this.#connection = options.connection;
    this.#prefix = `${normalizePrefix(options.prefix)}bull`;
    this.#base = options.queueName ?? 'callbridge';
    if (this.#base.includes(':')) {
      throw new CallbridgeError(
        'configuration_error',
        `BullMQ queue names cannot contain ":" (got "${this.#base}").`,
        {
          hint: 'Pick a queueName without colons, e.g. "callbridge".',
        },
      );
    }
    this.#keepCompleted = options.keepCompleted ?? 1000;
    this.#lockDuration = options.lockDurationMs;
    this.#logger = options.logger ?? silentLogger;
  }

  /** The key prefix BullMQ uses (for tools such as Bull Board). */
  get bullPrefix(): string {
    return this.#prefix;
  }

  async enqueue<T>(name: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    this.#assertOpen();
    const jobOptions: JobsOptions = {
      attempts: Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS),
      removeOnComplete: { count: this.#keepCompleted },
      removeOnFail: false,
    };
    if (options.jobId !== undefined) jobOptions.jobId = encodeJobId(options.jobId);
    if (options.delayMs !== undefined && options.delayMs > 0) jobOptions.delay = options.delayMs;
    if (options.backoff) jobOptions.backoff = { type: options.backoff.type, delay: options.backoff.delayMs };
    const queue = this.#queue(name);
    try {
      await this.#remember(name);
      await queue.add(name, data, jobOptions);
    } catch (error) {
      throw storeUnavailable('The BullMQ job queue', error);
    }
  }

  process<T>(name: string, handler: JobHandler<T>, options: { concurrency?: number } = {}): void {
    this.#assertOpen();
    if (this.#workers.has(name)) {
      throw new CallbridgeError('configuration_error', `A handler for job "${name}" is already registered.`, {
        hint: 'Register one handler per job name; dispatch inside it if several steps share a name.',
      });
    }
    this.#queue(name);
    this.#remember(name).catch((error: unknown) => {
      this.#logger.warn('callbridge: could not record a job name', { name, error: String(error) });
    });
    const worker = new Worker(
      queueNameOf(this.#base, name),
      async (job: BullJob) => {
        await handler({ id: decodeJobId(job.id), name, data: job.data as T, attempt: job.attemptsMade + 1 });
      },
      {
        connection: this.#connection,
        prefix: this.#prefix,
        concurrency: Math.max(1, options.concurrency ?? 1),
        ...(this.#lockDuration !== undefined ? { lockDuration: this.#lockDuration } : {}),
      },
    );
    worker.on('error', (error: Error) => {
      this.#logger.warn('callbridge: BullMQ worker error', { name, error: error.message });
    });
    worker.on('failed', (job: BullJob | undefined, error: Error) => {
      this.#logger.warn('callbridge: job attempt failed', {
        name,
        jobId: decodeJobId(job?.id),
        attempt: job ? job.attemptsMade : null,
        error: error.message,
      });
    });
    this.#workers.set(name, worker);
  }

  async failed(name?: string): Promise<FailedJob[]> {
    this.#assertOpen();
    const names = name !== undefined ? [name] : await this.#allNames();
    const out: FailedJob[] = [];
    try {
      for (const n of names) {
        const jobs = await this.#queue(n).getFailed();
        for (const job of jobs) {
          if (!job) continue;
          out.push({
            id: decodeJobId(job.id),
            name: n,
            data: job.data,
            attempts: job.attemptsMade,
            error: job.failedReason ?? '',
          });
        }
      }
    } catch (error) {
      throw storeUnavailable('The BullMQ job queue', error);
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#workers.values()].map((w) => w.close()));
    await Promise.all([...this.#queues.values()].map((q) => q.close()));
    this.#workers.clear();
    this.#queues.clear();
  }

  /** A queue that holds no jobs; its connection keeps the set of job names. */
  #meta(): Queue {
    return this.#queueNamed('', this.#base);
  }

  #queue(name: string): Queue {
    return this.#queueNamed(name, queueNameOf(this.#base, name));
  }

  #queueNamed(name: string, queueName: string): Queue {
    let queue = this.#queues.get(queueName);
    if (!queue) {
      queue = new Queue(queueName, { connection: this.#connection, prefix: this.#prefix });
      queue.on('error', (error: Error) => {
        this.#logger.warn('callbridge: BullMQ queue error', { name, error: error.message });
      });
      this.#queues.set(queueName, queue);
    }
    return queue;
  }

  /** Records the job name in Redis so `failed()` without a name finds jobs of every instance. */
  async #remember(name: string): Promise<void> {
    if (this.#knownNames.has(name)) return;
    const client = await this.#meta().client;
    await client.hset(this.#namesKey(), { [name]: '1' });
    this.#knownNames.add(name);
  }

  async #allNames(): Promise<string[]> {
    try {
      const client = await this.#meta().client;
      const names = await client.hgetall(this.#namesKey());
      return Object.keys(names).sort();
    } catch (error) {
      throw storeUnavailable('The BullMQ job queue', error);
    }
  }

  #namesKey(): string {
    return `${this.#prefix}:${this.#base}:names`;
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new CallbridgeError('configuration_error', 'This BullMQJobQueue is closed.', {
        hint: 'Create a new queue (or bridge) after close().',
      });
    }
  }
}
