import { CallbridgeError } from '../errors.js';
import type { Insights } from '../model/insights.js';
import type { Interaction, InteractionMetadata, WorkStatus } from '../model/interaction.js';
import type { AiPorts } from '../ports/ai.js';
import type { Job, JobHandler } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { runAbortable } from './abort.js';
import {
  parseAiOutput,
  SentimentOutputSchema,
  SummarySchema,
  TasksOutputSchema,
  TranscriptionSchema,
} from './ai-output.js';
import {
  AI_ATTEMPTS,
  DEFAULT_AI_STEP_TIMEOUT_MS,
  type InteractionJobData,
  recordingBlobKey,
} from './jobs.js';
import { errorText, type RecordWriter, recordWriter } from './record-patch.js';

/** Who produced the insights the pipeline writes. */
export const AI_ORIGIN = 'callbridge-ai';

/** The metadata key of each step's status. */
export type AiStatusKey = 'transcriptStatus' | 'summaryStatus' | 'sentimentStatus' | 'tasksStatus';

interface StepResult {
  metadata: InteractionMetadata;
  insights: Insights;
}

interface Step {
  status: AiStatusKey;
  /** The config key of the step's port, for messages. */
  port: string;
  /** Whether the port of the step is configured. */
  configured: boolean;
  /** 'audio' for transcription (runs when there is no transcript yet), else 'transcript'. */
  input: 'audio' | 'transcript';
  /** Runs the step on the transcript text; `signal` goes to the port. */
  run(transcript: string, signal: AbortSignal): Promise<StepResult>;
}

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

/** Thrown when the queue closed while a step ran: the job stops and runs again later. */
class Interrupted extends CallbridgeError {}

/** Thrown for an output that another try would not change (an empty transcript): no retry. */
class Permanent extends CallbridgeError {}

/** The four status keys of the pipeline. */
const STATUS_KEYS: readonly AiStatusKey[] = [
  'transcriptStatus',
  'summaryStatus',
  'sentimentStatus',
  'tasksStatus',
];

/** True when some AI field of the record is completed (from the provider or from this pipeline). */
function hasCompletedAi(metadata: InteractionMetadata): boolean {
  return STATUS_KEYS.some((key) => metadata[key] === 'completed');
}

/** A transcript worth working on: a string with some text, else null. */
function usableTranscript(value: unknown): string | null {
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
): Promise<{ failed: boolean; retry: boolean; result: StepResult | null }> {
  if (record.metadata[step.status] === 'completed') return { failed: false, retry: false, result: null };
  // A transcript the provider already sent makes transcription unnecessary.
  if (step.input === 'audio' && transcript !== null) return { failed: false, retry: false, result: null };
  if (!step.configured || (step.input === 'transcript' && transcript === null)) {
    await write({ [step.status]: 'skipped' satisfies WorkStatus });
    return { failed: false, retry: false, result: null };
  }
  await write({ [step.status]: 'processing' satisfies WorkStatus });
  const timeoutMs = aiStepTimeoutMs(runtime.config.ai);
  try {
    const result = await runAbortable((signal) => step.run(transcript ?? '', signal), {
      timeoutMs,
      parent: job.signal,
      timeoutError: () =>
        new CallbridgeError(
          'timeout',
          `${step.port} did not answer within ${timeoutMs} ms; the call was aborted. Check the AI provider, or raise ai.stepTimeoutMs (default ${DEFAULT_AI_STEP_TIMEOUT_MS}) for long recordings.`,
        ),
      closedError: () =>
        new Interrupted(
          'store_unavailable',
          `The bridge closed while ${step.port} ran; the call was aborted and the step runs again when the job is retried.`,
        ),
    });
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
      message: errorText(error),
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

/** The four steps, in order. The transcription step reads the stored audio. */
function steps(runtime: BridgeRuntime, record: Interaction, ai: AiPorts, data: InteractionJobData): Step[] {
  return [
    {
      status: 'transcriptStatus',
      port: 'ai.transcriber',
      configured: ai.transcriber !== undefined,
      input: 'audio',
      async run(_transcript, signal) {
        const key = record.metadata.recordingBlobKey ?? recordingBlobKey(data);
        const blob = await runtime.blobs.get(key);
        if (!blob) {
          throw new CallbridgeError('not_found', `The recording "${key}" is not in the blob store.`, {
            hint: 'The recording download must store it first; check the blob store configuration.',
          });
        }
        const out = parseAiOutput(
          TranscriptionSchema,
          await ai.transcriber!.transcribe({ audio: blob.body, contentType: blob.contentType, signal }),
          { key: 'ai.transcriber', shape: '{ text: string, segments: { speaker, start, end, text }[] }' },
          ai.transcriber,
        );
        if (out.text.trim() === '') {
          // Not a transcript: nothing to summarize, and another try would hear the same silence.
          throw new Permanent(
            'upstream_error',
            "ai.transcriber returned an empty transcript (a silent recording, or audio it cannot read); nothing was summarized. Check the recording and its content type, or the transcriber's language settings.",
          );
        }
        return {
          metadata: { transcript: out.text },
          insights: { transcript: out.segments, transcriptText: out.text },
        };
      },
    },
    {
      status: 'summaryStatus',
      port: 'ai.summarizer',
      configured: ai.summarizer !== undefined,
      input: 'transcript',
      async run(transcript, signal) {
        const out = parseAiOutput(
          SummarySchema,
          await ai.summarizer!.summarize({ transcript, signal }),
          { key: 'ai.summarizer', shape: '{ summary: string, highlights?: string[], nextSteps?: string[] }' },
          ai.summarizer,
        );
        const insights: Insights = { summary: out.summary };
        if (out.highlights) insights.highlights = out.highlights;
        if (out.nextSteps) insights.nextSteps = out.nextSteps;
        return { metadata: { aiSummary: out.summary }, insights };
      },
    },
    {
      status: 'sentimentStatus',
      port: 'ai.sentiment',
      configured: ai.sentiment !== undefined,
      input: 'transcript',
      async run(transcript, signal) {
        const sentiment = parseAiOutput(
          SentimentOutputSchema,
          await ai.sentiment!.analyze({ text: transcript, signal }),
          { key: 'ai.sentiment', shape: "{ score: -1..1, label: 'positive' | 'neutral' | 'negative' }" },
          ai.sentiment,
        );
        return {
          metadata: { sentimentScore: sentiment.score, sentimentLabel: sentiment.label },
          insights: { sentiment },
        };
      },
    },
    {
      status: 'tasksStatus',
      port: 'ai.tasks',
      configured: ai.tasks !== undefined,
      input: 'transcript',
      async run(transcript, signal) {
        const tasks = parseAiOutput(
          TasksOutputSchema,
          await ai.tasks!.extract({ transcript, signal }),
          { key: 'ai.tasks', shape: '{ title: string, assignee?: string | null, dueAt?: string | null }[]' },
          ai.tasks,
        );
        return { metadata: { extractedTasks: tasks, tasksGenerated: true }, insights: { tasks } };
      },
    },
  ];
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
 * closes (the step is `failed` as interrupted and the job throws, to run again later). A failed
 * step makes the job retry (completed steps are not redone) until its last try.
 */
export function aiProcessHandler(runtime: BridgeRuntime): JobHandler<InteractionJobData> {
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
      const outcome = await runStep(runtime, step, record, write, transcript, job);
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
