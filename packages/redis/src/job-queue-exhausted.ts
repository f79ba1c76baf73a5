import type { FailedJob, Logger, ProcessOptions } from '@callbridge/core';
import type { Job as BullJob } from 'bullmq';
import { settlesWithin } from './bullmq-close.js';
import { decodeJobId } from './job-ids.js';

/** The reason BullMQ fails a job with once it stalled more than `maxStalledCount` times. */
export const STALL_LIMIT_REASON = 'job stalled more than allowable limit';

/** The `onExhausted` hook of `JobQueue.process`. */
export type ExhaustedHook = NonNullable<ProcessOptions['onExhausted']>;

/**
 * True when BullMQ's `failed` event ends the job for good (it is now in the failed list): its
 * attempts are used up, or BullMQ failed it as unrecoverable (the stall limit, a deferred
 * failure). Else it is retried. Read after `moveToFailed`, which counts the try.
 */
export function failedForGood(job: BullJob, error: Error): boolean {
  if (error.name === 'UnrecoverableError' || error.message === STALL_LIMIT_REASON) return true;
  return job.attemptsMade >= Math.max(1, job.opts.attempts ?? 1);
}

/** Runs the `onExhausted` hooks of one queue: logs what they throw, and lets close() wait. */
export class ExhaustedHooks {
  readonly #running = new Set<Promise<void>>();
  /** Set by `settle()`: the queue closed, so no hook starts any more. */
  #settled = false;

  constructor(private readonly logger: Logger) {}

  /**
   * Calls `hook` with the job as `failed()` lists it; never throws. Once `settle()` was called
   * (the queue closed: its caller may close the stores a hook writes to), no hook starts: a job
   * BullMQ still failed then is logged and stays in the failed list.
   */
  call(name: string, job: BullJob, error: Error, hook: ExhaustedHook): void {
    if (this.#settled) {
      this.logger.warn(
        'callbridge: a job failed for good after the job queue closed; its onExhausted hook was not run',
        { name, jobId: decodeJobId(job.id) },
      );
      return;
    }
    const failed: FailedJob = {
      id: decodeJobId(job.id),
      name,
      data: job.data,
      attempts: job.attemptsMade,
      error: job.failedReason ?? error.message,
    };
    const running: Promise<void> = (async () => hook(failed))()
      .catch((hookError: unknown) => {
        this.logger.error('callbridge: job failed for good and its onExhausted hook threw', {
          name,
          jobId: failed.id,
          error: hookError instanceof Error ? hookError.message : String(hookError),
        });
      })
      .finally(() => {
        this.#running.delete(running);
      });
    this.#running.add(running);
  }

  /**
   * Starts no further hook, then waits for the running ones, at most `timeoutMs`; warns when some
   * still run. Called by `close()` once the workers stopped.
   */
  async settle(timeoutMs: number): Promise<void> {
    this.#settled = true;
    if (this.#running.size === 0) return;
    if (await settlesWithin(Promise.all([...this.#running]), timeoutMs)) return;
    this.logger.warn('callbridge: an onExhausted hook still ran when the job queue closed', { timeoutMs });
  }
}
