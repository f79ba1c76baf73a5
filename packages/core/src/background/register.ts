import type { BridgeRuntime } from '../runtime.js';
import { aiProcessHandler } from './ai.js';
import { aiGivenUp, recordingGivenUp } from './given-up.js';
import { AI_PROCESS_JOB, type InteractionJobData, RECORDING_DOWNLOAD_JOB } from './jobs.js';
import { recordingDownloadHandler } from './recording.js';

/** Concurrency of each background job in one process. */
export interface BackgroundConcurrency {
  recordings?: number;
  ai?: number;
}

/**
 * Registers the processors of the background jobs (recording download, AI pipeline) on the
 * bridge's queue. Called once by `bridge.start()` (`createCallBridge` validated `ai.stepTimeoutMs`).
 * Each handler records a failure on its last try itself; the queue's `onExhausted` hook also ends
 * the record's work when the queue gives a job up without that try (a job that stalled too often),
 * and leaves alone what the last try recorded already.
 */
export function registerBackgroundJobs(
  runtime: BridgeRuntime,
  concurrency: BackgroundConcurrency = {},
): void {
  runtime.jobs.process<InteractionJobData>(RECORDING_DOWNLOAD_JOB, recordingDownloadHandler(runtime), {
    concurrency: concurrency.recordings ?? 2,
    onExhausted: recordingGivenUp(runtime),
  });
  runtime.jobs.process<InteractionJobData>(AI_PROCESS_JOB, aiProcessHandler(runtime), {
    concurrency: concurrency.ai ?? 1,
    onExhausted: aiGivenUp(runtime),
  });
}
