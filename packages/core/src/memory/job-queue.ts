import { CallbridgeError } from '../errors.js';
import {
  type Backoff,
  type EnqueueOptions,
  type FailedJob,
  type JobHandler,
  type JobQueue,
  type ProcessOptions,
  ShutdownError,
} from '../ports/jobs.js';
import type { Logger } from '../ports/logger.js';

/** Options of `MemoryJobQueue`. */
export interface MemoryJobQueueOptions {
  /** Tries per job when `enqueue` does not say. Default 3. */
  defaultAttempts?: number;
  /** Backoff when `enqueue` does not say. Default exponential from 1 000 ms. */
  defaultBackoff?: Backoff;
  /**
   * Warned once per job name when a job queued for that name still waits after `waitingWarningMs`
   * with nothing to process it (the bridge registers its processors in `start()`); also told of
   * an error an `onExhausted` hook threw.
   */
  logger?: Logger;
  /**
   * How long a job may wait for its processor before the logger hears of it. Default 5 000 ms, so
   * a webhook served just before `bridge.start()` finishes raises no warning. `Infinity` (or
   * anything longer than a timer can wait, about 24.8 days) never warns; 0 or less warns at once;
   * `NaN` is the default.
   */
  waitingWarningMs?: number;
}

/** Default of {@link MemoryJobQueueOptions.waitingWarningMs}. */
const WAITING_WARNING_MS = 5000;
/** The longest delay `setTimeout` keeps (2^31 - 1 ms); a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface QueuedJob {
  id: string;
  name: string;
  data: unknown;
  attempt: number;
  attempts: number;
  backoff: Backoff;
}

interface NamedQueue {
  handler: JobHandler<unknown> | null;
  onExhausted: ProcessOptions['onExhausted'];
  concurrency: number;
  running: number;
  waiting: QueuedJob[];
}

/** Delay before try `attempt + 1` after try `attempt` failed. */
export function backoffDelay(backoff: Backoff, attempt: number): number {
  return backoff.type === 'fixed' ? backoff.delayMs : backoff.delayMs * 2 ** (attempt - 1);
}

/**
 * `JobQueue` in process memory, driven by `setTimeout` only. A job id stays taken while the job
 * waits, runs or sits in the failed list; `close` stops taking jobs, drops waiting ones, aborts
 * the `signal` of the running ones with a `ShutdownError` and resolves once they finished. A
 * running job that throws once `close` started was cut off, not failed: it is dropped like the
 * waiting ones, never listed in `failed()`, even on its last attempt. A job that used every
 * attempt is listed in `failed()`, then handed to the `onExhausted` hook of `process` (awaited,
 * so `close()` waits for it too). Jobs are lost with the process: use a durable queue
 * (BullMQ in @callbridge/redis) when several instances run.
 */
export class MemoryJobQueue implements JobQueue {
  readonly #queues = new Map<string, NamedQueue>();
  readonly #ids = new Set<string>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #running = new Set<Promise<void>>();
  readonly #failed: FailedJob[] = [];
  /**
   * One controller per running job, aborted by `close()`: each job's `signal` is its own, so a
   * busy queue never piles listeners on one shared signal.
   */
  readonly #controllers = new Set<AbortController>();
  readonly #attempts: number;
  readonly #backoff: Backoff;
  readonly #logger: Logger | undefined;
  /** Job names already warned about (or with a warning due) for having no processor. */
  readonly #warned = new Set<string>();
  readonly #waitingWarningMs: number;
  #closed = false;

  constructor(options: MemoryJobQueueOptions = {}) {
    this.#attempts = options.defaultAttempts ?? 3;
    this.#backoff = options.defaultBackoff ?? { type: 'exponential', delayMs: 1000 };
    this.#logger = options.logger;
    // NaN (a number read from an unset variable) is no delay: the default, rather than silence.
    const waiting = options.waitingWarningMs;
    this.#waitingWarningMs = waiting === undefined || Number.isNaN(waiting) ? WAITING_WARNING_MS : waiting;
  }

  async enqueue<T>(name: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    if (this.#closed) {
      throw new CallbridgeError('store_unavailable', 'The job queue is closed.', {
        hint: 'Enqueue jobs before calling close(), or create a new queue.',
      });
    }
    const id = options.jobId ?? crypto.randomUUID();
    if (this.#ids.has(id)) return;
    this.#ids.add(id);
    const job: QueuedJob = {
      id,
      name,
      data: structuredClone(data),
      attempt: 1,
      attempts: Math.max(1, options.attempts ?? this.#attempts),
      backoff: options.backoff ?? this.#backoff,
    };
    if (this.#logger && !this.#queues.get(name)?.handler && !this.#warned.has(name)) {
      this.#warned.add(name);
      this.#warnIfStillWaiting(name, this.#logger);
    }
    this.#schedule(job, options.delayMs ?? 0);
  }

  process<T>(name: string, handler: JobHandler<T>, options: ProcessOptions = {}): void {
    const queue = this.#queue(name);
    if (queue.handler) {
      throw new CallbridgeError('configuration_error', `A handler for job "${name}" is already registered.`, {
        hint: 'Register one handler per job name.',
      });
    }
    queue.handler = handler as JobHandler<unknown>;
    queue.onExhausted = options.onExhausted;
    queue.concurrency = Math.max(1, options.concurrency ?? 1);
    this.#pump(name);
  }

  async failed(name?: string): Promise<FailedJob[]> {
    return this.#failed
      .filter((job) => name === undefined || job.name === name)
      .map((job) => structuredClone(job));
  }

  async close(): Promise<void> {
    this.#closed = true;
    // A ShutdownError, so a handler can tell the shutdown from a failure (isShutdownReason).
    const reason = new ShutdownError();
    for (const controller of this.#controllers) controller.abort(reason);
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const queue of this.#queues.values()) queue.waiting.length = 0;
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  /** Tells the `onExhausted` hook (a copy of the job, as `failed()` gives); logs what it throws. */
  async #exhausted(queue: NamedQueue, job: FailedJob): Promise<void> {
    if (!queue.onExhausted) return;
    try {
      await queue.onExhausted(structuredClone(job));
    } catch (error) {
      this.#logger?.error('job failed for good and its onExhausted hook threw', {
        name: job.name,
        jobId: job.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  #queue(name: string): NamedQueue {
    let queue = this.#queues.get(name);
    if (!queue) {
      queue = { handler: null, onExhausted: undefined, concurrency: 1, running: 0, waiting: [] };
      this.#queues.set(name, queue);
    }
    return queue;
  }

  /** Warns once `waitingWarningMs` passed, unless a processor for `name` came (or the queue closed). */
  #warnIfStillWaiting(name: string, logger: Logger): void {
    if (this.#waitingWarningMs > MAX_TIMER_MS) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (this.#closed || this.#queues.get(name)?.handler) return;
      logger.warn(`job "${name}" is waiting: nothing processes it in this process yet`, {
        hint: 'Call `await bridge.start()` once at startup: it registers the background job processors (recording download, AI).',
      });
    }, this.#waitingWarningMs);
    // Never what keeps a process alive (Node timers have unref; others need not).
    (timer as { unref?: () => void }).unref?.();
    this.#timers.add(timer);
  }

  #schedule(job: QueuedJob, delayMs: number): void {
    if (delayMs <= 0) {
      this.#queue(job.name).waiting.push(job);
      this.#pump(job.name);
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#schedule(job, 0);
    }, delayMs);
    (timer as { unref?: () => void }).unref?.();
    this.#timers.add(timer);
  }

  #pump(name: string): void {
    const queue = this.#queue(name);
    while (!this.#closed && queue.handler && queue.running < queue.concurrency) {
      const job = queue.waiting.shift();
      if (!job) return;
      this.#run(queue, queue.handler, job);
    }
  }

  #run(queue: NamedQueue, handler: JobHandler<unknown>, job: QueuedJob): void {
    queue.running++;
    const controller = new AbortController();
    this.#controllers.add(controller);
    const run: Promise<void> = Promise.resolve().then(async () => {
      try {
        await handler({
          id: job.id,
          name: job.name,
          data: job.data,
          attempt: job.attempt,
          signal: controller.signal,
        });
        this.#ids.delete(job.id);
      } catch (error) {
        if (this.#closed) {
          // Cut off by close(): not the job's failure, so no attempt is used up and it is not
          // listed in failed(); it goes with the waiting jobs (a durable queue keeps it).
          this.#ids.delete(job.id);
        } else if (job.attempt < job.attempts) {
          this.#schedule({ ...job, attempt: job.attempt + 1 }, backoffDelay(job.backoff, job.attempt));
        } else {
          const message = error instanceof Error ? error.message : String(error);
          const failed: FailedJob = {
            id: job.id,
            name: job.name,
            data: job.data,
            attempts: job.attempt,
            error: message,
          };
          this.#failed.push(failed);
          await this.#exhausted(queue, failed);
        }
      } finally {
        queue.running--;
        this.#controllers.delete(controller);
        this.#running.delete(run);
        this.#pump(job.name);
      }
    });
    this.#running.add(run);
  }
}
