import { CallbridgeError } from '../errors.js';
import type { Insights } from '../model/insights.js';
import type { Interaction, InteractionMetadata, WorkStatus } from '../model/interaction.js';
import type { AiPorts } from '../ports/ai.js';
import type { JobHandler } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import {
  parseAiOutput,
  SentimentOutputSchema,
  SummarySchema,
  TasksOutputSchema,
  TranscriptionSchema,
} from './ai-output.js';
import { AI_ATTEMPTS, type InteractionJobData, recordingBlobKey } from './jobs.js';
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
  /** Whether the port of the step is configured. */
  configured: boolean;
  /** 'audio' for transcription (runs when there is no transcript yet), else 'transcript'. */
  input: 'audio' | 'transcript';
  /** Runs the step on the transcript text. */
  run(transcript: string): Promise<StepResult>;
}

/** Runs one step and writes its status. */
async function runStep(
  runtime: BridgeRuntime,
  step: Step,
  record: Interaction,
  write: RecordWriter,
  transcript: string | null,
): Promise<{ failed: boolean; result: StepResult | null }> {
  if (record.metadata[step.status] === 'completed') return { failed: false, result: null };
  // A transcript the provider already sent makes transcription unnecessary.
  if (step.input === 'audio' && transcript !== null) return { failed: false, result: null };
  if (!step.configured || (step.input === 'transcript' && transcript === null)) {
    await write({ [step.status]: 'skipped' satisfies WorkStatus });
    return { failed: false, result: null };
  }
  await write({ [step.status]: 'processing' satisfies WorkStatus });
  try {
    const result = await step.run(transcript ?? '');
    const modifiedAt = new Date(runtime.now()).toISOString();
    const insights = { ...result.insights, origin: AI_ORIGIN, modifiedAt };
    await write({ ...result.metadata, [step.status]: 'completed' satisfies WorkStatus }, { insights });
    return { failed: false, result };
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
    return { failed: true, result: null };
  }
}

/** The four steps, in order. The transcription step reads the stored audio. */
function steps(runtime: BridgeRuntime, record: Interaction, ai: AiPorts, data: InteractionJobData): Step[] {
  return [
    {
      status: 'transcriptStatus',
      configured: ai.transcriber !== undefined,
      input: 'audio',
      async run() {
        const key = record.metadata.recordingBlobKey ?? recordingBlobKey(data);
        const blob = await runtime.blobs.get(key);
        if (!blob) {
          throw new CallbridgeError('not_found', `The recording "${key}" is not in the blob store.`, {
            hint: 'The recording download must store it first; check the blob store configuration.',
          });
        }
        const out = parseAiOutput(
          TranscriptionSchema,
          await ai.transcriber!.transcribe({ audio: blob.body, contentType: blob.contentType }),
          { key: 'ai.transcriber', shape: '{ text: string, segments: { speaker, start, end, text }[] }' },
          ai.transcriber,
        );
        return {
          metadata: { transcript: out.text },
          insights: { transcript: out.segments, transcriptText: out.text },
        };
      },
    },
    {
      status: 'summaryStatus',
      configured: ai.summarizer !== undefined,
      input: 'transcript',
      async run(transcript) {
        const out = parseAiOutput(
          SummarySchema,
          await ai.summarizer!.summarize({ transcript }),
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
      configured: ai.sentiment !== undefined,
      input: 'transcript',
      async run(transcript) {
        const sentiment = parseAiOutput(
          SentimentOutputSchema,
          await ai.sentiment!.analyze({ text: transcript }),
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
      configured: ai.tasks !== undefined,
      input: 'transcript',
      async run(transcript) {
        const tasks = parseAiOutput(
          TasksOutputSchema,
          await ai.tasks!.extract({ transcript }),
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
 * transcript) and is announced on the stream; the pipeline ends with `call_ai_completed`. What a
 * port returns is parsed with the model's schemas first: invalid output stores nothing and fails
 * the step with a `lastError` naming the port and the field. A failed
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
    const write = recordWriter(runtime, record);
    let transcript = typeof record.metadata.transcript === 'string' ? record.metadata.transcript : null;
    let failed = 0;
    for (const step of steps(runtime, record, runtime.config.ai ?? {}, data)) {
      const outcome = await runStep(runtime, step, record, write, transcript);
      if (outcome.failed) failed += 1;
      const text = outcome.result?.metadata.transcript;
      if (typeof text === 'string') transcript = text;
    }
    if (failed > 0 && job.attempt < AI_ATTEMPTS) {
      throw new CallbridgeError('upstream_error', `${failed} AI step(s) failed; the job will retry them.`, {
        hint: 'See metadata.lastError of the record for the failing step.',
      });
    }
    await write({ aiCompletedAt: new Date(runtime.now()).toISOString() }, { aiCompleted: true });
  };
}
