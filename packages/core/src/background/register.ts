import type { BridgeRuntime } from '../runtime.js';
import { aiProcessHandler } from './ai.js';
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
 */
export function registerBackgroundJobs(
  runtime: BridgeRuntime,
  concurrency: BackgroundConcurrency = {},
): void {
  runtime.jobs.process<InteractionJobData>(RECORDING_DOWNLOAD_JOB, recordingDownloadHandler(runtime), {
    concurrency: concurrency.recordings ?? 2,
  });
  runtime.jobs.process<InteractionJobData>(AI_PROCESS_JOB, aiProcessHandler(runtime), {
    concurrency: concurrency.ai ?? 1,
  });
}
