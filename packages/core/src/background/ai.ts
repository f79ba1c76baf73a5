import { CallbridgeError } from '../errors.js';
import type { Interaction, InteractionMetadata, WorkStatus } from '../model/interaction.js';
import { hasCompletedAi } from '../model/work-status.js';
import { redactPhoneNumbers } from '../phone/redact.js';
import type { AiPorts } from '../ports/ai.js';
import { isShutdownReason, type Job, type JobHandler } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { runAbortable } from './abort.js';
import { parseAiOutput } from './ai-output.js';
import { Permanent, type Step, type StepResult, steps } from './ai-steps.js';
import { AI_ATTEMPTS, DEFAULT_AI_STEP_TIMEOUT_MS, type InteractionJobData } from './jobs.js';
import { errorText, type RecordWriter, recordWriter } from './record-patch.js';

export type { AiStatusKey } from './ai-steps.js';

/** Who produced the insights the pipeline writes. */
export const AI_ORIGIN = 'callbridge-ai';

/**
 * The per-step timeout of `ai.stepTimeoutMs`, or the default.
 * @throws CallbridgeError `configuration_error` when it is not a positive number of ms.
 */
export function aiStepTimeoutMs(ai: AiPorts | undefined): number {
  const value = ai?.stepTimeoutMs;
  if (value === undefined) return DEFAULT_AI_STEP_TIMEOUT_MS;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new CallbridgeError(
      'configuration_error',
      '`ai.stepTimeoutMs` must be a positive number of milliseconds.',
      {
        hint: `Pass e.g. \`ai: { ..., stepTimeoutMs: 120_000 }\`, or leave it out for ${DEFAULT_AI_STEP_TIMEOUT_MS} ms.`,
      },
    );
  }
  return value;
}

/**
 * Thrown when the queue closed while a step ran (the job's signal aborted with a ShutdownError):
 * the job stops and runs again later, the try not counted.
 */
class Interrupted extends CallbridgeError {}

/** A transcript worth working on: a string with some text, else null. */
export function usableTranscript(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Runs one step and writes its status. */
async function runStep(
  runtime: BridgeRuntime,
  step: Step,
  record: Interaction,
  write: RecordWriter,
  transcript: string | null,
  job: Job<InteractionJobData>,
  timeoutMs: number,
): Promise<{ failed: boolean; retry: boolean; result: StepResult | null }> {
  if (record.metadata[step.status] === 'completed') return { failed: false, retry: false, result: null };
  // A transcript the provider already sent makes transcription unnecessary.
  if (step.input === 'audio' && transcript !== null) return { failed: false, retry: false, result: null };
  if (step.impl === undefined || (step.input === 'transcript' && transcript === null)) {
    await write({ [step.status]: 'skipped' satisfies WorkStatus });
    return { failed: false, retry: false, result: null };
  }
  await write({ [step.status]: 'processing' satisfies WorkStatus });
  try {
    const info = { key: step.port, shape: step.shape };
    const result = await runAbortable(
      async (signal) => {
        const answer = await step.call(transcript ?? '', signal);
        return step.toResult(parseAiOutput(step.schema, answer, info, step.impl));
      },
      {
        timeoutMs,
        parent: job.signal,
        timeoutError: () =>
          new CallbridgeError(
            'timeout',
            `${step.port} did not answer within ${timeoutMs} ms; the call was aborted. Check the AI provider, or raise ai.stepTimeoutMs (default ${DEFAULT_AI_STEP_TIMEOUT_MS}) for long recordings.`,
          ),
        parentError: (reason) =>
          isShutdownReason(reason)
            ? new Interrupted(
                'store_unavailable',
                `The bridge closed while ${step.port} ran; the call was aborted and the step runs again when the job is retried.`,
              )
            : // The queue stopped this job alone (a cancellation, a time limit): a failed try.
              new CallbridgeError(
                'timeout',
                `The job queue aborted the job while ${step.port} ran (${errorText(reason)}); the call was aborted.`,
              ),
      },
    );
    const modifiedAt = new Date(runtime.now()).toISOString();
    const insights = { ...result.insights, origin: AI_ORIGIN, modifiedAt };
    await write({ ...result.metadata, [step.status]: 'completed' satisfies WorkStatus }, { insights });
    return { failed: false, retry: false, result };
  } catch (error) {
    runtime.logger.warn('AI step failed', {
      tenantId: record.tenantId,
      source: record.source,
      sourceRecordId: record.sourceRecordId,
      step: step.status,
      // The port's error may quote the transcript or the call's numbers: the log shows no number whole.
      message: redactPhoneNumbers(errorText(error)),
    });
    await write({
      [step.status]: 'failed' satisfies WorkStatus,
      lastError: `${step.status}: ${errorText(error)}`,
    });
    // Closing: the next steps would be aborted too; stop here and let the queue retry the job.
    if (error instanceof Interrupted) throw error;
    return { failed: true, retry: !(error instanceof Permanent), result: null };
  }
}

/**
 * The `callbridge.ai.process` job: transcribe (when a Transcriber is configured; a transcript the
 * provider already sent is reused) → summarize → sentiment → tasks. Each step writes its status
 * ('processing', then 'completed', 'failed' or 'skipped' when its port is missing or there is no
 * transcript) and is announced on the stream. The pipeline ends with `call_ai_completed` when it
 * produced results (some step completed) and the call's AI insights were not announced yet
 * (`metadata.aiAnnounced`), else with a `call_event_updated`; an empty transcript is `failed`, not
 * summarized. What a
 * port returns is parsed with the model's schemas first: invalid output stores nothing and fails
 * the step with a `lastError` naming the port and the field. Each port call gets a `signal` that
 * aborts after `ai.stepTimeoutMs` (default 10 minutes; the step is then `failed`) or when the queue
 * closes (the step is `failed` as interrupted and the job throws, to run again later). When the
 * queue aborts the job for another reason (a cancellation, a time limit of its own), the step fails
 * as on a timeout. A failed step makes the job retry (completed steps are not redone) until its
 * last try.
 */
export function aiProcessHandler(runtime: BridgeRuntime): JobHandler<InteractionJobData> {
  const timeoutMs = aiStepTimeoutMs(runtime.config.ai);
  return async (job) => {
    const data = job.data;
    const record = await runtime.interactions.getBySource(data.tenantId, data.source, data.sourceRecordId);
    if (!record) {
      runtime.logger.warn('AI pipeline skipped: the record does not exist', {
        tenantId: data.tenantId,
        source: data.source,
        sourceRecordId: data.sourceRecordId,
      });
      return;
    }
    if (record.metadata.aiCompletedAt) return; // Already ran on this call: never twice.
    // `call_ai_completed` is announced once per call. Provider insights that completed an AI field
    // before the pipeline's first run were announced by ingest; the first write of the pipeline
    // records that in `aiAnnounced`, so retries (which see our own completed steps) still know.
    const announcedBefore =
      typeof record.metadata.aiAnnounced === 'boolean'
        ? record.metadata.aiAnnounced
        : hasCompletedAi(record.metadata);
    const writeRecord = recordWriter(runtime, record);
    let marker: InteractionMetadata | null =
      typeof record.metadata.aiAnnounced === 'boolean' ? null : { aiAnnounced: announcedBefore };
    const write: RecordWriter = (metadata, options) => {
      const patch = marker ? { ...marker, ...metadata } : metadata;
      marker = null;
      return writeRecord(patch, options);
    };
    let transcript = usableTranscript(record.metadata.transcript);
    let retryable = 0;
    for (const step of steps(runtime, record, runtime.config.ai ?? {}, data)) {
      const outcome = await runStep(runtime, step, record, write, transcript, job, timeoutMs);
      if (outcome.retry) retryable += 1;
      const text = usableTranscript(outcome.result?.metadata.transcript);
      if (text !== null) transcript = text;
    }
    if (retryable > 0 && job.attempt < AI_ATTEMPTS) {
      throw new CallbridgeError(
        'upstream_error',
        `${retryable} AI step(s) failed; the job will retry them.`,
        {
          hint: 'See metadata.lastError of the record for the failing step.',
        },
      );
    }
    // Announced when the pipeline produced results (some step completed), unless already was.
    const current = await runtime.interactions.getBySource(data.tenantId, data.source, data.sourceRecordId);
    const completed = hasCompletedAi(current?.metadata ?? {});
    const announce = !announcedBefore && current?.metadata.aiAnnounced !== true && completed;
    await write(
      { aiCompletedAt: new Date(runtime.now()).toISOString(), aiAnnounced: announcedBefore || announce },
      { aiCompleted: announce },
    );
  };
}
