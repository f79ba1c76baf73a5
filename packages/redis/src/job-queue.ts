import {
  type Backoff,
  CallbridgeError,
  type EnqueueOptions,
  type FailedJob,
  type JobHandler,
  type JobQueue,
  type Logger,
  type ProcessOptions,
  ShutdownError,
  silentLogger,
  storeUnavailable,
} from '@callbridge/core';
import { type Job as BullJob, type ConnectionOptions, type JobsOptions, Queue, Worker } from 'bullmq';
import { cut, failFastOnceEnded, putBack, settlesWithin } from './bullmq-close.js';
import { decodeJobId, encodeJobId, queueNameOf } from './job-ids.js';
import { JobNames } from './job-names.js';
import { ExhaustedHooks } from './job-queue-exhausted.js';
import {
  type BullMQJobQueueOptions,
  checkCount,
  checkQueueName,
  DEFAULT_MAX_STALLED,
  workerConnection,
} from './job-queue-options.js';
import { watchWorker } from './job-queue-worker-events.js';
import { normalizePrefix } from './keys.js';
import { checkInterval, checkTimeout, DEFAULT_COMMAND_TIMEOUT_MS, withTimeout } from './timeout.js';

export type { BullMQJobQueueOptions } from './job-queue-options.js';

/**
 * A {@link JobQueue} on BullMQ: background work shared by every instance.
 *
 * - One BullMQ queue per job name, so a worker only takes the jobs it has a handler for.
 * - `jobId` maps to BullMQ's job id: a second enqueue with the same id is ignored while the job
 *   waits, runs or sits in the failed list; a completed job is removed and frees its id.
 * - `attempts` (default 3) and `backoff` (default exponential from 1 s; `exponential` doubles
 *   `delayMs` each retry, `fixed` repeats it) map to BullMQ's own options; jobs that used every
 *   attempt are kept and listed by `failed()`.
 * - `close()` aborts the running jobs' `signal` with a `ShutdownError`, stops the workers (each
 *   waits for its running jobs), then the queues; once the handlers returned it waits at most
 *   `closeTimeoutMs` for Redis, then cuts the connections. A job that throws after `close()` aborted its
 *   signal was cut off by the shutdown, not failed: it goes back to the wait list without using
 *   up an attempt (even its last one), and the next instance runs it (BullMQ's `moveToWait` +
 *   `WaitingError`). When BullMQ cancels a running job, its signal aborts with BullMQ's reason
 *   instead (not a `ShutdownError`): that try counts as failed, as any other.
 * - `onExhausted` (an option of `process`) is called when a job lands in the failed list: its
 *   last try failed, or BullMQ failed it without running the handler again (it stalled more than
 *   `maxStalledCount` times). It runs in the one instance whose worker failed the job (BullMQ
 *   moves a job to the failed list once, holding its lock), so once per job across instances;
 *   at most once: an instance that dies between the move and the hook loses the call, and an
 *   error the hook throws is logged, never retried. `close()` waits for running hooks (at most
 *   `closeTimeoutMs` after the workers stopped); then no hook starts any more.
 */
export class BullMQJobQueue implements JobQueue {
  readonly #connection: ConnectionOptions;
  readonly #prefix: string;
  readonly #base: string;
  readonly #attempts: number;
  readonly #backoff: Backoff;
  readonly #lockDuration: number | undefined;
  readonly #stalledInterval: number | undefined;
  readonly #maxStalled: number;
  readonly #enqueueTimeout: number;
  readonly #closeTimeout: number;
  readonly #logger: Logger;
  readonly #queues = new Map<string, Queue>();
  readonly #workers = new Map<string, Worker>();
  /** The job names of every instance, for `failed()` without a name. */
  readonly #names: JobNames;
  /** The signals of the running handlers, aborted when close() starts so they can stop early. */
  readonly #running = new Set<AbortController>();
  /** The running handlers themselves (not BullMQ's bookkeeping after them): close() waits for these. */
  readonly #handlers = new Set<Promise<void>>();
  /** The running `onExhausted` hooks: close() waits for these too. */
  readonly #hooks: ExhaustedHooks;
  /**
   * The reason close() aborts the running handlers with; set when close() starts. A
   * ShutdownError, so handlers tell it from a BullMQ cancellation (an ordinary failed try).
   */
  #closing: ShutdownError | undefined;
  #closed = false;

  constructor(options: BullMQJobQueueOptions) {
    this.#connection = options.connection;
    this.#prefix = `${normalizePrefix(options.prefix)}bull`;
    this.#base = checkQueueName(options.queueName);
    this.#attempts = options.defaultAttempts ?? 3;
    this.#backoff = options.defaultBackoff ?? { type: 'exponential', delayMs: 1000 };
    this.#lockDuration = checkInterval('lockDurationMs', options.lockDurationMs);
    this.#stalledInterval = checkInterval('stalledIntervalMs', options.stalledIntervalMs);
    this.#maxStalled = checkCount('maxStalledCount', options.maxStalledCount, DEFAULT_MAX_STALLED);
    this.#enqueueTimeout = checkTimeout('enqueueTimeoutMs', options.enqueueTimeoutMs, 10_000);
    this.#closeTimeout = checkTimeout('closeTimeoutMs', options.closeTimeoutMs, DEFAULT_COMMAND_TIMEOUT_MS);
    this.#logger = options.logger ?? silentLogger;
    this.#hooks = new ExhaustedHooks(this.#logger);
    // A queue that holds no jobs; its connection keeps the set of job names.
    this.#names = new JobNames(() => this.#queueNamed('', this.#base), `${this.#prefix}:${this.#base}:names`);
  }

  /** The key prefix BullMQ uses (for tools such as Bull Board). */
  get bullPrefix(): string {
    return this.#prefix;
  }

  async enqueue<T>(name: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    this.#assertOpen();
    const backoff = options.backoff ?? this.#backoff;
    const jobOptions: JobsOptions = {
      attempts: Math.max(1, options.attempts ?? this.#attempts),
      backoff: { type: backoff.type, delay: backoff.delayMs },
      // A finished job frees its id (as in MemoryJobQueue); a failed one keeps it and stays listed.
      removeOnComplete: true,
      removeOnFail: false,
    };
    if (options.jobId !== undefined) jobOptions.jobId = encodeJobId(options.jobId);
    if (options.delayMs !== undefined && options.delayMs > 0) jobOptions.delay = options.delayMs;
    const queue = this.#queue(name);
    try {
      await withTimeout(
        (async () => {
          await this.#names.remember(name);
          await queue.add(name, data, jobOptions);
        })(),
        this.#enqueueTimeout,
        'Redis (accepting the job)',
      );
    } catch (error) {
      throw storeUnavailable('The BullMQ job queue', error);
    }
  }

  process<T>(name: string, handler: JobHandler<T>, options: ProcessOptions = {}): void {
    this.#assertOpen();
    if (this.#workers.has(name)) {
      throw new CallbridgeError('configuration_error', `A handler for job "${name}" is already registered.`, {
        hint: 'Register one handler per job name; dispatch inside it if several steps share a name.',
      });
    }
    this.#queue(name);
    this.#names.remember(name).catch((error: unknown) => {
      this.#logger.warn('callbridge: could not record a job name', { name, error: String(error) });
    });
    const worker = new Worker(
      queueNameOf(this.#base, name),
      async (job: BullJob, token?: string, cancelled?: AbortSignal) => {
        // The handler's own signal: aborted when this queue closes (with a ShutdownError: the try
        // does not count) or when BullMQ cancels the job (with BullMQ's reason: the try counts).
        const controller = new AbortController();
        const cancel = () => controller.abort(cancelled?.reason);
        if (cancelled?.aborted) cancel();
        else cancelled?.addEventListener('abort', cancel, { once: true });
        // A job fetched while close() runs starts with its signal already aborted.
        if (this.#closing) controller.abort(this.#closing);
        this.#running.add(controller);
        const running = (async () =>
          handler({
            id: decodeJobId(job.id),
            name,
            data: job.data as T,
            attempt: job.attemptsMade + 1,
            signal: controller.signal,
          }))();
        const settled: Promise<void> = running
          .then(
            () => undefined,
            () => undefined,
          )
          .then(() => {
            this.#handlers.delete(settled);
          });
        this.#handlers.add(settled);
        try {
          await running;
        } catch (error) {
          if (this.#closing && controller.signal.reason === this.#closing) {
            await putBack(job, token, name, this.#logger);
          }
          throw error;
        } finally {
          this.#running.delete(controller);
          cancelled?.removeEventListener('abort', cancel);
        }
      },
      {
        connection: workerConnection(this.#connection),
        prefix: this.#prefix,
        concurrency: Math.max(1, options.concurrency ?? 1),
        maxStalledCount: this.#maxStalled,
        ...(this.#lockDuration !== undefined ? { lockDuration: this.#lockDuration } : {}),
        ...(this.#stalledInterval !== undefined ? { stalledInterval: this.#stalledInterval } : {}),
      },
    );
    watchWorker(worker, {
      name,
      logger: this.#logger,
      maxStalled: this.#maxStalled,
      hooks: this.#hooks,
      onExhausted: options.onExhausted,
    });
    this.#workers.set(name, worker);
  }

  async failed(name?: string): Promise<FailedJob[]> {
    this.#assertOpen();
    const out: FailedJob[] = [];
    try {
      const names = name !== undefined ? [name] : await this.#names.all();
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
    this.#closing = new ShutdownError('The BullMQ job queue is closing.');
    const workers = [...this.#workers.values()];
    const queues = [...this.#queues.values()];
    // Before anything can fail: a connection ioredis ended would make BullMQ spin (see there).
    for (const owner of [...workers, ...queues]) failFastOnceEnded(owner);
    // Workers first: a closing worker fetches no further job once a cut-off one is put back.
    const graceful = (async () => {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(queues.map((q) => q.close()));
    })();
    graceful.catch((error: unknown) => {
      this.#logger.warn('callbridge: BullMQ did not close cleanly', { error: String(error) });
    });
    for (const controller of this.#running) controller.abort(this.#closing);
    // The handlers are waited for as long as they run; a job fetched meanwhile is waited for too.
    while (this.#handlers.size > 0) await Promise.all([...this.#handlers]);
    // What follows them needs Redis: recording each outcome, QUIT on every connection.
    if (!(await settlesWithin(graceful, this.#closeTimeout))) {
      this.#logger.warn(
        'callbridge: Redis did not answer while the job queue closed; cutting its connections',
        {
          timeoutMs: this.#closeTimeout,
        },
      );
      for (const owner of [...workers, ...queues]) cut(owner);
      await settlesWithin(graceful, this.#closeTimeout);
    }
    // A job that failed for good while the workers stopped: its hook records that end.
    await this.#hooks.settle(this.#closeTimeout);
    this.#workers.clear();
    this.#queues.clear();
  }

  #queue(name: string): Queue {
    return this.#queueNamed(name, queueNameOf(this.#base, name));
  }

  #queueNamed(name: string, queueName: string): Queue {
    let queue = this.#queues.get(queueName);
    if (!queue) {
      // Once closed, a queue opened now (failed() reaching its next name) would never be closed.
      this.#assertOpen();
      queue = new Queue(queueName, { connection: this.#connection, prefix: this.#prefix });
      queue.on('error', (error: Error) => {
        this.#logger.warn('callbridge: BullMQ queue error', { name, error: error.message });
      });
      this.#queues.set(queueName, queue);
    }
    return queue;
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new CallbridgeError('store_unavailable', 'This BullMQJobQueue is closed.', {
        hint: 'Enqueue jobs before calling close(), or create a new queue (or bridge).',
      });
    }
  }
}
