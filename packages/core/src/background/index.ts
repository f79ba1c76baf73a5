export { AI_ORIGIN, type AiStatusKey, aiProcessHandler, aiStepTimeoutMs } from './ai.js';
export {
  createRecordingFetchers,
  type RecordingFetch,
  type RecordingFetchContext,
  type RecordingFetchers,
} from './fetchers.js';
export {
  enqueueFollowUps,
  type FollowUpSettings,
  followUpSettings,
  hasAiPorts,
  needsAi,
  needsDownload,
} from './follow-ups.js';
export {
  AI_ATTEMPTS,
  AI_PROCESS_JOB,
  DEFAULT_AI_STEP_TIMEOUT_MS,
  DEFAULT_MAX_RECORDING_BYTES,
  type InteractionJobData,
  JOB_BACKOFF,
  jobIdFor,
  RECORDING_ATTEMPTS,
  RECORDING_DOWNLOAD_JOB,
  recordingBlobKey,
  recordingFailures,
} from './jobs.js';
export { recordingDownloadHandler } from './recording.js';
export type { ResolveHost } from './recording-url.js';
export { type BackgroundConcurrency, registerBackgroundJobs } from './register.js';
