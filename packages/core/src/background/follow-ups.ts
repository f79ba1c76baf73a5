import type { Interaction } from '../model/interaction.js';
import type { AiPorts } from '../ports/ai.js';
import type { ProviderRuntime } from '../provider.js';
import type { BridgeRuntime } from '../runtime.js';
import {
  AI_ATTEMPTS,
  AI_PROCESS_JOB,
  type InteractionJobData,
  JOB_BACKOFF,
  jobIdFor,
  RECORDING_ATTEMPTS,
  RECORDING_DOWNLOAD_JOB,
  recordingFailures,
} from './jobs.js';

/** What decides which background work a record still needs. */
export interface FollowUpSettings {
  /** False when the bridge runs no background work (`config.background: false`). */
  enabled: boolean;
  ai: AiPorts | undefined;
}

/** The follow-up settings of a bridge: background work on unless `config.background` is false. */
export function followUpSettings(runtime: BridgeRuntime): FollowUpSettings {
  return { enabled: runtime.config.background !== false, ai: runtime.config.ai };
}

/** True when at least one AI port is configured. */
export function hasAiPorts(ai: AiPorts | undefined): boolean {
  return Boolean(ai && (ai.transcriber || ai.summarizer || ai.sentiment || ai.tasks));
}

/**
 * True when the bridge runs AI work on its calls: background work on and at least one AI port.
 * When false, nothing will move a call's AI statuses on but a provider's insights, so the ingest
 * stores them 'skipped' (see `skipAiWork`).
 */
export function runsAiWork(settings: FollowUpSettings): boolean {
  return settings.enabled && hasAiPorts(settings.ai);
}

/**
 * The record needs its recording downloaded: a URL is known and the audio is 'available' (or was
 * 'downloading' when a process died). A 'failed' download is not retried by unrelated events; a
 * new recording event sets the status back to 'available' and re-arms it.
 */
export function needsDownload(interaction: Interaction): boolean {
  const m = interaction.metadata;
  const pending = m.recordingStatus === 'available' || m.recordingStatus === 'downloading';
  return typeof m.recordingUrl === 'string' && m.recordingUrl !== '' && pending;
}

/**
 * The record needs the AI pipeline: its audio is stored, it has no transcript yet and the
 * pipeline never finished on it (`aiCompletedAt`), so it runs once per call even when it could
 * not produce a transcript.
 */
export function needsAi(interaction: Interaction, ai: AiPorts | undefined): boolean {
  const m = interaction.metadata;
  return hasAiPorts(ai) && m.recordingStatus === 'stored' && !m.transcript && !m.aiCompletedAt;
}

/**
 * Enqueues the background work a record still needs, judged from its merged state (not from the
 * event), so a retried delivery that finds the record already stored still enqueues what a
 * crashed first attempt did not. Job ids make repeats a no-op: one download per recording at a
 * time, and a new one after each download that ended 'failed' (`metadata.recordingFailures`).
 */
export async function enqueueFollowUps(
  runtime: ProviderRuntime,
  interaction: Interaction,
  settings: FollowUpSettings,
): Promise<string[]> {
  if (!settings.enabled) return [];
  const data: InteractionJobData = {
    tenantId: interaction.tenantId,
    source: interaction.source,
    sourceRecordId: interaction.sourceRecordId,
  };
  const enqueued: string[] = [];
  if (needsDownload(interaction)) {
    await runtime.jobs.enqueue(RECORDING_DOWNLOAD_JOB, data, {
      // A download that failed for good keeps its job id in the queue's failed list (memory and
      // BullMQ alike): the next one, re-armed by a new recording event, gets the next generation.
      jobId: jobIdFor(RECORDING_DOWNLOAD_JOB, data, recordingFailures(interaction.metadata)),
      attempts: RECORDING_ATTEMPTS,
      backoff: JOB_BACKOFF,
    });
    enqueued.push(RECORDING_DOWNLOAD_JOB);
  }
  if (needsAi(interaction, settings.ai)) {
    await runtime.jobs.enqueue(AI_PROCESS_JOB, data, {
      jobId: jobIdFor(AI_PROCESS_JOB, data),
      attempts: AI_ATTEMPTS,
      backoff: JOB_BACKOFF,
    });
    enqueued.push(AI_PROCESS_JOB);
  }
  return enqueued;
}
