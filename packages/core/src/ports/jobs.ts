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
   * shutdown; the handler should then throw, and a durable queue runs the job again later.
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
  /** Jobs that used every attempt. */
  failed(name?: string): Promise<FailedJob[]>;
  /** Stops taking jobs and waits for running ones. */
  close(): Promise<void>;
}
