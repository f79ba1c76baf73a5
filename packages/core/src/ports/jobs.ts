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
   * shutdown; the handler should then throw. A try cut off this way is not the job's failure: it
   * uses up no attempt (not even the last one), is never listed in `failed()`, and a durable
   * queue runs the job again later under the same id.
   * Optional: a queue that cannot tell its handlers leaves it out.
   */
  signal?: AbortSignal;
}

export type JobHandler<T = unknown> = (job: Job<T>) => Promise<void>;

export interface FailedJob {
  id: string;
  name: string;
  data: unknown;
  attempts: number;
  error: string;
}

/** Background work with retries. Implementations: in-memory (core), BullMQ (@callbridge/redis). */
export interface JobQueue {
  enqueue<T>(name: string, data: T, options?: EnqueueOptions): Promise<void>;
  /** Registers the handler for `name` and starts processing. One handler per name. */
  process<T>(name: string, handler: JobHandler<T>, options?: { concurrency?: number }): void;
  /** Jobs that used every attempt (a try cut off by `close()` does not count). */
  failed(name?: string): Promise<FailedJob[]>;
  /** Stops taking jobs, aborts the running ones' `signal` and waits for them. */
  close(): Promise<void>;
}
