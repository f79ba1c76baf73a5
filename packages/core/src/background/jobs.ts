import type { Source } from '../model/call-event.js';
import type { Backoff } from '../ports/jobs.js';

/** Job that streams a call's recording into the blob store. */
export const RECORDING_DOWNLOAD_JOB = 'callbridge.recording.download';
/** Job that runs the AI pipeline (transcribe → summarize → sentiment → tasks) on a stored recording. */
export const AI_PROCESS_JOB = 'callbridge.ai.process';

/** Data of both background jobs: which record to work on. */
export interface InteractionJobData {
  tenantId: string;
  source: Source;
  sourceRecordId: string;
}

/** Tries of a recording download (429 and 5xx answers are retried with exponential backoff). */
export const RECORDING_ATTEMPTS = 5;
/** Largest recording downloaded when `recordings.maxBytes` does not say: 512 MiB. */
export const DEFAULT_MAX_RECORDING_BYTES = 512 * 1024 * 1024;
/** Tries of the AI pipeline; completed steps are not redone on a retry. */
export const AI_ATTEMPTS = 3;
/** Longest time one AI call may take when `ai.stepTimeoutMs` does not say: 10 minutes. */
export const DEFAULT_AI_STEP_TIMEOUT_MS = 10 * 60_000;
/** Backoff of both jobs: 2 s, 4 s, 8 s, ... */
export const JOB_BACKOFF: Backoff = { type: 'exponential', delayMs: 2_000 };

/**
 * A job id unique per record, job name and generation, so repeated events enqueue a job once.
 * Parts are URI-encoded and joined with '.', so ids never contain ':' (which BullMQ reserves).
 * `generation` (0 by default, then left out) tells apart a new run after a job that failed for
 * good, whose id the queue keeps in its failed list.
 */
export function jobIdFor(name: string, data: InteractionJobData, generation = 0): string {
  const encode = (part: string) => encodeURIComponent(part).replaceAll('.', '%2E');
  const id = [name, data.tenantId, data.source, data.sourceRecordId].map(encode).join('.');
  return generation > 0 ? `${id}.${generation}` : id;
}

/** The number of recording downloads of a record that ended 'failed' (`metadata.recordingFailures`). */
export function recordingFailures(metadata: Record<string, unknown>): number {
  const n = metadata.recordingFailures;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
}

/** A blob key segment: URI-encoded (no '/'), and never '.' or '..'. */
function keySegment(part: string): string {
  const encoded = encodeURIComponent(part);
  return /^\.+$/.test(encoded) ? encoded.replaceAll('.', '%2E') : encoded;
}

/**
 * The blob key of a call's recording: `${tenantId}/${source}/${sourceRecordId}`, each part
 * URI-encoded so a '/' or '..' in an id can never leave the tenant's folder.
 */
export function recordingBlobKey(data: InteractionJobData): string {
  return [data.tenantId, data.source, data.sourceRecordId].map(keySegment).join('/');
}
