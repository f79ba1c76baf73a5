/** The steps of the AI pipeline: the port each calls, the shape it must return, what it stores. */
import type { z } from 'zod';
import { CallbridgeError } from '../errors.js';
import type { Insights } from '../model/insights.js';
import type { Interaction, InteractionMetadata } from '../model/interaction.js';
import type { AiPorts } from '../ports/ai.js';
import type { BridgeRuntime } from '../runtime.js';
import { SentimentOutputSchema, SummarySchema, TasksOutputSchema, TranscriptionSchema } from './ai-output.js';
import { type InteractionJobData, recordingBlobKey } from './jobs.js';

/** The status key of each step in a record's metadata. */
export type AiStatusKey = 'transcriptStatus' | 'summaryStatus' | 'sentimentStatus' | 'tasksStatus';

/** What a step stores: metadata fields and the insights it produced. */
export interface StepResult {
  metadata: InteractionMetadata;
  insights: Insights;
}

/** One step of the pipeline: which port it calls, on what, and what it stores from the answer. */
export interface Step<T = unknown> {
  status: AiStatusKey;
  /** The config key of the step's port, for messages. */
  port: string;
  /** The port object, undefined when it is not configured (the step is then skipped). */
  impl: object | undefined;
  /** 'audio' for transcription (runs when there is no transcript yet), else 'transcript'. */
  input: 'audio' | 'transcript';
  /** What the port must return, and that shape in words for the error message. */
  schema: z.ZodType<T>;
  shape: string;
  /** Calls the port on the transcript text; `signal` goes to the port. */
  call(transcript: string, signal: AbortSignal): Promise<unknown>;
  /** What the parsed answer stores. */
  toResult(out: T): StepResult;
}

/** Thrown for an output that another try would not change (an empty transcript): no retry. */
export class Permanent extends CallbridgeError {}

/** The four steps, in order. The transcription step reads the stored audio. */
export function steps(
  runtime: BridgeRuntime,
  record: Interaction,
  ai: AiPorts,
  data: InteractionJobData,
): Step[] {
  const transcribe: Step<z.infer<typeof TranscriptionSchema>> = {
    status: 'transcriptStatus',
    port: 'ai.transcriber',
    impl: ai.transcriber,
    input: 'audio',
    schema: TranscriptionSchema,
    shape: '{ text: string, segments: { speaker, start, end, text }[] }',
    async call(_transcript, signal) {
      const key = record.metadata.recordingBlobKey ?? recordingBlobKey(data);
      const blob = await runtime.blobs.get(key);
      if (!blob) {
        throw new CallbridgeError('not_found', `The recording "${key}" is not in the blob store.`, {
          hint: 'The recording download must store it first; check the blob store configuration.',
        });
      }
      return ai.transcriber!.transcribe({ audio: blob.body, contentType: blob.contentType, signal });
    },
    toResult(out) {
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
  };
  const summarize: Step<z.infer<typeof SummarySchema>> = {
    status: 'summaryStatus',
    port: 'ai.summarizer',
    impl: ai.summarizer,
    input: 'transcript',
    schema: SummarySchema,
    shape: '{ summary: string, highlights?: string[], nextSteps?: string[] }',
    call: (transcript, signal) => ai.summarizer!.summarize({ transcript, signal }),
    toResult(out) {
      const insights: Insights = { summary: out.summary };
      if (out.highlights) insights.highlights = out.highlights;
      if (out.nextSteps) insights.nextSteps = out.nextSteps;
      return { metadata: { aiSummary: out.summary }, insights };
    },
  };
  const sentiment: Step<z.infer<typeof SentimentOutputSchema>> = {
    status: 'sentimentStatus',
    port: 'ai.sentiment',
    impl: ai.sentiment,
    input: 'transcript',
    schema: SentimentOutputSchema,
    shape: "{ score: -1..1, label: 'positive' | 'neutral' | 'negative' }",
    call: (transcript, signal) => ai.sentiment!.analyze({ text: transcript, signal }),
    toResult: (out) => ({
      metadata: { sentimentScore: out.score, sentimentLabel: out.label },
      insights: { sentiment: out },
    }),
  };
  const tasks: Step<z.infer<typeof TasksOutputSchema>> = {
    status: 'tasksStatus',
    port: 'ai.tasks',
    impl: ai.tasks,
    input: 'transcript',
    schema: TasksOutputSchema,
    shape: '{ title: string, assignee?: string | null, dueAt?: string | null }[]',
    call: (transcript, signal) => ai.tasks!.extract({ transcript, signal }),
    toResult: (out) => ({
      metadata: { extractedTasks: out, tasksGenerated: true },
      insights: { tasks: out },
    }),
  };
  return [transcribe, summarize, sentiment, tasks] as Step[];
}
