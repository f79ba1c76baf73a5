import { CallbridgeError } from '../errors.js';

export interface Backoff {
  type: 'exponential' | 'fixed';
  /** Base delay; exponential doubles it each attempt. */
  delayMs: number;
}

export interface EnqueueOptions {
  /** Jobs with the same id are enqueued once (while the first is kept). */
  jobId?: string;
  delayMs?: number;
  /** Total tries including the first. Default 3. */
  attempts?: number;
  backoff?: Backoff;
}

export interface Job<T = unknown> {
  id: string;
  name: string;
  data: T;
  /** 1 on the first try. */
  attempt: number;
  /**
   * Aborts when the queue closes (`close()`), so long work can stop instead of holding the
   * shutdown; the handler should then throw. `close()` aborts it with a {@link ShutdownError}
   * (`isShutdownReason(signal.reason)` is true): a try cut off this way is not the job's failure:
   * it uses up no attempt (not even the last one), is never listed in `failed()`, and a durable
   * queue runs the job again later under the same id. A queue may also abort it for the job alone
   * (a cancellation, a time limit of its own), with any other reason: that try is an ordinary
   * failure, it uses up an attempt, and the last one fails the job.
   * Optional: a queue that cannot tell its handlers leaves it out.
   */
  signal?: AbortSignal;
}

export type JobHandler<T = unknown> = (job: Job<T>) => Promise<void>;

/** A job the queue gave up on: listed by `JobQueue.failed()`, passed to `onExhausted`. */
export interface FailedJob {
  id: string;
  name: string;
  data: unknown;
  attempts: number;
  error: string;
}

/** What `JobQueue.process` takes besides the handler. */
export interface ProcessOptions {
  /** Jobs of this name run at once in this process. Default 1. */
  concurrency?: number;
  /**
   * Called when the queue gives up on a job for good, whatever the reason: it used every attempt
   * (its handler threw on the last try) or the queue failed it itself without running the
   * handler again (BullMQ: it stalled more than `maxStalledCount` times, its instance killed
   * while running it). It gets the job as `failed()` lists it, once per job that lands in
   * `failed()`; never for a try that `close()` cut off (that try does not count), nor for a try
   * that will be retried. Errors it throws (or rejects with) are logged by the queue, never
   * retried: keep it short and idempotent (the last try's handler may have recorded the failure
   * already). A durable queue calls it in the one process that failed the job, and at most once:
   * a process that dies between failing the job and the hook loses that call.
   * Optional in the type, so a queue written before it still compiles and runs the bridge: the
   * bridge's handlers still record a failure on their last try, and this hook adds the ends no
   * handler sees (`jobQueueConformance` checks that a queue calls it).
   */
  onExhausted?: (job: FailedJob) => Promise<void> | void;
}

/** Background work with retries. Implementations: in-memory (core), BullMQ (@callbridge/redis). */
export interface JobQueue {
  enqueue<T>(name: string, data: T, options?: EnqueueOptions): Promise<void>;
  /** Registers the handler for `name` and starts processing. One handler per name. */
  process<T>(name: string, handler: JobHandler<T>, options?: ProcessOptions): void;
  /** Jobs that used every attempt (a try cut off by `close()` does not count). */
  failed(name?: string): Promise<FailedJob[]>;
  /**
   * Stops taking jobs, aborts the running ones' `signal` with a {@link ShutdownError} and waits
   * for them.
   */
  close(): Promise<void>;
}

/** Marks a {@link ShutdownError}, also one made by another copy of this package. */
const SHUTDOWN = Symbol.for('callbridge.jobs.shutdown');

/**
 * The reason a queue's `close()` aborts its running jobs' `signal` with: the process is shutting
 * down, so the try that it cuts off does not count. Abort a job for any other cause (a
 * cancellation, a time limit) with another reason: that try counts as failed.
 */
export class ShutdownError extends CallbridgeError {
  readonly [SHUTDOWN] = true;

  constructor(message = 'The job queue is closing.') {
    super('store_unavailable', message, {
      hint: 'Stop the work and throw: the try does not count, and a durable queue runs the job again after a restart.',
    });
  }
}

/**
 * True when `reason` (a job's `signal.reason`) says the queue is closing, so the try that it cut
 * off does not count; false for any other reason (a cancellation, a time limit) and for a signal
 * that did not abort (`undefined`).
 */
export function isShutdownReason(reason: unknown): reason is ShutdownError {
  return (
    typeof reason === 'object' && reason !== null && (reason as { [SHUTDOWN]?: unknown })[SHUTDOWN] === true
  );
}
