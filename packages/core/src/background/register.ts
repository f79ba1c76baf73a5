import type { BridgeRuntime } from '../runtime.js';
import { aiProcessHandler, aiStepTimeoutMs } from './ai.js';
import { AI_PROCESS_JOB, type InteractionJobData, RECORDING_DOWNLOAD_JOB } from './jobs.js';
import { recordingDownloadHandler } from './recording.js';

/** Concurrency of each background job in one process. */
export interface BackgroundConcurrency {
  recordings?: number;
  ai?: number;
}

/**
 * Registers the processors of the background jobs (recording download, AI pipeline) on the
 * bridge's queue. Called once by `bridge.start()`.
 * @throws CallbridgeError `configuration_error` when `ai.stepTimeoutMs` is not a positive number.
 */
export function registerBackgroundJobs(
  runtime: BridgeRuntime,
  concurrency: BackgroundConcurrency = {},
): void {
  aiStepTimeoutMs(runtime.config.ai);
  runtime.jobs.process<InteractionJobData>(RECORDING_DOWNLOAD_JOB, recordingDownloadHandler(runtime), {
    concurrency: concurrency.recordings ?? 2,
  });
  runtime.jobs.process<InteractionJobData>(AI_PROCESS_JOB, aiProcessHandler(runtime), {
    concurrency: concurrency.ai ?? 1,
  });
}
