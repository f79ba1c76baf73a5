import type { InteractionMetadata, WorkStatus } from '../model/interaction.js';
import { hasCompletedAi } from '../model/work-status.js';
import { redactPhoneNumbers } from '../phone/redact.js';
import type { FailedJob } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { usableTranscript } from './ai.js';
import { steps } from './ai-steps.js';
import { enqueueFollowUps, followUpSettings } from './follow-ups.js';
import { type InteractionJobData, jobIdFor, RECORDING_DOWNLOAD_JOB, recordingFailures } from './jobs.js';
import { errorText, recordWriter } from './record-patch.js';

/** The `onExhausted` hook of a background job: ends the record's work the queue gave up on. */
export type GivenUpHook = (job: FailedJob) => Promise<void>;

/** Why the queue gave up, safe for `metadata.lastError` (no URL query, no token). */
function givenUpText(what: string, job: FailedJob): string {
  return `The job queue gave up on the ${what} (${errorText(job.error)}).`;
}

function logGivenUp(runtime: BridgeRuntime, job: FailedJob, data: InteractionJobData, ended: boolean) {
  runtime.logger.warn('background job failed for good', {
    name: job.name,
    tenantId: data.tenantId,
    source: data.source,
    sourceRecordId: data.sourceRecordId,
    attempts: job.attempts,
    // The error may quote a number of the call: the log shows none whole.
    error: redactPhoneNumbers(errorText(job.error)),
    recordUpdated: ended,
  });
}

/**
 * The recording download's `onExhausted` hook. When the queue gave the download up without its
 * handler's last try (it stalled too often, say), the record would stay 'downloading' for ever:
 * this marks it 'failed' with the reason in `lastError` and counts it in `recordingFailures`, as
 * the last try does, and announces the change. Idempotent: a download the last try already
 * marked (or that was stored, or re-armed as a newer generation) is left alone; for a stored one,
 * the AI pipeline is enqueued when it still needs to run (the handler enqueues it after storing,
 * which a job given up right then never did).
 */
export function recordingGivenUp(runtime: BridgeRuntime): GivenUpHook {
  return async (job) => {
    const data = job.data as InteractionJobData;
    const record = await runtime.interactions.getBySource(data.tenantId, data.source, data.sourceRecordId);
    const status = record?.metadata.recordingStatus;
    // The job of the record's current download generation: else the last try counted it already.
    const current =
      record && job.id === jobIdFor(RECORDING_DOWNLOAD_JOB, data, recordingFailures(record.metadata));
    const pending = status === 'available' || status === 'downloading';
    if (record && status === 'stored') {
      // Stored before the queue gave up (its instance died before enqueueing what follows): no
      // rerun of the handler enqueues the AI pipeline now, so this does (a no-op when queued).
      await enqueueFollowUps(runtime, record, followUpSettings(runtime));
    }
    if (!record || !current || !pending) {
      logGivenUp(runtime, job, data, false);
      return;
    }
    await recordWriter(
      runtime,
      record,
    )({
      recordingStatus: 'failed',
      lastError: `${givenUpText('recording download', job)} A new recording event re-arms the download.`,
      recordingFailures: recordingFailures(record.metadata) + 1,
    });
    logGivenUp(runtime, job, data, true);
  };
}

/**
 * The AI pipeline's `onExhausted` hook. When the queue gave the pipeline up (its handler threw on
 * the last try, or it stalled too often), steps could stay 'pending' or 'processing' for ever:
 * this ends the pipeline as its last try does. Each step not completed is 'failed' (the first
 * with the reason in `lastError`), or 'skipped' where the pipeline would skip it (no port, no
 * transcript), then `aiCompletedAt` is set and the change announced (as `call_ai_completed` when
 * some step completed and the call's AI insights were not announced yet). A pipeline that ended
 * already (`aiCompletedAt`) is left alone.
 */
export function aiGivenUp(runtime: BridgeRuntime): GivenUpHook {
  return async (job) => {
    const data = job.data as InteractionJobData;
    const record = await runtime.interactions.getBySource(data.tenantId, data.source, data.sourceRecordId);
    if (!record || record.metadata.aiCompletedAt) {
      logGivenUp(runtime, job, data, false);
      return;
    }
    const metadata = record.metadata;
    const transcript = usableTranscript(metadata.transcript);
    const patch: InteractionMetadata = {};
    for (const step of steps(runtime, record, runtime.config.ai ?? {}, data)) {
      const status = metadata[step.status];
      if (status === 'completed' || status === 'failed' || status === 'skipped') continue;
      // As the pipeline does: a provider's transcript makes transcription unnecessary.
      if (step.input === 'audio' && transcript !== null) continue;
      const skip = step.impl === undefined || (step.input === 'transcript' && transcript === null);
      patch[step.status] = (skip ? 'skipped' : 'failed') satisfies WorkStatus;
      if (!skip && patch.lastError === undefined) {
        patch.lastError = `${step.status}: ${givenUpText('AI pipeline', job)}`;
      }
    }
    const announcedBefore =
      typeof metadata.aiAnnounced === 'boolean' ? metadata.aiAnnounced : hasCompletedAi(metadata);
    const announce = !announcedBefore && hasCompletedAi(metadata);
    await recordWriter(runtime, record)(
      {
        ...patch,
        aiCompletedAt: new Date(runtime.now()).toISOString(),
        aiAnnounced: announcedBefore || announce,
      },
      { aiCompleted: announce },
    );
    logGivenUp(runtime, job, data, true);
  };
}
