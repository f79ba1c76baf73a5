import type { Logger } from '@callbridge/core';
import type { Job as BullJob, Worker } from 'bullmq';
import { decodeJobId } from './job-ids.js';
import {
  type ExhaustedHook,
  type ExhaustedHooks,
  failedForGood,
  STALL_LIMIT_REASON,
} from './job-queue-exhausted.js';

/** What {@link watchWorker} needs besides the worker. */
export interface WorkerWatch {
  /** The job name the worker processes. */
  name: string;
  logger: Logger;
  /** The worker's `maxStalledCount`, for the log of a job failed for stalling too often. */
  maxStalled: number;
  hooks: ExhaustedHooks;
  /** The `onExhausted` option of `process`, if any. */
  onExhausted: ExhaustedHook | undefined;
}

/**
 * Logs what a BullMQ worker reports (errors, stalled jobs, failed tries) and hands each job that
 * BullMQ's `failed` event ends for good (see `failedForGood`) to the `onExhausted` hook. BullMQ
 * emits `failed` for every failed try, retried or not, so the hook hears only of the last.
 */
export function watchWorker(worker: Worker, watch: WorkerWatch): void {
  const { name, logger } = watch;
  worker.on('error', (error: Error) => {
    logger.warn('callbridge: BullMQ worker error', { name, error: error.message });
  });
  worker.on('stalled', (jobId: string) => {
    logger.warn('callbridge: job stalled (its instance stopped without recording it); back in the queue', {
      name,
      jobId: decodeJobId(jobId),
    });
  });
  worker.on('failed', (job: BullJob | undefined, error: Error) => {
    if (error.message === STALL_LIMIT_REASON) {
      // BullMQ fails it without running the handler, so only onExhausted can record this end.
      logger.error(
        'callbridge: job failed for good: it stalled more than maxStalledCount times, its handler was not run again',
        { name, jobId: decodeJobId(job?.id), maxStalledCount: watch.maxStalled },
      );
    } else {
      logger.warn('callbridge: job attempt failed', {
        name,
        jobId: decodeJobId(job?.id),
        attempt: job ? job.attemptsMade : null,
        error: error.message,
      });
    }
    if (job && watch.onExhausted && failedForGood(job, error)) {
      watch.hooks.call(name, job, error, watch.onExhausted);
    }
  });
}
